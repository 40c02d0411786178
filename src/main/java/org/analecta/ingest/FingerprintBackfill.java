package org.analecta.ingest;

import java.util.List;

import org.analecta.report.Reports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up, gives every stored report without a text fingerprint (stored before
 * fingerprints existed) one, taken from its stored text, which holds the same words as
 * the parse it was built from. A hundred reports per transaction; a report without words
 * stays without.
 */
@Component
@Order(2)
class FingerprintBackfill implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FingerprintBackfill.class);

	private static final int BATCH = 100;

	private final JdbcClient jdbc;

	private final Reports reports;

	private final Fingerprints fingerprints;

	private final TransactionTemplate tx;

	FingerprintBackfill(JdbcClient jdbc, Reports reports, Fingerprints fingerprints,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.reports = reports;
		this.fingerprints = fingerprints;
		this.tx = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments args) {
		int done = fill();
		if (done > 0) {
			log.info("Gave {} stored report{} a text fingerprint", done, done == 1 ? "" : "s");
		}
	}

	/** Returns how many reports were given a fingerprint. */
	int fill() {
		List<Long> missing = jdbc
			.sql("select r.id from reports r where not exists "
					+ "(select 1 from report_fingerprints f where f.report_id = r.id) order by r.id")
			.query(Long.class)
			.list();
		for (int from = 0; from < missing.size(); from += BATCH) {
			List<Long> batch = missing.subList(from, Math.min(missing.size(), from + BATCH));
			tx.executeWithoutResult(status -> reports.findAllById(batch)
				.forEach(report -> fingerprints.store(report.getId(), TextFingerprint.of(report.getFullText()))));
		}
		return missing.size();
	}

}
