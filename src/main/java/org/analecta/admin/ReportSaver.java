package org.analecta.admin;

/**
 * Stores one previewed file through the archive's ingest and logs the action; one file's failure
 * never stops the others.
 */
interface ReportSaver {

	/** @param slug the stored report's address, null when it failed */
	record Result(String fileName, Outcome outcome, String slug, String title, String message) {
	}

	enum Outcome {
		SAVED, UNCHANGED, REPLACED, FAILED
	}

	Result save(PendingUpload upload);

}
