package org.analecta.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;

import org.analecta.search.ReportResults.Facets;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * Counts kept for a known state of the index serve every search on that state however
 * long it lasts; only counts of an unknown state (OpenSearch) expire.
 */
class FacetCountsExpiryTests {

	private static final Duration TTL = Duration.ofMillis(5);

	private final FacetCounts counts = new FacetCounts(new SearchSettings(Path.of("none"), true, 1000, 500, TTL,
			DataSize.ofMegabytes(32), DataSize.ofMegabytes(16), DataSize.ofMegabytes(32), DataSize.ofMegabytes(8),
			SearchSettings.Backend.LUCENE, null));

	private final AtomicInteger counted = new AtomicInteger();

	@Test
	void countsOfAKnownStateOfTheIndexOutliveTheTimeBound() throws InterruptedException {
		ReportQuery query = ReportQuery.of("sanctions");
		counts.of(query, null, 12, OptionalLong.of(42), this::count);
		Thread.sleep(TTL.toMillis() * 10);
		counts.of(query, null, 12, OptionalLong.of(42), this::count);
		assertThat(counted).hasValue(1);
		// Another state of the index is counted anew.
		counts.of(query, null, 12, OptionalLong.of(43), this::count);
		assertThat(counted).hasValue(2);
	}

	@Test
	void countsOfAnUnknownStateExpire() throws InterruptedException {
		ReportQuery query = ReportQuery.of("sanctions");
		counts.of(query, null, 12, OptionalLong.empty(), this::count);
		counts.of(query, null, 12, OptionalLong.empty(), this::count);
		assertThat(counted).hasValue(1);
		Thread.sleep(TTL.toMillis() * 10);
		counts.of(query, null, 12, OptionalLong.empty(), this::count);
		assertThat(counted).hasValue(2);
	}

	private Facets count() {
		counted.incrementAndGet();
		return Facets.NONE;
	}

}
