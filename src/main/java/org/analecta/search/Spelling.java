package org.analecta.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * "Did you mean": for each word of a query that occurs nowhere in a field, the closest
 * indexed term within two edits, the most frequent among equally close ones, read from
 * the term dictionary itself with Lucene's fuzzy terms enumeration (so there is no
 * separate spelling index to keep up to date, and no extra dependency). The suggestion is
 * an indexed form — folded, and for prose stemmed by KStem, which mostly leaves real
 * words.
 */
final class Spelling {

	private final Analyzer analyzer;

	Spelling(Analyzer indexAnalyzer) {
		this.analyzer = indexAnalyzer;
	}

	/**
	 * The terms of one index field, as the spelling suggestion asks about them:
	 * {@link LuceneIndexReading} reads the term dictionary,
	 * {@link OpenSearchIndexReading} asks the cluster.
	 */
	interface Terms {

		boolean known(String term) throws IOException;

		/**
		 * The indexed term closest to {@code term} within {@code maxEdits}, the most
		 * frequent among equally close ones; null when there is none.
		 */
		String closest(String term, int maxEdits) throws IOException;

	}

	/**
	 * The query with unknown words replaced, or null when every word is known or nothing
	 * better exists.
	 */
	String suggest(String cleanedQuery, Terms index) throws IOException {
		List<String> words = TextQueries.plainWords(cleanedQuery);
		if (words.isEmpty()) {
			return null;
		}
		String suggestion = cleanedQuery;
		boolean changed = false;
		for (String word : words) {
			List<String> terms = analyze(word);
			if (terms.size() != 1 || index.known(terms.get(0)) || terms.get(0).length() < 3) {
				continue;
			}
			// Edits allowed grow with length, as people misspell long names more: 1 up to
			// 5 letters.
			String similar = index.closest(terms.get(0), terms.get(0).length() <= 5 ? 1 : 2);
			if (similar != null) {
				suggestion = suggestion.replaceFirst("(?<![\\p{L}])" + Pattern.quote(word) + "(?![\\p{L}])",
						Matcher.quoteReplacement(similar));
				changed = true;
			}
		}
		return changed ? suggestion : null;
	}

	/**
	 * The term dictionary of a Lucene index, read with Lucene's fuzzy terms enumeration.
	 */
	static Terms of(IndexReader reader, String field) {
		return new Terms() {

			@Override
			public boolean known(String term) throws IOException {
				return reader.docFreq(new Term(field, term)) > 0;
			}

			@Override
			public String closest(String term, int maxEdits) throws IOException {
				org.apache.lucene.index.Terms terms = MultiTerms.getTerms(reader, field);
				if (terms == null) {
					return null;
				}
				FuzzyTermsEnum candidates = new FuzzyTermsEnum(terms, new Term(field, term), maxEdits, 1, true);
				String best = null;
				float bestBoost = -1;
				int bestFreq = 0;
				for (BytesRef candidate = candidates.next(); candidate != null; candidate = candidates.next()) {
					float boost = candidates.getBoost();
					int freq = candidates.docFreq();
					if (boost > bestBoost || (boost == bestBoost && freq > bestFreq)) {
						best = candidate.utf8ToString();
						bestBoost = boost;
						bestFreq = freq;
					}
				}
				return best;
			}

		};
	}

	private List<String> analyze(String word) throws IOException {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("text", word)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		return terms;
	}

}
