package org.analecta.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.analecta.RandomCases;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link SortedLists#firstAtLeast} against a plain scan, on seeded random sorted lists.
 */
class SortedListsTests {

	private record Case(List<Long> keys, int from, long target) {
	}

	@TestFactory
	DynamicContainer firstAtLeastIsTheFirstIndexAFromScanFinds() {
		return RandomCases.property("firstAtLeast", 300, SortedListsTests::randomCase, c -> {
			int expected = c.from();
			while (expected < c.keys().size() && c.keys().get(expected) < c.target()) {
				expected++;
			}
			assertThat(SortedLists.firstAtLeast(c.keys(), c.from(), Long::longValue, c.target())).isEqualTo(expected);
		});
	}

	private static Case randomCase(Random random) {
		List<Long> keys = new ArrayList<>();
		long key = random.nextInt(5);
		for (int i = random.nextInt(20); i > 0; i--) {
			key += random.nextInt(3); // repeated keys too
			keys.add(key);
		}
		return new Case(keys, random.nextInt(keys.size() + 1), random.nextInt((int) key + 4) - 1);
	}

}
