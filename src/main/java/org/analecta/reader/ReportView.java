package org.analecta.reader;

import java.time.LocalDate;
import java.util.List;

/**
 * A report shaped for the page: the reader and the admin preview both render it with the
 * same fragment. Text is kept as plain strings in typed pieces, so the template escapes
 * everything and no stored or uploaded markup ever reaches the browser.
 */
public record ReportView(String title, LocalDate publishedOn, String series, String seriesNumber,
		List<AuthorView> authors, List<String> countries, String sourceUrl, List<SectionView> sections,
		List<FootnoteView> footnotes, List<QuoteView> quotes, List<Inline> titleInlines) {

	public ReportView {
		titleInlines = titleInlines == null ? plain(title) : List.copyOf(titleInlines);
		authors = List.copyOf(authors);
		countries = List.copyOf(countries);
		sections = List.copyOf(sections);
		footnotes = List.copyOf(footnotes);
		quotes = List.copyOf(quotes);
	}

	/** A report whose title quotes nobody: the title is its one piece of text. */
	public ReportView(String title, LocalDate publishedOn, String series, String seriesNumber, List<AuthorView> authors,
			List<String> countries, String sourceUrl, List<SectionView> sections, List<FootnoteView> footnotes,
			List<QuoteView> quotes) {
		this(title, publishedOn, series, seriesNumber, authors, countries, sourceUrl, sections, footnotes, quotes,
				null);
	}

	static List<Inline> plain(String text) {
		return text == null ? List.of() : List.of(new Text(text));
	}

	/** "Inquiry & Analysis Series No. 1099", or whichever part is known. */
	public String seriesLine() {
		if (series == null && seriesNumber == null) {
			return null;
		}
		if (seriesNumber == null) {
			return series;
		}
		return (series == null ? "" : series + " ") + "No. " + seriesNumber;
	}

	/** Sections with a heading, for the table of contents (the lead has none). */
	public List<SectionView> headedSections() {
		return sections.stream().filter(s -> s.heading() != null).toList();
	}

	public record AuthorView(String name, String bio) {
	}

	/**
	 * A section: its stable anchor ({@code s3}), heading (null for the lead), blocks and
	 * captions.
	 */
	public record SectionView(String anchor, String heading, List<ParagraphView> paragraphs, List<CaptionView> captions,
			List<Inline> headingInlines) {

		public SectionView {
			headingInlines = headingInlines == null ? plain(heading) : List.copyOf(headingInlines);
		}

		public SectionView(String anchor, String heading, List<ParagraphView> paragraphs, List<CaptionView> captions) {
			this(anchor, heading, paragraphs, captions, null);
		}

	}

	/**
	 * A paragraph. {@code continues} is the anchor of the quotation running over several
	 * paragraphs that this one carries on (null for the author's own paragraphs and for
	 * the one a quotation starts in), so the page can set every quoted paragraph apart.
	 */
	public record ParagraphView(List<Inline> inlines, String continues) {
	}

	/** An image caption or source line, with any link lost on saving marked as such. */
	public record CaptionView(List<Inline> inlines) {
	}

	/**
	 * A numbered note: anchor {@code fn3}, its text, the outlet it names, and the markers
	 * that point at it.
	 */
	public record FootnoteView(int number, String anchor, List<Inline> inlines, String outlet, String country,
			LocalDate date, List<String> backReferences) {
	}

	/**
	 * A quotation with its anchor ({@code q12}) and speaker, for the preview and lists.
	 */
	public record QuoteView(String anchor, String text, String speaker, String role, String speakerHref, String kind,
			String where) {
	}

	/**
	 * A piece of running text: plain text, a footnote marker, a marked quotation, or the
	 * place of a link that was lost when the page was saved.
	 */
	public sealed interface Inline permits Text, NoteMarker, QuoteSpan, LostLink {

		String type();

	}

	public record Text(String text) implements Inline {

		@Override
		public String type() {
			return "text";
		}

	}

	/**
	 * A footnote marker: links to {@code #fn<number>}, and is itself the target
	 * {@code id} the note links back to.
	 */
	public record NoteMarker(int number, String id) implements Inline {

		@Override
		public String type() {
			return "note";
		}

	}

	/**
	 * A quotation, or the part of one that stands in this paragraph, with its anchor and
	 * speaker (link may be null in a preview). {@code labelled} is true where the
	 * speaker's label follows: after the part that closes the quotation, outside its
	 * closing mark. A quotation running over several paragraphs has one part per
	 * paragraph: the first carries the quote's anchor ({@code q6}), the others
	 * {@code q6-2}, {@code q6-3}…
	 */
	public record QuoteSpan(String id, String speaker, String speakerHref, List<Inline> children,
			boolean labelled) implements Inline {

		@Override
		public String type() {
			return "quote";
		}

	}

	/**
	 * A link the saved page no longer has: MEMRI's pages link the outlet's name, and a
	 * page saved without its links leaves ", June 13, 2014." or "(Source:, accessed …)".
	 * Shown as a mark rather than left as a dangling comma.
	 */
	public record LostLink() implements Inline {

		@Override
		public String type() {
			return "lost";
		}

	}

}
