package org.analecta.search;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.analecta.system.Pager;
import org.springframework.http.HttpStatus;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The report search page: one GET address per state (query, filters, dates, sort, page).
 */
@Controller
class SearchController {

	static final String VIEW = "search/results";

	private final ReportSearch search;

	private final QuoteSearch quotes;

	private final FacetSidebar sidebar;

	SearchController(ReportSearch search, QuoteSearch quotes, FacetSidebar sidebar) {
		this.search = search;
		this.quotes = quotes;
		this.sidebar = sidebar;
	}

	/**
	 * A passage's link, its heading label and its text, both as safe HTML. Public, as
	 * every type a page reads, so that the template's expressions compile.
	 */
	public record PassageView(String href, String headingHtml, String html) {
	}

	/**
	 * A hit as the page shows it; {@code publishedText} is the date as written on the
	 * page (formatted here once, with one formatter, rather than by the template, which
	 * builds a formatter for every hit).
	 */
	public record HitView(String href, String titleHtml, LocalDate publishedOn, String publishedText, String seriesLine,
			List<String> countries, List<String> authors, List<PassageView> passages) {
	}

	private static final DateTimeFormatter PAGE_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

	@GetMapping("/search")
	String search(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response,
			Locale locale) {
		SearchUrls urls = new SearchUrls("/search", params);
		List<String> problems = new ArrayList<>();
		LocalDate from = date(urls.value("from"), "from", problems);
		LocalDate to = date(urls.value("to"), "to", problems);
		String q = urls.value("q");
		model.addAttribute("urls", urls);
		model.addAttribute("q", q);
		model.addAttribute("problems", problems);
		model.addAttribute("pageTitle", q.isBlank() ? "Search" : q);
		boolean anything = !q.isBlank() || from != null || to != null
				|| !urls.filters("country", "series", "year", "speaker", "outlet").isEmpty();
		model.addAttribute("searched", anything);
		if (!anything) {
			return VIEW;
		}
		long page = Pager.requested(urls.value("page"));
		ReportQuery query = new ReportQuery(q, from, to, urls.values("country"), urls.values("series"),
				urls.values("speaker"), urls.values("outlet"), years(urls.values("year")), sort(urls.value("sort")),
				Pager.fetched(page), ReportQuery.DEFAULT_SIZE);
		ReportResults results = search.search(query);
		model.addAttribute("results", results);
		// "Firouzabadi" finds the reports that name him; what he said is one link away.
		model.addAttribute("namedPerson", quotes.personNamed(q));
		model.addAttribute("pager", pager(page, results.pageCount(), urls, response));
		model.addAttribute("hits", results.hits().stream().map(SearchController::view).toList());
		int first = (query.page() - 1) * query.size() + 1;
		model.addAttribute("shownFrom", first);
		model.addAttribute("shownTo", first + results.hits().size() - 1);
		ReportResults.Facets facets = results.facets();
		if (facets != null) {
			Map<String, List<ReportResults.FacetValue>> values = new LinkedHashMap<>();
			values.put("country", facets.countries());
			values.put("year", facets.years());
			values.put("series", facets.series());
			values.put("speaker", facets.speakers());
			values.put("outlet", facets.outlets());
			model.addAttribute("facetsHtml", sidebar.html(FacetLinks.of(urls, values), locale));
		}
		return VIEW;
	}

	/**
	 * The pager of a search page; a page past the end answers 404, the page saying so and
	 * leading to the first and last pages.
	 */
	static Pager pager(long page, int pages, SearchUrls urls, HttpServletResponse response) {
		Pager pager = Pager.of(page, pages, urls::page);
		if (pager.pastTheEnd()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
		}
		return pager;
	}

	private static HitView view(ReportResults.Hit h) {
		String href = "/reports/" + h.slug();
		String seriesLine = h.seriesNumber() == null ? h.series()
				: (h.series() == null ? "" : h.series() + " ") + "No. " + h.seriesNumber();
		return new HitView(href, SafeHighlights.clean(h.titleHtml()), h.publishedOn(),
				h.publishedOn() == null ? null : PAGE_DATE.format(h.publishedOn()), seriesLine, h.countries(),
				h.authors(),
				h.passages()
					.stream()
					.map(p -> new PassageView(p.sectionAnchor() == null ? href : href + "#" + p.sectionAnchor(),
							SafeHighlights.clean(p.headingHtml()), SafeHighlights.clean(p.html())))
					.toList());
	}

	static SearchSort sort(String s) {
		try {
			return s == null || s.isBlank() ? SearchSort.RELEVANCE : SearchSort.valueOf(s.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			return SearchSort.RELEVANCE;
		}
	}

	static LocalDate date(String s, String name, List<String> problems) {
		if (s == null || s.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(s.strip());
		}
		catch (DateTimeParseException e) {
			problems.add("The " + name + " date \"" + s + "\" was ignored: write it as 2014-06-20.");
			return null;
		}
	}

	private static List<Integer> years(List<String> values) {
		List<Integer> years = new ArrayList<>();
		for (String v : values) {
			if (ReportSearch.UNDATED.equals(v.strip())) {
				years.add(ReportQuery.UNDATED);
				continue;
			}
			try {
				years.add(Integer.parseInt(v.strip()));
			}
			catch (NumberFormatException e) {
				// an unreadable year filter is dropped, like an unknown country
			}
		}
		return years;
	}

}
