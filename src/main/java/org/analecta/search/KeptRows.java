package org.analecta.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.springframework.util.unit.DataSize;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Rows of hits as the index holds them, kept decoded per state of the index: the part of
 * a database's buffer cache that the index lacks.
 * <p>
 * Lucene keeps a hit's stored values compressed in blocks of many documents, and reading
 * one row decompresses its block. A row shown again (a popular speaker or report, the
 * next visitor of the same page) comes from here; only the ids come from the search then,
 * from doc values.
 * <p>
 * Invariant: a row is kept under the {@link IndexReading.View#generation generation} read
 * before the search that found it, and is read from the index after that search, so a
 * kept row is never older than the state it is kept for, and a search on a newer state
 * (any upload, edit or deletion) reads its rows again. Where the backend cannot tell its
 * state (OpenSearch), nothing is kept and the search reads its rows with the hits.
 *
 * @param <K> what names a row (an id)
 * @param <R> the row
 */
final class KeptRows<K, R> {

	private final Cache<Key<K>, R> cache;

	private final boolean enabled;

	/**
	 * @param budget the most the kept rows may take on the heap; none or 0 keeps nothing
	 * @param bytes about what a row takes on the heap
	 */
	KeptRows(DataSize budget, ToIntFunction<R> bytes) {
		long most = budget == null ? 0 : Math.max(0, budget.toBytes());
		this.enabled = most > 0;
		// Bounded by size, not count: rows differ tenfold (a block quotation, a report
		// of fifty sections).
		this.cache = Caffeine.newBuilder()
			.maximumWeight(most)
			.weigher((Key<K> key, R row) -> bytes.applyAsInt(row))
			.build();
	}

	/** Whether a search on this state of the index needs only its hits' ids. */
	boolean keepFor(OptionalLong generation) {
		return enabled && generation.isPresent();
	}

	/**
	 * The rows of these hits in their order, the kept ones from here and the others
	 * through {@code read} (ids to rows by id, in one query), then kept. A hit whose row
	 * {@code read} does not return (deleted since the search) is left out.
	 */
	List<R> of(List<K> ids, OptionalLong generation, Function<List<K>, Map<K, R>> read) {
		Map<K, R> rows = byId(ids, generation, read);
		List<R> inOrder = new ArrayList<>(ids.size());
		for (K id : ids) {
			R row = rows.get(id);
			if (row != null) {
				inOrder.add(row);
			}
		}
		return inOrder;
	}

	/** As {@link #of}, by id: the rows found, the others left out. */
	Map<K, R> byId(List<K> ids, OptionalLong generation, Function<List<K>, Map<K, R>> read) {
		long state = generation.orElseThrow(() -> new IllegalStateException("Rows are kept only for a known state"));
		List<Key<K>> keys = ids.stream().map(id -> new Key<>(state, id)).toList();
		Map<Key<K>, R> rows = cache.getAll(keys, missing -> readMissing(missing, state, read));
		Map<K, R> out = new HashMap<>();
		rows.forEach((key, row) -> out.put(key.id(), row));
		return out;
	}

	private Map<Key<K>, R> readMissing(Set<? extends Key<K>> missing, long state, Function<List<K>, Map<K, R>> read) {
		Map<Key<K>, R> out = new HashMap<>();
		read.apply(missing.stream().map(Key::id).toList()).forEach((id, row) -> out.put(new Key<>(state, id), row));
		return out;
	}

	private record Key<K>(long generation, K id) {
	}

}
