package org.analecta.parser;

import static org.analecta.RandomCases.property;
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

import org.analecta.RandomCases;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;

/**
 * Whatever the input, the parser answers with a report or a ParseException that is not an
 * internal error: random bytes, random text, and the seed cut, corrupted and reshuffled.
 * Seeded randomized cases: see {@link RandomCases} for the seed and its replay.
 */
class ReportParserPropertyTests {

	private static final byte[] SEED = readSeed();

	private static final List<String> REPORTISH = List.of("[1]", "[3]", "(2)", "[in Iraq]", "\n\n", "\n", " | ", "By ",
			"June 20, 2014", "Inquiry & Analysis Series No. 1099", "*A. Savyon is ", "\"", "“", "”", "(Source:",
			"Share this Report:", "<p>", "</p>", "<sup>3</sup>", "Notes\n", "1. ",
			"Iran Recruits Volunteers For Operations In Iraq", ReportParserTests.PROSE);

	private final ReportParser parser = new ReportParser();

	private static byte[] readSeed() {
		try {
			return Files.readAllBytes(SeedReportTests.SEED);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Parses and checks the outcome is a well-formed report or a typed, non-internal
	 * failure.
	 */
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

	@TestFactory
	DynamicContainer randomBytes() {
		return property("randomBytes", 300, random -> RandomCases.bytes(random, 3000), this::parsesOrFailsCleanly);
	}

	@TestFactory
	DynamicContainer randomText() {
		return property("randomText", 300, random -> RandomCases.soup(random, 60, 40, REPORTISH),
				text -> parsesOrFailsCleanly(text.getBytes(StandardCharsets.UTF_8)));
	}

	@TestFactory
	DynamicContainer truncatedSeed() {
		return property("truncatedSeed", 100, random -> random.nextInt(21000),
				length -> parsesOrFailsCleanly(Arrays.copyOf(SEED, Math.min(length, SEED.length))));
	}

	/**
	 * Bytes of the seed overwritten with one value: the positions and the value are the
	 * input.
	 */
	record Flips(List<Integer> positions, byte value) {
	}

	@TestFactory
	DynamicContainer seedWithFlippedBytes() {
		return property("seedWithFlippedBytes", 150,
				random -> new Flips(random.ints(1 + random.nextInt(20), 0, 20999).boxed().toList(),
						(byte) random.nextInt(256)),
				flips -> {
					byte[] content = SEED.clone();
					for (int position : flips.positions()) {
						content[position % content.length] = flips.value();
					}
					parsesOrFailsCleanly(content);
				});
	}

	@TestFactory
	DynamicContainer seedWithDuplicatedAndShuffledBlocks() {
		return property("seedWithDuplicatedAndShuffledBlocks", 100, Random::nextLong, seed -> {
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
		});
	}

}
