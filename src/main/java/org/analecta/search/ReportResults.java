package org.analecta.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of report hits, the facet counts of the whole result, and what the user should
 * be told.
 *
 * @param total number of matching reports (all pages); when {@code totalExact} is false,
 * only a lower bound: there are at least this many
 * @param messages repairs made to a broken query and other notes, in plain words; empty
 * when none
 * @param didYouMean a corrected query when some word occurs nowhere in the archive, else
 * null
 * @param approximate true when nothing matched exactly and the hits are for similar
 * spellings
 */
public record ReportResults(ReportQuery query, long total, boolean totalExact, List<Hit> hits, Facets facets,
		List<String> messages, String didYouMean, boolean approximate) {

	public ReportResults {
		hits = List.copyOf(hits);
		messages = List.copyOf(messages);
	}

	/** Results counted exactly. */
	public ReportResults(ReportQuery query, long total, List<Hit> hits, Facets facets, List<String> messages,
			String didYouMean, boolean approximate) {
		this(query, total, true, hits, facets, messages, didYouMean, approximate);
	}

	/**
	 * The pages known to exist: all of them when the total is exact, else those the lower
	 * bound fills (which the search makes reach the page after this one when there is
	 * one), so the pager never offers an empty page.
	 */
	public int pageCount() {
		return (int) Math.min((total + query.size() - 1) / query.size(), Integer.MAX_VALUE);
	}

	/**
	 * A matching report.
	 *
	 * @param titleHtml the title, HTML-escaped, with matched words in {@code <mark>}
	 * @param passages the best matching passages, best first (at most three), each in its
	 * section
	 */
	public record Hit(long id, String slug, String title, String titleHtml, LocalDate publishedOn, String series,
			String seriesNumber, List<String> countries, List<String> authors, List<Passage> passages) {

		public Hit {
			countries = List.copyOf(countries);
			authors = List.copyOf(authors);
			passages = List.copyOf(passages);
		}

	}

	/**
	 * A passage of a report: {@code html} is escaped text with the matched words in
	 * {@code <mark>}, safe to insert as is; {@code sectionAnchor} is the reader's
	 * fragment: the section ("s3"), or the footnote ("fn3", heading "Note 3") when the
	 * words matched in a note. {@code headingHtml} is the heading as a label, escaped,
	 * with the query's words in it marked as in {@code html} (a passage shown for its
	 * heading's match has them only there); null without a heading.
	 */
	public record Passage(String sectionAnchor, String sectionHeading, String html, String headingHtml) {

		/** A passage whose heading marks nothing (yet). */
		public Passage(String sectionAnchor, String sectionHeading, String html) {
			this(sectionAnchor, sectionHeading, html,
					sectionHeading == null ? null : Highlights.escape(sectionHeading));
		}

		/** The same passage, its heading label marked by the search's highlighter. */
		Passage withHeadingMarked(Highlights.ForQuery highlight) {
			return sectionHeading == null ? this
					: new Passage(sectionAnchor, sectionHeading, html, highlight.whole(sectionHeading));
		}

	}

	/**
	 * Counts per value over all matching reports (not only this page), most frequent
	 * first.
	 */
	public record Facets(List<FacetValue> countries, List<FacetValue> series, List<FacetValue> years,
			List<FacetValue> speakers, List<FacetValue> outlets) {

		public Facets {
			countries = List.copyOf(countries);
			series = List.copyOf(series);
			years = List.copyOf(years);
			speakers = List.copyOf(speakers);
			outlets = List.copyOf(outlets);
		}

		static final Facets NONE = new Facets(List.of(), List.of(), List.of(), List.of(), List.of());

	}

	public record FacetValue(String value, long count) {
	}

}
