package org.analecta.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.analecta.RandomCases;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link ApostropheCharFilter} must read exactly as Lucene's {@code MappingCharFilter}
 * with the same variants (what OpenSearch runs): the same words at the same offsets, or
 * marks would land beside the words and the two backends would index differently.
 */
class ApostropheCharFilterTests {

	private static final String OTHER_CHARS = "abcdefghijklmnopqrstuvwxyzAHIKS0123456789 .,;:-'\"()\u00E9\u0130\u00DF"
			+ "\u201C\u201D\u2014\u00A0\u0627\u0644\u05D0\uD835\uDC00\u02BA\u2033";

	private static final NormalizeCharMap REFERENCE = reference();

	@TestFactory
	DynamicContainer readsAsTheMappingCharFilterDoesInAnyChunks() {
		return RandomCases.property("tokens and offsets equal MappingCharFilter's", 300,
				ApostropheCharFilterTests::text, text -> {
					List<String> expected = tokens(new MappingCharFilter(REFERENCE, new StringReader(text)));
					Random chunks = new Random(text.hashCode());
					assertThat(tokens(new ApostropheCharFilter(new ChunkedReader(text, chunks)))).isEqualTo(expected);
				});
	}

	@Test
	void everyVariantBecomesThePlainApostropheAndNothingElseChanges() throws IOException {
		String variants = String.join("", ArchiveAnalyzers.apostropheVariants());
		assertThat(variants).hasSize(11).contains("\u2019", "`", "\u02BF");
		String text = "Shi" + variants + "ite \u201Cx\u201D \u02BA";
		char[] read = new char[text.length()];
		try (CharFilter filter = new ApostropheCharFilter(new StringReader(text))) {
			assertThat(filter.read(read, 0, read.length)).isEqualTo(text.length());
		}
		assertThat(new String(read)).isEqualTo("Shi" + "'".repeat(11) + "ite \u201Cx\u201D \u02BA");
	}

	private static String text(Random random) {
		String variants = String.join("", ArchiveAnalyzers.apostropheVariants());
		StringBuilder text = new StringBuilder();
		int length = random.nextInt(400);
		while (text.length() < length) {
			String from = random.nextInt(6) == 0 ? variants : OTHER_CHARS;
			int at = random.nextInt(from.length());
			char c = from.charAt(at);
			if (Character.isHighSurrogate(c) && at + 1 < from.length()) {
				text.append(c).append(from.charAt(at + 1));
			}
			else if (!Character.isSurrogate(c)) {
				text.append(c);
			}
		}
		return text.toString();
	}

	/** Each token as term@start-end, through the archive's tokenizer. */
	private static List<String> tokens(Reader filtered) {
		try (Tokenizer tokenizer = new StandardTokenizer()) {
			tokenizer.setReader(filtered);
			CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
			tokenizer.reset();
			List<String> out = new ArrayList<>();
			while (tokenizer.incrementToken()) {
				out.add(term + "@" + offset.startOffset() + "-" + offset.endOffset());
			}
			tokenizer.end();
			out.add("end@" + offset.endOffset());
			return out;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static NormalizeCharMap reference() {
		NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
		ArchiveAnalyzers.apostropheVariants().forEach(v -> map.add(v, "'"));
		return map.build();
	}

	/** A reader that hands out the text in random small pieces, as a stream would. */
	private static final class ChunkedReader extends Reader {

		private final String text;

		private final Random random;

		private int at;

		ChunkedReader(String text, Random random) {
			this.text = text;
			this.random = random;
		}

		@Override
		public int read(char[] buffer, int offset, int length) {
			if (at == text.length()) {
				return -1;
			}
			int n = Math.min(Math.min(length, 1 + random.nextInt(7)), text.length() - at);
			text.getChars(at, at + n, buffer, offset);
			at += n;
			return n;
		}

		@Override
		public void close() {
		}

	}

}
