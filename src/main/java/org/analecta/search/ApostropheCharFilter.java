package org.analecta.search;

import java.io.IOException;
import java.io.Reader;

import org.apache.lucene.analysis.CharFilter;

/**
 * Makes every apostrophe variant of transliteration (Shi’ite, Qur`an, Ka‘ba) the plain
 * apostrophe, before tokenizing. Each variant is one char and becomes one char, so the
 * text keeps its length and every offset stays as it was: no offset map and no look-ahead
 * buffer, where Lucene's general {@code MappingCharFilter} keeps both and was a third of
 * the time spent finding passages by word positions. OpenSearch gets the same mapping as
 * its standard {@code mapping} char filter
 * ({@link ArchiveAnalyzers#apostropheVariants()}).
 */
final class ApostropheCharFilter extends CharFilter {

	ApostropheCharFilter(Reader in) {
		super(in);
	}

	/**
	 * Right and left single quotes, ayn and hamza half rings, modifier apostrophe and
	 * turned comma, backtick, acute accent, prime, reversed-9 quote, fullwidth
	 * apostrophe.
	 */
	static final String VARIANTS = "\u2019\u2018\u02BF\u02BE\u02BC\u02BB`\u00B4\u2032\u201B\uFF07";

	/**
	 * Whether a char is one of {@link #VARIANTS}: all but the backtick are past ASCII.
	 */
	static boolean isVariant(char c) {
		return c == '`' || (c > '\u007F' && VARIANTS.indexOf(c) >= 0);
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		int read = input.read(buffer, offset, length);
		for (int i = offset; i < offset + read; i++) {
			if (isVariant(buffer[i])) {
				buffer[i] = '\'';
			}
		}
		return read;
	}

	@Override
	protected int correct(int offset) {
		return offset;
	}

}
