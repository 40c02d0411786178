package org.analecta.search;

import java.io.IOException;

import com.ibm.icu.text.Normalizer;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds a word as {@link ICUFoldingFilter} does (case, accents, width: "Erdoğan" =
 * "erdogan"), then drops its apostrophes ("Shi'ite" = "Shiite"). The same result as those
 * two filters in a row (ArchiveAnalyzersTests compares them), at a fraction of the cost
 * for the plain ASCII words that make up almost all of the prose: for those, folding is
 * lower-casing, and the ICU normaliser and a regular expression per word were a third of
 * the indexing time.
 */
final class FoldingFilter extends TokenFilter {

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final StringBuilder folded = new StringBuilder();

	FoldingFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!input.incrementToken()) {
			return false;
		}
		char[] chars = term.buffer();
		int length = term.length();
		boolean ascii = true;
		for (int i = 0; i < length && ascii; i++) {
			ascii = chars[i] < 0x80;
		}
		if (ascii) {
			for (int i = 0; i < length; i++) {
				char c = chars[i];
				if (c >= 'A' && c <= 'Z') {
					chars[i] = (char) (c + ('a' - 'A'));
				}
			}
		}
		else if (ICUFoldingFilter.NORMALIZER.quickCheck(term) != Normalizer.YES) {
			folded.setLength(0);
			ICUFoldingFilter.NORMALIZER.normalize(term, folded);
			term.setEmpty().append(folded);
		}
		dropApostrophes();
		return true;
	}

	private void dropApostrophes() {
		char[] chars = term.buffer();
		int length = term.length();
		int out = 0;
		for (int i = 0; i < length; i++) {
			if (chars[i] != '\'') {
				chars[out++] = chars[i];
			}
		}
		term.setLength(out);
	}

}
