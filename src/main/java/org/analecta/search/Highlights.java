package org.analecta.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.apache.lucene.search.highlight.TextFragment;

/**
 * Highlights matched words in stored text, with Lucene's highlighter re-analysing the text with
 * the index analyzer. Done here rather than with Hibernate Search's highlight projection because
 * a hit must say which section each passage is in: sections are nested documents (so that their
 * anchor and text stay together), and Hibernate Search cannot highlight fields of nested objects.
 * Re-analysing the sections of ten hits per page costs a few milliseconds.
 *
 * <p>Output is HTML: the text escaped, matches in {@code <mark>}.
 */
final class Highlights {

	static final int PASSAGE_CHARS = 240;
	private static final int MAX_CHARS_ANALYSED = 500_000;

	private final Analyzer analyzer;
	private final String field;

	/**
	 * @param field the query field whose terms are marked; the text is analyzed as that field's
	 * content with {@code analyzer}
	 */
	Highlights(Analyzer analyzer, String field) {
		this.analyzer = analyzer;
		this.field = field;
	}

	record Fragment(String html, float score) {
	}

	/** The best few passages of a text, best first; empty when no query word occurs in it. */
	List<Fragment> passages(Query query, String text, int max) {
		if (query == null || text == null || text.isBlank()) {
			return List.of();
		}
		QueryScorer scorer = new QueryScorer(query, field);
		Highlighter highlighter = highlighter(scorer);
		highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, PASSAGE_CHARS));
		try (TokenStream tokens = analyzer.tokenStream(field, text)) {
			List<Fragment> out = new ArrayList<>();
			for (TextFragment fragment : highlighter.getBestTextFragments(tokens, text, false, max)) {
				if (fragment != null && fragment.getScore() > 0) {
					out.add(new Fragment(fragment.toString().strip(), fragment.getScore()));
				}
			}
			out.sort(Comparator.comparing(Fragment::score).reversed());
			return out;
		}
		catch (IOException | InvalidTokenOffsetsException ex) {
			return List.of();
		}
	}

	/** The whole text, escaped, with matches marked (titles, quotes). */
	String whole(Query query, String text) {
		if (text == null) {
			return null;
		}
		String escaped = escape(text);
		if (query == null) {
			return escaped;
		}
		QueryScorer scorer = new QueryScorer(query, field);
		Highlighter highlighter = highlighter(scorer);
		highlighter.setTextFragmenter(new NullFragmenter());
		try (TokenStream tokens = analyzer.tokenStream(field, text)) {
			String marked = highlighter.getBestFragment(tokens, text);
			return marked == null ? escaped : marked;
		}
		catch (IOException | InvalidTokenOffsetsException ex) {
			return escaped;
		}
	}

	/** The opening of a text, escaped, cut at a word boundary: a passage when nothing matched. */
	static String opening(String text) {
		if (text == null) {
			return "";
		}
		String flat = text.strip();
		if (flat.length() <= PASSAGE_CHARS) {
			return escape(flat);
		}
		int cut = flat.lastIndexOf(' ', PASSAGE_CHARS);
		return escape(flat.substring(0, cut > 0 ? cut : PASSAGE_CHARS)) + " …";
	}

	static String escape(String text) {
		return new SimpleHTMLEncoder().encodeText(text);
	}

	private static Highlighter highlighter(QueryScorer scorer) {
		Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(),
				scorer);
		highlighter.setMaxDocCharsToAnalyze(MAX_CHARS_ANALYSED);
		return highlighter;
	}

}
