package org.analecta;

import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.junit.jupiter.api.DynamicContainer;

/**
 * Seeded randomized cases for property tests in plain JUnit 5: one run seed per property,
 * shown in the container's display name; each case draws its input from a {@link Random}
 * seeded from the run seed and its number, so {@code -Danalecta.seed=N} replays every
 * case of a run exactly. A failing case reports the run seed, the case number and the
 * input.
 */
public final class RandomCases {

	/**
	 * The system property that replays a run:
	 * {@code ./mvnw test -Dtest=... -Danalecta.seed=N}.
	 */
	public static final String SEED_PROPERTY = "analecta.seed";

	private RandomCases() {
	}

	/**
	 * {@code count} cases of one property: {@code generate} draws an input from the
	 * case's random, {@code check} asserts the property on it.
	 */
	public static <T> DynamicContainer property(String name, int count, Function<Random, T> generate,
			Consumer<T> check) {
		long runSeed = runSeed();
		return dynamicContainer(name + " [seed " + runSeed + "]", IntStream.range(0, count).mapToObj(number -> {
			long caseSeed = caseSeed(runSeed, number);
			return dynamicTest("case " + number, () -> {
				T input = generate.apply(new Random(caseSeed));
				try {
					check.accept(input);
				}
				catch (AssertionError | RuntimeException e) {
					throw new AssertionError("Property " + name + " failed for case " + number + " of run seed "
							+ runSeed + " (replay with -D" + SEED_PROPERTY + "=" + runSeed + ")\ninput: "
							+ describe(input), e);
				}
			});
		}));
	}

	static long runSeed() {
		String given = System.getProperty(SEED_PROPERTY);
		return (given == null || given.isBlank()) ? ThreadLocalRandom.current().nextLong()
				: Long.parseLong(given.strip());
	}

	/**
	 * Case seeds are spread by a 64-bit mix, so neighbouring cases do not draw similar
	 * inputs.
	 */
	static long caseSeed(long runSeed, int number) {
		long z = runSeed + (number + 1) * 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	static String describe(Object input) {
		if (input instanceof byte[] bytes) {
			return bytes.length + " bytes: " + HexFormat.of().formatHex(bytes);
		}
		if (input instanceof String text) {
			return text.length() + " chars: \"" + text.replace("\\", "\\\\").replace("\n", "\\n").replace("\"", "\\\"")
					+ "\"";
		}
		return String.valueOf(input);
	}

	// Generators shared by the properties.

	/**
	 * Up to {@code maxLength} random bytes, short arrays (the edge cases) one time in
	 * ten.
	 */
	public static byte[] bytes(Random random, int maxLength) {
		int length = random.nextInt(10) == 0 ? random.nextInt(Math.min(maxLength, 8) + 1)
				: random.nextInt(maxLength + 1);
		byte[] bytes = new byte[length];
		random.nextBytes(bytes);
		return bytes;
	}

	/**
	 * Up to {@code maxLength} random characters from ASCII, white space, Latin-1, Arabic
	 * and the whole Basic Multilingual Plane (no lone surrogates, which no decoder
	 * produces).
	 */
	public static String text(Random random, int maxLength) {
		int length = random.nextInt(maxLength + 1);
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append(switch (random.nextInt(5)) {
				case 0 -> (char) (0x20 + random.nextInt(0x5f));
				case 1 -> " \n\t\r\u00a0\u2028".charAt(random.nextInt(6));
				case 2 -> (char) (0xa0 + random.nextInt(0x60));
				case 3 -> (char) (0x600 + random.nextInt(0x100));
				default -> {
					char c;
					do {
						c = (char) random.nextInt(0x10000);
					}
					while (Character.isSurrogate(c));
					yield c;
				}
			});
		}
		return text.toString();
	}

	/**
	 * Up to {@code maxPieces} pieces joined, each either random text of up to
	 * {@code maxPieceLength} characters or one of {@code fixed}, half and half.
	 */
	public static String soup(Random random, int maxPieces, int maxPieceLength, List<String> fixed) {
		int pieces = random.nextInt(maxPieces + 1);
		StringBuilder soup = new StringBuilder();
		for (int i = 0; i < pieces; i++) {
			soup.append(random.nextBoolean() ? text(random, maxPieceLength) : fixed.get(random.nextInt(fixed.size())));
		}
		return soup.toString();
	}

}
