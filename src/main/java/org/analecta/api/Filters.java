package org.analecta.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The query parameters of the searches, as the OpenAPI document describes them. Every
 * value arrives as text and is checked by {@link SearchParameters}, so a bad one is
 * refused with a sentence naming it rather than with a conversion error.
 */
final class Filters {

	private Filters() {
	}

	/** The report search parameters. */
	record Reports(@Schema(description = "words, same syntax as the search page") String q, @ArraySchema(
			schema = @Schema(description = "country name or slug; a report must be about all")) List<String> country,
			@ArraySchema(schema = @Schema(description = "series name or slug; any of them")) List<String> series,
			@ArraySchema(schema = @Schema(description = "publication year; any of them",
					example = "2014")) List<String> year,
			@Schema(description = "earliest publication date, inclusive", example = "2014-01-01") String from,
			@Schema(description = "latest publication date, inclusive", example = "2014-12-31") String to,
			@ArraySchema(schema = @Schema(
					description = "speaker name or slug; a report must quote all")) List<String> speaker,
			@ArraySchema(schema = @Schema(description = "outlet a note cites; all of them")) List<String> outlet,
			@Schema(description = "relevance (default), newest or oldest", allowableValues = {
					"relevance", "newest", "oldest" }) String sort,
			@Schema(description = "1-based page number", example = "1") String page,
			@Schema(description = "items per page, 1 to 100 (default 20)", example = "20") String size){

		MultiValueMap<String, String> params() {
			MultiValueMap<String, String> p = new LinkedMultiValueMap<>();
			put(p, "q", q);
			p.put("country", orEmpty(country));
			p.put("series", orEmpty(series));
			p.put("year", orEmpty(year));
			put(p, "from", from);
			put(p, "to", to);
			p.put("speaker", orEmpty(speaker));
			p.put("outlet", orEmpty(outlet));
			put(p, "sort", sort);
			put(p, "page", page);
			put(p, "size", size);
			return p;
		}

	}

	/** The quote search parameters. */
	record Quotes(@Schema(description = "words in the quotation, same syntax as the search page") String q,
			@Schema(description = "the speaker: slug, name, any spelling or part of it",
					example = "Rouhani") String speaker,
			@ArraySchema(schema = @Schema(
					description = "country of the report, name or slug; any of them")) List<String> country,
			@ArraySchema(schema = @Schema(description = "series name or slug; any of them")) List<String> series,
			@ArraySchema(schema = @Schema(
					description = "outlet the quotation's note cites; any of them")) List<String> outlet,
			@Schema(description = "earliest report date, inclusive", example = "2014-01-01") String from,
			@Schema(description = "latest report date, inclusive", example = "2014-12-31") String to,
			@Schema(description = "true: verified quotations only; false: unverified only", allowableValues = {
					"true", "false" }) String verified,
			@Schema(description = "relevance (default), newest or oldest",
					allowableValues = { "relevance", "newest", "oldest" }) String sort,
			@Schema(description = "1-based page number", example = "1") String page,
			@Schema(description = "items per page, 1 to 100 (default 20)", example = "20") String size){

		MultiValueMap<String, String> params() {
			MultiValueMap<String, String> p = new LinkedMultiValueMap<>();
			put(p, "q", q);
			put(p, "speaker", speaker);
			p.put("country", orEmpty(country));
			p.put("series", orEmpty(series));
			p.put("outlet", orEmpty(outlet));
			put(p, "from", from);
			put(p, "to", to);
			put(p, "verified", verified);
			put(p, "sort", sort);
			put(p, "page", page);
			put(p, "size", size);
			return p;
		}

	}

	/** Paging alone. */
	record Paging(@Schema(description = "1-based page number", example = "1") String page,
			@Schema(description = "items per page, 1 to 100 (default 20)", example = "20") String size) {

		MultiValueMap<String, String> params() {
			MultiValueMap<String, String> p = new LinkedMultiValueMap<>();
			put(p, "page", page);
			put(p, "size", size);
			return p;
		}

	}

	private static void put(MultiValueMap<String, String> p, String name, String value) {
		if (value != null) {
			p.add(name, value);
		}
	}

	private static List<String> orEmpty(List<String> values) {
		return values == null ? List.of() : values;
	}

}
