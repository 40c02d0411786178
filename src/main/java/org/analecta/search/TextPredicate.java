package org.analecta.search;

import org.apache.lucene.search.Query;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * A parsed text query as a Hibernate Search predicate, in the form the configured backend
 * runs: {@link LuceneTextPredicate} or {@link OpenSearchTextPredicate}.
 */
interface TextPredicate {

	PredicateFinalStep of(SearchPredicateFactory f, Query text);

}
