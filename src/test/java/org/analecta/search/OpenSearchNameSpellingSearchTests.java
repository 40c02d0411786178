package org.analecta.search;

import org.analecta.OpenSearchNode;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every name spelling test of {@link NameSpellingSearchTests} again, on an OpenSearch
 * node: Rohani, Rouhani and Rowhani find each other there too.
 */
class OpenSearchNameSpellingSearchTests extends NameSpellingSearchTests {

	@DynamicPropertySource
	static void onOpenSearch(DynamicPropertyRegistry registry) {
		OpenSearchNode.use(registry);
	}

}
