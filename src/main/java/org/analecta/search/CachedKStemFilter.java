package org.analecta.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Lucene's {@link KStemFilter}, the stem of each word it has seen kept for the next time.
 * KStem looks a word up in its dictionary once for every ending it tries: it was half of
 * the time spent marking the query's words in a page's titles and headings, which are
 * analysed anew for every search, and it runs for every word indexed. A word's stem
 * depends on the word alone, so the kept stems are shared by every stream and thread.
 * <p>
 * Invariant: the output is KStemFilter's, token for token (tested against it). The kept
 * words are bounded ({@link #MAX_WORDS}): past that, stems are computed and not kept, so
 * text of endless made-up words cannot fill the heap.
 */
final class CachedKStemFilter extends TokenFilter {

	/**
	 * More than the distinct words of a large archive's prose and names; at about 140
	 * bytes a kept word (two short strings and a map entry), some 14 MB at most.
	 */
	static final int MAX_WORDS = 100_000;

	private static final Map<String, String> STEMS = new ConcurrentHashMap<>();

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

	private final OneWord word = new OneWord();

	private final KStemFilter stemmer = new KStemFilter(word);

	CachedKStemFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!input.incrementToken()) {
			return false;
		}
		if (keyword.isKeyword()) {
			return true;
		}
		String original = term.toString();
		String stem = STEMS.get(original);
		if (stem == null) {
			stem = stem(original);
			if (STEMS.size() < MAX_WORDS) {
				STEMS.putIfAbsent(original, stem);
			}
		}
		if (!stem.equals(original)) {
			term.setEmpty().append(stem);
		}
		return true;
	}

	/** KStem's stem of one word, through a stream of that word alone. */
	private String stem(String original) throws IOException {
		word.next = original;
		stemmer.reset();
		stemmer.incrementToken();
		String stem = word.term.toString();
		stemmer.end();
		return stem;
	}

	/** How many stems are kept (for tests). */
	static int kept() {
		return STEMS.size();
	}

	/** A stream of one word, over and over: what the private KStemFilter reads. */
	private static final class OneWord extends TokenStream {

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private String next;

		private boolean given;

		@Override
		public boolean incrementToken() {
			if (given) {
				return false;
			}
			clearAttributes();
			term.append(next);
			given = true;
			return true;
		}

		@Override
		public void reset() throws IOException {
			super.reset();
			given = false;
		}

	}

}
