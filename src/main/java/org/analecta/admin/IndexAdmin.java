package org.analecta.admin;

import java.util.Optional;

/**
 * The archive operations behind the admin's buttons that belong to other features: deleting a
 * report (ingest), rebuilding the index and its consistency status (search).
 */
interface IndexAdmin {

	record Status(boolean consistent, String summary) {
	}

	Optional<Status> status();

	/** @return a sentence saying what was done */
	String reindex();

	/** @return the deleted report's title */
	String delete(String slug);

}
