package org.analecta.search;

import java.util.Locale;

import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * OpenSearch index names with the configured prefix ({@code analecta-report-000001}, read
 * through the alias {@code analecta-report-read}), so that several archives, or parallel
 * test runs, can share one cluster. The numbered index behind aliases is what lets
 * Hibernate Search rebuild an index while the old one still answers.
 */
@Component
@ConditionalOnProperty(name = "analecta.search.backend", havingValue = "opensearch")
class PrefixedIndexLayout implements IndexLayoutStrategy {

	private final String prefix;

	PrefixedIndexLayout(SearchSettings settings) {
		this.prefix = settings.opensearch().indexPrefix();
	}

	@Override
	public String createInitialElasticsearchIndexName(String hibernateSearchIndexName) {
		return prefix + hibernateSearchIndexName.toLowerCase(Locale.ROOT) + "-000001";
	}

	@Override
	public String createWriteAlias(String hibernateSearchIndexName) {
		return prefix + hibernateSearchIndexName.toLowerCase(Locale.ROOT) + "-write";
	}

	@Override
	public String createReadAlias(String hibernateSearchIndexName) {
		return prefix + hibernateSearchIndexName.toLowerCase(Locale.ROOT) + "-read";
	}

}
