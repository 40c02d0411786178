package org.analecta.ingest;

import java.util.List;

/**
 * What became of one uploaded file. {@code reportId} and {@code slug} name the stored
 * report (for UNCHANGED: the existing one); for REJECTED they are null and {@code error}
 * says, for a person, what is wrong with the file. Nothing is stored for a rejected file.
 */
public record IngestResult(Outcome outcome, Long reportId, String slug, String title, List<String> warnings,
		String error) {

	public IngestResult {
		warnings = List.copyOf(warnings);
	}

	public enum Outcome {

		/** A report new to the archive. */
		CREATED,
		/** The same bytes were already stored: nothing changed. */
		UNCHANGED,
		/**
		 * A new version of a stored report (same series and number, or same source URL).
		 */
		UPDATED,
		/** The admin chose not to store it. */
		SKIPPED,
		/** Re-built from its stored original by the current parser. */
		REPARSED,
		/** The file is not a report the parser can read; nothing was stored. */
		REJECTED

	}

	static IngestResult rejected(String error) {
		return new IngestResult(Outcome.REJECTED, null, null, null, List.of(), error);
	}

	public boolean stored() {
		return outcome != Outcome.REJECTED && outcome != Outcome.SKIPPED;
	}

}
