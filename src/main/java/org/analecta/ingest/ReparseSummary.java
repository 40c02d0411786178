package org.analecta.ingest;

import java.util.List;

/** The outcome of re-building every report from its stored original. */
public record ReparseSummary(int reparsed, List<Failure> failures) {

	public ReparseSummary {
		failures = List.copyOf(failures);
	}

	/** A report the current parser could not rebuild; it was left as it was. */
	public record Failure(long reportId, String slug, String error) {
	}

}
