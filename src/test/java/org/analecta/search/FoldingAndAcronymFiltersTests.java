package org.analecta.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.junit.jupiter.api.Test;

/**
 * {@link AcronymFilter} and {@link FoldingFilter} are fast equivalents of a chain of ICU
 * folding and three regular-expression filters: they must turn every word into exactly
 * the same term as that chain, or an existing index would not match the queries. The
 * chain is kept here as the reference and both are run over every word of the fixture
 * reports, the sample reports and the saved web pages, and over words made to hit the
 * edge cases.
 */
class FoldingAndAcronymFiltersTests {

	private static final Pattern US_ACRONYM = Pattern.compile("^(?:U\\.S|U\\.S\\.A|US|USA)$");

	private static final Pattern DOT_INSIDE_WORD = Pattern.compile("(?<=\\p{L})\\.(?=\\p{L})");

	private static final Pattern APOSTROPHE = Pattern.compile("'");

	private static final List<String> EDGE_CASES = List.of("U.S", "U.S.", "U.S.A", "U.S.A.", "US", "USA", "us", "Us",
			"u.s", "U.N.", "I.R.G.C.", "a.b.c", "x.", ".x", "1.2", "3.a", "é.é", "Ğ.Ş", "Shi'ite", "Shi’ite", "Qur'an",
			"'quoted'", "ÉRDOĞAN", "Erdoğan", "ﬁne", "İstanbul", "Straße", "ǅemal", "Ａｌｉ", "vis-à-vis", "ʿAli", "Mosul",
			"MiXeD", "Ω.Ω", "𝐀.𝐁", "a.𝐁", "𝐀.b", "a'b'c", "naïve", "Æsir", "ŒUVRE", "ﬀ", "Ⅻ", "ⓐ", "¼", "µ", "ſ");

	@Test
	void theFastFiltersGiveTheSameTermsAsTheRegularExpressionsAndIcuFolding() throws IOException {
		List<String> texts = new ArrayList<>(
				EDGE_CASES.stream().map(w -> w + " " + w.toLowerCase() + " " + w.toUpperCase()).toList());
		texts.addAll(texts(Path.of("src/test/resources/fixtures/reports")));
		texts.addAll(texts(Path.of("data/reports")));
		texts.addAll(texts(Path.of(System.getProperty("analecta.shared", "../shared"), "corpus", "web-pages")));
		assertThat(texts).hasSizeGreaterThan(EDGE_CASES.size() + 20);

		Analyzer reference = chain(true);
		Analyzer fast = chain(false);
		long words = 0;
		for (String text : texts) {
			List<String> expected = ArchiveAnalyzersTests.tokens(reference, text);
			assertThat(ArchiveAnalyzersTests.tokens(fast, text))
				.as("terms of a text starting %s", text.substring(0, Math.min(60, text.length())))
				.isEqualTo(expected);
			words += expected.size();
		}
		assertThat(words).as("words compared").isGreaterThan(100_000);
	}

	@Test
	void theNormalizerForSingleTermsFoldsLikeTheText() {
		Analyzer prose = ArchiveAnalyzers.english();
		assertThat(prose.normalize("text", "ERDOĞAN's").utf8ToString()).isEqualTo("erdogans");
		assertThat(ArchiveAnalyzers.folded().normalize("name", "Shi’ite Ğ").utf8ToString()).isEqualTo("shiite g");
	}

	/** The prose chain up to folding, with the old filters or the new ones. */
	private static Analyzer chain(boolean reference) {
		NormalizeCharMap.Builder apostrophes = new NormalizeCharMap.Builder();
		apostrophes.add("\u2019", "'");
		NormalizeCharMap map = apostrophes.build();
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				TokenStream stream = new EnglishPossessiveFilter(source);
				if (reference) {
					stream = new PatternReplaceFilter(stream, US_ACRONYM, "USA", false);
					stream = new PatternReplaceFilter(stream, DOT_INSIDE_WORD, "", true);
					stream = new ICUFoldingFilter(stream);
					stream = new PatternReplaceFilter(stream, APOSTROPHE, "", true);
				}
				else {
					stream = new FoldingFilter(new AcronymFilter(stream));
				}
				return new TokenStreamComponents(source, stream);
			}

			@Override
			protected Reader initReader(String fieldName, Reader reader) {
				return new MappingCharFilter(map, reader);
			}
		};
	}

	private static List<String> texts(Path dir) throws IOException {
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(txt|html?)$")).map(p -> {
				try {
					return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}).toList();
		}
	}

}
