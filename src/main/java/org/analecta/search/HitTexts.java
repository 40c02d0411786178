package org.analecta.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.analecta.search.ReportSearch.SectionText;

import jakarta.persistence.EntityManager;

/**
 * The sections and footnotes of a page of hits, read from the database, and the passages
 * of those where the query's words occur. The index keeps no section text: the database
 * has it, and a second copy in the index (every section a document of its own, its text
 * indexed and stored) was more than two thirds of the report index. The words are marked
 * by re-analysing the sections of the hits shown: on the embedded index only those where
 * the positions of the words say they are ({@link TextParts}), on OpenSearch all.
 */
final class HitTexts {

	private final EntityManager entityManager;

	HitTexts(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** A section with its best passages, best first. */
	record Passages(SectionText section, List<Highlights.Fragment> fragments) {
	}

	/**
	 * Each report's sections in reading order (the lead first), their text as the index
	 * read it: paragraphs separated by a blank line (Section.getText). One query for all.
	 */
	Map<Long, List<SectionText>> sections(Collection<Long> reportIds) {
		return sections(reportIds, Integer.MAX_VALUE);
	}

	/**
	 * As {@link #sections(Collection)}, each report's first {@code max} sections only: a
	 * page of hits without words to mark shows each report's opening, and reading every
	 * paragraph of ten reports for it was most of such a page's time.
	 */
	Map<Long, List<SectionText>> sections(Collection<Long> reportIds, int max) {
		if (reportIds.isEmpty()) {
			return Map.of();
		}
		record Key(long report, String anchor) {
		}
		Map<Key, String[]> parts = new LinkedHashMap<>();
		Map<Key, StringBuilder> texts = new HashMap<>();
		entityManager.createQuery("""
				select s.report.id, s.anchor, s.heading, p.text from Section s left join s.paragraphs p
				where s.report.id in :ids and s.index < :max
				order by s.report.id, s.index, p.position""", Object[].class)
			.setParameter("ids", reportIds)
			.setParameter("max", max)
			.getResultList()
			.forEach(row -> {
				Key key = new Key((Long) row[0], (String) row[1]);
				parts.putIfAbsent(key, new String[] { (String) row[1], (String) row[2] });
				StringBuilder text = texts.computeIfAbsent(key, k -> new StringBuilder());
				if (row[3] != null) {
					appendParagraph(text, (String) row[3]);
				}
			});
		Map<Long, List<SectionText>> out = new HashMap<>();
		parts.forEach((key, part) -> out.computeIfAbsent(key.report(), id -> new ArrayList<>())
			.add(new SectionText(part[0], part[1], texts.get(key).toString())));
		return out;
	}

	/**
	 * Each report's footnotes, in order, each as a "section" anchored at its note (fn3).
	 */
	Map<Long, List<SectionText>> footnotes(Collection<Long> reportIds) {
		if (reportIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<SectionText>> notes = new HashMap<>();
		entityManager
			.createQuery(
					"select f.report.id, f.number, f.text from Footnote f where f.report.id in :ids order by f.number",
					Object[].class)
			.setParameter("ids", reportIds)
			.getResultList()
			.forEach(row -> notes.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
				.add(new SectionText("fn" + row[1], "Note " + row[1], (String) row[2])));
		return notes;
	}

	/**
	 * The passages of a page's sections, and which of its footnotes hold a query word
	 * where the index could tell.
	 *
	 * @param sections for each report, its best-matching sections with their passages
	 * @param notesWithWords for each report whose word positions were read, the places (0
	 * for the first) of the footnotes that hold a query word; a report not in it may have
	 * them anywhere
	 */
	record Found(Map<Long, List<Passages>> sections, Map<Long, Set<Integer>> notesWithWords) {

		/** The footnotes of a report worth highlighting, by place; null: all of them. */
		Set<Integer> notesToHighlight(long report) {
			return notesWithWords.get(report);
		}

	}

	/**
	 * For each report, its {@code max} best-matching sections (by their best passage),
	 * each with at most {@code max} passages, best first; a section without a query word
	 * is left out. Where the index told which parts of the text hold the query's words
	 * ({@code parts}), only the {@code max} parts with the most of them are read from the
	 * database and highlighted; otherwise, or when those have no passage after all, every
	 * section is.
	 */
	Found passages(Collection<Long> reportIds, Optional<Map<Long, Map<Integer, TextParts.Match>>> parts,
			Highlights.ForQuery highlight, int max) {
		Map<Long, List<Passages>> out = new HashMap<>();
		Map<Long, Set<Integer>> notes = new HashMap<>();
		if (parts.isEmpty()) {
			sections(reportIds).forEach((id, ofReport) -> out.put(id, anywhere(ofReport, highlight, max)));
			return new Found(out, notes);
		}
		Map<Long, List<SectionHead>> heads = heads(reportIds);
		Map<Long, List<SectionHead>> chosen = new HashMap<>();
		for (long id : reportIds) {
			List<SectionHead> ofReport = heads.getOrDefault(id, List.of());
			Map<Integer, TextParts.Match> ofParts = parts.get().getOrDefault(id, Map.of());
			chosen.put(id, best(ofReport, ofParts, max));
			notes.put(id,
					ofParts.keySet()
						.stream()
						.filter(part -> part >= ofReport.size())
						.map(part -> part - ofReport.size())
						.collect(Collectors.toSet()));
		}
		Map<Long, String> text = texts(chosen.values().stream().flatMap(List::stream).map(SectionHead::id).toList());
		List<Long> lookElsewhere = new ArrayList<>();
		chosen.forEach((id, ofReport) -> {
			List<SectionText> sections = withText(ofReport, text);
			List<Passages> found = passages(sections,
					(section, n) -> highlight.passagesOfMatchingText(section.text(), n), max);
			if (found.isEmpty()) {
				found = passages(sections, underHeading(highlight), max);
			}
			if (found.isEmpty() && !ofReport.isEmpty() && ofReport.size() < heads.get(id).size()) {
				// The positions pointed elsewhere: a report longer than the part gap,
				// or changed since it was indexed.
				lookElsewhere.add(id);
				notes.remove(id);
			}
			out.put(id, found);
		});
		sections(lookElsewhere).forEach((id, ofReport) -> out.put(id, anywhere(ofReport, highlight, max)));
		return new Found(out, notes);
	}

	/** A section without its text: where it is and what it is called. */
	private record SectionHead(long id, String anchor, String heading) {
	}

	/** Each report's sections in reading order, without their paragraphs. */
	private Map<Long, List<SectionHead>> heads(Collection<Long> reportIds) {
		Map<Long, List<SectionHead>> out = new HashMap<>();
		if (reportIds.isEmpty()) {
			return out;
		}
		entityManager.createQuery("""
				select s.report.id, s.id, s.anchor, s.heading from Section s
				where s.report.id in :ids order by s.report.id, s.index""", Object[].class)
			.setParameter("ids", reportIds)
			.getResultList()
			.forEach(row -> out.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
				.add(new SectionHead((Long) row[1], (String) row[2], (String) row[3])));
		return out;
	}

	/**
	 * The text of each section, as {@link #sections(Collection, int)} builds it.
	 */
	private Map<Long, String> texts(Collection<Long> sectionIds) {
		Map<Long, StringBuilder> texts = new HashMap<>();
		if (sectionIds.isEmpty()) {
			return Map.of();
		}
		entityManager.createQuery("""
				select p.section.id, p.text from Paragraph p
				where p.section.id in :ids order by p.section.id, p.position""", Object[].class)
			.setParameter("ids", sectionIds)
			.getResultList()
			.forEach(row -> {
				appendParagraph(texts.computeIfAbsent((Long) row[0], k -> new StringBuilder()), (String) row[1]);
			});
		Map<Long, String> out = new HashMap<>();
		texts.forEach((id, text) -> out.put(id, text.toString()));
		return out;
	}

	/**
	 * Paragraphs separated by a blank line, as Section.getText joins them for the index.
	 */
	private static void appendParagraph(StringBuilder text, String paragraph) {
		if (!text.isEmpty()) {
			text.append("\n\n");
		}
		text.append(paragraph);
	}

	private static List<SectionText> withText(List<SectionHead> heads, Map<Long, String> text) {
		return heads.stream()
			.map(head -> new SectionText(head.anchor(), head.heading(), text.getOrDefault(head.id(), "")))
			.toList();
	}

	/**
	 * Passages of sections whose words the index could not place: of their text, or,
	 * where no text has the words, the openings of those whose heading has them.
	 */
	private static List<Passages> anywhere(List<SectionText> sections, Highlights.ForQuery highlight, int max) {
		List<Passages> found = passages(sections, (section, n) -> highlight.passages(section.text(), n), max);
		return found.isEmpty() ? passages(sections, underHeading(highlight), max) : found;
	}

	private static BiFunction<SectionText, Integer, List<Highlights.Fragment>> underHeading(
			Highlights.ForQuery highlight) {
		return (section, n) -> highlight.openingUnderMatchingHeading(section.heading(), section.text());
	}

	private static List<Passages> passages(List<SectionText> sections,
			BiFunction<SectionText, Integer, List<Highlights.Fragment>> highlight, int max) {
		record Scored(Passages passages, float score) {
		}
		List<Scored> scored = new ArrayList<>();
		for (SectionText section : sections) {
			List<Highlights.Fragment> fragments = highlight.apply(section, max);
			if (!fragments.isEmpty()) {
				float best = (float) fragments.stream().mapToDouble(Highlights.Fragment::score).max().orElse(0);
				scored.add(new Scored(new Passages(section, fragments), best));
			}
		}
		return scored.stream()
			.sorted(Comparator.comparing(Scored::score).reversed())
			.limit(max)
			.map(Scored::passages)
			.toList();
	}

	/**
	 * The sections (the first parts of the text; footnotes follow them) that hold the
	 * most of the query's words, at most {@code max}, in reading order.
	 */
	private static <T> List<T> best(List<T> sections, Map<Integer, TextParts.Match> parts, int max) {
		if (parts == null) {
			return List.of();
		}
		return parts.entrySet()
			.stream()
			.filter(part -> part.getKey() < sections.size())
			.sorted(Map.Entry.comparingByValue(TextParts.Match.BEST_FIRST))
			.limit(max)
			.map(Map.Entry::getKey)
			.sorted()
			.map(sections::get)
			.toList();
	}

}
