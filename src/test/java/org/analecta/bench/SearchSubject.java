package org.analecta.bench;

/**
 * A search system under test: runs one query of the mix the way a user of it would get
 * it.
 */
interface SearchSubject {

	String name();

	/**
	 * Runs the query to the end (ranked top 10, highlighted snippets, facets where asked)
	 * and says what came back, so the work cannot be skipped and the two systems can be
	 * compared.
	 */
	Answer run(BenchQuery query) throws Exception;

	/** Hits returned, total hits, and how many highlighted snippets came with them. */
	record Answer(int returned, long total, int highlights) {
	}

}
