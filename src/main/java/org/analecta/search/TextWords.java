package org.analecta.search;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.analecta.report.IndexFields.Reports;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The words of a text as {@link ArchiveAnalyzers#words()} finds them, each with its place
 * and position increment, in order: by {@link LatinWords}' scan while it can tell, then
 * by the tokenizer, which takes over at the word where the scan stopped (the words before
 * it are the tokenizer's: {@code LatinWordsTests}). The one way the index's word
 * positions are counted at indexing ({@link PartWords}) and walked at search
 * ({@link PositionPassages}).
 *
 * <p>
 * Close it (the tokenizer is the analyzer's, reused per thread). Not thread-safe.
 */
final class TextWords implements AutoCloseable {

	private static final Analyzer WORDS = ArchiveAnalyzers.words();

	private final String text;

	private final LatinWords scan;

	/** Null until the scan cannot tell. */
	private TokenStream tokens;

	private OffsetAttribute offset;

	private PositionIncrementAttribute increments;

	private boolean ended;

	/** How many words were given. */
	private int given;

	private int start = -1;

	private int end = -1;

	TextWords(String text) {
		this.text = text;
		this.scan = new LatinWords(text);
	}

	/** How many positions the text takes, as the index counts them. */
	static int positions(String text) {
		if (text == null || text.isEmpty()) {
			return 0;
		}
		try (TextWords words = new TextWords(text)) {
			int positions = 0;
			while (words.next()) {
				positions += words.increment();
			}
			return positions + words.trailingIncrement();
		}
	}

	/** Moves to the next word; false at the end. */
	boolean next() {
		if (tokens == null) {
			int state = scan.next();
			if (state != LatinWords.CANNOT_TELL) {
				if (state == LatinWords.END) {
					return false;
				}
				start = scan.start();
				end = scan.end();
				given++;
				return true;
			}
			tokenizeFrom(given);
		}
		try {
			if (!tokens.incrementToken()) {
				return false;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		start = offset.startOffset();
		end = offset.endOffset();
		given++;
		return true;
	}

	/** Where the current word starts. */
	int start() {
		return start;
	}

	/** Where the current word ends (exclusive). */
	int end() {
		return end;
	}

	/**
	 * Positions from the word before to this one: 1, more where the tokenizer skipped a
	 * word.
	 */
	int increment() {
		return tokens == null ? 1 : increments.getPositionIncrement();
	}

	/**
	 * Positions past the last word (a skipped word at the end); after the last next().
	 */
	private int trailingIncrement() {
		if (tokens == null) {
			return 0;
		}
		endTokens();
		return increments.getPositionIncrement();
	}

	private void endTokens() {
		if (!ended) {
			ended = true;
			try {
				tokens.end();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	/** The tokenizer over the whole text, past the first {@code words} words. */
	private void tokenizeFrom(int words) {
		tokens = WORDS.tokenStream(Reports.TEXT, text);
		offset = tokens.addAttribute(OffsetAttribute.class);
		increments = tokens.addAttribute(PositionIncrementAttribute.class);
		try {
			tokens.reset();
			for (int i = 0; i < words; i++) {
				tokens.incrementToken();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		if (tokens != null) {
			endTokens();
			try {
				tokens.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

}
