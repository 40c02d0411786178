package org.analecta.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
					if (!text.isEmpty()) {
						text.append("\n\n");
					}
					text.append((String) row[3]);
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
	 * For each report, its {@code max} best-matching sections (by their best passage),
	 * each with at most {@code max} passages, best first; a section without a query word
	 * is left out. Where the index told which parts of the text hold the query's words
	 * ({@code parts}), only the {@code max} parts with the most of them are highlighted;
	 * otherwise, or when those have no passage after all, every section is.
	 */
	static Map<Long, List<Passages>> passages(Map<Long, List<SectionText>> sections,
			Optional<Map<Long, Map<Integer, TextParts.Match>>> parts, Highlights.ForQuery highlight, int max) {
		Map<Long, List<Passages>> out = new HashMap<>();
		sections.forEach((id, ofReport) -> {
			List<SectionText> candidates = parts.map(known -> best(ofReport, known.get(id), max)).orElse(ofReport);
			List<Passages> found = passages(candidates, highlight, max);
			if (found.isEmpty() && !candidates.isEmpty() && candidates.size() < ofReport.size()) {
				// The positions pointed elsewhere: a report longer than the part gap,
				// or changed since it was indexed.
				found = passages(ofReport, highlight, max);
			}
			out.put(id, found);
		});
		return out;
	}

	private static List<Passages> passages(List<SectionText> sections, Highlights.ForQuery highlight, int max) {
		record Scored(Passages passages, float score) {
		}
		List<Scored> scored = new ArrayList<>();
		for (SectionText section : sections) {
			List<Highlights.Fragment> fragments = highlight.passages(section.text(), max);
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
	private static List<SectionText> best(List<SectionText> sections, Map<Integer, TextParts.Match> parts, int max) {
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
