package org.analecta.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.analecta.parser.ReportParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextFingerprintTests {

	private static final Path SEED_TEXT = Path.of("data", "reports", "000_4c35f079a3e03125.txt");

	private static final Path SEED_HTML = Path.of("data", "reports", "001_iran-dilemma-cooperate-with-us.html");

	@Test
	void theSameWordsAreTheSameTextWhateverTheCasePunctuationAndLineBreaks() {
		String text = words(400, 1);
		TextFingerprint a = TextFingerprint.of(text);
		TextFingerprint b = TextFingerprint.of(text.toUpperCase().replace(" ", ",\n "));
		assertThat(a.similarity(b)).isEqualTo(1.0);
	}

	@Test
	void aChangedFirstLineStillMatchesAnUnrelatedTextDoesNot() {
		String text = words(600, 2);
		String changed = "A completely different opening line here. " + text.substring(text.indexOf(' ', 60));
		assertThat(TextFingerprint.of(text).similarity(TextFingerprint.of(changed)))
			.isGreaterThanOrEqualTo(TextFingerprint.SAME_REPORT);
		assertThat(TextFingerprint.of(text).similarity(TextFingerprint.of(words(600, 3)))).isLessThan(0.2);
	}

	@Test
	void aTextHalfRewrittenIsAnotherReport() {
		List<String> words = List.of(words(600, 4).split(" "));
		List<String> other = List.of(words(300, 5).split(" "));
		String half = String.join(" ", words.subList(0, 300)) + " " + String.join(" ", other);
		assertThat(TextFingerprint.of(String.join(" ", words)).similarity(TextFingerprint.of(half))).isLessThan(0.6);
	}

	@Test
	void aTextWithoutWordsMatchesNothingNotEvenItself() {
		TextFingerprint empty = TextFingerprint.of(" … — ");
		assertThat(empty.isEmpty()).isTrue();
		assertThat(empty.similarity(empty)).isZero();
	}

	@Test
	void theStoredFormReadsBackToTheSameFingerprint() {
		TextFingerprint a = TextFingerprint.of(words(200, 6));
		TextFingerprint back = TextFingerprint.fromBytes(a.toBytes());
		assertThat(back.similarity(a)).isEqualTo(1.0);
		assertThat(back.bandKeys()).containsExactly(a.bandKeys());
	}

	@Test
	void theHtmlPageAndTheTextOfTheSameReportMatch() throws Exception {
		ReportParser parser = new ReportParser();
		var text = parser.parse(Files.readAllBytes(SEED_TEXT), SEED_TEXT.getFileName().toString());
		var html = parser.parse(Files.readAllBytes(SEED_HTML), SEED_HTML.getFileName().toString());
		double similarity = TextFingerprint.of(PreparedUpload.text(text))
			.similarity(TextFingerprint.of(PreparedUpload.text(html)));
		assertThat(similarity).isGreaterThanOrEqualTo(TextFingerprint.SAME_REPORT);
	}

	/**
	 * The words every stored band was made from: NFKD, marks dropped, lower case, split
	 * at everything but letters and numbers. words() must give exactly these.
	 */
	private static List<String> wordsByRegex(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT);
		return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
	}

	@Test
	void wordsAreTheRegexDefinitionsWordsOnRandomText() {
		long seed = System.nanoTime();
		System.out.println("TextFingerprintTests.wordsAreTheRegexDefinitionsWordsOnRandomText seed " + seed);
		Random random = new Random(seed);
		// ASCII, accented and decomposed letters, ligatures, full-width and superscript
		// digits, Roman numerals, fractions, Greek sigmas, the Turkish dotted I, Arabic
		// letters and digits, Hebrew, CJK, Hangul, curly quotes, dashes, no-break spaces,
		// mathematical letters and emoji beyond the BMP, a lone surrogate, numbers that
		// decompose to no digit (Bengali, Coptic, runic).
		String[] pool = { "a", "Z", "q", "7", " ", " ", ".", ",", "-", "'", "\n", "é", "Ü", "ß", "e\u0301", "o\u0308",
				"\u0301", "\uFB01", "\uFF11", "\u00B2", "\u216B", "\u00BD", "\u03A3", "\u03C2", "\u0130",
				"\u0627\u0644", "\u0663", "\u05E9", "\u4E2D", "\uAC00", "\u2019", "\u201C", "\u2014", "\u00A0",
				"\uD835\uDC00", "\uD83D\uDE00", "\uD800", "\u0345", "\u20DD", "\u09F4", "\u2CFD", "\u16EE" };
		for (int i = 0; i < 3000; i++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(40);
			for (int c = 0; c < length; c++) {
				text.append(pool[random.nextInt(pool.length)]);
			}
			assertThat(TextFingerprint.words(text.toString())).as("seed %d, text %s", seed, text)
				.isEqualTo(wordsByRegex(text.toString()));
		}
	}

	/**
	 * of() hashes the words of a plain text (ASCII words, a few marks of punctuation) in
	 * place; its fingerprint must be the one of the words themselves, for a plain text or
	 * not.
	 */
	@Test
	void aFingerprintIsTheOneOfTheTextsWordsOnRandomText() {
		long seed = System.nanoTime();
		System.out.println("TextFingerprintTests.aFingerprintIsTheOneOfTheTextsWordsOnRandomText seed " + seed);
		Random random = new Random(seed);
		String[] plain = { "a", "Z", "q", "7", "Iran", "said", " ", " ", ".", ",", "-", "'", "\n", "\u2019", "\u201C",
				"\u201D", "\u2014", "\u2013", "\u00A0", "\u2026", "\u2011", "\u2017", "\u00AB", "\u00BB", "\u2022" };
		String[] other = { "é", "e\u0301", "\u00BD", "\uFB01", "\u0130", "\u0627", "\u2028", "\u00AD", "\u2070",
				"\u2116" };
		for (int i = 0; i < 3000; i++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(80);
			for (int c = 0; c < length; c++) {
				text.append(plain[random.nextInt(plain.length)]);
			}
			if (random.nextInt(4) == 0) {
				text.insert(random.nextInt(text.length() + 1), other[random.nextInt(other.length)]);
			}
			TextFingerprint fast = TextFingerprint.of(text.toString());
			TextFingerprint reference = TextFingerprint.ofFolded(text.toString());
			assertThat(fast.toBytes()).as("seed %d, text %s", seed, text).isEqualTo(reference.toBytes());
			assertThat(fast.isEmpty()).as("seed %d, text %s", seed, text).isEqualTo(reference.isEmpty());
		}
	}

	@Test
	void theSeedReportHasTheSameWordsAsByTheRegexDefinition() throws Exception {
		var parsed = new ReportParser().parse(Files.readAllBytes(SEED_HTML), SEED_HTML.getFileName().toString());
		String text = PreparedUpload.text(parsed);
		assertThat(TextFingerprint.words(text)).hasSizeGreaterThan(1000).isEqualTo(wordsByRegex(text));
	}

	/**
	 * Stored reports are found again by the band keys they were stored with: a faster
	 * fingerprint must give the same keys. These are the seed text's keys as computed by
	 * the first version (026708e and before).
	 */
	@Test
	void theBandKeysAreThoseTheStoredReportsWereKeyedBy() throws Exception {
		long[] keys = TextFingerprint.of(Files.readString(SEED_TEXT)).bandKeys();
		assertThat(Arrays.stream(keys).mapToObj(Long::toHexString).collect(Collectors.joining(" "))).isEqualTo(
				"9f727c1be4014036 894b0c9939c6f795 b5397ebe277ff01c 3022137592c2173e aaf7b7276741180 6d7b484541cb724b "
						+ "36244240aa6c8e69 3ca236376284634c 88da1d0a6b5e3598 5ea851124385c1d1 2f2776450bb1e4f "
						+ "ce5309429eda702b 79aa81c9384f45e5 2ceabcb279d4a12f 129147af57e3fbb8 67f4a9a9c1e4d787");
	}

	/** A text of random words from a small vocabulary, as reproducible as its seed. */
	private static String words(int count, long seed) {
		Random random = new Random(seed);
		return IntStream.range(0, count)
			.mapToObj(i -> "w" + Integer.toString(random.nextInt(5000), 36))
			.collect(Collectors.joining(" "));
	}

}
