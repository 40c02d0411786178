package org.analecta.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.analecta.search.ReportSearch.SectionText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.util.unit.DataSize;

/**
 * The sections and footnotes of a page of hits, read from the database, and the passages
 * of those where the query's words occur. The index keeps no section text: the database
 * has it, and a second copy in the index (every section a document of its own, its text
 * indexed and stored) was more than two thirds of the report index. On the embedded index
 * only the sections and footnotes where the positions of the words say they are
 * ({@link TextParts}) are read, and the words are marked at those positions
 * ({@link PositionPassages}); on OpenSearch every section is read and re-analysed
 * ({@link Highlights}).
 */
final class HitTexts {

	/** Takes part in the search's transaction, on its connection. */
	private final JdbcTemplate jdbc;

	/**
	 * The sections a page marked its passages in, kept per state of the index: the pages
	 * asked for most (a popular query, its next visitor, its next page) read the same
	 * sections again. Kept under the generation read before the search, like the hits'
	 * rows ({@link KeptRows}); a section changes only with its report, which changes the
	 * index's generation once the change is searchable.
	 */
	private final KeptRows<SectionPlace, SectionText> keptSections;

	/** A report's section by its index in the report. */
	record SectionPlace(long report, int index) {
	}

	HitTexts(JdbcTemplate jdbc, DataSize sectionCache) {
		this.jdbc = jdbc;
		this.keptSections = new KeptRows<>(sectionCache, HitTexts::bytes);
	}

	/**
	 * About what a kept section takes on the heap, at two bytes a character (texts with
	 * curly quotes or names in other scripts are not Latin-1).
	 */
	private static int bytes(SectionText section) {
		return 64 + length(section.anchor()) + length(section.heading()) + length(section.text());
	}

	private static int length(String s) {
		return s == null ? 0 : 2 * s.length() + 40;
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
		SectionRows<Key> rows = new SectionRows<>();
		jdbc.query("""
				select s.report_id, s.anchor, s.heading, p.text
				from sections s left join paragraphs p on p.section_id = s.id
				where s.report_id = any(?) and s.section_index < ?
				order by s.report_id, s.section_index, p.position""", (RowCallbackHandler) row -> {
			String anchor = row.getString(2);
			rows.add(new Key(row.getLong(1), anchor), anchor, row.getString(3), row.getString(4));
		}, ids(reportIds), max);
		Map<Long, List<SectionText>> out = new HashMap<>();
		rows.forEach((key, section) -> out.computeIfAbsent(key.report(), id -> new ArrayList<>()).add(section));
		return out;
	}

	/**
	 * The sections of a query's rows, one row a paragraph in reading order (a section
	 * without paragraphs has one row with none), each section's text its paragraphs
	 * separated by a blank line, as Section.getText joins them for the index.
	 */
	private static final class SectionRows<K> {

		private final Map<K, String[]> heads = new LinkedHashMap<>();

		private final Map<K, StringBuilder> texts = new HashMap<>();

		void add(K key, String anchor, String heading, String paragraph) {
			heads.putIfAbsent(key, new String[] { anchor, heading });
			StringBuilder text = texts.computeIfAbsent(key, k -> new StringBuilder());
			if (paragraph != null) {
				appendParagraph(text, paragraph);
			}
		}

		/** Each section in the order of its first row. */
		void forEach(BiConsumer<K, SectionText> section) {
			heads.forEach(
					(key, head) -> section.accept(key, new SectionText(head[0], head[1], texts.get(key).toString())));
		}

	}

