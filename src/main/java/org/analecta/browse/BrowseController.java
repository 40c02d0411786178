package org.analecta.browse;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.analecta.system.NotFoundException;
import org.analecta.system.Pager;
import org.springframework.http.HttpStatus;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/** Browsing without a query: by date (years → months → reports) and by country. */
@Controller
class BrowseController {

	static final int PAGE_SIZE = 50;

	static final int LATEST_PER_COUNTRY = 3;

	private final ReportListing listing;

	BrowseController(ReportListing listing) {
		this.listing = listing;
	}

	record MonthGroup(String anchor, String name, List<ReportSummary> reports) {
	}

	/**
	 * A year on the dates page: its count and its months as a small chart, each month a
	 * link.
	 */
	record YearRow(int year, long reports, Charts.ColumnChart months) {
	}

	@GetMapping("/browse/dates")
	String dates(Model model) {
		SortedMap<YearMonth, Long> perMonth = listing.perMonth();
		Map<Integer, long[]> byYear = new TreeMap<>();
		perMonth.forEach((m, n) -> byYear.computeIfAbsent(m.getYear(), y -> new long[12])[m.getMonthValue() - 1] += n);
		List<ReportListing.YearCount> years = new ArrayList<>();
		List<YearRow> rows = new ArrayList<>();
		byYear.forEach((y, months) -> {
			long n = Arrays.stream(months).sum();
			years.add(new ReportListing.YearCount(y, n));
			rows.add(new YearRow(y, n, Charts.months(y, months, 240, 46, true)));
		});
		long dated = years.stream().mapToLong(ReportListing.YearCount::reports).sum();
		long undated = listing.undatedCount();
		model.addAttribute("rows", rows.reversed());
		model.addAttribute("dated", dated);
		model.addAttribute("undated", undated);
		model.addAttribute("total", dated + undated);
		model.addAttribute("firstYear", years.isEmpty() ? null : years.getFirst().year());
		model.addAttribute("lastYear", years.isEmpty() ? null : years.getLast().year());
		model.addAttribute("chart", Charts.years(years, 720, 150));
		model.addAttribute("pageTitle", "Browse by date");
		return "browse/dates";
	}

	@GetMapping("/browse/dates/{year}")
	String year(@PathVariable int year, Model model) {
		List<ReportSummary> reports = listing.inYear(year);
		if (reports.isEmpty()) {
			throw new NotFoundException("There are no reports from " + year + ".");
		}
		Map<Month, List<ReportSummary>> byMonth = new LinkedHashMap<>();
		for (ReportSummary r : reports) {
			byMonth.computeIfAbsent(r.publishedOn().getMonth(), m -> new ArrayList<>()).add(r);
		}
		List<MonthGroup> months = byMonth.entrySet()
			.stream()
			.map(e -> new MonthGroup("m" + e.getKey().getValue(),
					e.getKey().getDisplayName(TextStyle.FULL, Locale.ENGLISH), e.getValue()))
			.toList();
		long[] perMonth = new long[12];
		reports.forEach(r -> perMonth[r.publishedOn().getMonthValue() - 1]++);
		model.addAttribute("year", year);
		model.addAttribute("months", months);
		model.addAttribute("total", reports.size());
		model.addAttribute("chart", Charts.months(year, perMonth, 720, 150, true));
		model.addAttribute("pageTitle", String.valueOf(year));
		return "browse/year";
	}

	@GetMapping("/browse/undated")
	String undated(Model model) {
		model.addAttribute("reports", listing.undated());
		model.addAttribute("pageTitle", "Undated reports");
		return "browse/undated";
	}

	/**
	 * A country on the countries page: its count, its newest reports and its reports per
	 * year.
	 */
	record CountryRow(String name, String slug, long reports, List<ReportSummary> latest, Charts.ColumnChart years) {
	}

	@GetMapping("/browse/countries")
	String countries(Model model) {
		List<ReportListing.CountryCount> countries = listing.countries();
		Map<String, List<ReportSummary>> latest = listing.latestPerCountry(LATEST_PER_COUNTRY);
		Map<String, Map<Integer, Long>> perYear = listing.perYearPerCountry();
		// One span for every sparkline, so that they compare.
		int first = perYear.values().stream().flatMap(m -> m.keySet().stream()).min(Integer::compare).orElse(0);
		int last = perYear.values().stream().flatMap(m -> m.keySet().stream()).max(Integer::compare).orElse(0);
		List<CountryRow> rows = countries.stream()
			.map(c -> new CountryRow(c.name(), c.slug(), c.reports(), latest.getOrDefault(c.slug(), List.of()),
					Charts.sparkline(perYear.getOrDefault(c.slug(), Map.of()), first, last,
							"Reports on " + c.name() + " per year")))
			.sorted(Comparator.comparingLong(CountryRow::reports).reversed().thenComparing(CountryRow::name))
			.toList();
		model.addAttribute("countries", rows);
		model.addAttribute("firstYear", first);
		model.addAttribute("lastYear", last);
		model.addAttribute("pageTitle", "Browse by country");
		return "browse/countries";
	}

	@GetMapping("/browse/countries/{slug}")
	String country(@PathVariable String slug, @RequestParam(required = false) String page, Model model,
			HttpServletResponse response) {
		String name = listing.countryName(slug)
			.orElseThrow(() -> new NotFoundException("There is no country at this address ('" + slug + "')."));
		long total = listing.countInCountry(slug);
		// As on the search pages: a page past the end is a 404 that says so, not the last
		// page under a wrong number.
		Pager pager = Pager.of(Pager.requested(page), (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE),
				p -> "/browse/countries/" + slug + (p > 1 ? "?page=" + p : ""));
		if (pager.pastTheEnd()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
		}
		model.addAttribute("country", name);
		model.addAttribute("slug", slug);
		model.addAttribute("total", total);
		model.addAttribute("pager", pager);
		model.addAttribute("reports", pager.pastTheEnd() ? List.of()
				: listing.inCountry(slug, (int) (pager.current() - 1) * PAGE_SIZE, PAGE_SIZE));
		model.addAttribute("pageTitle", name);
		return "browse/country";
	}

	static String monthHref(YearMonth m) {
		return "/browse/dates/" + m.getYear() + "#m" + m.getMonthValue();
	}

}
