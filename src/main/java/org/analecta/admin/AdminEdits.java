package org.analecta.admin;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;

import org.analecta.ingest.SpeakerDirectory;
import org.analecta.ingest.SpeakerNames;
import org.analecta.report.AliasSource;
import org.analecta.report.Quote;
import org.analecta.report.Report;
import org.analecta.report.Reports;
import org.analecta.report.Series;
import org.analecta.report.SeriesCatalog;
import org.analecta.report.Speaker;
import org.analecta.report.SpeakerKind;
import org.analecta.report.Speakers;
import org.analecta.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's corrections: report metadata, a quote's speaker, merging two speaker records, a
 * speaker's spellings.
 * Entity changes (not bulk updates) so Hibernate Search re-indexes what they touch; each change
 * and its log entry commit together.
 */
@Service
@Transactional
class AdminEdits {

	private final Reports reports;

	private final SeriesCatalog series;

	private final Speakers speakers;

	private final SpeakerNames names;

	private final EntityManager em;

	private final AdminLog log;

	private final SpeakerDirectory directory;

	AdminEdits(Reports reports, SeriesCatalog series, Speakers speakers, SpeakerNames names, EntityManager em,
			AdminLog log, SpeakerDirectory directory) {
		this.directory = directory;
		this.reports = reports;
		this.series = series;
		this.speakers = speakers;
		this.names = names;
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
		List<QuoteRow> quotes = em.createQuery("select q from Quote q left join fetch q.speaker where q.report = :r"
				+ " order by q.number", Quote.class)
			.setParameter("r", r)
			.getResultStream()
			.map(q -> new QuoteRow(q.getId(), q.getAnchor(), q.getText(),
					q.getSpeaker() == null ? null : q.getSpeaker().getCanonicalName(),
					q.getSpeaker() == null ? null : q.getSpeaker().getSlug(), q.getRole()))
			.toList();
		return new EditPage(r.getSlug(), new Metadata(r.getTitle(), r.getPublishedOn(),
				r.getSeries() == null ? null : r.getSeries().getName(), r.getSeriesNumber(), r.getSourceUrl()), quotes);
	}

	@Transactional(readOnly = true)
	List<String> speakerSlugs() {
		return em.createQuery("select s.slug from Speaker s order by s.slug", String.class).setMaxResults(5000).getResultList();
	}

	void updateMetadata(String slug, Metadata m) {
		Report r = report(slug);
		if (m.title() == null || m.title().isBlank()) {
			throw new IllegalArgumentException("A report needs a title.");
		}
		r.setTitle(m.title().strip());
		r.setPublishedOn(m.publishedOn());
		r.setSeries(blank(m.series()) ? null : seriesNamed(m.series().strip()));
		r.setSeriesNumber(blank(m.seriesNumber()) ? null : m.seriesNumber().strip());
		r.setSourceUrl(blank(m.sourceUrl()) ? null : m.sourceUrl().strip());
		r.setUpdatedAt(Instant.now());
		log.record("edit report", slug, "title: " + r.getTitle());
	}

	/** Attributes a quote to the named speaker: an existing record by slug or spelling, else a new one. */
	String fixQuoteSpeaker(long quoteId, String speakerName) {
		Quote q = em.find(Quote.class, quoteId);
		if (q == null) {
			throw new NotFoundException("There is no quote " + quoteId + ".");
		}
		String before = q.getSpeaker() == null ? "(nobody)" : q.getSpeaker().getCanonicalName();
		Speaker target = blank(speakerName) ? null : speakerFor(speakerName.strip());
		q.setSpeaker(target);
		log.record("fix quote speaker", q.getReport().getSlug() + "#" + q.getAnchor(),
				before + " → " + (target == null ? "(nobody)" : target.getCanonicalName()));
		return q.getReport().getSlug();
	}

	/** Moves every quote and spelling of {@code sourceSlug} to {@code targetSlug} and removes the source record. */
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
		directory.merge(source.getId(), target.getId());
		log.record("merge speakers", sourceSlug.strip() + " → " + targetSlug.strip(), moved + " quote(s) moved");
		return (int) moved;
	}

	/**
	 * Adds a spelling to a speaker: the search finds the speaker's quotes by it at once (the
	 * speaker's quotes and reports are re-indexed), the parser uses it from the next ingest or re-parse.
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
		var bySlug = speakers.findBySlug(name);
		if (bySlug.isPresent()) {
			return bySlug.get();
		}
		String key = names.fold(name);
		return speakers.findBySpellingKey(key).orElseGet(() -> {
			Speaker created = speakers.save(new Speaker(name, uniqueSpeakerSlug(name), SpeakerKind.PERSON));
			created.addAlias(name, key, AliasSource.ADMIN);
			return created;
		});
	}

	private Series seriesNamed(String name) {
		return series.findByNameIgnoreCase(name).orElseGet(() -> {
			String base = slug(name);
			String candidate = base;
			for (int i = 2; series.findBySlug(candidate).isPresent(); i++) {
				candidate = base + "-" + i;
			}
			return series.save(new Series(name, candidate));
		});
	}

	private String uniqueSpeakerSlug(String name) {
		String base = slug(name);
		String candidate = base;
		for (int i = 2; speakers.existsBySlug(candidate); i++) {
			candidate = base + "-" + i;
		}
		return candidate;
	}

	private Report report(String slug) {
		return reports.findBySlug(slug)
			.orElseThrow(() -> new NotFoundException("There is no report at this address ('" + slug + "')."));
	}

	static String slug(String s) {
		String ascii = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return slug.isEmpty() ? "x" : slug;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}
