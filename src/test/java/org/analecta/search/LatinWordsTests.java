package org.analecta.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.analecta.report.IndexFields.Reports;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The scan finds the words the tokenizer finds, wherever it says it can tell: every char
 * it accepts, in every context the word-boundary rules tell apart; random strings of
 * those chars and of others; and the real texts of the shared corpora.
 */
class LatinWordsTests {

	private static final Analyzer TOKENIZER = ArchiveAnalyzers.words();

	/** Contexts that tell the rules apart: letters, digits and the joining chars. */
	private static final List<String> TEMPLATES = List.of("%s", "a%s", "%sa", "a%sb", "1%s2", "a%s1", "1%sa", "ab%s",
			"12%s", "%s%s", "a%s%sb", "1%s%s2", "a.%sb", "a%s.b", "1,%s2", "x %s y", "%s'", "'%s", "U.S%s", "3.5%s",
			"a:%s", "%s:a", "%s.", ".%s");

	@Test
	void everyAcceptedCharInEveryContextAsTheTokenizer() {
		int accepted = 0;
		for (char c = 0; c < 0x3000; c++) {
			if (Character.isSurrogate(c)) {
				continue;
			}
			boolean told = false;
			for (String template : TEMPLATES) {
				String text = template.replace("%s", String.valueOf(c));
				told |= checkAgainstTokenizer(text, "char U+" + Integer.toHexString(c) + " in \"" + template + "\"");
			}
			accepted += told ? 1 : 0;
		}
		// Latin-1, Latin Extended-A and -B, and the listed punctuation.
		assertThat(accepted).isGreaterThan(550);
	}

	@Test
	void randomStringsAsTheTokenizer() {
		long seed = System.nanoTime();
		System.out.println("LatinWordsTests seed " + seed);
		Random random = new Random(seed);
		int told = 0;
		for (int round = 0; round < 20_000; round++) {
			String text = randomText(random, 40, 3, "ab1.'");
			told += checkAgainstTokenizer(text, "seed " + seed + " round " + round) ? 1 : 0;
		}
		assertThat(told).as("strings the scan could tell").isGreaterThan(2_000);
	}

	@Test
	void aWordOfMoreThanTheTokenizersLengthIsLeftToIt() {
		String longWord = "a".repeat(300);
		assertThat(count("one " + longWord + " two")).isEqualTo(LatinWords.CANNOT_TELL);
		assertThat(count("one " + "a".repeat(200) + " two")).isEqualTo(3);
	}

	@Test
	void stopsAtTheFirstCharItCannotPlaceAndNotBefore() {
		LatinWords words = new LatinWords("Iran said ωmega");
		assertThat(words.next()).isEqualTo(LatinWords.FOUND);
		assertThat(words.next()).isEqualTo(LatinWords.FOUND);
		assertThat(words.end()).isEqualTo(9);
		assertThat(words.next()).isEqualTo(LatinWords.CANNOT_TELL);
		assertThat(count("")).isZero();
	}

	@Test
	void theCorporasTextsAsTheTokenizer() throws IOException {
		Path shared = Path.of("../shared");
		List<Path> files = new ArrayList<>();
		for (String dir : List.of("corpus/polnear", "corpus/reports", "corpus/web-pages", "seed")) {
			Path root = shared.resolve(dir);
			if (Files.isDirectory(root)) {
				try (Stream<Path> walk = Files.walk(root)) {
					walk.filter(Files::isRegularFile).forEach(files::add);
				}
			}
		}
		assertThat(files).as("the shared corpora").hasSizeGreaterThan(100);
		int told = 0;
		int paragraphs = 0;
		for (Path file : files) {
			String content = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
			String text = file.toString().endsWith(".html") || file.toString().endsWith(".htm")
					? Jsoup.parse(content).text() : content;
			for (String paragraph : text.split("\n\\s*\n")) {
				paragraphs++;
				told += checkAgainstTokenizer(paragraph, file.toString()) ? 1 : 0;
			}
		}
		System.out.println("LatinWordsTests: the scan told " + told + " of " + paragraphs + " paragraphs");
		assertThat(told).as("paragraphs the scan could tell").isGreaterThan(paragraphs / 2);
	}