	/**
	 * Each report's footnotes, in order, each as a "section" anchored at its note (fn3).
	 */
	Map<Long, List<SectionText>> footnotes(Collection<Long> reportIds) {
		if (reportIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<SectionText>> notes = new HashMap<>();
		jdbc.query("select report_id, number, text from footnotes where report_id = any(?) order by report_id, number",
				(RowCallbackHandler) row -> notes.computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
					.add(note(row.getInt(2), row.getString(3))),
				ids(reportIds));
		return notes;
	}

	/**
	 * Of each report, its footnotes at these places (0 for the first, in the order of
	 * their numbers, as the index holds them), by place.
	 */
	Map<Long, Map<Integer, SectionText>> footnotesAt(Map<Long, Set<Integer>> places) {
		List<Long> reports = new ArrayList<>();
		List<Integer> wanted = new ArrayList<>();
		places.forEach((id, at) -> at.forEach(place -> {
			reports.add(id);
			wanted.add(place);
		}));
		Map<Long, Map<Integer, SectionText>> out = new HashMap<>();
		if (reports.isEmpty()) {
			return out;
		}
		jdbc.query("""
				select f.report_id, f.place, f.number, f.text
				from (select report_id, number, text,
				        row_number() over (partition by report_id order by number) - 1 as place
				      from footnotes where report_id = any(?)) f
				join unnest(?, ?) as wanted(report_id, place)
				  on f.report_id = wanted.report_id and f.place = wanted.place""",
				(RowCallbackHandler) row -> out.computeIfAbsent(row.getLong(1), id -> new HashMap<>())
					.put(row.getInt(2), note(row.getInt(3), row.getString(4))),
				ids(places.keySet()), ids(reports), wanted.toArray(Integer[]::new));
		return out;
	}

	/**
	 * Of each report, the parts of its text at these numbers, in reading order: part k is
	 * its section k when it has more than k sections, else its footnote at place k minus
	 * the number of sections (Report.getTextParts).
	 * @param sectionCounts how many sections each report has
	 * @param generation the state of the index the sections are kept for, as in
	 * {@link #passages}
	 */
	Map<Long, List<SectionText>> partsAt(Map<Long, Set<Integer>> parts, Map<Long, Integer> sectionCounts,
			OptionalLong generation) {
		Map<Long, List<Integer>> sections = new HashMap<>();
		Map<Long, Set<Integer>> notes = new HashMap<>();
		parts.forEach((id, numbers) -> {
			int count = sectionCounts.get(id);
			for (int part : numbers) {
				if (part < count) {
					sections.computeIfAbsent(id, k -> new ArrayList<>()).add(part);
				}
				else {
					notes.computeIfAbsent(id, k -> new HashSet<>()).add(part - count);
				}
			}
		});
		Map<Long, Map<Integer, SectionText>> sectionTexts = sectionsAt(sections, generation);
		Map<Long, Map<Integer, SectionText>> noteTexts = footnotesAt(notes);
		Map<Long, List<SectionText>> out = new HashMap<>();
		parts.forEach((id, numbers) -> {
			// Sections come before notes, and a note's part is past every section's.
			List<SectionText> texts = new ArrayList<>();
			new TreeMap<>(sectionTexts.getOrDefault(id, Map.of())).values().forEach(texts::add);
			new TreeMap<>(noteTexts.getOrDefault(id, Map.of())).values().forEach(texts::add);
			out.put(id, texts);
		});
		return out;
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
	 * Where each part of a report's text starts in the index ({@link PartWords}) and how
	 * many of its parts are sections (the rest are its footnotes), as the index has them.
	 */
	record PartLayout(int sectionCount, long[] starts) {

		/** Null when the index did not say (an index written before these fields). */
		static PartLayout of(Integer sectionCount, List<Integer> partWords) {
			return sectionCount == null || partWords == null || partWords.size() < sectionCount ? null
					: new PartLayout(sectionCount, PartWords.starts(partWords));
		}

		long start(int part) {
			return part < starts.length ? starts[part] : -1;
		}

	}

	/**
	 * For each report, its {@code max} best-matching sections (by their best passage),
	 * each with at most {@code max} passages, best first; a section without a query word
	 * is left out. Where the index told which parts of the text hold the query's words
	 * ({@code parts}), only the {@code max} parts with the most of them are read from the
	 * database and highlighted (by the words' positions where {@code byPosition} and the
	 * report's layout allow, else by analysing them); otherwise, or when those have no
	 * passage after all, every section is. The parts read are kept for
	 * {@code generation}, the state of the index read before the search (empty: none is
	 * kept).
	 */
	Found passages(Collection<Long> reportIds, Optional<Map<Long, Map<Integer, TextParts.Match>>> parts,
			Map<Long, PartLayout> layouts, Highlights.ForQuery highlight, Optional<PositionPassages> byPosition,
			int max, OptionalLong generation) {
		Map<Long, List<Passages>> out = new HashMap<>();
		Map<Long, Set<Integer>> notes = new HashMap<>();
		if (parts.isEmpty()) {
			sections(reportIds).forEach((id, ofReport) -> out.put(id, anywhere(ofReport, highlight, max)));
			return new Found(out, notes);
		}
		List<Long> withoutLayout = reportIds.stream().filter(id -> layouts.get(id) == null).toList();
		Map<Long, Integer> counted = sectionCounts(withoutLayout);
		Map<Long, Integer> sectionCounts = new HashMap<>();
		Map<Long, List<Integer>> chosen = new HashMap<>();
		for (long id : reportIds) {
			PartLayout layout = layouts.get(id);
			int sectionCount = layout != null ? layout.sectionCount() : counted.getOrDefault(id, 0);
			sectionCounts.put(id, sectionCount);
			Map<Integer, TextParts.Match> ofParts = marked(parts.get().getOrDefault(id, Map.of()), layout, byPosition);
			chosen.put(id, best(sectionCount, ofParts, max));
			notes.put(id,
					ofParts.keySet()
						.stream()
						.filter(part -> part >= sectionCount)
						.map(part -> part - sectionCount)
						.collect(Collectors.toSet()));
		}
		Map<Long, Map<Integer, SectionText>> read = sectionsAt(chosen, generation);
		List<Long> lookElsewhere = new ArrayList<>();
		chosen.forEach((id, ofReport) -> {
			Map<Integer, SectionText> texts = read.getOrDefault(id, Map.of());
			Map<Integer, TextParts.Match> ofParts = parts.get().getOrDefault(id, Map.of());
			PartLayout layout = layouts.get(id);
			List<Scored> scored = new ArrayList<>();
			List<Scored> underHeadings = new ArrayList<>();
			for (int part : ofReport) {
				SectionText section = texts.get(part);
				if (section != null) {
					SectionPassages found = fragments(section, layout == null ? -1 : layout.start(part),
							ofParts.get(part), highlight, byPosition, max);
					if (!found.inText().isEmpty()) {
						scored.add(new Scored(new Passages(section, found.inText()), found.inText().get(0).score()));
					}
					else if (found.underHeading() != null) {
						underHeadings.add(new Scored(new Passages(section, List.of(found.underHeading())),
								found.underHeading().score()));
					}
				}
			}
			// A section's opening stands for a heading's match only where no text
			// matched.
			if (scored.isEmpty()) {
				scored = underHeadings;
			}
			List<Passages> found = best(scored, max);
			if (found.isEmpty() && !ofReport.isEmpty() && ofReport.size() < sectionCounts.get(id)) {
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

	/**
	 * The parts worth reading: where the words can be placed, those where some word is
	 * marked (a phrase whose words are all in a part, but apart, marks nothing there).
	 */
	private static Map<Integer, TextParts.Match> marked(Map<Integer, TextParts.Match> parts, PartLayout layout,
			Optional<PositionPassages> byPosition) {
		if (layout == null || byPosition.isEmpty()) {
			return parts;
		}
		Map<Integer, TextParts.Match> out = new HashMap<>();
		parts.forEach((part, match) -> {
			if (byPosition.get().marks(match.positions())) {
				out.put(part, match);
			}
		});
		return out;
	}

	/**
	 * The passages of a section the index's positions say holds a query word: cut at
	 * those positions when the section's start in the index is known and the words check
	 * out, else by analysing its text; the opening of its text when only its heading
	 * holds one.
	 */
	private static SectionPassages fragments(SectionText section, long start, TextParts.Match match,
			Highlights.ForQuery highlight, Optional<PositionPassages> byPosition, int max) {
		if (start >= 0 && match != null && byPosition.isPresent()) {
			String heading = section.heading();
			String indexed = heading == null ? section.text() : heading + "\n\n" + section.text();
			Optional<PositionPassages.Found> found = byPosition.get()
				.passages(indexed, heading == null ? 0 : heading.length() + 2, start, match.positions(), max);
			if (found.isPresent()) {
				boolean opening = found.get().inHeading() && !section.text().isBlank();
				return new SectionPassages(found.get().passages(),
						opening ? new Highlights.Fragment(Highlights.opening(section.text()), 1f) : null);
			}
		}
		List<Highlights.Fragment> fragments = highlight.passagesOfMatchingText(section.text(), max);
		if (!fragments.isEmpty()) {
			return new SectionPassages(fragments, null);
		}
		List<Highlights.Fragment> opening = highlight.openingUnderMatchingHeading(section.heading(), section.text());
		return new SectionPassages(List.of(), opening.isEmpty() ? null : opening.get(0));
	}

	/**
	 * A section's passages, and its opening when its heading holds a query word (or
	 * null).
	 */
	private record SectionPassages(List<Highlights.Fragment> inText, Highlights.Fragment underHeading) {
	}

	private record Scored(Passages passages, float score) {
	}

	private static List<Passages> best(List<Scored> scored, int max) {
		return scored.stream()
			.sorted(Comparator.comparing(Scored::score).reversed())
			.limit(max)
			.map(Scored::passages)
			.toList();
	}

	/**
	 * The sections at these places of each report, with their text, in one statement of
	 * fixed text whatever the places (the pairs go in as two arrays): a statement built
	 * for each set of places was planned anew each time, and planning it took longer than
	 * running it.
	 */
	private Map<Long, Map<Integer, SectionText>> sectionsAt(Map<Long, List<Integer>> places, OptionalLong generation) {
		List<SectionPlace> wanted = new ArrayList<>();
		places.forEach((id, at) -> at.forEach(index -> wanted.add(new SectionPlace(id, index))));
		if (wanted.isEmpty()) {
			return Map.of();
		}
		Map<SectionPlace, SectionText> found = keptSections.keepFor(generation)
				? keptSections.byId(wanted, generation, this::readSections) : readSections(wanted);
		Map<Long, Map<Integer, SectionText>> out = new HashMap<>();
		found.forEach((place, section) -> out.computeIfAbsent(place.report(), id -> new HashMap<>())
			.put(place.index(), section));
		return out;
	}

	private Map<SectionPlace, SectionText> readSections(List<SectionPlace> places) {
		List<Long> reports = places.stream().map(SectionPlace::report).toList();
		Integer[] indexes = places.stream().map(SectionPlace::index).toArray(Integer[]::new);
		SectionRows<SectionPlace> sections = new SectionRows<>();
		jdbc.query("""
				select s.report_id, s.section_index, s.anchor, s.heading, p.text
				from unnest(?, ?) as wanted(report_id, section_index)
				join sections s on s.report_id = wanted.report_id and s.section_index = wanted.section_index
				left join paragraphs p on p.section_id = s.id
				order by s.report_id, s.section_index, p.position""", (RowCallbackHandler) row -> sections
			.add(new SectionPlace(row.getLong(1), row.getInt(2)), row.getString(3), row.getString(4), row.getString(5)),
				ids(reports), indexes);
		Map<SectionPlace, SectionText> out = new HashMap<>();
		sections.forEach(out::put);
		return out;
	}

	/** How many sections each report has. */
	private Map<Long, Integer> sectionCounts(Collection<Long> reportIds) {
		Map<Long, Integer> out = new HashMap<>();
		if (reportIds.isEmpty()) {
			return out;
		}
		jdbc.query("select report_id, count(*) from sections where report_id = any(?) group by report_id",
				(RowCallbackHandler) row -> out.put(row.getLong(1), row.getInt(2)), ids(reportIds));
		return out;
	}

	/**
	 * The ids as one array parameter: a statement's text then stays the same whatever
	 * their number (a JPQL "in" list, or one "?" per id, is translated and planned anew
	 * for each number of ids).
	 */
	private static Object ids(Collection<Long> ids) {
		// Typed Object, so that as the only argument it is not spread as varargs.
		return ids.toArray(Long[]::new);
	}

	/** A footnote as a "section" anchored at its note (fn3). */
	private static SectionText note(int number, String text) {
		return new SectionText("fn" + number, "Note " + number, text);
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
	 * The places of the sections (the first parts of the text; footnotes follow them)
	 * that hold the most of the query's words, at most {@code max}, in reading order.
	 */
	private static List<Integer> best(int sectionCount, Map<Integer, TextParts.Match> parts, int max) {
		if (parts == null) {
			return List.of();
		}
		return parts.entrySet()
			.stream()
			.filter(part -> part.getKey() < sectionCount)
			.sorted(Map.Entry.comparingByValue(TextParts.Match.BEST_FIRST))
			.limit(max)
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
	}

}
