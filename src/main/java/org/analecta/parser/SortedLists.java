package org.analecta.parser;

import java.util.List;
import java.util.function.ToLongFunction;

/** Lookups in lists kept sorted by a key (positions, offsets). */
final class SortedLists {

	private SortedLists() {
	}

	/**
	 * The index of the first element at or after {@code from} whose key is at least
	 * {@code target}, or {@code list.size()} when none is; the list must be sorted by the
	 * key.
	 */
	static <T> int firstAtLeast(List<T> list, int from, ToLongFunction<T> key, long target) {
		int low = from;
		int high = list.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (key.applyAsLong(list.get(middle)) < target) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

}
