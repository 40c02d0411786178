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
 * Puts reports into the archive and takes them out. An upload is parsed once
 * ({@link #prepare}) — a file the parser refuses is reported back and nothing is written
 * — and then stored, with the admin's corrections, with all its parts in one transaction
 * ({@link #save}), which also writes the search index's outbox events: the report is in
 * the database and on its way to the index together, or not at all.
 *
 * <ul>
 * <li>The same bytes again: nothing changes; the stored report is returned
 * (UNCHANGED).</li>
 * <li>A new version of a stored report — same series and number, else same source URL,
 * else nearly the same text ({@link TextFingerprint}): its parts are replaced, its
 * previous original is kept as a revision (UPDATED); the slug stays. The admin may store
 * it apart or skip it instead.</li>
 * <li>Delete: the report, its parts, originals and revisions go, from the database and
 * the index.</li>
 * <li>Re-parse: a report is rebuilt from its stored original by the current parser; the
 * admins' corrections ({@link Corrections}) are applied again.</li>
 * </ul>
 */
@Service
public class IngestService {

	private static final Logger log = LoggerFactory.getLogger(IngestService.class);

	private final ReportParser parser;

	private final Reports reports;

	private final ReportOriginals originals;

	private final ReportRevisions revisions;

	private final ReferenceResolver resolver;

	private final ReferenceRows rows;

	private final Fingerprints fingerprints;

	private final Corrections corrections;

	private final SpeakerDirectory speakers;

	private final TransactionTemplate tx;

	private final EntityManager em;

	IngestService(ReportParser parser, Reports reports, ReportOriginals originals, ReportRevisions revisions,
			ReferenceResolver resolver, ReferenceRows rows, Fingerprints fingerprints, Corrections corrections,
			SpeakerDirectory speakers, PlatformTransactionManager transactions, EntityManager em) {
		this.parser = parser;
		this.reports = reports;
		this.originals = originals;
		this.revisions = revisions;
		this.resolver = resolver;
		this.rows = rows;
		this.fingerprints = fingerprints;
		this.corrections = corrections;
		this.speakers = speakers;
		this.tx = new TransactionTemplate(transactions);
		this.em = em;
	}

	/**
	 * Parses an upload once, with the parser the save uses (taught the admins' speaker
	 * aliases), and finds the stored report it looks like. Nothing is written.
	 * @param content the file's bytes, as uploaded
	 * @param fileName the uploaded file's name, or null
	 * @param mediaType the declared media type, or null to take it from the parsed format
	 */
	public PreparedUpload prepare(byte[] content, String fileName, String mediaType) {
		PreparedUpload prepared = parse(content, fileName, mediaType);
		return prepared.saveable() ? prepared.withMatch(match(prepared, MetadataCorrection.NONE)) : prepared;
	}

	/**
	 * As {@link #prepare}, without looking for the stored report it looks like: for a
	 * save, which looks for it again under the lock it stores with, so the preview's
	 * lookup would be done twice.
	 */
	private PreparedUpload parse(byte[] content, String fileName, String mediaType) {
		Objects.requireNonNull(content, "content");
		String hash = sha256(content);
		ReportParser parser = tx.execute(status -> currentParser());
		// Parsing happens outside any transaction: no connection is held while the parser
		// works.
		ParsedReport parsed;
		try {
			parsed = parser.parse(content, fileName);
		}
		catch (ParseException e) {
			log.info("Refused {}: {}", describe(fileName), e.getMessage());
			return new PreparedUpload(content, hash, fileName, mediaType, null, null, e.getMessage(), null);
		}
		return new PreparedUpload(content, hash, fileName, mediaType(mediaType, parsed), parsed,
				TextFingerprint.of(PreparedUpload.text(parsed)), null, null);
	}

	/** The stored report the upload, so corrected, looks like; null when none. */
	public Match match(PreparedUpload upload, MetadataCorrection correction) {
		if (!upload.saveable()) {
			return null;
		}
		return tx.execute(status -> {
			Report same = reports.findByContentHash(upload.hash()).orElse(null);
			return same != null ? match(same, Match.Reason.SAME_FILE, 1)
					: previousVersion(upload.corrected(correction), upload.fingerprint());
		});
	}

	/**
	 * Stores an upload as it is: a new report, or a new version of the one it looks like.
	 */
	public IngestResult ingest(byte[] content, String fileName, String mediaType) {
		return save(parse(content, fileName, mediaType), MetadataCorrection.NONE, SaveChoice.NEW_VERSION);
	}

	/**
	 * As {@link #ingest}, for a bulk load: the same rules, except that bytes held as an
	 * earlier version of a report are unchanged too, and the transaction writes no
	 * search-index outbox events. The caller must rebuild the index afterwards
	 * (IndexMaintenance.reindex): until then the report is in the database but not
	 * searchable.
	 */
	public IngestResult ingestUnindexed(byte[] content, String fileName) {
		// Bytes already held are not parsed again, so a re-run over stored files goes at
		// the speed of reading them. Unlike an upload, bytes held as an earlier version
		// are unchanged too: two versions of a report in one directory would otherwise
		// make the older one current again, and add two revisions, on every run.
		String hash = sha256(content);
		IngestResult held = tx.execute(status -> reports.findByContentHash(hash)
			.map(IngestService::unchanged)
			.or(() -> revisions.findReportsByRevisionContentHash(hash)
				.stream()
				.findFirst()
				.map(report -> new IngestResult(Outcome.UNCHANGED, report.getId(), report.getSlug(), report.getTitle(),
						List.of("The same file is an earlier version of " + report.getSlug()), null)))
			.orElse(null));
		if (held != null) {
			return held;
		}
		return save(parse(content, fileName, null), MetadataCorrection.NONE, SaveChoice.NEW_VERSION, false);
	}

	/**
	 * Stores a prepared upload with the admin's corrections, which are kept and applied
	 * again after every re-parse. The same bytes again change nothing (UNCHANGED),
	 * whatever the choice.
	 */
	public IngestResult save(PreparedUpload upload, MetadataCorrection correction, SaveChoice choice) {
		return save(upload, correction, choice, true);
	}

	private IngestResult save(PreparedUpload upload, MetadataCorrection correction, SaveChoice choice,
			boolean indexed) {
		if (!upload.saveable()) {
			return IngestResult.rejected(upload.error());
		}
		try {
			return tx.execute(status -> store(upload, correction, choice, indexed));
		}
		catch (DataIntegrityViolationException | ConcurrencyFailureException | PersistenceException first) {
			// Most likely a concurrent upload of the same report (or one creating the
			// same series,
			// country or speaker) committed first; once more sees its rows.
			log.debug("Storing {} collided with a concurrent upload; trying once more", describe(upload.fileName()),
					first);
			try {
				return tx.execute(status -> store(upload, correction, choice, indexed));
			}
			catch (DataIntegrityViolationException | ConcurrencyFailureException | PersistenceException e) {
				log.warn("Could not store {}", describe(upload.fileName()), e);
				return IngestResult.rejected("The report conflicts with one already stored (" + rootMessage(e) + ")");
			}
		}
	}

	private IngestResult store(PreparedUpload upload, MetadataCorrection correction, SaveChoice choice,
			boolean indexed) {
		if (!indexed) {
			// Nothing of this transaction goes to the index's outbox, explicit reindexing
			// included.
			Search.session(em).indexingPlanFilter(types -> types.exclude(Object.class));
		}
		Report same = reports.findByContentHash(upload.hash()).orElse(null);
		if (same != null) {
			return unchanged(same);
		}
		ParsedReport parsed = upload.corrected(correction);
		if (choice == SaveChoice.SKIP) {
			return new IngestResult(Outcome.SKIPPED, null, null, parsed.title(), List.of(), null);
		}
		Match previous = choice == SaveChoice.SEPARATE ? null : previousVersion(parsed, upload.fingerprint());
		if (previous != null && !lockReport(previous.reportId())) {
			previous = null; // deleted meanwhile: this upload is a new report again
		}
		if (previous == null) {
			return create(upload, parsed, correction);
		}
		Report report = reports.findById(previous.reportId()).orElseThrow();
		em.refresh(report);
		if (upload.hash().equals(report.getContentHash())) {
			// The same bytes, committed by a concurrent upload after this one looked for
			// them and before it took the lock: nothing to change.
			return unchanged(report);
		}
		// A new version keeps what the admins said of the report, under what they say
		// now.
		MetadataCorrection kept = correction.over(corrections.metadata(report.getId()));
		return replace(report, upload, upload.corrected(kept), kept, previous);
	}

	/**
	 * Locks a report's row before any of its parts, revisions or original is touched.
	 * Every transaction that changes a stored report (new version, delete, re-parse)
	 * takes this lock first, so two of them on the same report queue up instead of each
	 * holding rows the other needs.
	 * @return false when the report is gone
	 */
	private boolean lockReport(long reportId) {
		return !em.createNativeQuery("select id from reports where id = ?1 for update")
			.setParameter(1, reportId)
			.getResultList()
			.isEmpty();
	}

	/**
	 * The stored report an upload is a new version of: same series and number, else same
	 * source URL, else a text at least {@link TextFingerprint#SAME_REPORT} alike.
	 */
	private Match previousVersion(ParsedReport parsed, TextFingerprint fingerprint) {
		if (parsed.seriesNumber() != null && !parsed.seriesNumber().isBlank()) {
			for (Series series : rows.seriesSpellings(parsed.series())) {
				Report report = reports.findBySeriesAndSeriesNumber(series, parsed.seriesNumber().strip()).orElse(null);
				if (report != null) {
					return match(report, Match.Reason.SERIES_NUMBER, 1);
				}
			}
		}
		if (parsed.sourceUrl() != null && !parsed.sourceUrl().isBlank()) {
			Report report = reports.findFirstBySourceUrlOrderByIdAsc(parsed.sourceUrl().strip()).orElse(null);
			if (report != null) {
				return match(report, Match.Reason.SOURCE_URL, 1);
			}
		}
		for (Fingerprints.Similar similar : fingerprints.similar(fingerprint)) {
			Report report = reports.findById(similar.reportId()).orElse(null);
			if (report != null && !namedApart(report, parsed)) {
				return match(report, Match.Reason.SIMILAR_TEXT, similar.similarity());
			}
		}
		return null;
	}

	/**
	 * Two texts alike are still two reports when they say so: another series and number,
	 * or another source URL.
	 */
	private static boolean namedApart(Report report, ParsedReport parsed) {
		String series = blankToNull(parsed.series());
		String number = blankToNull(parsed.seriesNumber());
		String url = blankToNull(parsed.sourceUrl());
		boolean otherNumber = report.getSeries() != null && report.getSeriesNumber() != null && series != null
				&& number != null
				&& !(ReferenceRows.seriesKey(report.getSeries().getName()).equals(ReferenceRows.seriesKey(series))
						&& report.getSeriesNumber().equals(number));
		boolean otherUrl = report.getSourceUrl() != null && url != null && !report.getSourceUrl().equals(url);
		return otherNumber || otherUrl;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static Match match(Report report, Match.Reason reason, double similarity) {
		return new Match(report.getId(), report.getSlug(), report.getTitle(), report.getIngestedAt(), reason,
				similarity);
	}

	private IngestResult create(PreparedUpload upload, ParsedReport parsed, MetadataCorrection correction) {
		Report report = new Report("", upload.hash(), Instant.now());
		report.setOriginal(upload.hash(), upload.mediaType(), upload.fileName(), upload.size(), parsed.format().name());
		List<String> warnings = report.rebuild(parsed, resolver.resolve(parsed));
		report.setSlug(Slugs.unique(slugBase(report), slug -> Slugs.taken(em, "reports", slug)));
		reports.save(report);
		originals.save(new ReportOriginal(report, upload.content()));
		em.flush();
		fingerprints.storeNew(report.getId(), upload.fingerprint());
		corrections.keepMetadata(report.getId(), correction);
		log.info("Stored {} as {} ({} sections, {} footnotes, {} quotes)", describe(upload.fileName()),
				report.getSlug(), report.getSections().size(), report.getFootnotes().size(), report.getQuotes().size());
		return result(Outcome.CREATED, report, warnings);
	}

	private IngestResult replace(Report report, PreparedUpload upload, ParsedReport parsed,
			MetadataCorrection correction, Match previous) {
		Instant now = Instant.now();
		Integer earlier = revisions.findRevisionNumberByContentHash(report.getId(), upload.hash());
		ReportOriginal original = originals.findById(report.getId()).orElseThrow();
		int revision = revisions.findLatestRevisionNumber(report.getId()) + 1;
		revisions.save(new ReportRevision(report, revision, report.getContentHash(), report.getMediaType(),
				report.getFileName(), report.getSourceUrl(), report.getTitle(), original.getContent(),
				report.getUpdatedAt(), now));
		removeParts(report);
		report.setOriginal(upload.hash(), upload.mediaType(), upload.fileName(), upload.size(), parsed.format().name());
		report.setUpdatedAt(now);
		original.setContent(upload.content());
		List<String> warnings = new ArrayList<>();
		warnings.add("A new version of " + report.getSlug() + " (" + describe(previous.reason())
				+ "); the previous original is kept as revision " + revision);
		if (earlier != null) {
			warnings.add("This file is the same as revision " + earlier + ": an older version is current again");
		}
		warnings.addAll(report.rebuild(parsed, resolver.resolve(parsed)));
		warnings.addAll(corrections.reapplyToQuotes(report));
		fingerprints.store(report.getId(), upload.fingerprint());
		corrections.keepMetadata(report.getId(), correction);
		log.info("Stored {} as a new version of {} (revision {} kept)", describe(upload.fileName()), report.getSlug(),
				revision);
		return result(Outcome.UPDATED, report, warnings);
	}

	private static String describe(Match.Reason reason) {
		return switch (reason) {
			case SAME_FILE -> "the same file";
			case SOURCE_URL -> "same source URL";
			case SERIES_NUMBER -> "same series and number";
			case SIMILAR_TEXT -> "nearly the same text";
		};
	}

	/**
	 * Removes a report's parts through the persistence context (so that the search index
	 * hears of every removed quote), quotes first: they point at the sections, paragraphs
	 * and footnotes.
	 */
	private void removeParts(Report report) {
		// The index does not follow a report's sections and footnotes (see
		// Report.sections):
		// replacing them must re-index the report explicitly, even when its own columns
		// stay.
		Search.session(em).indexingPlan().addOrUpdate(report);
		report.getQuotes().clear();
		em.flush();
		report.clearParts();
		em.flush();
	}

	/**
	 * Deletes a report with everything that belongs to it. Returns false when there was
	 * none.
	 */
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
	 * Rebuilds one report from its stored original with the current parser. When the
	 * parser now refuses the original, the report is left as it was and the result says
	 * why.
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
				return new IngestResult(Outcome.REJECTED, report.getId(), report.getSlug(), report.getTitle(),
						List.of(), e.getMessage());
			}
			ParsedReport corrected = PreparedUpload.named(corrections.metadata(reportId).applyTo(parsed),
					report.getFileName());
			removeParts(report);
			List<String> warnings = new ArrayList<>(report.rebuild(corrected, resolver.resolve(corrected)));
			warnings.addAll(corrections.reapplyToQuotes(report));
			fingerprints.store(reportId, TextFingerprint.of(PreparedUpload.text(parsed)));
			return result(Outcome.REPARSED, report, warnings);
		});
	}

	/** The parser, taught the admins' speaker aliases when there are any. */
	private ReportParser currentParser() {
		SpeakerNames names = speakers.namesWithAdminAliases();
		return names == speakers.baseNames() ? parser : new ReportParser(names);
	}

	/**
	 * A readable, unique-enough key: date and title, else series and number and title.
	 */
	static String slugBase(Report report) {
		String title = Slugs.of(report.getTitle(), 70);
		String prefix;
		if (report.getPublishedOn() != null) {
			prefix = report.getPublishedOn().toString();
		}
		else if (report.getSeries() != null && report.getSeriesNumber() != null) {
			prefix = Slugs.of(report.getSeries().getName() + " " + report.getSeriesNumber(), 40);
		}
		else {
			prefix = "";
		}
		String slug = prefix.isEmpty() ? title : title.isEmpty() ? prefix : prefix + "-" + title;
		return slug.isEmpty() ? "report" : slug;
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
