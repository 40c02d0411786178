package org.analecta.search;

import org.apache.lucene.search.Query;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The embedded index runs the parsed Lucene query as it is. */
@Component
@ConditionalOnProperty(name = "analecta.search.backend", havingValue = "lucene", matchIfMissing = true)
class LuceneTextPredicate implements TextPredicate {

	@Override
	public PredicateFinalStep of(SearchPredicateFactory f, Query text) {
		return f.extension(LuceneExtension.get()).fromLuceneQuery(text);
	}

}
