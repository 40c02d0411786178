package org.analecta.search;

import java.io.IOException;
import java.util.List;

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

}
