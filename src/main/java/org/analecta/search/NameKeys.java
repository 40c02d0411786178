package org.analecta.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The transliteration keys of names ({@link TransliterationKey}), computed by the
 * application and indexed as plain words, space-separated, in fields analysed by
 * whitespace only. Any backend can hold and match them (OpenSearch has no plugin for our
 * key); the rules stay in one class, and a query meets the index as keys through the same
 * {@link ArchiveAnalyzers#name()} chain.
 */
final class NameKeys {

	private static final Analyzer WORDS = ArchiveAnalyzers.nameWords();

	private NameKeys() {
	}

	/**
	 * The key of every word of a name or of what was typed ("Hassan Rowhani" → "hasan
	 * rohani"); null when there is none, so that no empty field is indexed.
	 */
	static String ofName(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		Set<String> keys = new LinkedHashSet<>();
		words(name, (word, capitalised) -> keys.add(TransliterationKey.of(word.toString())));
		return keys.isEmpty() ? null : String.join(" ", keys);
	}

	/**
	 * The distinct keys of the name-like words of a text: written with a capital and
	 * never, in this text, in lower case. "Rohani" and "Iran" are names; "The" at the
	 * start of a sentence is not, because "the" occurs too — keying common words would
	 * let a query word match an unrelated word of the same key (said, Saeed).
	 */
	static String ofProse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String keys = ofProseParts(List.of(text)).get(0);
		return keys.isEmpty() ? null : keys;
	}

	/**
	 * {@link #ofProse} of the whole text, told part by part (Report.getTextParts): each
	 * part's keys are those of its capitalised words that the whole text never writes in
	 * lower case, so that together they are the keys of the text, and the index can tell
	 * in which parts a name is. An empty string for a part without any: the part still
	 * takes its place.
	 */
	static List<String> ofProseParts(List<String> parts) {
		// Most of a text's words are lower case and repeat ("the", "said"): they are kept
		// as chars, without a String each, and copied only the first time.
		CharArraySet lowercase = new CharArraySet(1024, false);
		List<Set<String>> capitalised = new ArrayList<>(parts.size());
		for (String part : parts) {
			Set<String> upper = new LinkedHashSet<>();
			if (part != null) {
				words(part, (term, isUpper) -> {
					if (isUpper) {
						upper.add(term.toString());
					}
					else if (!lowercase.contains(term.buffer(), 0, term.length())) {
						lowercase.add(Arrays.copyOf(term.buffer(), term.length()));
					}
				});
			}
			capitalised.add(upper);
		}
		Map<String, String> keyOf = new HashMap<>();
		List<String> keys = new ArrayList<>(parts.size());
		for (Set<String> words : capitalised) {
			Set<String> ofPart = new LinkedHashSet<>();
			for (String word : words) {
				if (!lowercase.contains(word)) {
					ofPart.add(keyOf.computeIfAbsent(word, TransliterationKey::of));
				}
			}
			keys.add(String.join(" ", ofPart));
		}
		return keys;
	}

	private static void words(String text, WordSink sink) {
		try (TokenStream stream = WORDS.tokenStream("name", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				sink.accept(term, Character.isUpperCase(text.codePointAt(offset.startOffset())));
			}
			stream.end();
		}
		catch (IOException ex) {
			// A string reader does not fail.
			throw new UncheckedIOException(ex);
		}
	}

	@FunctionalInterface
	private interface WordSink {

		/**
		 * The folded word is the term's buffer, reused for the next word: copy to keep
		 * it.
		 */
		void accept(CharTermAttribute foldedWord, boolean capitalised);

	}

}
