package org.analecta.search;

import java.time.LocalDate;
import java.util.List;

import org.analecta.search.ReportResults.FacetValue;
import org.analecta.search.ReportResults.Facets;

/**
 * One page of quote hits.
 *
 * @param speakers how many matching quotes each speaker has (all pages), most first
 * @param messages repairs made to a broken query, in plain words
 * @param didYouMean a corrected query when a word occurs nowhere, else null
 * @param facets counts per country, series and outlet over all matching quotes (years
 * empty; speakers as in {@code speakers})
 * @param verified counts of verified ("true") and unverified ("false") matching quotes
 * @param similarSpeaker when no speaker had the name asked for: the one with a similar
 * name whose quotes these are, else null
 */
public record QuoteResults(QuoteQuery query, long total, List<Hit> hits, List<FacetValue> speakers,
		List<String> messages, String didYouMean, boolean approximate, Facets facets, List<FacetValue> verified,
		String similarSpeaker) {

	public QuoteResults(QuoteQuery query, long total, List<Hit> hits, List<FacetValue> speakers, List<String> messages,
			String didYouMean, boolean approximate) {
		this(query, total, hits, speakers, messages, didYouMean, approximate, Facets.NONE, List.of(), null);
	}

	public QuoteResults {
		hits = List.copyOf(hits);
		speakers = List.copyOf(speakers);
		messages = List.copyOf(messages);
		facets = facets == null ? Facets.NONE : facets;
		verified = verified == null ? List.of() : List.copyOf(verified);
	}

	public int pageCount() {
		return (int) ((total + query.size() - 1) / query.size());
	}

	/**
	 * A quote and where it comes from.
	 *
	 * @param html the quote, HTML-escaped, matched words in {@code <mark>}
	 * @param sectionAnchor the section it stands in ("s3"), null for a quote inside a
	 * footnote
	 * @param quoteAnchor the quote's own anchor in the reader ("q12")
	 * @param outlet the outlet its footnote cites, or null
	 * @param sourceDate the date its footnote gives, or null
	 * @param sectionHeading the heading of its section, or null
	 * @param verified whether an editor has checked the quote against its source
	 */
	public record Hit(long id, String text, String html, String speakerName, String speakerSlug, String role,
			String speakerAsWritten, String reportSlug, String reportTitle, LocalDate reportDate, String series,
			String seriesNumber, String sectionAnchor, String quoteAnchor, Integer footnoteNumber, String outlet,
			LocalDate sourceDate, String sectionHeading, boolean verified) {

		public Hit(long id, String text, String html, String speakerName, String speakerSlug, String role,
				String speakerAsWritten, String reportSlug, String reportTitle, LocalDate reportDate, String series,
				String seriesNumber, String sectionAnchor, String quoteAnchor, Integer footnoteNumber, String outlet,
				LocalDate sourceDate) {
			this(id, text, html, speakerName, speakerSlug, role, speakerAsWritten, reportSlug, reportTitle, reportDate,
					series, seriesNumber, sectionAnchor, quoteAnchor, footnoteNumber, outlet, sourceDate, null, false);
		}

	}

}
