package org.analecta.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.analecta.search.ReportResults.FacetValue;

/**
 * The JSON shapes of the API, one record each. Dates are ISO dates ({@code 2014-06-14});
 * every {@code url} is the page a person reads, every {@code api} the address of the same
 * thing here.
 */
final class Json {

	private Json() {
	}

	/**
	 * One page of a list.
	 *
	 * @param total how many items there are over all pages
	 * @param next the address of the next page, null on the last
	 * @param previous the address of the previous page, null on the first
	 * @param facets counts per filter value over all pages (only for searches)
	 * @param messages what the search changed in the query, in plain words
	 */
	record Page<T>(List<T> items, int page, int size, long total, int pages, String next, String previous,
			Facets facets, List<String> messages) {
	}

	/**
	 * Counts per value over the whole result, most frequent first; a value is a filter
	 * value.
	 */
	record Facets(List<FacetValue> countries, List<FacetValue> series, List<FacetValue> years,
			List<FacetValue> speakers, List<FacetValue> outlets, List<FacetValue> verified) {
	}

	record ReportItem(String slug, String title, LocalDate publishedOn, String series, String seriesNumber,
			List<String> countries, String url, String api) {
	}

	record Named(String name, String slug) {
	}

	record Author(String name, String bio) {
	}

	/**
	 * A report in full: its text by section and paragraph, its quotations, notes and
	 * earlier versions.
	 */
	record Report(String slug, String title, LocalDate publishedOn, Named series, String seriesNumber,
			List<Author> authors, List<Named> countries, String sourceUrl, String url, List<Section> sections,
			List<Quotation> quotations, List<Footnote> footnotes, List<Version> versions) {
	}

	/**
	 * @param anchor the fragment in the reader ({@code s2}); the lead section is
	 * {@code s0}
	 */
	record Section(int index, String anchor, String heading, List<Paragraph> paragraphs, List<String> captions) {
	}

	/**
	 * @param footnotes the numbers of the notes the paragraph points at, in order
	 */
	record Paragraph(String anchor, String text, List<Integer> footnotes) {
	}

	/**
	 * @param section the anchor of the section it stands in, null inside a note
	 * @param footnote the number of the note that gives its source, or null
	 * @param permalink an address that keeps leading to the quotation
	 */
	record Quotation(long id, String anchor, String text, String kind, Named speaker, String role,
			String speakerAsWritten, String section, Integer footnote, String url, String permalink, boolean verified) {
	}

	record Footnote(int number, String anchor, String text, Named outlet, Named country, LocalDate date) {
	}

	/** An earlier original of the report, replaced by a later upload. */
	record Version(int revision, String title, String fileName, String mediaType, Instant ingestedAt,
			Instant replacedAt) {
	}

	/**
	 * A quotation found by a search, with where it comes from.
	 *
	 * @param date the date its note gives, else the report's date
	 * @param url the quotation in its report (the {@code #q} anchor)
	 */
	record QuoteHit(long id, String text, Named speaker, String role, String speakerAsWritten, LocalDate date,
			ReportRef report, String section, String sectionHeading, String anchor, Integer footnote, String outlet,
			String url, String permalink, boolean verified) {
	}

	record ReportRef(String slug, String title, LocalDate publishedOn, String series, String seriesNumber, String url) {
	}

	record SpeakerItem(String slug, String name, String kind, long quotes, String url, String api) {
	}

	/**
	 * @param spellings every other way the reports write the name
	 */
	record Speaker(String slug, String name, String kind, List<String> spellings, List<String> roles, long quotes,
			long reports, String url, String quotesApi, String feed) {
	}

	record CountItem(String name, String slug, long reports, String feed) {
	}

}
