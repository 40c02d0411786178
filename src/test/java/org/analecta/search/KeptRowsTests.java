package org.analecta.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rows kept per state of the index ({@link KeptRows}): a row is read once for a state,
 * again for any other, in the order of the hits, and a hit whose row is gone is left out.
 */
class KeptRowsTests {

	private final List<List<Long>> reads = new ArrayList<>();

	/** The index as a map of rows by id, counting what is read from it. */
	private Function<List<Long>, Map<Long, String>> index(Map<Long, String> rows) {
		return ids -> {
			reads.add(List.copyOf(ids));
			Map<Long, String> found = new HashMap<>();
			ids.stream().filter(rows::containsKey).forEach(id -> found.put(id, rows.get(id)));
			return found;
		};
	}

	@Test
	void aRowIsReadOnceForAStateOfTheIndexAndAgainForTheNext() {
		KeptRows<Long, String> kept = new KeptRows<>(DataSize.ofMegabytes(1), String::length);
		Map<Long, String> index = Map.of(1L, "one", 2L, "two", 3L, "three");

		assertThat(kept.of(List.of(3L, 1L), OptionalLong.of(7), index(index))).containsExactly("three", "one");
		assertThat(kept.of(List.of(1L, 2L, 3L), OptionalLong.of(7), index(index))).containsExactly("one", "two",
				"three");
		assertThat(reads).as("the second page read only the row the first had not").hasSize(2);
		assertThat(reads.get(1)).containsExactly(2L);

		// A new state of the index (an edit of report 1): every row read again.
		Map<Long, String> edited = Map.of(1L, "one, edited", 2L, "two", 3L, "three");
		assertThat(kept.of(List.of(1L, 2L), OptionalLong.of(8), index(edited))).containsExactly("one, edited", "two");
		assertThat(reads.get(2)).containsExactlyInAnyOrder(1L, 2L);
	}

	@Test
	void aHitWhoseRowIsGoneIsLeftOut() {
		KeptRows<Long, String> kept = new KeptRows<>(DataSize.ofMegabytes(1), String::length);
		assertThat(kept.of(List.of(1L, 2L, 3L), OptionalLong.of(1), index(Map.of(1L, "one", 3L, "three"))))
			.containsExactly("one", "three");
	}

	@Test
	void noBudgetOrNoKnownStateKeepsNothing() {
		assertThat(new KeptRows<Long, String>(DataSize.ofBytes(0), String::length).keepFor(OptionalLong.of(1)))
			.isFalse();
		assertThat(new KeptRows<Long, String>(null, String::length).keepFor(OptionalLong.of(1))).isFalse();
		KeptRows<Long, String> kept = new KeptRows<>(DataSize.ofMegabytes(1), String::length);
		assertThat(kept.keepFor(OptionalLong.of(1))).isTrue();
		assertThat(kept.keepFor(OptionalLong.empty())).as("OpenSearch: no state to key rows by").isFalse();
		assertThatThrownBy(() -> kept.of(List.of(1L), OptionalLong.empty(), index(Map.of(1L, "one"))))
			.isInstanceOf(IllegalStateException.class);
	}

}
