package org.analecta.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.analecta.ingest.Corrections;
import org.analecta.ingest.MetadataCorrection;
import org.analecta.report.ReferenceRows;
import org.analecta.speakers.SpeakerDirectory;
import org.analecta.report.Quote;
import org.analecta.report.Report;
import org.analecta.report.Reports;
import org.analecta.report.Speaker;
import org.analecta.report.Speakers;
import org.analecta.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's corrections: report metadata, a quote's speaker, merging two speaker
 * records, a speaker's spellings. Entity changes (not bulk updates) so Hibernate Search
 * re-indexes what they touch; each change and its log entry commit together.
 */
@Service
@Transactional
class AdminEdits {

	private final Reports reports;

	private final ReferenceRows rows;

	private final Speakers speakers;

	private final EntityManager em;

	private final AdminLog log;

	private final SpeakerDirectory directory;

	private final Corrections corrections;

	AdminEdits(Reports reports, ReferenceRows rows, Speakers speakers, EntityManager em, AdminLog log,
			SpeakerDirectory directory, Corrections corrections) {
		this.directory = directory;
		this.corrections = corrections;
		this.reports = reports;
		this.rows = rows;
		this.speakers = speakers;
		this.em = em;
		this.log = log;
	}

	record Metadata(String title, LocalDate publishedOn, String series, String seriesNumber, String sourceUrl) {
	}

	record QuoteRow(long id, String anchor, String text, String speaker, String speakerSlug, String role) {
	}

	record EditPage(String slug, Metadata metadata, List<QuoteRow> quotes) {
	}

	@Transactional(readOnly = true)
	EditPage editPage(String slug) {
		Report r = report(slug);
		List<QuoteRow> quotes = em
			.createQuery("select q from Quote q left join fetch q.speaker where q.report = :r" + " order by q.number",
					Quote.class)
			.setParameter("r", r)
			.getResultStream()
			.map(q -> new QuoteRow(q.getId(), q.getAnchor(), q.getText(),
					q.getSpeaker() == null ? null : q.getSpeaker().getCanonicalName(),
					q.getSpeaker() == null ? null : q.getSpeaker().getSlug(), q.getRole()))
			.toList();
		return new EditPage(
				r.getSlug(), new Metadata(r.getTitle(), r.getPublishedOn(),
						r.getSeries() == null ? null : r.getSeries().getName(), r.getSeriesNumber(), r.getSourceUrl()),
				quotes);
	}

	@Transactional(readOnly = true)
	List<String> speakerSlugs() {
		return em.createQuery("select s.slug from Speaker s order by s.slug", String.class)
			.setMaxResults(5000)
			.getResultList();
	}

	void updateMetadata(String slug, Metadata m) {
		Report r = report(slug);
		if (m.title() == null || m.title().isBlank()) {
			throw new IllegalArgumentException("A report needs a title.");
		}
		r.setTitle(m.title().strip());
		r.setPublishedOn(m.publishedOn());
		r.setSeries(blank(m.series()) ? null : rows.series(m.series()));
		r.setSeriesNumber(blank(m.seriesNumber()) ? null : m.seriesNumber().strip());
		r.setSourceUrl(blank(m.sourceUrl()) ? null : m.sourceUrl().strip());
		r.setUpdatedAt(Instant.now());
		// Kept as a correction, so that a re-parse or a new version does not undo it.
		corrections.keepMetadata(r.getId(), new MetadataCorrection(r.getTitle(), r.getPublishedOn(),
				r.getSeries() == null ? null : r.getSeries().getName(), r.getSeriesNumber(), r.getSourceUrl(), null));
		log.record("edit report", slug, "title: " + r.getTitle());
	}

