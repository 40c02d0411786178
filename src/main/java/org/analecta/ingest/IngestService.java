package org.analecta.ingest;

import org.analecta.parser.SpeakerNames;

import org.analecta.report.Slugs;

import org.analecta.parser.ParseException;

import org.analecta.parser.ParsedReport;

import org.analecta.parser.ReportParser;
import org.analecta.report.ReferenceRows;
import org.analecta.speakers.SpeakerDirectory;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.analecta.ingest.IngestResult.Outcome;
import org.analecta.report.Report;
import org.analecta.report.ReportOriginal;
import org.analecta.report.ReportOriginals;
import org.analecta.report.ReportRevision;
import org.analecta.report.ReportRevisions;
import org.analecta.report.Reports;
import org.analecta.report.Series;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

/**
 * Puts reports into the archive and takes them out. Each upload is parsed first — a file the
 * parser refuses is reported back and nothing is written — then stored with all its parts in one
 * transaction, which also writes the search index's outbox events: the report is in the database
 * and on its way to the index together, or not at all.
 *
 * <ul>
 * <li>The same bytes again: nothing changes; the stored report is returned (UNCHANGED).</li>
 * <li>A new version of a stored report — same series and number, or else same source URL: its
 * parts are replaced, its previous original is kept as a revision (UPDATED); the slug stays.</li>
 * <li>Delete: the report, its parts, originals and revisions go, from the database and the
 * index.</li>
 * <li>Re-parse: a report is rebuilt from its stored original by the current parser.</li>
 * </ul>
 */
@Service
public class IngestService {

	private static final Logger log = LoggerFactory.getLogger(IngestService.class);

	private final ReportParser parser;

	private final Reports reports;

	private final ReportOriginals originals;

	private final ReportRevisions revisions;

	private final ReportAssembler assembler;

	private final ReferenceRows rows;

	private final SpeakerDirectory speakers;

	private final TransactionTemplate tx;

	private final EntityManager em;

	IngestService(ReportParser parser, Reports reports, ReportOriginals originals, ReportRevisions revisions,
			ReportAssembler assembler, ReferenceRows rows, SpeakerDirectory speakers, PlatformTransactionManager transactions,
			EntityManager em) {
		this.parser = parser;
		this.reports = reports;
		this.originals = originals;
		this.revisions = revisions;
		this.assembler = assembler;
		this.rows = rows;
		this.speakers = speakers;
		this.tx = new TransactionTemplate(transactions);
		this.em = em;
	}

	/**
	 * Stores an uploaded report.
	 * @param content the file's bytes, as uploaded
	 * @param fileName the uploaded file's name, or null
	 * @param mediaType the declared media type, or null to take it from the parsed format
	 */
	public IngestResult ingest(byte[] content, String fileName, String mediaType) {
		Objects.requireNonNull(content, "content");
		String hash = sha256(content);
		IngestResult same = tx.execute(status -> reports.findByContentHash(hash).map(IngestService::unchanged).orElse(null));
		if (same != null) {
			return same;
		}
		ReportParser parser = tx.execute(status -> currentParser());
		// Parsing happens outside the transaction: no connection is held while the parser works.
		ParsedReport parsed;
		try {
			parsed = parser.parse(content, fileName);
		}
		catch (ParseException e) {
			log.info("Refused {}: {}", describe(fileName), e.getMessage());
			return IngestResult.rejected(e.getMessage());
		}
		Upload upload = new Upload(content, hash, fileName, mediaType(mediaType, parsed));
		try {
			return tx.execute(status -> store(upload, parsed));
		}
		catch (DataIntegrityViolationException | ConcurrencyFailureException | PersistenceException first) {
			// Most likely a concurrent upload of the same report (or one creating the same series,
			// country or speaker) committed first; once more sees its rows.
			log.debug("Storing {} collided with a concurrent upload; trying once more", describe(fileName), first);
			try {
				return tx.execute(status -> store(upload, parsed));
			}
			catch (DataIntegrityViolationException | ConcurrencyFailureException | PersistenceException e) {
				log.warn("Could not store {}", describe(fileName), e);
				return IngestResult.rejected("The report conflicts with one already stored (" + rootMessage(e) + ")");
			}
		}
	}

