package org.analecta.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.analecta.system.Pager;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/** Quote search: who said what, when, in which report, citing which outlet. */
@Controller
class QuoteController {

	static final String VIEW = "search/quotes";

	private final QuoteSearch search;

	private final QuoteLines lines;

	QuoteController(QuoteSearch search, QuoteLines lines) {
		this.search = search;
		this.lines = lines;
	}

	/** One quote as its line shows it; public so that the page's expressions compile. */
	public record QuoteView(String html, String speakerName, String speakerHref, String role, LocalDate date,
			String outlet, String reportTitle, String reportHref, String seriesLine) {
	}

	@GetMapping("/quotes")
	String quotes(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
		SearchUrls urls = new SearchUrls("/quotes", params);
		List<String> problems = new ArrayList<>();
		LocalDate from = SearchController.date(urls.value("from"), "from", problems);
		LocalDate to = SearchController.date(urls.value("to"), "to", problems);
		String q = urls.value("q");
		String speaker = urls.value("speaker");
		model.addAttribute("urls", urls);
		model.addAttribute("q", q);
		model.addAttribute("speaker", speaker);
		model.addAttribute("problems", problems);
		model.addAttribute("pageTitle", "Quotes");
		boolean anything = !q.isBlank() || !speaker.isBlank() || from != null || to != null
				|| !urls.filters("country", "outlet", "series", "verified").isEmpty();
		model.addAttribute("searched", anything);
		if (!anything) {
			return VIEW;
		}
		long page = Pager.requested(urls.value("page"));
		QuoteQuery query = new QuoteQuery(q, speaker, from, to, urls.values("country"), urls.values("series"),
				urls.values("outlet"), SearchController.sort(urls.value("sort")), Pager.fetched(page), 20,
				verified(urls.value("verified")));
		QuoteResults results = search.search(query);
		model.addAttribute("results", results);
		// Typed among the words, a person's name finds only the quotes that mention them.
		model.addAttribute("namedPerson", speaker.isBlank() ? search.personNamed(q) : null);
		Map<String, List<ReportResults.FacetValue>> values = new LinkedHashMap<>();
		values.put("country", results.facets().countries());
		values.put("series", results.facets().series());
		values.put("outlet", results.facets().outlets());
		values.put("verified", results.verified());
		model.addAttribute("facets", FacetLinks.of(urls, values));
		model.addAttribute("pager", SearchController.pager(page, results.pageCount(), urls, response));
		model.addAttribute("hits", results.hits().stream().map(QuoteController::view).toList());
		model.addAttribute("lines", lines.of(results.hits()));
		return VIEW;
	}

	/**
	 * "true" or "false" filters; anything else (or nothing) leaves the flag unrestricted.
	 */
	static Boolean verified(String value) {
		return switch (value) {
			case "true" -> Boolean.TRUE;
			case "false" -> Boolean.FALSE;
			default -> null;
		};
	}

	static QuoteView view(QuoteResults.Hit h) {
		String reportHref = "/reports/" + h.reportSlug() + "#"
				+ (h.quoteAnchor() != null ? h.quoteAnchor() : h.sectionAnchor() != null ? h.sectionAnchor() : "");
		String seriesLine = h.seriesNumber() == null ? h.series()
				: (h.series() == null ? "" : h.series() + " ") + "No. " + h.seriesNumber();
		return new QuoteView(SafeHighlights.clean(h.html()), h.speakerName(),
				h.speakerSlug() == null ? null : "/speakers/" + h.speakerSlug(), h.role(),
				h.sourceDate() != null ? h.sourceDate() : h.reportDate(), h.outlet(), h.reportTitle(), reportHref,
				seriesLine);
	}

}
