package org.analecta.admin;

import java.util.Optional;

import org.analecta.ingest.IngestService;
import org.analecta.report.Report;
import org.analecta.report.Reports;
import org.analecta.search.IndexMaintenance;
import org.analecta.system.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Deleting a report, and the database/index consistency the dashboard shows. */
@Component
class ArchiveIndexAdmin {

	record Status(boolean consistent, String summary) {
	}

	private static final Logger logger = LoggerFactory.getLogger(ArchiveIndexAdmin.class);

	private final Reports reports;

	private final AdminLog log;

	private final IngestService ingest;

	private final IndexMaintenance maintenance;

	ArchiveIndexAdmin(Reports reports, AdminLog log, IngestService ingest, IndexMaintenance maintenance) {
		this.reports = reports;
		this.log = log;
		this.ingest = ingest;
		this.maintenance = maintenance;
	}

	Optional<Status> status() {
		try {
			IndexMaintenance.Consistency c = maintenance.check();
			// Records, not the home page's quotes: the index holds every quotation
			// record, terms and
			// unattributed passages included.
			String summary = "Database: " + Counts.of(c.reports().inDatabase(), "report", "reports") + ", "
					+ Counts.of(c.quotes().inDatabase(), "quotation record", "quotation records") + "; index: "
					+ Counts.of(c.reports().inIndex(), "report", "reports") + ", "
					+ Counts.of(c.quotes().inIndex(), "quotation record", "quotation records") + "."
					+ (c.synonymProblem() == null ? "" : " Synonyms: " + c.synonymProblem());
			return Optional.of(new Status(c.consistent(), summary));
		}
		catch (RuntimeException e) {
			logger.warn("Index status unavailable", e);
			return Optional.empty();
		}
	}

	@Transactional
	String delete(String slug) {
		Report report = reports.findBySlug(slug)
			.orElseThrow(() -> new NotFoundException("There is no report at this address ('" + slug + "')."));
		String title = report.getTitle();
		ingest.delete(report.getId());
		log.record("delete report", slug, title);
		return title;
	}

}
