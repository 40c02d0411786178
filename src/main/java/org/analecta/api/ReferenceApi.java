package org.analecta.api;

import java.util.List;

import org.analecta.browse.ReportListing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.persistence.EntityManager;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The filter values: countries and series, each with how many reports it has. */
@Tag(name = "Countries and series")
@RestController
class ReferenceApi {

	private final ReportListing listing;

	private final EntityManager em;

	ReferenceApi(ReportListing listing, EntityManager em) {
		this.listing = listing;
		this.em = em;
	}

	@Operation(summary = "Countries", description = "Every country a report is about, with its report count.")
	@GetMapping(path = "/api/v1/countries", produces = "application/json")
	List<Json.CountItem> countries() {
		Links links = Links.ofCurrentRequest();
		return listing.countries()
			.stream()
			.map(c -> new Json.CountItem(c.name(), c.slug(), c.reports(),
					links.path("/feeds/countries/{slug}.atom", c.slug())))
			.toList();
	}

	@Operation(summary = "Series", description = "Every report series, with its report count.")
	@GetMapping(path = "/api/v1/series", produces = "application/json")
	@Transactional(readOnly = true)
	List<Json.CountItem> series() {
		Links links = Links.ofCurrentRequest();
		return em
			.createQuery("select s.name, s.slug, count(r) from Report r join r.series s group by s.id, s.name, s.slug"
					+ " order by s.name", Object[].class)
			.getResultList()
			.stream()
			.map(row -> new Json.CountItem((String) row[0], (String) row[1], ((Number) row[2]).longValue(),
					links.path("/feeds/series/{slug}.atom", row[1])))
			.toList();
	}

}