	private record Upload(byte[] content, String hash, String fileName, String mediaType) {
	}

	private IngestResult store(Upload upload, ParsedReport parsed) {
		Report same = reports.findByContentHash(upload.hash()).orElse(null);
		if (same != null) {
			return unchanged(same);
		}
		Report previous = previousVersion(parsed);
		if (previous != null) {
			if (!lockReport(previous.getId())) {
				previous = null; // deleted meanwhile: this upload is a new report again
			}
			else {
				em.refresh(previous);
			}
		}
		return previous == null ? create(upload, parsed) : replace(previous, upload, parsed);
	}

	/**
	 * Locks a report's row before any of its parts, revisions or original is touched. Every
	 * transaction that changes a stored report (new version, delete, re-parse) takes this lock first,
	 * so two of them on the same report queue up instead of each holding rows the other needs.
	 * @return false when the report is gone
	 */
	private boolean lockReport(long reportId) {
		return !em.createNativeQuery("select id from reports where id = ?1 for update")
			.setParameter(1, reportId)
			.getResultList()
			.isEmpty();
	}

	/** The stored report an upload is a new version of: same series and number, else same source URL. */
	private Report previousVersion(ParsedReport parsed) {
		Series series = rows.existingSeries(parsed.series());
		if (series != null && parsed.seriesNumber() != null && !parsed.seriesNumber().isBlank()) {
			Report report = reports.findBySeriesAndSeriesNumber(series, parsed.seriesNumber().strip()).orElse(null);
			if (report != null) {
				return report;
			}
		}
		if (parsed.sourceUrl() != null && !parsed.sourceUrl().isBlank()) {
			return reports.findFirstBySourceUrlOrderByIdAsc(parsed.sourceUrl().strip()).orElse(null);
		}
		return null;
	}

	private IngestResult create(Upload upload, ParsedReport parsed) {
		Report report = new Report("", upload.hash(), Instant.now());
		report.setOriginal(upload.hash(), upload.mediaType(), upload.fileName(), upload.content().length,
				parsed.format().name());
		List<String> warnings = assembler.fill(report, parsed, upload.fileName());
		report.setSlug(Slugs.unique(ReportAssembler.slugBase(report), slug -> Slugs.taken(em, "reports", slug)));
		reports.save(report);
		originals.save(new ReportOriginal(report, upload.content()));
		log.info("Stored {} as {} ({} sections, {} footnotes, {} quotes)", describe(upload.fileName()),
				report.getSlug(), report.getSections().size(), report.getFootnotes().size(), report.getQuotes().size());
		return result(Outcome.CREATED, report, warnings);
	}

	private IngestResult replace(Report report, Upload upload, ParsedReport parsed) {
		Instant now = Instant.now();
		Integer earlier = revisions.findRevisionNumberByContentHash(report.getId(), upload.hash());
		ReportOriginal original = originals.findById(report.getId()).orElseThrow();
		int revision = revisions.findLatestRevisionNumber(report.getId()) + 1;
		revisions.save(new ReportRevision(report, revision, report.getContentHash(), report.getMediaType(),
				report.getFileName(), report.getSourceUrl(), report.getTitle(), original.getContent(),
				report.getUpdatedAt(), now));
		removeParts(report);
		report.setOriginal(upload.hash(), upload.mediaType(), upload.fileName(), upload.content().length,
				parsed.format().name());
		report.setUpdatedAt(now);
		original.setContent(upload.content());
		List<String> warnings = new ArrayList<>();
		warnings.add("A new version of " + report.getSlug() + "; the previous original is kept as revision " + revision);
		if (earlier != null) {
			warnings.add("This file is the same as revision " + earlier + ": an older version is current again");
		}
		warnings.addAll(assembler.fill(report, parsed, upload.fileName()));
		log.info("Stored {} as a new version of {} (revision {} kept)", describe(upload.fileName()), report.getSlug(),
				revision);
		return result(Outcome.UPDATED, report, warnings);
	}

