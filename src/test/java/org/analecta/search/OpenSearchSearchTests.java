package org.analecta.search;

import org.analecta.OpenSearchNode;
import org.analecta.report.Report;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every report search test of {@link SearchTests} again, on an OpenSearch node instead of
 * the embedded Lucene index: the same questions must get the same answers.
 */
class OpenSearchSearchTests extends SearchTests {

	@DynamicPropertySource
	static void onOpenSearch(DynamicPropertyRegistry registry) {
		OpenSearchNode.use(registry);
	}

	/**
	 * A fresh, empty index: the node has no reindex module, so no _delete_by_query for a
	 * purge.
	 */
	@Override
	void loseEveryReportFromTheIndex() {
		Search.mapping(emf).scope(Report.class).schemaManager().dropAndCreate();
	}

}
