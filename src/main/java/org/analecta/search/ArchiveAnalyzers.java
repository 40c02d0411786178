package org.analecta.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.analecta.report.IndexFields;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Every analyzer of the archive, built in code so that unit tests use exactly what the
 * index uses. {@link ArchiveAnalysisConfigurer} registers them with Hibernate Search
 * under these names.
 *
 * <p>
 * Prose chain ("english" at index time, "english_query" at search time):
 * <ol>
 * <li>char filter: the many apostrophes of transliteration (’ ‘ ʿ ʾ ʼ ` ´ ′) become ' —
 * one char for one, so offsets (and highlights) stay exact, and the tokenizer then keeps
 * Shi`ite in one piece as it does Shi'ite (a backtick would otherwise split it);</li>
 * <li>StandardTokenizer (Unicode word breaks): splits on hyphens, so "al-Maliki" is
 * indexed as <em>al</em>, <em>maliki</em> at adjacent positions — "Maliki", "al-Maliki",
 * "Al Maliki" and the phrase "Nouri al-Maliki" all match it. (A word-delimiter graph that
 * also indexes "almaliki" would need a whitespace tokenizer, losing the standard
 * tokenizer's handling of numbers, punctuation and URLs, and an index-time graph
 * flattening that breaks phrase positions; the one-word spelling "Almaliki" is rare and
 * left to fuzzy matching.) No stop words are removed: phrases such as "the axis of evil",
 * names such as "Ansar Allah" and a few-thousand-report archive do not need them, and
 * BM25 already gives "the" no weight;</li>
 * <li>English possessive: "Iran's" → "Iran" (before the apostrophes are removed);</li>
 * <li>"U.S.", "US", "U.S.A.", "USA" → "usa", matched case-sensitively before lower-casing
 * so that the pronoun "us" stays a different word; then dots inside words go (U.N. = UN,
 * I.R.G.C. = IRGC) ({@link AcronymFilter});</li>
 * <li>ICU folding: lower case, diacritics and compatibility forms (Erdoğan = Erdogan,
 * vis-à-vis = vis-a-vis, ﬁ = fi), and it drops the modifier letters ʿ ʾ;</li>
 * <li>remaining inner apostrophes removed: Shi'ite = Shiite, Qur'an = Quran (these two
 * steps in {@link FoldingFilter});</li>
 * <li>(search time only) the domain synonyms, see {@link DomainSynonyms};</li>
 * <li>KStem (Krovetz), a light dictionary-based stemmer: it conflates inflections and
 * nationality forms whose meaning is the same (collaborating = collaborate, Shi'ites =
 * Shiite, Iranians = Iran) but, unlike Porter, does not cut words to shared stumps that
 * change meaning (Porter makes organization = organ, universities = universe) and leaves
 * most unknown words — names — alone. It still strips a final s from unknown words, which
 * would make Hamas = Hama (a Syrian city) and Fars = far, so a list of protected words
 * ({@code protected-words.txt}) is marked as keywords and not stemmed.</li>
 * </ol>
 */
final class ArchiveAnalyzers {

	/**
	 * Arabic article as written in transliterated names: al-Maliki, el-Sisi, Abd ul-Aziz.
	 */
	private static final CharArraySet NAME_ARTICLES = CharArraySet
		.unmodifiableSet(new CharArraySet(List.of("al", "el", "ul"), false));

	private static final CharArraySet PROTECTED_WORDS = loadProtectedWords();

	private ArchiveAnalyzers() {
	}

	/** The words KStem leaves alone (Hamas, Fars), for a backend that stems itself. */
	static List<String> protectedWords() {
		return PROTECTED_WORDS.stream().map(word -> new String((char[]) word)).sorted().toList();
	}

	/**
	 * The apostrophes that become ' before tokenizing, for a backend that maps them
	 * itself.
	 */
	static List<String> apostropheVariants() {
		return ApostropheCharFilter.VARIANTS.chars().mapToObj(c -> String.valueOf((char) c)).toList();
	}

	static Analyzer english() {
		return new ProseAnalyzer(null);
	}

	/**
	 * The prose chain with the synonyms applied, for queries only (so no reindex on
	 * change).
	 */
	static Analyzer englishQuery(SynonymMap synonyms) {
		return new ProseAnalyzer(synonyms);
	}

	/**
	 * Names, as the application computes their match keys ({@link NameKeys}) and parses
	 * them in queries: the prose normalisation minus stemming and synonyms, possessive
	 * removed (Khamenei's = Khamenei), articles dropped (al-Maliki = Maliki = El Maliki),
	 * then {@link TransliterationKey}. Not registered with the index: the index holds the
	 * keys the application computed, analysed only by whitespace, so that a backend
	 * without our plugins (OpenSearch) can hold them too.
	 */
	static Analyzer name() {
		return new NameAnalyzer(true, false);
	}

	/** {@link #name()} without the last step: the folded words whose keys are taken. */
	static Analyzer nameWords() {
		return new NameAnalyzer(false, false);
	}

	/**
	 * {@link #name()} for marking a name in prose: the keys of the words written with a
	 * capital only, as the index keys the names of a text ({@link NameKeys#ofProse}). A
	 * word in lower case is no name, and keying it would mark "said" for Saeed; it was
	 * also most of the time spent marking names.
	 */
	static Analyzer namesInProse() {
		return new NameAnalyzer(true, true);
	}

	private static final class NameAnalyzer extends FoldingAnalyzer {

		private final boolean keys;

		private final boolean capitalisedOnly;

		NameAnalyzer(boolean keys, boolean capitalisedOnly) {
			this.keys = keys;
			this.capitalisedOnly = capitalisedOnly;
		}

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer source = new StandardTokenizer();
			TokenStream stream = new EnglishPossessiveFilter(
					capitalisedOnly ? new CapitalisedWordsFilter(source) : source);
			stream = new FoldingFilter(stream);
			stream = new StopFilter(stream, NAME_ARTICLES);
			if (keys) {
				stream = new TransliterationKey.Filter(stream);
			}
			return new TokenStreamComponents(source, stream);
		}

		@Override
		protected TokenStream normalize(String fieldName, TokenStream in) {
			// Fuzzy and prefix words of a query ("Nasrullah~1") meet the keys as keys.
			TokenStream stream = super.normalize(fieldName, in);
			return keys ? new TransliterationKey.Filter(stream) : stream;
		}

	}

	/** Keeps the words whose first letter is a capital, as written. */
	private static final class CapitalisedWordsFilter extends FilteringTokenFilter {

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		CapitalisedWordsFilter(TokenStream input) {
			super(input);
		}

		@Override
		protected boolean accept() {
			return term.length() > 0 && Character.isUpperCase(Character.codePointAt(term, 0));
		}

	}

	/**
	 * What every chain starts and normalizes with: the apostrophes of transliteration
	 * made one, and (for prefix, fuzzy and keyword terms, which are not tokenized) the
	 * folding of the text.
	 */
	private abstract static class FoldingAnalyzer extends Analyzer {

		@Override
		protected Reader initReader(String fieldName, Reader reader) {
			return new ApostropheCharFilter(reader);
		}

		@Override
		protected TokenStream normalize(String fieldName, TokenStream in) {
			return new FoldingFilter(in);
		}

		@Override
		protected Reader initReaderForNormalization(String fieldName, Reader reader) {
			return new ApostropheCharFilter(reader);
		}

	}

	/**
	 * Normalizer for exact-value fields that are compared but not tokenized (slugs, names
	 * in filters): the whole value as one token, folded like the prose.
	 */
	static Analyzer folded() {
		return new FoldingAnalyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new KeywordTokenizer();
				return new TokenStreamComponents(source, new FoldingFilter(source));
			}
		};
	}

	/**
	 * Keys the application computed, split at whitespace only, each value of a
	 * many-valued field {@link IndexFields#PART} positions after the one before, as the
	 * prose: the name keys of a report's text, a value a part ({@link TextPartFields}).
	 */
	static Analyzer keysByPart() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				return new TokenStreamComponents(new WhitespaceTokenizer());
			}

			@Override
			public int getPositionIncrementGap(String fieldName) {
				return IndexFields.PART;
			}
		};
	}

	/**
	 * The prose chain's words only: its apostrophe mapping and tokenizer, without the
	 * filters. Every filter of the prose chain turns one word into one word, so the words
	 * of this analyzer stand at the positions the index gives the prose chain's terms:
	 * {@link PartWords} counts them at indexing, and {@link PositionPassages} finds where
	 * the index's positions are in a text without stemming it.
	 */
	static Analyzer words() {
		return new FoldingAnalyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				return new TokenStreamComponents(new StandardTokenizer());
			}
		};
	}

	/**
	 * The prose chain up to (not including) synonyms and stemming. Synonym rules are
	 * parsed with it, so that a rule written "U.S." or "Shi'ite" meets the tokens a query
	 * produces.
	 */
	static Analyzer synonymRuleParser() {
		return new FoldingAnalyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				return new TokenStreamComponents(source, normalisedProse(source));
			}
		};
	}

	private static TokenStream normalisedProse(Tokenizer source) {
		TokenStream stream = new EnglishPossessiveFilter(source);
		stream = new AcronymFilter(stream);
		return new FoldingFilter(stream);
	}

	private static final class ProseAnalyzer extends FoldingAnalyzer {

		private final SynonymMap synonyms;

		ProseAnalyzer(SynonymMap synonyms) {
			this.synonyms = synonyms;
		}

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer source = new StandardTokenizer();
			TokenStream stream = normalisedProse(source);
			if (synonyms != null && synonyms.fst != null) {
				stream = new SynonymGraphFilter(stream, synonyms, true);
			}
			stream = new SetKeywordMarkerFilter(stream, PROTECTED_WORDS);
			stream = new CachedKStemFilter(stream);
			return new TokenStreamComponents(source, stream);
		}

		/**
		 * Each value of a many-valued field starts a part of its own: a word's position
		 * tells which (Report.getTextParts), and no phrase runs from one part into the
		 * next.
		 */
		@Override
		public int getPositionIncrementGap(String fieldName) {
			return IndexFields.PART;
		}

	}

	private static CharArraySet loadProtectedWords() {
		try (InputStream in = ArchiveAnalyzers.class.getResourceAsStream("protected-words.txt")) {
			if (in == null) {
				throw new IllegalStateException("protected-words.txt is missing from the classpath");
			}
			CharArraySet words = WordlistLoader.getWordSet(new InputStreamReader(in, StandardCharsets.UTF_8), "#",
					new CharArraySet(64, true));
			return CharArraySet.unmodifiableSet(words);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
