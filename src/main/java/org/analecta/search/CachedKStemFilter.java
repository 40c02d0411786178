package org.analecta.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.CharArrayMap;
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
 * <p>
 * In front of the shared map, each stream keeps the stems of up to
 * {@value #WORDS_PER_STREAM} words, looked up in its term buffer without making a string:
 * the shared map needs a new string and its hash for every token, which was a seventh of
 * the indexing threads' time. A word is kept by a stream the second time it is met (the
 * shared map had it), so that the frequent words fill the room rather than the names met
 * once; an analyzer reuses its streams within a thread, so they serve every later
 * document.
 */
final class CachedKStemFilter extends TokenFilter {

	/**
	 * More than the distinct words of a large archive's prose and names; at about 140
	 * bytes a kept word (two short strings and a map entry), some 14 MB at most.
	 */
	static final int MAX_WORDS = 100_000;

	/**
	 * Stems kept by one stream: about 100 bytes a word, so some 100 KB for each thread
	 * that analyses prose (the index's workers, and the request threads that mark
	 * passages).
	 */
	static final int WORDS_PER_STREAM = 1_024;

	private static final Map<String, String> STEMS = new ConcurrentHashMap<>();

	/** What {@link #near} holds for a word that is its own stem. */
	private static final String UNCHANGED = new String("");

	/** This stream's own stems: {@link #UNCHANGED} for a word that is its own. */
	private final CharArrayMap<String> near = new CharArrayMap<>(WORDS_PER_STREAM, false);

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
		String kept = near.get(term.buffer(), 0, term.length());
		if (kept != null) {
			if (kept != UNCHANGED) {
				term.setEmpty().append(kept);
			}
			return true;
		}
		String original = term.toString();
		String stem = STEMS.get(original);
		boolean seenBefore = stem != null;
		if (stem == null) {
			stem = stem(original);
			if (STEMS.size() < MAX_WORDS) {
				STEMS.putIfAbsent(original, stem);
			}
		}
		boolean unchanged = stem.equals(original);
		if (seenBefore && near.size() < WORDS_PER_STREAM) {
			near.put(original, unchanged ? UNCHANGED : stem);
		}
		if (!unchanged) {
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

	/** How many stems this stream keeps itself (for tests). */
	int keptByStream() {
		return near.size();
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
