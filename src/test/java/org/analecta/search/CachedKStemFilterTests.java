package org.analecta.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cached stemmer stems as Lucene's KStem does, whether a word's stem is kept already
 * or not, and leaves protected words alone.
 */
class CachedKStemFilterTests {

	private static final List<String> STEMS = List.of("negotiat", "sanction", "militia", "bomb", "strik", "gover",
			"nuclear", "protest", "elect", "agree", "fight", "recogniz", "happi", "run", "stud");

	private static final List<String> ENDINGS = List.of("", "s", "es", "ed", "ing", "ion", "ions", "er", "ers", "ly",
			"ness", "ment", "ments", "ies", "ied", "able", "ity", "ive", "'s");

	@Test
	void stemsAsKStemDoes() throws IOException {
		List<String> words = List.of("negotiations", "sanctions", "militias", "bombing", "strikes", "governments",
				"elected", "agreement", "fighters", "recognized", "happiness", "running", "studies", "Hamas", "abbas");
		assertThat(stems(CachedKStemFilter::new, words)).isEqualTo(stems(KStemFilter::new, words));
		// Again, every stem kept now.
		assertThat(stems(CachedKStemFilter::new, words)).isEqualTo(stems(KStemFilter::new, words));
		assertThat(stems(CachedKStemFilter::new, List.of("sanctions"))).containsExactly("sanction");
	}

	/**
	 * Seeded, randomized: words made of real stems and endings, and of random letters,
	 * some protected, in random order and repeated.
	 */
	@Test
	void anyWordsStemAsKStemStemsThem() throws IOException {
		long seed = System.nanoTime();
		System.out.println("CachedKStemFilterTests seed: " + seed);
		SplittableRandom random = new SplittableRandom(seed);
		for (int round = 0; round < 200; round++) {
			List<String> words = new ArrayList<>();
			int count = 1 + random.nextInt(40);
			for (int i = 0; i < count; i++) {
				words.add(random.nextInt(3) == 0 ? randomLetters(random)
						: STEMS.get(random.nextInt(STEMS.size())) + ENDINGS.get(random.nextInt(ENDINGS.size())));
			}
			Set<String> protectedWords = Set.of(words.get(random.nextInt(words.size())));
			assertThat(stems(in -> new CachedKStemFilter(keywords(in, protectedWords)), words))
				.as("seed %d, round %d: %s", seed, round, words)
				.isEqualTo(stems(in -> new KStemFilter(keywords(in, protectedWords)), words));
		}
	}

	/**
	 * Seeded, randomized: one stream reused for document after document, as an analyzer
	 * reuses it within a thread, its words drawn from a pool so that they come back
	 * across documents, until the stream's own room is full and past it.
	 */
	@Test
	void aReusedStreamStemsAsKStemStemsEachDocument() throws IOException {
		long seed = System.nanoTime();
		System.out.println("CachedKStemFilterTests reuse seed: " + seed);
		SplittableRandom random = new SplittableRandom(seed);
		List<String> pool = new ArrayList<>();
		for (int i = 0; i < 3 * CachedKStemFilter.WORDS_PER_STREAM; i++) {
			pool.add(randomLetters(random));
		}
		Tokenizer source = new WhitespaceTokenizer();
		CachedKStemFilter reused = new CachedKStemFilter(source);
		CharTermAttribute term = reused.addAttribute(CharTermAttribute.class);
		for (int document = 0; document < 100; document++) {
			List<String> words = new ArrayList<>();
			for (int i = 0; i < 100; i++) {
				words.add(random.nextInt(2) == 0 ? pool.get(random.nextInt(pool.size()))
						: STEMS.get(random.nextInt(STEMS.size())) + ENDINGS.get(random.nextInt(ENDINGS.size())));
			}
			source.setReader(new StringReader(String.join(" ", words)));
			List<String> out = new ArrayList<>();
			reused.reset();
			while (reused.incrementToken()) {
				out.add(term.toString());
			}
			reused.end();
			reused.close();
			assertThat(out).as("seed %d, document %d", seed, document).isEqualTo(stems(KStemFilter::new, words));
		}
		assertThat(reused.keptByStream()).as("seed %d: the stream's own room filled", seed)
			.isEqualTo(CachedKStemFilter.WORDS_PER_STREAM);
	}

	private static TokenStream keywords(TokenStream in, Set<String> words) {
		return new SetKeywordMarkerFilter(in, new CharArraySet(words, false));
	}

	private static String randomLetters(SplittableRandom random) {
		StringBuilder word = new StringBuilder();
		int length = 1 + random.nextInt(14);
		for (int i = 0; i < length; i++) {
			word.append((char) ('a' + random.nextInt(26)));
		}
		return word.toString();
	}

	private static List<String> stems(Function<TokenStream, TokenStream> filter, List<String> words)
			throws IOException {
		Tokenizer source = new WhitespaceTokenizer();
		source.setReader(new StringReader(String.join(" ", words)));
		List<String> out = new ArrayList<>();
		try (TokenStream stream = filter.apply(source)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				out.add(term.toString());
			}
			stream.end();
		}
		return out;
	}

}
