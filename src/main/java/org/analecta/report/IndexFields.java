package org.analecta.report;

/**
 * The field paths of the two search indexes, as the mapping annotations of the entities
 * produce them (most are named after their property; those named explicitly use these
 * constants) and as the searches query, sort, facet and project them. Kept beside the
 * mapping, because annotations need compile-time constants and this package depends on no
 * search class.
 */
public final class IndexFields {

	/** A speaker's canonical name, analysed (the property is {@code canonicalName}). */
	public static final String NAME = "name";

	/**
	 * The keyword twin of a name (authors, outlets, speakers): whole, for facets and
	 * exact filters.
	 */
	public static final String NAME_KEYWORD = "name_keyword";

	/**
	 * The position gap between the values of an analysed field, and so the positions a
	 * part of a report's text ({@link Report#getTextParts()}) may take: a word at
	 * position p is in part p / PART while the report has fewer words than this, about
	 * 100 KB of prose. (In a longer report later words are taken for a later part; its
	 * passages are then found by highlighting every section.) A larger gap makes larger
	 * positions, which take more bits in the index.
	 */
	public static final int PART = 1 << 14;

	/** Parts of a report's text at most: their positions stay below 2^31. */
	public static final int MAX_PARTS = 100_000;

	private IndexFields() {
	}

	/** The report index ({@link Report}). */
	public static final class Reports {

		/** The whole text: every paragraph and heading, for matching. */
		public static final String TEXT = "text";

		/**
		 * How many positions each value of {@link #TEXT} takes, in order: stored, not
		 * searched (search.PartWords).
		 */
		public static final String PART_WORDS = "text_part_words";

		/**
		 * How many of the values of {@link #TEXT} are sections: the rest are footnotes.
		 */
		public static final String SECTION_COUNT = "section_count";

		public static final String TITLE = "title";

		/** The title folded for sorting. */
		public static final String TITLE_SORT = "title_sort";

		public static final String SLUG = "slug";

		public static final String PUBLISHED_ON = "publishedOn";

		public static final String YEAR = "year";

		public static final String SERIES_NAME = "series.name";

		public static final String SERIES_SLUG = "series.slug";

		public static final String SERIES_NUMBER = "seriesNumber";

		public static final String COUNTRY_NAME = "countries.name";

		/** Stored in the order of the report's byline. */
		public static final String AUTHOR_NAME = "authors." + NAME_KEYWORD;

		public static final String COUNTRY_SLUG = "countries.slug";

		/** Keys of every spelling of every quoted speaker (search.NameKeys). */
		public static final String SPEAKER_NAMES = "speaker_names";

		/**
		 * Transliteration keys of the name-like words of the text (search.NameKeys): a
		 * search for "Rouhani" finds a report that writes Rohani.
		 */
		public static final String NAME_KEYS = "name_keys";

		/** Canonical names of the quoted speakers, for the facet. */
		public static final String SPEAKER = "speaker";

		public static final String SPEAKER_SLUG = "speaker_slug";

		/** Outlets cited in the footnotes, for the facet. */
		public static final String OUTLET = "outlet";

		private Reports() {
		}

	}

	/** The quote index ({@link Quote}). */
	public static final class Quotes {

		public static final String TEXT = "text";

		public static final String NUMBER = "number";

		public static final String KIND = "kind";

		public static final String VERIFIED = "verified";

		public static final String ROLE = "role";

		public static final String SPEAKER_AS_WRITTEN = "speakerAsWritten";

		public static final String SPEAKER_AS_WRITTEN_KEYS = "speakerAsWritten_keys";

		/** The keys of every spelling of the speaker, a value per spelling. */
		public static final String SPEAKER_SPELLING_KEYS = "speakerSpellings_keys";

		/** Keys of every word of the speaker's canonical name. */
		public static final String SPEAKER_NAME = "speaker." + NAME;

		public static final String SPEAKER_NAME_KEYWORD = "speaker." + NAME_KEYWORD;

		public static final String SPEAKER_SLUG = "speaker.slug";

		public static final String SPEAKER_KIND = "speaker.kind";

		public static final String SPEAKER_ALIAS = "speaker.aliases.spelling";

		public static final String REPORT_SLUG = "report.slug";

		public static final String REPORT_TITLE = "report.title";

		public static final String REPORT_PUBLISHED_ON = "report.publishedOn";

		public static final String REPORT_SERIES_NAME = "report.series.name";

		public static final String REPORT_SERIES_SLUG = "report.series.slug";

		public static final String REPORT_SERIES_NUMBER = "report.seriesNumber";

		public static final String REPORT_COUNTRY_NAME = "report.countries.name";

		public static final String REPORT_COUNTRY_SLUG = "report.countries.slug";

		public static final String SECTION_ANCHOR = "section.anchor";

		public static final String SECTION_HEADING = "section.heading";

		public static final String FOOTNOTE_NUMBER = "footnote.number";

		public static final String FOOTNOTE_DATE = "footnote.date";

		public static final String FOOTNOTE_OUTLET_NAME = "footnote.outlet.name";

		public static final String FOOTNOTE_OUTLET_NAME_KEYWORD = "footnote.outlet." + NAME_KEYWORD;

		public static final String FOOTNOTE_OUTLET_SLUG = "footnote.outlet.slug";

		private Quotes() {
		}

	}

}
