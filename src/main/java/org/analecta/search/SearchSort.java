package org.analecta.search;

/** Result order. Relevance ties are broken by date, newest first. */
public enum SearchSort {

	RELEVANCE, NEWEST, OLDEST

}
