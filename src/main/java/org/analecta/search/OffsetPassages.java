package org.analecta.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.analecta.report.IndexFields.Reports;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.SplittingBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Where the query's words are in the text of a page of hits, read from the offsets the
 * embedded index keeps in the term vectors of the report text field: Lucene's unified
 * highlighter finds the matches there (phrases by their positions, expanded fuzzy words
 * by their terms) and needs the text only to cut the passages from it, so nothing is
 * analysed again.
 *
 * <p>
 * The text is the database's, joined as it was indexed (Report.getTextParts: the parts
 * one separator apart, the analyzer's offset gap of one character). Invariant: a passage
 * never spans two parts (the break iterator splits at the separator). A report whose text
 * no longer lines up with its offsets (edited after it was indexed, before the index
 * caught up) is left out of the answer, for the highlighter that analyses the text
 * ({@link Highlights}).
 */
final class OffsetPassages {

	/**
	 * Passages are cut at sentence ends, as close to this length as the sentences allow.
	 */
	private static final int PASSAGE_GOAL = Highlights.PASSAGE_CHARS;

	private OffsetPassages() {
	}

	/**
	 * A passage of one part of a report's text, its offsets within that part, the matched
	 * words' offsets likewise.
	 */
	record InPart(int part, int start, int end, float score, int[] matchStarts, int[] matchEnds) {
	}

	/**
	 * The passage as HTML: its text escaped, the matched words in {@code <mark>}, from
	 * {@code from} on (the part's text before it is shown apart, as a heading). A passage
	 * much longer than the goal (a long sentence) is cut to a window around its first
	 * match, at spaces.
	 */
	static String html(String partText, InPart passage, int from) {
		int start = Math.max(passage.start(), from);
		int end = Math.min(passage.end(), partText.length());
		int first = passage.matchStarts().length == 0 ? start : Math.max(start, passage.matchStarts()[0]);
		boolean cut = end - start > 2 * PASSAGE_GOAL && first - PASSAGE_GOAL / 3 > start;
		if (end - start > 2 * PASSAGE_GOAL) {
			int windowStart = Math.max(start, first - PASSAGE_GOAL / 3);
			int space = partText.lastIndexOf(' ', windowStart);
			start = space >= start && windowStart > start ? space + 1 : windowStart;
			int windowEnd = Math.min(end, start + PASSAGE_GOAL);
			space = partText.indexOf(' ', windowEnd);
			end = space >= 0 && space < end ? space : windowEnd;
		}
		// A sentence break may leave the passage opening on the punctuation of the last
		// one ("-Iran" after "U.S."): it opens on a word, a quotation mark or a bracket.
		while (start < first && !opensPassage(partText.charAt(start))) {
			start++;
		}
		StringBuilder html = new StringBuilder();
		if (cut) {
			html.append("… ");
		}
		int at = start;
		for (int m = 0; m < passage.matchStarts().length; m++) {
			int ms = Math.max(passage.matchStarts()[m], at);
			int me = Math.min(passage.matchEnds()[m], end);
			if (ms >= me) {
				continue;
			}
			html.append(Highlights.escape(partText.substring(at, ms)))
				.append("<mark>")
				.append(Highlights.escape(partText.substring(ms, me)))
				.append("</mark>");
			at = me;
		}
		html.append(Highlights.escape(partText.substring(at, end)));
		if (end < passage.end()) {
			html.append(" …");
		}
		return html.toString().strip();
	}

	private static boolean opensPassage(char c) {
		return Character.isLetterOrDigit(c) || "\"'“‘«([".indexOf(c) >= 0;
	}

