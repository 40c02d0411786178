package org.analecta.ingest;

import java.time.Instant;

/**
 * A stored report an upload looks like, and why: the same bytes, the same source URL, the
 * same series and number, or a text whose estimated word-shingle similarity is at least
 * {@link TextFingerprint#SAME_REPORT}.
 */
public record Match(long reportId, String slug, String title, Instant uploadedAt, Reason reason, double similarity) {

	public enum Reason {

		SAME_FILE, SOURCE_URL, SERIES_NUMBER, SIMILAR_TEXT

	}

}
