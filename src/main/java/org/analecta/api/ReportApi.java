package org.analecta.api;

import java.util.List;

import org.analecta.search.ReportResults;
import org.analecta.search.ReportSearch;
import org.analecta.system.NotFoundException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reports: the report search as on the search page, and one report in full. */
@Tag(name = "Reports")
@RestController
@RequestMapping(path = "/api/v1/reports", produces = "application/json")
class ReportApi {

	private final ReportSearch search;

	private final ReportDetails details;

	ReportApi(ReportSearch search, ReportDetails details) {
		this.search = search;
		this.details = details;
	}

	@Operation(summary = "Search reports",
			description = "The filters, sort and paging of the search page. Without any filter, every report.")
	@GetMapping
	Json.Page<Json.ReportItem> reports(@ParameterObject Filters.Reports filters) {
		SearchParameters parameters = new SearchParameters(filters.params());
		ReportResults results = search.searchCountingAll(parameters.reports(ApiDefaults.SIZE));
		Links links = Links.ofCurrentRequest();
		ReportResults.Facets f = results.facets();
		return Pages.of(results.hits().stream().map(links::reportItem).toList(), results.query().page(),
				results.query().size(), results.total(),
				new Json.Facets(f.countries(), f.series(), f.years(), f.speakers(), f.outlets(), List.of()),
				results.messages());
	}

	@Operation(summary = "One report in full",
			description = "Metadata, sections with paragraphs and anchors, quotations with speakers and notes,"
					+ " notes with outlet, country and date, and earlier versions.")
	@GetMapping("/{slug}")
	Json.Report report(
			@Parameter(description = "the report's slug, as in its page address") @PathVariable String slug) {
		return details.find(slug, Links.ofCurrentRequest())
			.orElseThrow(() -> new NotFoundException("There is no report '" + slug + "'."));
	}

}
