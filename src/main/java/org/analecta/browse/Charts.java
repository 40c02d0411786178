package org.analecta.browse;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Function;

/**
 * Charts drawn on the server as SVG geometry: the template only places the shapes, so the pages
 * need no chart library and no script, print well and pass the Content-Security-Policy.
 */
public final class Charts {

	static final int WIDTH = 720;

	static final int HEIGHT = 160;

	private static final int AXIS = 20;

	private static final int TOP = 8;

	/** Above this many months the histogram counts per year instead of per month. */
	private static final int MAX_MONTH_BARS = 72;

	private Charts() {
	}

	public record Bar(double x, double y, double width, double height, String title, String href) {
	}

	public record Label(double x, double y, String text) {
	}

	public record BarChart(int width, int height, List<Bar> bars, List<Label> labels, double baseline) {

		public boolean isEmpty() {
			return bars.isEmpty();
		}

	}

	public record Dot(double x, double y, String title, String href) {
	}

	public record Timeline(int width, int height, List<Dot> dots, List<Label> labels, double axisY) {

		public boolean isEmpty() {
			return dots.isEmpty();
		}

	}

	public record Dated(LocalDate date, String title, String href) {
	}

	/**
	 * Reports per month from the first month to the last (empty months included, so gaps show);
	 * per year when the span is long.
	 */
	public static BarChart histogram(SortedMap<YearMonth, Long> perMonth, Function<YearMonth, String> monthHref,
			Function<Integer, String> yearHref) {
		if (perMonth.isEmpty()) {
			return new BarChart(WIDTH, HEIGHT, List.of(), List.of(), HEIGHT - AXIS);
		}
		// Whole years, so a single busy month does not fill the chart and months read in context.
		YearMonth first = YearMonth.of(perMonth.firstKey().getYear(), 1);
		YearMonth last = YearMonth.of(perMonth.lastKey().getYear(), 12);
		long months = ChronoUnit.MONTHS.between(first, last) + 1;
		List<String> titles = new ArrayList<>();
		List<String> hrefs = new ArrayList<>();
		List<Long> values = new ArrayList<>();
		List<String> tickLabels = new ArrayList<>();
		if (months <= MAX_MONTH_BARS) {
			for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
				long n = perMonth.getOrDefault(m, 0L);
				values.add(n);
				titles.add(m.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH) + " "
						+ m.getYear() + ": " + n);
				hrefs.add(n > 0 ? monthHref.apply(m) : null);
				tickLabels.add(m.getMonthValue() == 1 || m.equals(first) ? String.valueOf(m.getYear()) : null);
			}
		}
		else {
			Map<Integer, Long> perYear = new HashMap<>();
			perMonth.forEach((m, n) -> perYear.merge(m.getYear(), n, Long::sum));
			for (int y = first.getYear(); y <= last.getYear(); y++) {
				long n = perYear.getOrDefault(y, 0L);
				values.add(n);
				titles.add(y + ": " + n);
				hrefs.add(n > 0 ? yearHref.apply(y) : null);
				tickLabels.add((y - first.getYear()) % Math.max(1, (last.getYear() - first.getYear()) / 8 + 1) == 0
						? String.valueOf(y) : null);
			}
		}
		long max = values.stream().mapToLong(Long::longValue).max().orElse(1);
		double slot = (double) WIDTH / values.size();
		double gap = Math.min(2, slot * 0.2);
		double baseline = HEIGHT - AXIS;
		double usable = baseline - TOP;
		List<Bar> bars = new ArrayList<>();
		List<Label> labels = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			long n = values.get(i);
			double h = max == 0 ? 0 : Math.max(n > 0 ? 2 : 0, usable * n / max);
			double x = i * slot + gap / 2;
			bars.add(new Bar(round(x), round(baseline - h), round(slot - gap), round(h), titles.get(i), hrefs.get(i)));
			if (tickLabels.get(i) != null) {
				labels.add(new Label(round(x), HEIGHT - 5, tickLabels.get(i)));
			}
		}
		return new BarChart(WIDTH, HEIGHT, bars, labels, baseline);
	}

	/** One dot per dated item along a time axis; items in the same month stack upwards. */
	public static Timeline timeline(List<Dated> items) {
		List<Dated> dated = items.stream().filter(d -> d.date() != null).sorted((a, b) -> a.date().compareTo(b.date())).toList();
		int height = 84;
		double axisY = height - AXIS;
		if (dated.isEmpty()) {
			return new Timeline(WIDTH, height, List.of(), List.of(), axisY);
		}
		LocalDate from = dated.get(0).date().withDayOfMonth(1);
		LocalDate to = dated.get(dated.size() - 1).date().withDayOfMonth(1).plusMonths(1);
		long span = Math.max(1, ChronoUnit.DAYS.between(from, to));
		double margin = 12;
		double usable = WIDTH - 2 * margin;
		Map<YearMonth, Integer> stack = new HashMap<>();
		List<Dot> dots = new ArrayList<>();
		for (Dated d : dated) {
			double x = margin + usable * ChronoUnit.DAYS.between(from, d.date()) / span;
			int level = stack.merge(YearMonth.from(d.date()), 1, Integer::sum) - 1;
			double y = axisY - 8 - (level % 5) * 10;
			dots.add(new Dot(round(x), round(y), d.title(), d.href()));
		}
		List<Label> labels = new ArrayList<>();
		int firstYear = from.getYear();
		int lastYear = to.minusDays(1).getYear();
		int step = Math.max(1, (lastYear - firstYear) / 8 + 1);
		if (firstYear == lastYear) {
			labels.add(new Label(margin, height - 5, String.valueOf(firstYear)));
		}
		for (int y = firstYear; y <= lastYear && firstYear != lastYear; y += step) {
			LocalDate jan = LocalDate.of(y, 1, 1);
			double x = margin + usable * Math.max(0, ChronoUnit.DAYS.between(from, jan)) / span;
			labels.add(new Label(round(x), height - 5, String.valueOf(y)));
		}
		return new Timeline(WIDTH, height, dots, labels, axisY);
	}

	private static double round(double v) {
		return Math.round(v * 10) / 10.0;
	}

}
