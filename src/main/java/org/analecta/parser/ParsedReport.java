package org.analecta.parser;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the parser extracts from one report. A value: it knows nothing of storage.
 * Absent metadata is null (never invented); lists are never null.
 */
public record ParsedReport(SourceFormat format, String title, LocalDate publishedOn, String series, String seriesNumber,
		List<Author> authors, List<String> countries, String sourceUrl, List<Section> sections, List<Quote> quotes,
		List<Footnote> footnotes) {

	public ParsedReport {
		authors = List.copyOf(authors);
		countries = List.copyOf(countries);
		sections = List.copyOf(sections);
		quotes = List.copyOf(quotes);
		footnotes = List.copyOf(footnotes);
	}

	public enum SourceFormat {

		HTML, TEXT

	}

	/** An author, with the bio when the report gives one. */
	public record Author(String name, String bio) {
	}

	/**
	 * The lead (index 0, heading null) or a headed section. Captions are image captions
	 * and source lines, kept apart from the prose.
	 */
	public record Section(int index, String heading, List<Paragraph> paragraphs, List<String> captions) {

		public Section {
			paragraphs = List.copyOf(paragraphs);
			captions = List.copyOf(captions);
		}

		/** Stable anchor used by the reader and by search hits: s0 is the lead. */
		public String anchor() {
			return "s" + index;
		}
	}

	/**
	 * A paragraph's text with footnote markers removed; each reference remembers the
	 * offset in {@code text} where its marker stood, so a reader can put the marker back
	 * as a link.
	 */
	public record Paragraph(String text, List<FootnoteRef> footnoteRefs) {

		public Paragraph {
			footnoteRefs = List.copyOf(footnoteRefs);
		}
	}

	public record FootnoteRef(int number, int offset) {
	}

	/**
	 * A numbered note. Outlet, country and date are parsed from the note when it has them
	 * ({@code Fars (Iran), June 14, 2014.}), otherwise null.
	 */
	public record Footnote(int number, String text, String outlet, String country, LocalDate date) {
	}

	/**
	 * A quotation. {@code section} is the index of the section holding it, or null when
	 * it sits inside a footnote; {@code footnote} is the note that cites it (or holds
	 * it). Speaker is null for unattributed terms (scare quotes, slogans, titles), whose
	 * kind is {@link QuoteKind#TERM}.
	 */
	public record Quote(String text, Speaker speaker, String speakerAsWritten, String cue, Integer section,
			Integer paragraph, Integer footnote, QuoteKind kind, double confidence) {
	}

	/**
	 * A canonical speaker: a person (name without titles, role apart) or an
	 * outlet/institution.
	 */
	public record Speaker(String name, String role, SpeakerKind kind) {
	}

	/**
	 * What a speaker is: a person, an outlet quoted as such ("Kayhan wrote"), or an
	 * institution. The archive stores this enum itself, by constant name, in the database
	 * and the index: renaming a constant needs a migration and a reindex.
	 */
	public enum SpeakerKind {

		PERSON, OUTLET, INSTITUTION

	}

	/**
	 * How a quotation stands in the text. Stored by the archive as it is, by constant
	 * name, in the database and the index: renaming a constant needs a migration and a
	 * reindex.
	 */
	public enum QuoteKind {

		/** A full quoted statement. */
		DIRECT,
		/** A quotation running over several paragraphs. */
		BLOCK,
		/** A quoted phrase inside the author's own sentence. */
		PARTIAL,
		/** A scare quote, title or slogan: nobody's statement. */
		TERM

	}

}