	/**
	 * Whether every segment of the index keeps term vectors of the report text (with
	 * offsets: the mapping asks for both, and {@link IndexLayout} rebuilds an index
	 * written otherwise).
	 */
	static boolean available(IndexReader reader) {
		for (LeafReaderContext leaf : reader.leaves()) {
			FieldInfo field = leaf.reader().getFieldInfos().fieldInfo(Reports.TEXT);
			if (field != null && !field.hasTermVectors()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * For each report of {@code docs} with a word of the query in its text, its best
	 * {@code max} passages, best first; a report whose text no longer fits its offsets is
	 * left out.
	 * @param docs each report's document in the searcher's reader
	 * @param parts each report's parts of text, as Report.getTextParts gives them
	 * @param query a query on the text field (fuzzy words may be left unexpanded)
	 */
	static Map<Long, List<InPart>> find(IndexSearcher searcher, Query query, Map<Long, Integer> docs,
			Map<Long, List<String>> parts, int max) throws IOException {
		Map<Integer, Long> reportOf = new HashMap<>();
		Map<Integer, String> content = new HashMap<>();
		docs.forEach((report, doc) -> {
			List<String> ofReport = parts.get(report);
			if (ofReport != null) {
				reportOf.put(doc, report);
				content.put(doc, String.join(String.valueOf(FromDatabase.SEPARATOR), ofReport));
			}
		});
		int[] docIds = reportOf.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
		Map<Long, List<InPart>> out = new HashMap<>();
		if (docIds.length == 0) {
			return out;
		}
		Object[] found = new FromDatabase(searcher, content).highlight(query, docIds, max);
		for (int i = 0; i < docIds.length; i++) {
			long report = reportOf.get(docIds[i]);
			if (found[i] instanceof Raw[] raw) {
				inParts(raw, parts.get(report), content.get(docIds[i])).ifPresent(p -> out.put(report, p));
			}
			else {
				out.put(report, List.of());
			}
		}
		return out;
	}

	/** A passage as the highlighter found it, offsets in the joined text. */
	private record Raw(int start, int end, float score, int[] matchStarts, int[] matchEnds) {
	}

	/**
	 * The passages placed in their parts; empty when a match does not stand on a word of
	 * the text (the text changed since it was indexed).
	 */
	private static Optional<List<InPart>> inParts(Raw[] raw, List<String> parts, String content) {
		int[] starts = new int[parts.size()];
		for (int i = 1; i < parts.size(); i++) {
			starts[i] = starts[i - 1] + parts.get(i - 1).length() + 1;
		}
		List<InPart> out = new ArrayList<>();
		for (Raw passage : raw) {
			for (int m = 0; m < passage.matchStarts().length; m++) {
				if (!standsOnWord(content, passage.matchStarts()[m], passage.matchEnds()[m])) {
					return Optional.empty();
				}
			}
			// By its first match: a passage may begin on the separator before its part.
			int at = passage.matchStarts().length > 0 ? passage.matchStarts()[0] : passage.start();
			int part = Arrays.binarySearch(starts, at);
			part = part >= 0 ? part : -part - 2;
			int base = starts[part];
			int end = Math.min(passage.end() - base, parts.get(part).length());
			out.add(new InPart(part, Math.max(0, passage.start() - base), end, passage.score(),
					shift(passage.matchStarts(), base), shift(passage.matchEnds(), base)));
		}
		out.sort((a, b) -> Float.compare(b.score(), a.score()));
		return Optional.of(out);
	}

	/**
	 * Whether a match covers a word of the text: it starts and ends with a letter or
	 * digit and neither splits one from its neighbours.
	 */
	private static boolean standsOnWord(String content, int start, int end) {
		if (start < 0 || end > content.length() || start >= end) {
			return false;
		}
		return Character.isLetterOrDigit(content.codePointAt(start))
				&& Character.isLetterOrDigit(content.codePointBefore(end))
				&& (start == 0 || !Character.isLetterOrDigit(content.codePointBefore(start)))
				&& (end == content.length() || !Character.isLetterOrDigit(content.codePointAt(end)));
	}

	private static int[] shift(int[] offsets, int by) {
		int[] out = new int[offsets.length];
		for (int i = 0; i < offsets.length; i++) {
			out[i] = offsets[i] - by;
		}
		return out;
	}

	/** The unified highlighter, given the database's text instead of stored fields. */
	private static final class FromDatabase extends UnifiedHighlighter {

		static final char SEPARATOR = MULTIVAL_SEP_CHAR;

		private final Map<Integer, String> content;

		/**
		 * The highlighter wants the index analyzer, but reads the offsets from the term
		 * vectors only ({@link #getOffsetSource}): it never analyses with it.
		 */
		private static final Analyzer INDEX_ANALYZER = ArchiveAnalyzers.english();

		FromDatabase(IndexSearcher searcher, Map<Integer, String> content) {
			super(UnifiedHighlighter.builder(searcher, INDEX_ANALYZER)
				.withMaxLength(Integer.MAX_VALUE - 1)
				.withMaxNoHighlightPassages(0)
				.withHighlightPhrasesStrictly(true)
				.withHandleMultiTermQuery(true)
				.withBreakIterator(() -> new SplittingBreakIterator(LengthGoalBreakIterator.createClosestToLength(
						BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_GOAL, 0.5f), SEPARATOR))
				.withFormatter(new RawFormatter()));
			this.content = content;
		}

		Object[] highlight(Query query, int[] docIds, int max) throws IOException {
			return highlightFieldsAsObjects(new String[] { Reports.TEXT }, query, docIds, new int[] { max })
				.get(Reports.TEXT);
		}

		@Override
		protected OffsetSource getOffsetSource(String field) {
			// Never analyse: this class exists to avoid it, and the caller checked the
			// term vectors are there.
			return OffsetSource.TERM_VECTORS;
		}

		@Override
		protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
				int cacheCharsThreshold) throws IOException {
			List<CharSequence[]> out = new ArrayList<>();
			for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
				CharSequence[] values = new CharSequence[fields.length];
				Arrays.fill(values, content.getOrDefault(doc, ""));
				out.add(values);
			}
			return out;
		}

	}

	private static final class RawFormatter extends PassageFormatter {

		@Override
		public Object format(Passage[] passages, String content) {
			Raw[] out = new Raw[passages.length];
			for (int i = 0; i < passages.length; i++) {
				Passage p = passages[i];
				out[i] = new Raw(p.getStartOffset(), p.getEndOffset(), p.getScore(),
						Arrays.copyOf(p.getMatchStarts(), p.getNumMatches()),
						Arrays.copyOf(p.getMatchEnds(), p.getNumMatches()));
			}
			return out;
		}

	}

}
