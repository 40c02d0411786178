package org.analecta.report;

import java.time.Instant;

/** A previous original of a report, without its bytes. */
public record RevisionSummary(Long id, int revision, String contentHash, String mediaType, String fileName,
		String title, Instant ingestedAt, Instant replacedAt) {
}
