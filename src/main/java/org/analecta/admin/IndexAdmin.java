package org.analecta.admin;

import java.util.Optional;

/**
 * The archive operations behind the admin's buttons that belong to other features: deleting and
 * re-parsing reports (ingest), rebuilding the index and its consistency status (search).
 */
interface IndexAdmin {

	record Status(boolean consistent, String summary) {
	}

	Optional<Status> status();

	/** @return a sentence saying what was done */
	String reindex();

	/** Rebuilds every report from its stored original with the current parser; @return what was done */
	String reparseAll();

	/** @return the deleted report's title */
	String delete(String slug);

}
