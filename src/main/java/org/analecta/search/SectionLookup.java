package org.analecta.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.analecta.report.IndexFields.Reports;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * A report's sections read from their nested documents in the report index, and the
 * passages of those that contain a query word. Hibernate Search cannot search or
 * highlight nested documents on their own, so this reads Lucene directly: the index says
 * which sections of a hit match (instead of re-analysing them all to find out), and
 * Lucene's unified highlighter marks the words from the offsets the index keeps for
 * section text (no re-analysis at all; an index written without offsets is re-analysed,
 * only slower).
 *
 * <p>
 * It relies on how Hibernate Search writes a nested document: its fields under the path
 * ("sections.text"), the root's id in {@value #ROOT_ID} and the path in
 * {@value #NESTED_PATH}. {@code SearchTests} checks that passages name their section,
 * which fails if that changes.
 */
final class SectionLookup {

	static final String FIELD = Reports.SECTION_TEXT;

	private static final String ROOT_ID = "__HSEARCH_id";

	private static final String NESTED_PATH = "__HSEARCH_nested_document_path";

	private static final Set<String> STORED = Set.of(Reports.SECTION_ANCHOR, Reports.SECTION_HEADING, FIELD);

	private final IndexSearcher searcher;

	private final Highlighter highlighter;

	/**
	 * @param analyzer the analyzer of section text, for an index written without offsets
	 */
	SectionLookup(IndexSearcher searcher, Analyzer analyzer) {
		this.searcher = searcher;
		this.highlighter = new Highlighter(UnifiedHighlighter.builder(searcher, analyzer)
			.withFormatter(new Marked())
			// passages of about the length the other highlighter makes, cut at sentence
			// ends
			.withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
					BreakIterator.getSentenceInstance(Locale.ENGLISH), Highlights.PASSAGE_CHARS, 0.5f))
			// each word of a phrase marked on its own, as everywhere else
			.withWeightMatches(false)
			.withMaxLength(500_000));
	}

	record Passages(ReportSearch.SectionText section, List<Highlights.Fragment> fragments) {
	}

	/**
	 * For each report, the best passages of its sections where any word or phrase of
	 * {@code anyPart} (a query on {@value #FIELD}, see {@link #anyPart}) occurs: its
	 * {@code max} best-matching sections, at most {@code max} passages each, best first.
	 * One search and one highlighter run for all the reports of a page.
	 */
	Map<Long, List<Passages>> passages(List<Long> reportIds, Query anyPart, int max) throws IOException {
		Map<Integer, Long> reportOf = new HashMap<>();
		List<BytesRef> ids = new ArrayList<>();
		for (long id : reportIds) {
			BytesRef term = new BytesRef(Long.toString(id));
			ids.add(term);
			for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
				PostingsEnum docs = leaf.reader().postings(new Term(ROOT_ID, term), PostingsEnum.NONE);
				if (docs != null) {
					for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
						reportOf.put(leaf.docBase + doc, id);
					}
				}
			}
		}
		Map<Long, List<Passages>> out = new HashMap<>();
		if (reportOf.isEmpty()) {
			return out;
		}
		Query query = new BooleanQuery.Builder().add(new TermInSetQuery(ROOT_ID, ids), BooleanClause.Occur.FILTER)
			.add(new TermQuery(new Term(NESTED_PATH, Reports.SECTIONS)), BooleanClause.Occur.FILTER)
			.add(anyPart, BooleanClause.Occur.MUST)
			.build();
		// best first; the best few of each report
		Map<Long, List<ScoreDoc>> best = new LinkedHashMap<>();
		for (ScoreDoc doc : searcher.search(query, reportOf.size()).scoreDocs) {
			List<ScoreDoc> ofReport = best.computeIfAbsent(reportOf.get(doc.doc), id -> new ArrayList<>());
			if (ofReport.size() < max) {
				ofReport.add(doc);
			}
		}
		ScoreDoc[] chosen = best.values().stream().flatMap(List::stream).toArray(ScoreDoc[]::new);
		if (chosen.length == 0) {
			return out;
		}
		int[] docIds = new int[chosen.length];
		for (int i = 0; i < chosen.length; i++) {
			docIds[i] = chosen[i].doc;
		}
		Object[] marked = highlighter.marked(anyPart, docIds, max);
		List<ReportSearch.SectionText> sections = read(chosen);
		for (int i = 0; i < chosen.length; i++) {
			@SuppressWarnings("unchecked")
			List<Highlights.Fragment> fragments = marked[i] == null ? List.of() : (List<Highlights.Fragment>) marked[i];
			out.computeIfAbsent(reportOf.get(chosen[i].doc), id -> new ArrayList<>())
				.add(new Passages(sections.get(i), fragments));
		}
		return out;
	}

	/** Every section of a report, in order, at most {@code max}. */
	List<ReportSearch.SectionText> all(long reportId, int max) throws IOException {
		return read(searcher.search(sectionsOf(reportId), max, Sort.INDEXORDER).scoreDocs);
	}

	/**
	 * A query matching a text where any of the query's words or phrases occurs: its
	 * parts, each optional (a section rarely has all the words a report matched with);
	 * words a query excludes are left out, as they are never marked.
	 */
	static Query anyPart(Query query) {
		Set<Query> parts = Collections.newSetFromMap(new IdentityHashMap<>());
		query.visit(new QueryVisitor() {

			@Override
			public void consumeTerms(Query q, Term... terms) {
				parts.add(q);
			}

			@Override
			public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
				parts.add(q);
			}

			@Override
			public void visitLeaf(Query q) {
				if (!(q instanceof MatchNoDocsQuery)) {
					parts.add(q);
				}
			}

			@Override
			public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
				return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
			}

		});
		if (parts.isEmpty()) {
			return new MatchNoDocsQuery();
		}
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		parts.forEach(part -> any.add(part, BooleanClause.Occur.SHOULD));
		return any.build();
	}

	private static Query sectionsOf(long reportId) {
		return new BooleanQuery.Builder()
			.add(new TermQuery(new Term(ROOT_ID, Long.toString(reportId))), BooleanClause.Occur.FILTER)
			.add(new TermQuery(new Term(NESTED_PATH, Reports.SECTIONS)), BooleanClause.Occur.FILTER)
			.build();
	}

	private List<ReportSearch.SectionText> read(ScoreDoc[] docs) throws IOException {
		StoredFields stored = searcher.storedFields();
		List<ReportSearch.SectionText> out = new ArrayList<>(docs.length);
		for (ScoreDoc doc : docs) {
			Document d = stored.document(doc.doc, STORED);
			out.add(new ReportSearch.SectionText(d.get(Reports.SECTION_ANCHOR), d.get(Reports.SECTION_HEADING),
					d.get(FIELD)));
		}
		return out;
	}

	/**
	 * Lucene's unified highlighter, with passages as objects rather than one string per
	 * text.
	 */
	private static final class Highlighter extends UnifiedHighlighter {

		Highlighter(Builder builder) {
			super(builder);
		}

		Object[] marked(Query query, int[] docIds, int max) throws IOException {
			return highlightFieldsAsObjects(new String[] { FIELD }, query, docIds, new int[] { max }).get(FIELD);
		}

	}

	/**
	 * Passages as escaped text with {@code <mark>}, like {@link Highlights} makes them.
	 */
	private static final class Marked extends PassageFormatter {

		@Override
		public Object format(Passage[] passages, String content) {
			List<Highlights.Fragment> out = new ArrayList<>(passages.length);
			for (Passage passage : passages) {
				StringBuilder html = new StringBuilder();
				int pos = passage.getStartOffset();
				for (int i = 0; i < passage.getNumMatches(); i++) {
					int start = passage.getMatchStarts()[i];
					int end = Math.min(passage.getMatchEnds()[i], passage.getEndOffset());
					if (start > pos) {
						html.append(Highlights.escape(content.substring(pos, start)));
					}
					if (end > pos) {
						html.append("<mark>")
							.append(Highlights.escape(content.substring(Math.max(pos, start), end)))
							.append("</mark>");
						pos = end;
					}
				}
				html.append(Highlights.escape(content.substring(pos, Math.max(pos, passage.getEndOffset()))));
				out.add(new Highlights.Fragment(html.toString().strip(), passage.getScore()));
			}
			out.sort(Comparator.comparing(Highlights.Fragment::score).reversed());
			return out;
		}

	}

}
