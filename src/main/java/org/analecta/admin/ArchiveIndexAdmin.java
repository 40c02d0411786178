package org.analecta.admin;

import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.analecta.ingest.IngestService;
import org.analecta.report.Quote;
import org.analecta.report.Report;
import org.analecta.report.Reports;
import org.analecta.system.NotFoundException;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class ArchiveIndexAdmin implements IndexAdmin {

	private static final Logger logger = LoggerFactory.getLogger(ArchiveIndexAdmin.class);

	private final EntityManager em;

	private final Reports reports;

	private final AdminLog log;

	private final IngestService ingest;

	ArchiveIndexAdmin(EntityManager em, Reports reports, AdminLog log, IngestService ingest) {
		this.em = em;
		this.reports = reports;
		this.log = log;
		this.ingest = ingest;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Status> status() {
		try {
			long dbReports = reports.count();
			long dbQuotes = em.createQuery("select count(q) from Quote q", Long.class).getSingleResult();
			var session = Search.session(em);
			long indexReports = session.search(Report.class).where(f -> f.matchAll()).fetchTotalHitCount();
			long indexQuotes = session.search(Quote.class).where(f -> f.matchAll()).fetchTotalHitCount();
			boolean ok = dbReports == indexReports && dbQuotes == indexQuotes;
			return Optional.of(new Status(ok, "Database: " + dbReports + " reports, " + dbQuotes + " quotes; index: "
					+ indexReports + " reports, " + indexQuotes + " quotes."));
		}
		catch (RuntimeException e) {
			logger.warn("Index status unavailable", e);
			return Optional.empty();
		}
	}

	@Override
	@Transactional
	public String reindex() {
		try {
			Search.session(em).massIndexer(Report.class, Quote.class).startAndWait();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return "Reindexing was interrupted.";
		}
		log.record("reindex", "all", null);
		return "The search index was rebuilt.";
	}

	@Override
	@Transactional
	public String delete(String slug) {
		Report report = reports.findBySlug(slug)
			.orElseThrow(() -> new NotFoundException("There is no report at this address ('" + slug + "')."));
		String title = report.getTitle();
		ingest.delete(report.getId());
		log.record("delete report", slug, title);
		return title;
	}

}
