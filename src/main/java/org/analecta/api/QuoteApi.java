package org.analecta.api;

import org.analecta.search.QuoteResults;
import org.analecta.search.QuoteSearch;
import org.analecta.search.ReportResults;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Quotations: the quote search as on the quotes page. */
@Tag(name = "Quotations")
@RestController
class QuoteApi {

	private final QuoteSearch search;

	QuoteApi(QuoteSearch search) {
		this.search = search;
	}

	@Operation(summary = "Search quotations",
			description = "Who said what, when, in which report, citing which outlet. The filters, sort and paging"
					+ " of the quotes page; facets count countries, series, outlets, speakers and verified over all pages.")
	@GetMapping(path = "/api/v1/quotes", produces = "application/json")
	Json.Page<Json.QuoteHit> quotes(@ParameterObject Filters.Quotes filters) {
		return page(search, filters.params());
	}

	static Json.Page<Json.QuoteHit> page(QuoteSearch search, MultiValueMap<String, String> params) {
		QuoteResults results = search.search(new SearchParameters(params).quotes(ApiDefaults.SIZE));
		Links links = Links.ofCurrentRequest();
		ReportResults.Facets f = results.facets();
		return Pages.of(results.hits().stream().map(links::quoteHit).toList(), results.query().page(),
				results.query().size(), results.total(), new Json.Facets(f.countries(), f.series(), f.years(),
						results.speakers(), f.outlets(), results.verified()),
				results.messages());
	}

}
