package org.analecta.search;

import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Points Hibernate Search at an OpenSearch cluster instead of the embedded Lucene index
 * ({@code ANALECTA_SEARCH_BACKEND=opensearch}). Hibernate Search's Elasticsearch backend
 * speaks OpenSearch; the outbox-polling coordination then shares the indexing work among
 * all application nodes. The Lucene settings of application.properties are taken out, as
 * they mean nothing to this backend.
 */
@Component
@ConditionalOnProperty(name = "analecta.search.backend", havingValue = "opensearch")
class OpenSearchBackendProperties implements HibernatePropertiesCustomizer {

	private static final String BACKEND = "hibernate.search.backend.";

	private final SearchSettings.OpenSearch cluster;

	OpenSearchBackendProperties(SearchSettings settings) {
		this.cluster = settings.opensearch();
	}

	@Override
	public void customize(Map<String, Object> properties) {
		properties.keySet().removeIf(key -> key.startsWith(BACKEND + "directory.") || key.startsWith(BACKEND + "io."));
		properties.put(BACKEND + "type", "elasticsearch");
		properties.put(BACKEND + "uris", String.join(",", cluster.uris()));
		// The version is checked against the cluster's at start: a wrong cluster fails
		// early.
		properties.put(BACKEND + "version", "opensearch:3.3");
		if (!cluster.username().isBlank()) {
			properties.put(BACKEND + "username", cluster.username());
			properties.put(BACKEND + "password", cluster.password());
		}
		properties.put(BACKEND + "analysis.configurer", "class:" + OpenSearchAnalysisConfigurer.class.getName());
		// Pages go as deep on OpenSearch as on the embedded index: page 10,000 of 100
		// hits,
		// plus the one hit that tells whether a next page exists (the cluster's default
		// window stops at 10,000 hits).
		properties.put(BACKEND + "schema_management.settings_file",
				"org/analecta/search/opensearch-index-settings.json");
		properties.put(BACKEND + "layout.strategy", "class:" + PrefixedIndexLayout.class.getName());
	}

}
