package org.analecta.browse;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

import org.analecta.system.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Browsing without a query: by date (years → months → reports) and by country. */
@Controller
class BrowseController {

	static final int PAGE_SIZE = 50;

	private final ReportListing listing;

	BrowseController(ReportListing listing) {
		this.listing = listing;
	}

	record MonthGroup(String anchor, String name, List<ReportSummary> reports) {
	}

	@GetMapping("/browse/dates")
	String dates(Model model) {
		SortedMap<YearMonth, Long> perMonth = listing.perMonth();
		Map<Integer, Long> perYear = new LinkedHashMap<>();
		perMonth.forEach((m, n) -> perYear.merge(m.getYear(), n, Long::sum));
		List<ReportListing.YearCount> years = new ArrayList<>();
		perYear.forEach((y, n) -> years.add(new ReportListing.YearCount(y, n)));
		model.addAttribute("years", years.reversed());
		model.addAttribute("undated", listing.undatedCount());
		model.addAttribute("chart", Charts.histogram(perMonth, BrowseController::monthHref, y -> "/browse/dates/" + y));
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
		List<MonthGroup> months = byMonth.entrySet().stream()
			.map(e -> new MonthGroup("m" + e.getKey().getValue(),
					e.getKey().getDisplayName(TextStyle.FULL, Locale.ENGLISH), e.getValue()))
			.toList();
		SortedMap<YearMonth, Long> perMonth = new java.util.TreeMap<>();
		for (int m = 1; m <= 12; m++) {
			perMonth.put(YearMonth.of(year, m), 0L);
		}
		reports.forEach(r -> perMonth.merge(YearMonth.from(r.publishedOn()), 1L, Long::sum));
		model.addAttribute("year", year);
		model.addAttribute("months", months);
		model.addAttribute("total", reports.size());
		model.addAttribute("chart", Charts.histogram(perMonth, BrowseController::monthHref, y -> "/browse/dates/" + y));
		model.addAttribute("pageTitle", String.valueOf(year));
		return "browse/year";
	}

	@GetMapping("/browse/undated")
	String undated(Model model) {
		model.addAttribute("reports", listing.undated());
		model.addAttribute("pageTitle", "Undated reports");
		return "browse/undated";
	}

	@GetMapping("/browse/countries")
	String countries(Model model) {
		model.addAttribute("countries", listing.countries());
		model.addAttribute("pageTitle", "Browse by country");
		return "browse/countries";
	}

	@GetMapping("/browse/countries/{slug}")
	String country(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Model model) {
		String name = listing.countryName(slug)
			.orElseThrow(() -> new NotFoundException("There is no country at this address ('" + slug + "')."));
		long total = listing.countInCountry(slug);
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(1, page), pages);
		model.addAttribute("country", name);
		model.addAttribute("slug", slug);
		model.addAttribute("total", total);
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		model.addAttribute("reports", listing.inCountry(slug, (current - 1) * PAGE_SIZE, PAGE_SIZE));
		model.addAttribute("pageTitle", name);
		return "browse/country";
	}

	static String monthHref(YearMonth m) {
		return "/browse/dates/" + m.getYear() + "#m" + m.getMonthValue();
	}

}