	/**
	 * Removes a report's parts through the persistence context (so that the search index hears of
	 * every removed quote), quotes first: they point at the sections, paragraphs and footnotes.
	 */
	private void removeParts(Report report) {
		// The index does not follow a report's sections and footnotes (see Report.sections):
		// replacing them must re-index the report explicitly, even when its own columns stay.
		Search.session(em).indexingPlan().addOrUpdate(report);
		report.getQuotes().clear();
		em.flush();
		report.clearParts();
		em.flush();
	}

	/** Deletes a report with everything that belongs to it. Returns false when there was none. */
	public boolean delete(long reportId) {
		Boolean deleted = tx.execute(status -> {
			Report report = lockReport(reportId) ? reports.findById(reportId).orElse(null) : null;
			if (report == null) {
				return false;
			}
			removeParts(report);
			revisions.deleteByReportId(reportId);
			originals.deleteById(reportId);
			reports.delete(report);
			log.info("Deleted report {}", report.getSlug());
			return true;
		});
		return Boolean.TRUE.equals(deleted);
	}

	/**
	 * Rebuilds one report from its stored original with the current parser. When the parser now
	 * refuses the original, the report is left as it was and the result says why.
	 */
	public IngestResult reparse(long reportId) {
		return tx.execute(status -> {
			Report report = (lockReport(reportId) ? reports.findById(reportId) : Optional.<Report>empty())
				.orElseThrow(() -> new IllegalArgumentException("No report with id " + reportId));
			byte[] content = originals.findById(reportId).orElseThrow().getContent();
			ParsedReport parsed;
			try {
				parsed = currentParser().parse(content, report.getFileName());
			}
			catch (ParseException e) {
				return new IngestResult(Outcome.REJECTED, report.getId(), report.getSlug(), report.getTitle(), List.of(),
						e.getMessage());
			}
			removeParts(report);
			List<String> warnings = assembler.fill(report, parsed, report.getFileName());
			return result(Outcome.REPARSED, report, warnings);
		});
	}

	/** Rebuilds every report from its stored original, each in its own transaction. */
	public ReparseSummary reparseAll() {
		int reparsed = 0;
		List<ReparseSummary.Failure> failures = new ArrayList<>();
		for (Long id : reports.findAllIds()) {
			try {
				IngestResult result = reparse(id);
				if (result.outcome() == Outcome.REJECTED) {
					failures.add(new ReparseSummary.Failure(id, result.slug(), result.error()));
				}
				else {
					reparsed++;
				}
			}
			catch (RuntimeException e) {
				log.warn("Re-parsing report {} failed", id, e);
				failures.add(new ReparseSummary.Failure(id, null, rootMessage(e)));
			}
		}
		log.info("Re-parsed {} reports, {} failed", reparsed, failures.size());
		return new ReparseSummary(reparsed, failures);
	}

	/** The parser, taught the admins' speaker aliases when there are any. */
	private ReportParser currentParser() {
		SpeakerNames names = speakers.namesWithAdminAliases();
		return names == speakers.baseNames() ? parser : new ReportParser(names);
	}

	private static IngestResult unchanged(Report report) {
		return new IngestResult(Outcome.UNCHANGED, report.getId(), report.getSlug(), report.getTitle(),
				List.of("The same file is already stored as " + report.getSlug()), null);
	}

	private static IngestResult result(Outcome outcome, Report report, List<String> warnings) {
		return new IngestResult(outcome, report.getId(), report.getSlug(), report.getTitle(), warnings, null);
	}

	private static String mediaType(String declared, ParsedReport parsed) {
		if (declared != null && !declared.isBlank()) {
			return declared.strip();
		}
		return parsed.format() == ParsedReport.SourceFormat.HTML ? "text/html" : "text/plain";
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

	private static String describe(String fileName) {
		return fileName == null || fileName.isBlank() ? "an upload" : fileName;
	}

	private static String rootMessage(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return String.valueOf(root.getMessage());
	}

}
