package org.analecta.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text that was UTF-8 and was read as Windows-1252 before it reached us is decoded back;
 * text that is what it says is left alone.
 */
class MojibakeTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Enrique PeÃ±a Nieto said|Enrique Peña Nieto said",
			"itâ€™s a deal|it’s a deal", "â€œWe will winâ€\u009D he said|“We will win” he said",
			"Ambassador Arturo SarukhÃƒÂ¡n|Ambassador Arturo Sarukhán", "35Â°C in GuantÃ¡namo|35°C in Guantánamo",
			"FranÃ§ois SÃ©golÃ¨ne|François Ségolène", "emoji ðŸ˜€ here|emoji 😀 here" })
	void garbledTextIsDecodedBack(String garbled, String meant) {
		assertThat(Mojibake.repair(garbled)).isEqualTo(meant);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Peña Nieto, São Paulo, Ærø, Ålesund, Ñandú", "ÂGE, ÉTÉ, ÀÉÎÕÜ in capitals",
			"It’s “quoted” – and — dashed…", "القدس 北京 Москва",
			"A price: 35 € or £30, ©2024, Ã alone, Ã then a letter: ÃO" })
	void textThatIsWhatItSaysIsLeftAsItIs(String text) {
		assertThat(Mojibake.repair(text)).isSameAs(text);
	}

	/**
	 * Seeded: random text of many scripts, garbled once or twice the way a Windows-1252
	 * reading garbles it, is repaired to the text; the text itself is left as it is.
	 */
	@Test
	void randomTextGarbledOnceOrTwiceIsRepaired() {
		long seed = new Random().nextLong();
		System.out.println("MojibakeTests seed " + seed);
		Random random = new Random(seed);
		String[] words = { "Peña", "Sarukhán", "Guantánamo", "François", "Ségolène", "Jäger", "Łódź", "Øresund",
				"Ñandú", "naïve", "Zürich", "São", "Dvořák", "Erdoğan", "القدس", "طهران", "北京", "Москва", "Αθήνα", "😀",
				"it’s", "“quoted”", "—", "…", "€5", "£3", "°C", "©", "words", "plain", "text", "Iran", "said" };
		for (int round = 0; round < 500; round++) {
			StringBuilder text = new StringBuilder();
			for (int w = random.nextInt(12) + 1; w > 0; w--) {
				text.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : ", ");
			}
			String meant = text.toString();
			String once = garble(meant);
			assertThat(Mojibake.repair(meant)).as("seed %d", seed).isSameAs(meant);
			assertThat(Mojibake.repair(once)).as("seed %d: %s", seed, once).isEqualTo(meant);
			assertThat(Mojibake.repair(garble(once))).as("seed %d", seed).isEqualTo(meant);
		}
	}

	/**
	 * UTF-8 bytes read as Windows-1252 by the JDK's decoder, its five undefined bytes as
	 * Latin-1's controls (as browsers read them).
	 */
	private static String garble(String text) {
		StringBuilder out = new StringBuilder();
		for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
			String windows = new String(new byte[] { b }, Charset.forName("windows-1252"));
			out.append(windows.equals("\uFFFD") ? (char) (b & 0xFF) : windows.charAt(0));
		}
		return out.toString();
	}

}
