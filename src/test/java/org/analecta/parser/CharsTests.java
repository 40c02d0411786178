package org.analecta.parser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharsTests {

	@Test
	void whitespaceAgreesWithTheJdkOnEveryChar() {
		for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
			assertThat(Chars.isWhitespace((char) c)).as("U+%04X", c).isEqualTo(Character.isWhitespace((char) c));
		}
	}

}
