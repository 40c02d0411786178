package org.analecta.system;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * The page links under a list of results: previous, the first page, a few pages around
 * the current one, the last page, next — never more than a dozen links however many pages
 * there are or whatever page number was asked for. A page past the end is "no such page"
 * ({@link #pastTheEnd()}): its pager leads back to the first and last pages.
 *
 * @param current the page asked for (1-based; a long, so that any number typed into the
 * address is understood rather than refused)
 * @param last the number of pages, at least 1 (an empty result is one empty page)
 */
public record Pager(long current, int last, List<Link> links) {

	/** Pages shown on each side of the current one. */
	static final int AROUND = 2;

	/**
	 * The deepest page a search fetches: past it a search would collect a hundred
	 * thousand hits and more only to skip them; a narrower query is the way there.
	 */
	public static final int MAX_PAGE = 10_000;

	private static final Pattern DIGITS = Pattern.compile("\\s*\\+?\\d+\\s*");

	public Pager {
		links = List.copyOf(links);
	}

	/**
	 * @param requested the page asked for, 1 or more
	 * @param pages the number of pages (0 when nothing matched)
	 * @param href the address of a page
	 */
	public static Pager of(long requested, int pages, IntFunction<String> href) {
		long current = Math.max(1, requested);
		int last = Math.max(1, Math.min(pages, MAX_PAGE));
		List<Link> links = new ArrayList<>();
		if (current > last) {
			links.add(Link.page(1, href, false));
			if (last > 1) {
				links.add(Link.page(last, href, false));
			}
			return new Pager(current, last, links);
		}
		int at = (int) current;
		if (at > 1) {
			links.add(new Link(Kind.PREVIOUS, at - 1, href.apply(at - 1)));
		}
		int from = Math.max(1, at - AROUND);
		int to = Math.min(last, at + AROUND);
		if (from > 1) {
			links.add(Link.page(1, href, false));
			if (from > 2) {
				links.add(Link.GAP);
			}
		}
		for (int p = from; p <= to; p++) {
			links.add(Link.page(p, href, p == at));
		}
		if (to < last) {
			if (to < last - 1) {
				links.add(Link.GAP);
			}
			links.add(Link.page(last, href, false));
		}
		if (at < last) {
			links.add(new Link(Kind.NEXT, at + 1, href.apply(at + 1)));
		}
		return new Pager(current, last, links);
	}

	/**
	 * The page number of an address's {@code page} parameter: any count of digits, the
	 * largest read as {@link Long#MAX_VALUE} (past any end); missing, zero or not a
	 * number is the first page.
	 */
	public static long requested(String value) {
		if (value == null || !DIGITS.matcher(value).matches()) {
			return 1;
		}
		String digits = value.strip();
		try {
			return Math.max(1, Long.parseLong(digits));
		}
		catch (NumberFormatException tooLong) {
			return Long.MAX_VALUE;
		}
	}

	/**
	 * The page a search fetches for a requested one (a past-the-end one fetches none).
	 */
	public static int fetched(long requested) {
		return (int) Math.min(requested, MAX_PAGE);
	}

	/** The page asked for is after the last one (there is always a page 1). */
	public boolean pastTheEnd() {
		return current > last;
	}

	/**
	 * Worth showing: there is more than one page, or the one asked for does not exist.
	 */
	public boolean shown() {
		return last > 1 || pastTheEnd();
	}

	public enum Kind {

		PREVIOUS, PAGE, CURRENT, GAP, NEXT

	}

	/** One item of the pager; a gap ("…") has no page and no address. */
	public record Link(Kind kind, int page, String href) {

		static final Link GAP = new Link(Kind.GAP, 0, null);

		static Link page(int page, IntFunction<String> href, boolean current) {
			return new Link(current ? Kind.CURRENT : Kind.PAGE, page, href.apply(page));
		}

	}

}
