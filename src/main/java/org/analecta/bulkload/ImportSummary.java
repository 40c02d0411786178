package org.analecta.bulkload;

import java.time.Duration;
import java.util.List;

/**
 * What an import did.
 *
 * @param created reports new to the archive
 * @param updated new versions of stored reports
 * @param unchanged files whose bytes the archive already held
 * @param refused files not stored, each with its reason, in file order
 * @param stored time spent parsing and storing
 * @param indexed time spent rebuilding and merging the search index; null when the index
 * was not rebuilt (see {@code indexProblem})
 * @param indexProblem why the index could not be rebuilt, or null
 */
public record ImportSummary(int created, int updated, int unchanged, List<Refusal> refused, Duration stored,
		Duration indexed, long reportsInIndex, String indexProblem) {

	public ImportSummary {
		refused = List.copyOf(refused);
	}

	public int files() {
		return created + updated + unchanged + refused.size();
	}

	/**
	 * A file that was not stored, and why, in words for the person running the import.
	 */
	public record Refusal(String file, String reason) {
	}

}
