package org.analecta.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The keys the application indexes for names, and which words of prose count as names.
 */
class NameKeysTests {

	@Test
	void aNameGivesTheKeyOfEachWordAsTheNameAnalyzerDoes() throws IOException {
		assertThat(NameKeys.ofName("Hassan Rowhani")).isEqualTo("hasan rohani");
		assertThat(NameKeys.ofName("Nouri al-Maliki")).isEqualTo(NameKeys.ofName("Nuri Maliki"));
		assertThat(NameKeys.ofName("Khamenei's")).isEqualTo(NameKeys.ofName("Khamenei"));
		assertThat(NameKeys.ofName("  ")).isNull();
		assertThat(NameKeys.ofName("al")).isNull();
		for (String name : List.of("Rohani", "Ruhollah Khomeini", "Qassem Soleimani", "Erdoğan")) {
			assertThat(NameKeys.ofName(name))
				.isEqualTo(String.join(" ", ArchiveAnalyzersTests.tokens(ArchiveAnalyzers.name(), name)));
		}
	}

	@Test
	void proseKeysOnlyItsNameLikeWords() {
		String text = "The president Rohani met Saeed Jalili at the palace. The talks said little; Iran's envoy left.";
		assertThat(NameKeys.ofProse(text).split(" ")).containsExactlyInAnyOrder("rohani", "said", "jalili", "iran");
		// "The" is written lower case elsewhere in the text: a common word, not a name.
		assertThat(NameKeys.ofProse(text)).doesNotContain("ta");
		assertThat(NameKeys.ofProse("The end.")).isEqualTo("ta");
		assertThat(NameKeys.ofProse("nothing named here")).isNull();
	}

	@Test
	void spellingsOfOneNameShareAKeyAndHassanIsNotHussein() {
		assertThat(NameKeys.ofProse("Rouhani spoke.")).isEqualTo(NameKeys.ofProse("Rowhani spoke."));
		assertThat(NameKeys.ofProse("Hassan spoke.")).isNotEqualTo(NameKeys.ofProse("Hussein spoke."));
	}

	@Test
	void eachPartGetsTheKeysOfItsNamesAsTheWholeTextDecidesThem() {
		List<String> keys = NameKeys.ofProseParts(List.of("Rohani met Jalili.", "The talks ended.", "",
				"Said the envoy: Rohani left.", "The envoy said nothing."));
		// "Said" is capitalised in part 3 but written in lower case in part 4: no name.
		assertThat(keys).containsExactly("rohani jalili", "", "", "rohani", "");
		assertThat(NameKeys.ofProse("Rohani met Jalili.\n\nSaid the envoy.\n\nThe envoy said no."))
			.isEqualTo("rohani jalili");
	}

	/**
	 * Seeded, randomized: texts of a few words, each written with a capital or not, cut
	 * into parts. A part's keys are those of the words it writes with a capital that no
	 * part writes in lower case, and together they are the keys of the whole text.
	 */
	@Test
	void partKeysAgreeWithTheRuleAndWithTheWholeText() {
		long seed = System.nanoTime();
		System.out.println("NameKeysTests seed: " + seed);
		SplittableRandom random = new SplittableRandom(seed);
		List<String> vocabulary = List.of("rohani", "jalili", "tehran", "said", "saeed", "iran", "talks", "envoy",
				"palace", "khamenei", "nasrallah", "beirut");
		for (int round = 0; round < 300; round++) {
			int partCount = 1 + random.nextInt(6);
			List<String> parts = new ArrayList<>();
			List<Set<String>> capitalised = new ArrayList<>();
			Set<String> lowercase = new HashSet<>();
			for (int p = 0; p < partCount; p++) {
				StringBuilder text = new StringBuilder();
				Set<String> upper = new HashSet<>();
				int words = random.nextInt(8);
				for (int w = 0; w < words; w++) {
					String word = vocabulary.get(random.nextInt(vocabulary.size()));
					boolean capital = random.nextBoolean();
					(capital ? upper : lowercase).add(word);
					text.append(capital ? word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1) : word)
						.append(random.nextInt(4) == 0 ? ". " : " ");
				}
				parts.add(text.toString());
				capitalised.add(upper);
			}
			List<String> keys = NameKeys.ofProseParts(parts);
			assertThat(keys).as("seed %d, round %d", seed, round).hasSize(partCount);
			Set<String> all = new TreeSet<>();
			for (int p = 0; p < partCount; p++) {
				Set<String> expected = new TreeSet<>();
				for (String word : capitalised.get(p)) {
					if (!lowercase.contains(word)) {
						expected.add(NameKeys.ofName(word));
					}
				}
				assertThat(words(keys.get(p))).as("seed %d, round %d, part %d of %s", seed, round, p, parts)
					.isEqualTo(expected);
				all.addAll(expected);
			}
			String whole = NameKeys.ofProse(String.join("\n\n", parts));
			assertThat(whole == null ? Set.of() : words(whole)).as("seed %d, round %d", seed, round).isEqualTo(all);
		}
	}

	private static Set<String> words(String keys) {
		Set<String> out = new TreeSet<>(Arrays.asList(keys.split(" ")));
		out.remove("");
		return out;
	}

}