	/**
	 * Whether the scan could tell the text's words; if it could, they must be the
	 * tokenizer's; if it could not partway, the words before must be.
	 */
	private static boolean checkAgainstTokenizer(String text, String what) {
		List<int[]> expected = tokenizer(text);
		LatinWords words = new LatinWords(text);
		List<int[]> found = new ArrayList<>();
		int state;
		while ((state = words.next()) == LatinWords.FOUND) {
			found.add(new int[] { words.start(), words.end() });
		}
		if (state == LatinWords.CANNOT_TELL) {
			assertThat(found.size()).as(what).isLessThanOrEqualTo(expected.size());
			for (int i = 0; i < found.size(); i++) {
				assertThat(found.get(i)).as(what + ": word " + i + " of \"" + text + "\"")
					.containsExactly(expected.get(i));
			}
			return false;
		}
		assertThat(render(found, text)).as(what + ": \"" + text + "\"").isEqualTo(render(expected, text));
		assertThat(count(text)).isEqualTo(expected.size());
		return true;
	}

	@Test
	void textWordsAreTheTokenizersWordsOnAnyTextTheScanOrTheTokenizerTellingThem() {
		long seed = System.nanoTime();
		System.out.println("LatinWordsTests TextWords seed " + seed);
		Random random = new Random(seed);
		int handedOver = 0;
		for (int round = 0; round < 5_000; round++) {
			String text = randomText(random, 60, 8, "ab1. ");
			String what = "seed " + seed + " round " + round + ": \"" + text + "\"";
			List<int[]> expected = tokenizer(text);
			List<int[]> found = new ArrayList<>();
			try (TextWords words = new TextWords(text)) {
				while (words.next()) {
					assertThat(words.increment()).as(what).isEqualTo(1);
					found.add(new int[] { words.start(), words.end() });
				}
			}
			assertThat(render(found, text)).as(what).isEqualTo(render(expected, text));
			assertThat(TextWords.positions(text)).as(what).isEqualTo(expected.size());
			handedOver += count(text) == LatinWords.CANNOT_TELL && !expected.isEmpty() ? 1 : 0;
		}
		assertThat(handedOver).as("texts the tokenizer took over").isGreaterThan(500);
	}

	@Test
	void aWordLongerThanTheTokenizerTakesIsCountedAsTheTokenizerCountsIt() {
		String text = "one " + "a".repeat(300) + " two";
		try (TextWords words = new TextWords(text)) {
			List<Integer> starts = new ArrayList<>();
			while (words.next()) {
				starts.add(words.start());
			}
			assertThat(starts).first().isEqualTo(0);
			assertThat(starts).last().isEqualTo(text.indexOf("two"));
		}
		assertThat(TextWords.positions(text)).isEqualTo(tokenizerPositions(text));
	}

	/**
	 * Up to {@code maxLength} chars: one in {@code oneIn} from a mix of the chars the
	 * rules tell apart and chars the scan cannot place, the others from {@code common}.
	 */
	private static String randomText(Random random, int maxLength, int oneIn, String common) {
		String mixed = "aZé9 .,;:'’`·-_\"“—…\u00A0\n#©Ωا\u0301\u00ADx1";
		StringBuilder text = new StringBuilder();
		int length = random.nextInt(maxLength);
		for (int i = 0; i < length; i++) {
			text.append(random.nextInt(oneIn) == 0 ? mixed.charAt(random.nextInt(mixed.length()))
					: common.charAt(random.nextInt(common.length())));
		}
		return text.toString();
	}

	/** The scan's count of words, or CANNOT_TELL. */
	private static int count(String text) {
		LatinWords words = new LatinWords(text);
		int count = 0;
		int state;
		while ((state = words.next()) == LatinWords.FOUND) {
			count++;
		}
		return state == LatinWords.END ? count : LatinWords.CANNOT_TELL;
	}

	private static int tokenizerPositions(String text) {
		try (TokenStream tokens = TOKENIZER.tokenStream(Reports.TEXT, text)) {
			PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
			tokens.reset();
			int positions = 0;
			while (tokens.incrementToken()) {
				positions += increment.getPositionIncrement();
			}
			tokens.end();
			return positions + increment.getPositionIncrement();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> render(List<int[]> words, String text) {
		return words.stream().map(w -> w[0] + "-" + w[1] + ":" + text.substring(w[0], w[1])).toList();
	}

	/**
	 * The tokenizer's words; a word skipped (longer than it takes) is not expected here.
	 */
	private static List<int[]> tokenizer(String text) {
		List<int[]> out = new ArrayList<>();
		try (TokenStream tokens = TOKENIZER.tokenStream(Reports.TEXT, text)) {
			OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
			PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				assertThat(increment.getPositionIncrement()).isEqualTo(1);
				out.add(new int[] { offset.startOffset(), offset.endOffset() });
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out;
	}

}
