package org.analecta.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Whatever the input, the parser answers with a report or a ParseException that is not an
 * internal error: random bytes, random text, and the seed cut, corrupted and reshuffled.
 */
class ReportParserProperties {

	private static final byte[] SEED = readSeed();

	private final ReportParser parser = new ReportParser();

	private static byte[] readSeed() {
		try {
			return Files.readAllBytes(SeedReportTests.SEED);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Parses and checks the outcome is a well-formed report or a typed, non-internal failure. */
	private void parsesOrFailsCleanly(byte[] content) {
		try {
			ParsedReport report = parser.parse(content, "generated");
			assertThat(report.sections()).isNotEmpty();
			for (int i = 0; i < report.sections().size(); i++) {
				var section = report.sections().get(i);
				assertThat(section.index()).isEqualTo(i);
				for (var paragraph : section.paragraphs()) {
					for (var ref : paragraph.footnoteRefs()) {
						assertThat(ref.offset()).isBetween(0, paragraph.text().length());
					}
				}
			}
			assertThat(report.sections().get(0).heading()).isNull();
		}
		catch (ParseException e) {
			assertThat(e.reason()).isNotEqualTo(ParseException.Reason.INTERNAL);
			assertThat(e.getMessage()).isNotBlank();
		}
	}

	@Property(tries = 300)
	void randomBytes(@ForAll @Size(max = 3000) byte[] content) {
		parsesOrFailsCleanly(content);
	}

	@Property(tries = 300)
	void randomText(@ForAll("reportishText") String text) {
		parsesOrFailsCleanly(text.getBytes(StandardCharsets.UTF_8));
	}

	@Provide
	Arbitrary<String> reportishText() {
		Arbitrary<String> pieces = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40),
				Arbitraries.of("[1]", "[3]", "(2)", "[in Iraq]", "\n\n", "\n", " | ", "By ", "June 20, 2014",
						"Inquiry & Analysis Series No. 1099", "*A. Savyon is ", "\"", "“", "”", "(Source:", "Share this Report:",
						"<p>", "</p>", "<sup>3</sup>", "Notes\n", "1. ", "Iran Recruits Volunteers For Operations In Iraq",
						ReportParserTests.PROSE));
		return pieces.list().ofMaxSize(60).map(list -> String.join("", list));
	}

	@Property(tries = 100)
	void truncatedSeed(@ForAll @IntRange(min = 0, max = 20999) int length) {
		parsesOrFailsCleanly(Arrays.copyOf(SEED, Math.min(length, SEED.length)));
	}

	@Property(tries = 150)
	void seedWithFlippedBytes(@ForAll @Size(min = 1, max = 20) List<@IntRange(min = 0, max = 20998) Integer> positions,
			@ForAll byte value) {
		byte[] content = SEED.clone();
		for (int position : positions) {
			content[position % content.length] = value;
		}
		parsesOrFailsCleanly(content);
	}

	@Property(tries = 100)
	void seedWithDuplicatedAndShuffledBlocks(@ForAll long seed) {
		Random random = new Random(seed);
		List<String> blocks = new ArrayList<>(List.of(new String(SEED, StandardCharsets.UTF_8).split("\n\n")));
		int duplicates = random.nextInt(5);
		for (int i = 0; i < duplicates; i++) {
			blocks.add(random.nextInt(blocks.size()), blocks.get(random.nextInt(blocks.size())));
		}
		if (random.nextBoolean()) {
			Collections.shuffle(blocks, random);
		}
		else {
			int from = random.nextInt(blocks.size());
			int to = Math.min(blocks.size(), from + random.nextInt(10));
			Collections.shuffle(blocks.subList(from, to), random);
		}
		parsesOrFailsCleanly(String.join("\n\n", blocks).getBytes(StandardCharsets.UTF_8));
	}

}
