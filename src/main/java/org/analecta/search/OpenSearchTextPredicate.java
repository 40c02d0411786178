package org.analecta.search;

import org.apache.lucene.search.Query;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * OpenSearch runs the parsed query translated term for term
 * ({@link OpenSearchQueryJson}).
 */
@Component
@ConditionalOnProperty(name = "analecta.search.backend", havingValue = "opensearch")
class OpenSearchTextPredicate implements TextPredicate {

	@Override
	public PredicateFinalStep of(SearchPredicateFactory f, Query text) {
		return f.extension(ElasticsearchExtension.get()).fromJson(OpenSearchQueryJson.of(text));
	}

}
