package org.analecta.search;

import java.io.IOException;

import org.analecta.OpenSearchNode;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jakarta.persistence.EntityManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every name spelling test of {@link NameSpellingSearchTests} again, on an OpenSearch
 * node: Rohani, Rouhani and Rowhani find each other there too.
 */
class OpenSearchNameSpellingSearchTests extends NameSpellingSearchTests {

	@DynamicPropertySource
	static void onOpenSearch(DynamicPropertyRegistry registry) {
		OpenSearchNode.use(registry);
	}

	/**
	 * OpenSearch puts its own gap between a field's values: it matches the name keys but
	 * cannot tell the parts, so a hit found by a name is read whole (the other tests
	 * check its passages).
	 */
	@Override
	@Test
	void theIndexTellsWhichPartsOfTheTextWriteAName() throws IOException {
		EntityManager em = emf.createEntityManager();
		try {
			assertThat(partsNaming(em, seed(em), "Khamenai")).isEmpty();
		}
		finally {
			em.close();
		}
	}

}
