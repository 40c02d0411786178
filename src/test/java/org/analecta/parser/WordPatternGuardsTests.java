package org.analecta.parser;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cheap checks made before the per-word patterns (initials, party and state) must
 * never turn away a word the pattern matches: the parse is the same with them, only
 * faster. Seeded random words from the letters and marks the patterns care about.
 */
class WordPatternGuardsTests {

	private static final String ALPHABET = "RDIJEabz.-.-ÉQ ";

	private final long seed = System.nanoTime();

	private final Random random = new Random(seed);

	@Test
	void theChecksBeforeThePatternsKeepEveryWordThePatternsMatch() {
		System.out.println("WordPatternGuardsTests seed " + seed);
		int initials = 0;
		int partyStates = 0;
		for (int n = 0; n < 200_000; n++) {
			String word = word();
			boolean isInitials = MentionFinder.INITIALS.matcher(word).matches();
			assertThat(!isInitials || MentionFinder.maybeInitials(word)).as("seed %d, word \"%s\"", seed, word)
				.isTrue();
			boolean partyState = NameVocabulary.PARTY_STATE.matcher(word).matches();
			assertThat(NameVocabulary.isPartyState(word)).as("seed %d, word \"%s\"", seed, word).isEqualTo(partyState);
			initials += isInitials ? 1 : 0;
			partyStates += partyState ? 1 : 0;
		}
		// The random words reach both patterns, or the test would show nothing.
		assertThat(initials).isPositive();
		assertThat(partyStates).isPositive();
	}

	@Test
	void knownWords() {
		assertThat(MentionFinder.maybeInitials("J.J.")).isTrue();
		assertThat(MentionFinder.maybeInitials("E.J")).isTrue();
		assertThat(MentionFinder.maybeInitials("Jr.")).isFalse();
		assertThat(NameVocabulary.isPartyState("R-S.C.")).isTrue();
		assertThat(NameVocabulary.isPartyState("D-Calif.")).isTrue();
		assertThat(NameVocabulary.isPartyState("Al-Qaeda")).isFalse();
		assertThat(NameVocabulary.isPartyState("R-")).isFalse();
	}

	private String word() {
		int length = 1 + random.nextInt(7);
		StringBuilder word = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			word.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return word.toString();
	}

}
