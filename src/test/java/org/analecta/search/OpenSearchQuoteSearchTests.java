package org.analecta.search;

import org.analecta.OpenSearchNode;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every quote search test of {@link QuoteSearchTests} again, on an OpenSearch node:
 * quotes by speaker under every spelling, facets, highlights.
 */
class OpenSearchQuoteSearchTests extends QuoteSearchTests {

	@DynamicPropertySource
	static void onOpenSearch(DynamicPropertyRegistry registry) {
		OpenSearchNode.use(registry);
	}

}
