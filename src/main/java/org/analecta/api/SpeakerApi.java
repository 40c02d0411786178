package org.analecta.api;

import java.util.List;

import org.analecta.search.QuoteSearch;
import org.analecta.speakers.SpeakerPages;
import org.analecta.system.NotFoundException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Speakers: everyone quoted, one speaker's spellings and roles, and their quotations. */
@Tag(name = "Speakers")
@RestController
@RequestMapping(path = "/api/v1/speakers", produces = "application/json")
class SpeakerApi {

	private final SpeakerPages speakers;

	private final QuoteSearch quotes;

	SpeakerApi(SpeakerPages speakers, QuoteSearch quotes) {
		this.speakers = speakers;
		this.quotes = quotes;
	}

	@Operation(summary = "Everyone quoted", description = "Speakers with at least one quotation, by name.")
	@GetMapping
	Json.Page<Json.SpeakerItem> speakers(@ParameterObject Filters.Paging paging) {
		SearchParameters parameters = new SearchParameters(paging.params());
		int page = parameters.page();
		int size = parameters.size(ApiDefaults.SIZE);
		Links links = Links.ofCurrentRequest();
		List<SpeakerPages.SpeakerCount> all = speakers.index();
		List<Json.SpeakerItem> items = all.stream()
			.skip((long) (page - 1) * size)
			.limit(size)
			.map(s -> new Json.SpeakerItem(s.slug(), s.name(), s.kind(), s.quotes(), links.speaker(s.slug()),
					links.path("/api/v1/speakers/{slug}", s.slug())))
			.toList();
		return Pages.of(items, page, size, all.size(), null, List.of());
	}

	@Operation(summary = "One speaker", description = "Every spelling the reports use, the roles given, and counts.")
	@GetMapping("/{slug}")
	Json.Speaker speaker(
			@Parameter(description = "the speaker's slug, as in their page address") @PathVariable String slug) {
		SpeakerPages.Profile p = speakers.profile(slug).orElseThrow(() -> notFound(slug));
		Links links = Links.ofCurrentRequest();
		return new Json.Speaker(p.slug(), p.name(), p.kind(), p.aliases(), p.roles(), p.quotes().size(),
				p.reports().size(), links.speaker(p.slug()), links.path("/api/v1/speakers/{slug}/quotes", p.slug()),
				links.path("/feeds/speakers/{slug}.atom", p.slug()));
	}

	@Operation(summary = "A speaker's quotations",
			description = "The quote search for this speaker; newest first unless sort says otherwise.")
	@GetMapping("/{slug}/quotes")
	Json.Page<Json.QuoteHit> quotes(@Parameter(description = "the speaker's slug") @PathVariable String slug,
			@ParameterObject Filters.Quotes filters) {
		speakers.profile(slug).orElseThrow(() -> notFound(slug));
		MultiValueMap<String, String> params = filters.params();
		params.put("speaker", List.of(slug));
		params.putIfAbsent("sort", List.of("newest"));
		return QuoteApi.page(quotes, params);
	}

	private static NotFoundException notFound(String slug) {
		return new NotFoundException("There is no speaker '" + slug + "'. GET /api/v1/speakers lists them.");
	}

}
