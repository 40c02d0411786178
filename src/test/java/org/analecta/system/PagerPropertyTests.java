package org.analecta.system;

import java.util.List;

import org.analecta.RandomCases;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** The pager stays short and leads where a reader expects, for any page of any count. */
class PagerPropertyTests {

	/** Previous, first, gap, five around the current page, gap, last, next. */
	private static final int MOST_LINKS = 11;

	record Case(long requested, int pages) {
	}

	@TestFactory
	DynamicContainer anyPageOfAnyCountHasAShortPagerWithFirstAndLast() {
		return RandomCases.property("pager", 500, random -> {
			int pages = random.nextInt(4) == 0 ? random.nextInt(3) : random.nextInt(Pager.MAX_PAGE * 2);
			long requested = switch (random.nextInt(4)) {
				case 0 -> 1 + random.nextInt(Math.max(1, pages));
				case 1 -> pages + 1 + random.nextInt(1000);
				case 2 -> random.nextLong(1, Long.MAX_VALUE);
				default -> Integer.MAX_VALUE + (long) random.nextInt(3) - 1;
			};
			return new Case(requested, pages);
		}, c -> {
			Pager pager = Pager.of(c.requested(), c.pages(), p -> "/search?q=Iran&page=" + p);
			int last = Math.max(1, Math.min(c.pages(), Pager.MAX_PAGE));
			assertThat(pager.links()).hasSizeLessThanOrEqualTo(MOST_LINKS);
			assertThat(pager.pastTheEnd()).isEqualTo(c.requested() > last);
			List<Integer> pages = pager.links()
				.stream()
				.filter(l -> l.kind() == Pager.Kind.PAGE || l.kind() == Pager.Kind.CURRENT)
				.map(Pager.Link::page)
				.toList();
			assertThat(pages).isSorted().doesNotHaveDuplicates().allMatch(p -> p >= 1 && p <= last);
			if (last > 1) {
				assertThat(pages).contains(1, last);
			}
			if (pager.pastTheEnd()) {
				assertThat(pager.links()).noneMatch(l -> l.kind() == Pager.Kind.CURRENT);
				assertThat(pager.shown()).isTrue();
			}
			else {
				assertThat(pager.links()).filteredOn(l -> l.kind() == Pager.Kind.CURRENT)
					.singleElement()
					.extracting(Pager.Link::page)
					.isEqualTo((int) c.requested());
			}
			pager.links()
				.stream()
				.filter(l -> l.kind() != Pager.Kind.GAP)
				.forEach(l -> assertThat(l.href()).isEqualTo("/search?q=Iran&page=" + l.page()));
		});
	}

	@Test
	void theNumberInTheAddressIsReadWhateverItsSize() {
		assertThat(Pager.requested(null)).isEqualTo(1);
		assertThat(Pager.requested("")).isEqualTo(1);
		assertThat(Pager.requested("abc")).isEqualTo(1);
		assertThat(Pager.requested("0")).isEqualTo(1);
		assertThat(Pager.requested("-3")).isEqualTo(1);
		assertThat(Pager.requested(" 7 ")).isEqualTo(7);
		assertThat(Pager.requested("2147483648")).isEqualTo(2147483648L);
		assertThat(Pager.requested("99999999999999999999999")).isEqualTo(Long.MAX_VALUE);
		assertThat(Pager.fetched(99_999_999)).isEqualTo(Pager.MAX_PAGE);
	}

	@Test
	void aMiddlePageShowsItsNeighboursAndGapsToTheEnds() {
		Pager pager = Pager.of(50, 100, p -> "/p" + p);
		assertThat(pager.links())
			.extracting(l -> l.kind() == Pager.Kind.GAP ? "…"
					: l.kind() == Pager.Kind.PREVIOUS ? "<"
							: l.kind() == Pager.Kind.NEXT ? ">" : String.valueOf(l.page()))
			.containsExactly("<", "1", "…", "48", "49", "50", "51", "52", "…", "100", ">");
	}

}