	/**
	 * Attributes a quote to the named speaker: an existing record by slug or spelling,
	 * else a new one.
	 */
	String fixQuoteSpeaker(long quoteId, String speakerName) {
		Quote q = em.find(Quote.class, quoteId);
		if (q == null) {
			throw new NotFoundException("There is no quote " + quoteId + ".");
		}
		String before = q.getSpeaker() == null ? "(nobody)" : q.getSpeaker().getCanonicalName();
		Speaker target = blank(speakerName) ? null : speakerFor(speakerName.strip());
		q.setSpeaker(target);
		q.setVerified(true);
		corrections.keepQuote(q);
		log.record("fix quote speaker", q.getReport().getSlug() + "#" + q.getAnchor(),
				before + " → " + (target == null ? "(nobody)" : target.getCanonicalName()));
		return q.getReport().getSlug();
	}

	/** An admin checked the quotation's attribution and finds it right. */
	String confirmQuote(long quoteId) {
		Quote q = quote(quoteId);
		q.setVerified(true);
		corrections.keepQuote(q);
		log.record("confirm quote", q.getReport().getSlug() + "#" + q.getAnchor(),
				q.getSpeaker() == null ? "(nobody)" : q.getSpeaker().getCanonicalName());
		return q.getReport().getSlug();
	}

	/**
	 * An admin finds the passage is no quotation at all (a title, a slogan, a scare
	 * quote).
	 */
	String markNotQuotation(long quoteId) {
		Quote q = quote(quoteId);
		String before = q.getSpeaker() == null ? "(nobody)" : q.getSpeaker().getCanonicalName();
		q.markNotQuotation();
		corrections.keepQuote(q);
		log.record("not a quotation", q.getReport().getSlug() + "#" + q.getAnchor(), "was attributed to " + before);
		return q.getReport().getSlug();
	}

	private Quote quote(long quoteId) {
		Quote q = em.find(Quote.class, quoteId);
		if (q == null) {
			throw new NotFoundException("There is no quote " + quoteId + ".");
		}
		return q;
	}

	/**
	 * Moves every quote and spelling of {@code sourceSlug} to {@code targetSlug} and
	 * removes the source record.
	 */
	int mergeSpeakers(String sourceSlug, String targetSlug) {
		Speaker source = speakers.findBySlug(sourceSlug.strip())
			.orElseThrow(() -> new IllegalArgumentException("There is no speaker '" + sourceSlug + "'."));
		Speaker target = speakers.findBySlug(targetSlug.strip())
			.orElseThrow(() -> new IllegalArgumentException("There is no speaker '" + targetSlug + "'."));
		if (source.getId().equals(target.getId())) {
			throw new IllegalArgumentException("Choose two different speakers.");
		}
		long moved = em.createQuery("select count(q) from Quote q where q.speaker = :s", Long.class)
			.setParameter("s", source)
			.getSingleResult();
		corrections.moveSpeaker(source.getId(), target.getId());
		directory.merge(source.getId(), target.getId());
		log.record("merge speakers", sourceSlug.strip() + " → " + targetSlug.strip(), moved + " quote(s) moved");
		return (int) moved;
	}

	/**
	 * Adds a spelling to a speaker: the search finds the speaker's quotes by it at once
	 * (the speaker's quotes and reports are re-indexed), the parser uses it from the next
	 * ingest or re-parse.
	 */
	String addSpeakerAlias(String speakerSlug, String spelling) {
		if (blank(speakerSlug) || blank(spelling)) {
			throw new IllegalArgumentException("Give a speaker and a spelling.");
		}
		Speaker speaker = speakers.findBySlug(speakerSlug.strip())
			.orElseThrow(() -> new IllegalArgumentException("There is no speaker '" + speakerSlug.strip() + "'."));
		directory.addAlias(speaker.getId(), spelling);
		log.record("add speaker alias", speaker.getSlug(), spelling.strip());
		return speaker.getCanonicalName();
	}

	private Speaker speakerFor(String name) {
		return speakers.findBySlug(name).orElseGet(() -> directory.resolveNamedByAdmin(name));
	}

	private Report report(String slug) {
		return reports.findBySlug(slug)
			.orElseThrow(() -> new NotFoundException("There is no report at this address ('" + slug + "')."));
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}
