package org.analecta.browse;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Column charts drawn on the server as SVG geometry: the template only places the shapes,
 * so the pages need no chart library and no script, print well and pass the
 * Content-Security-Policy. Every column that stands for something carries its words
 * ("June 2014: 3 reports") for a screen reader, and its count is written above it for the
 * eye.
 */
public final class Charts {

	private static final int AXIS = 16;

	private static final int COUNT_ROOM = 14;

	private Charts() {
	}

	/**
	 * One column's worth of input: its label under the axis (null for none), and its
	 * parts from the bottom up; a column of one part is a plain bar.
	 */
	public record Input(String axisLabel, String title, String href, List<Part> parts) {

		public Input(String axisLabel, String title, String href, long count) {
			this(axisLabel, title, href, count <= 0 ? List.of() : List.of(new Part(count, title, href)));
		}

		long total() {
			return parts.stream().mapToLong(Part::count).sum();
		}

	}

	/**
	 * A stacked part of a column, e.g. one quotation; its link and words may differ from
	 * the column's.
	 */
	public record Part(long count, String title, String href) {
	}

	/** A drawn part: a rectangle with its link (null for none) and its words. */
	public record Segment(double x, double y, double width, double height, String title, String href) {
	}

	/**
	 * A drawn column: its parts, its count above it (null when empty), its axis label.
	 */
	public record Column(double x, double width, List<Segment> segments, String count, double countY, String axisLabel,
			String title, String href) {

		public double centre() {
			return Math.round((x + width / 2) * 10) / 10.0;
		}

	}

	/**
	 * A chart ready to draw. {@code summary} says in words what it shows; a chart without
	 * links is one image to a screen reader, one with links a group of them.
	 */
	public record ColumnChart(int width, int height, double baseline, List<Column> columns, String summary,
			boolean labelled) {

		public boolean isEmpty() {
			return columns.stream().allMatch(c -> c.segments().isEmpty());
		}

		public boolean interactive() {
			return columns.stream()
				.anyMatch(c -> c.href() != null || c.segments().stream().anyMatch(s -> s.href() != null));
		}

		public String viewBox() {
			return "0 0 " + width + " " + height;
		}

	}

	/**
	 * Columns side by side over the whole width, scaled to the largest; with
	 * {@code labelled} each column's count stands above it and its label below the axis.
	 */
	public static ColumnChart columns(List<Input> inputs, int width, int height, boolean labelled, String summary) {
		long max = inputs.stream().mapToLong(Input::total).max().orElse(0);
		double baseline = height - (labelled ? AXIS : 1);
		double top = labelled ? COUNT_ROOM : 1;
		double usable = baseline - top;
		double slot = inputs.isEmpty() ? width : (double) width / inputs.size();
		double gap = Math.min(4, slot * 0.2);
		List<Column> columns = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			Input in = inputs.get(i);
			double x = round(i * slot + gap / 2);
			double w = round(slot - gap);
			List<Segment> segments = new ArrayList<>();
			double y = baseline;
			for (Part part : in.parts()) {
				double h = max == 0 ? 0 : usable * part.count() / max;
				// Every part stays visible, however tall its neighbours.
				h = Math.max(h, in.parts().size() > 1 ? 3 : 2);
				y -= h;
				segments.add(new Segment(x, round(y), w, round(h), part.title(), part.href()));
			}
			long total = in.total();
			columns.add(new Column(x, w, segments, labelled && total > 0 ? String.valueOf(total) : null, round(y - 3),
					labelled ? in.axisLabel() : null, in.title(), in.href()));
		}
		return new ColumnChart(width, height, baseline, columns, summary, labelled);
	}

	/**
	 * Reports per year from the first year to the last, each year's column linking to its
	 * page.
	 */
	public static ColumnChart years(List<ReportListing.YearCount> years, int width, int height) {
		if (years.isEmpty()) {
			return columns(List.of(), width, height, true, "No dated reports");
		}
		int first = years.stream().mapToInt(ReportListing.YearCount::year).min().orElseThrow();
		int last = years.stream().mapToInt(ReportListing.YearCount::year).max().orElseThrow();
		int every = Math.max(1, (last - first + 1 + 9) / 10);
		List<Input> inputs = new ArrayList<>();
		for (int y = first; y <= last; y++) {
			int year = y;
			long n = years.stream().filter(c -> c.year() == year).mapToLong(ReportListing.YearCount::reports).sum();
			String label = (y - first) % every == 0 ? String.valueOf(y) : null;
			inputs.add(new Input(label, y + ": " + reports(n), n > 0 ? "/browse/dates/" + y : null, n));
		}
		return columns(inputs, width, height, true, "Reports per year, " + first + " to " + last);
	}

	/**
	 * Reports per month of one year; each month with reports links to its place on the
	 * year's page.
	 */
	public static ColumnChart months(int year, long[] perMonth, int width, int height, boolean labelled) {
		List<Input> inputs = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			long n = perMonth[m - 1];
			String name = Month.of(m).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
			inputs.add(new Input(name.substring(0, labelled && width >= 480 ? 3 : 1),
					name + " " + year + ": " + reports(n),
					n > 0 ? BrowseController.monthHref(YearMonth.of(year, m)) : null, n));
		}
		return columns(inputs, width, height, labelled, "Reports per month in " + year);
	}

	/**
	 * A small chart without labels: reports per year from {@code first} to {@code last},
	 * one image whose words list the years that have reports.
	 */
	public static ColumnChart sparkline(Map<Integer, Long> perYear, int first, int last, String what) {
		List<Input> inputs = new ArrayList<>();
		StringBuilder words = new StringBuilder(what).append(", ")
			.append(first)
			.append(" to ")
			.append(last)
			.append(":");
		for (int y = first; y <= last && first > 0; y++) {
			long n = perYear.getOrDefault(y, 0L);
			inputs.add(new Input(null, y + ": " + reports(n), null, n));
			if (n > 0) {
				words.append(' ').append(y).append(' ').append(n).append(',');
			}
		}
		words.setLength(words.length() - 1);
		return columns(inputs, 120, 24, false, words.toString());
	}

	static String reports(long n) {
		return n == 1 ? "1 report" : n + " reports";
	}

	private static double round(double v) {
		return Math.round(v * 10) / 10.0;
	}

}
