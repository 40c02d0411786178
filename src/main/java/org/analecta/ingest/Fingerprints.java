package org.analecta.ingest;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stored reports' text fingerprints, written in the caller's transaction (the report
 * row must be flushed first), and the lookup of the most similar stored report.
 */
@Component
class Fingerprints {

	private final JdbcClient jdbc;

	Fingerprints(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Similar(long reportId, double similarity) {
	}

	/** Replaces the report's fingerprint. */
	void store(long reportId, TextFingerprint fingerprint) {
		jdbc.sql("delete from report_fingerprint_bands where report_id = ?").param(reportId).update();
		jdbc.sql("delete from report_fingerprints where report_id = ?").param(reportId).update();
		storeNew(reportId, fingerprint);
	}

	/** Stores the fingerprint of a report created in this transaction, which has none. */
	void storeNew(long reportId, TextFingerprint fingerprint) {
		if (fingerprint.isEmpty()) {
			return;
		}
		jdbc.sql("insert into report_fingerprints (report_id, minima) values (?, ?)")
			.params(reportId, fingerprint.toBytes())
			.update();
		// One statement for all bands (one round trip, not one per band).
		jdbc.sql("insert into report_fingerprint_bands (report_id, band_key) select ?, unnest(?)")
			.params(reportId, Arrays.stream(fingerprint.bandKeys()).distinct().boxed().toArray(Long[]::new))
			.update();
	}

	/**
	 * The stored reports whose text reaches {@link TextFingerprint#SAME_REPORT}
	 * similarity, the most similar first (the oldest first among equals).
	 */
	List<Similar> similar(TextFingerprint fingerprint) {
		if (fingerprint == null || fingerprint.isEmpty()) {
			return List.of();
		}
		long[] keys = fingerprint.bandKeys();
		String placeholders = Arrays.stream(keys).mapToObj(k -> "?").collect(Collectors.joining(", "));
		return jdbc
			.sql("select f.report_id, f.minima from report_fingerprints f where f.report_id in "
					+ "(select b.report_id from report_fingerprint_bands b where b.band_key in (" + placeholders + "))")
			.params(Arrays.stream(keys).boxed().toList())
			.query((rs, n) -> new Similar(rs.getLong(1),
					fingerprint.similarity(TextFingerprint.fromBytes(rs.getBytes(2)))))
			.stream()
			.filter(s -> s.similarity() >= TextFingerprint.SAME_REPORT)
			.sorted(Comparator.comparingDouble(Similar::similarity).reversed().thenComparing(Similar::reportId))
			.toList();
	}

}
