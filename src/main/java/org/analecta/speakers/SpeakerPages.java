package org.analecta.speakers;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.analecta.browse.ReportSummary;
import org.analecta.report.Quote;
import org.analecta.report.Report;
import org.analecta.report.Speaker;
import org.analecta.report.SpeakerAlias;
import org.analecta.report.Speakers;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads for the speaker pages: the A–Z index with quote counts, and one speaker's
 * profile.
 */
@Component
@Transactional(readOnly = true)
public class SpeakerPages {

	private final EntityManager em;

	private final Speakers speakers;

	SpeakerPages(EntityManager em, Speakers speakers) {
		this.em = em;
		this.speakers = speakers;
	}

	public record SpeakerCount(String slug, String name, String kind, long quotes) {

		/** The letter the index files the speaker under (A–Z, or # for the rest). */
		public String letter() {
			String folded = fold(name);
			char c = folded.isEmpty() ? '#' : Character.toUpperCase(folded.charAt(0));
			return c >= 'A' && c <= 'Z' ? String.valueOf(c) : "#";
		}

	}

	/**
	 * A quotation as the speaker page lists it. The same words in several reports (a
	 * report uploaded again as another issue, a statement quoted twice) are one item:
	 * {@code report} is the first report that has them, {@code alsoIn} the others.
	 *
	 * @param id the item's anchor on the speaker page ("said-3"), which the timeline
	 * links to
	 */
	public record QuoteItem(String id, String anchor, String text, String role, LocalDate date, String outlet,
			ReportSummary report, List<ReportSummary> alsoIn, boolean verified) {

		public String href() {
			return report.href() + "#" + anchor;
		}

	}

	public record Profile(String slug, String name, String kind, List<String> aliases, List<String> roles,
			List<QuoteItem> quotes, List<ReportSummary> reports) {
	}

	/** Everyone quoted at least once, by name. */
	public List<SpeakerCount> index() {
		return em
			.createQuery(
					"select s.slug, s.canonicalName, s.kind, count(q) from Quote q join q.speaker s"
							+ " group by s.id, s.slug, s.canonicalName, s.kind order by s.canonicalName",
					Object[].class)
			.getResultList()
			.stream()
			.map(row -> new SpeakerCount((String) row[0], (String) row[1], String.valueOf(row[2]),
					((Number) row[3]).longValue()))
			.toList();
	}

	public Optional<Profile> profile(String slug) {
		return speakers.findBySlug(slug).map(this::profile);
	}

	private Profile profile(Speaker speaker) {
		List<Quote> quotes = em
			.createQuery("select q from Quote q join fetch q.report r left join fetch r.series"
					+ " left join fetch q.footnote f left join fetch f.outlet where q.speaker = :speaker"
					+ " order by r.publishedOn asc nulls last, r.id, q.number", Quote.class)
			.setParameter("speaker", speaker)
			.getResultList();
		Set<String> aliases = new LinkedHashSet<>();
		for (SpeakerAlias alias : speaker.getAliases()) {
			if (!alias.getSpelling().equalsIgnoreCase(speaker.getCanonicalName())) {
				aliases.add(alias.getSpelling());
			}
		}
		Set<String> roles = new LinkedHashSet<>();
		Map<String, ReportSummary> reports = new LinkedHashMap<>();
		Map<String, QuoteItem> items = new LinkedHashMap<>();
		for (Quote q : quotes) {
			if (q.getRole() != null && !q.getRole().isBlank()) {
				roles.add(q.getRole().strip());
			}
			Report r = q.getReport();
			ReportSummary summary = reports.computeIfAbsent(r.getSlug(),
					k -> new ReportSummary(r.getSlug(), r.getTitle(), r.getPublishedOn(),
							r.getSeries() == null ? null : r.getSeries().getName(), r.getSeriesNumber()));
			LocalDate date = q.getFootnote() != null && q.getFootnote().getDate() != null ? q.getFootnote().getDate()
					: r.getPublishedOn();
			String outlet = q.getFootnote() == null || q.getFootnote().getOutlet() == null ? null
					: q.getFootnote().getOutlet().getName();
			String key = fold(q.getText()).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
			QuoteItem seen = items.get(key);
			if (seen == null) {
				items.put(key, new QuoteItem(null, q.getAnchor(), q.getText(), q.getRole(), date, outlet, summary,
						new ArrayList<>(), q.isVerified()));
			}
			else if (!seen.report().slug().equals(summary.slug())
					&& seen.alsoIn().stream().noneMatch(other -> other.slug().equals(summary.slug()))) {
				seen.alsoIn().add(summary);
			}
		}
		List<QuoteItem> sorted = new ArrayList<>(items.values());
		sorted.sort(Comparator.comparing(QuoteItem::date, Comparator.nullsLast(Comparator.naturalOrder())));
		List<QuoteItem> numbered = new ArrayList<>();
		for (QuoteItem i : sorted) {
			numbered.add(new QuoteItem("said-" + (numbered.size() + 1), i.anchor(), i.text(), i.role(), i.date(),
					i.outlet(), i.report(), List.copyOf(i.alsoIn()), i.verified()));
		}
		return new Profile(speaker.getSlug(), speaker.getCanonicalName(), speaker.getKind().name(),
				List.copyOf(aliases), List.copyOf(roles), numbered, List.copyOf(reports.values()));
	}

	static String fold(String s) {
		if (s == null) {
			return "";
		}
		return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).strip();
	}

}
