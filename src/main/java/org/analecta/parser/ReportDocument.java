package org.analecta.parser;

import java.time.LocalDate;
import java.util.List;

import org.analecta.parser.ParsedReport.SourceFormat;

/**
 * What a reader (HTML or text) hands to the structure builder: the main text as a flat
 * list of typed blocks, with whatever metadata the page declared outside its text.
 * Footnote markers in block text are normalised by the readers to the text forms the
 * footnote extractor knows ({@code [3]}), so that HTML {@code <sup>3</sup>} and plain
 * {@code [3]} are one case.
 *
 * <p>
 * What the structure builder ({@link ReportStructureBuilder}) reads from the blocks: the
 * report's header lines (date, series, title, byline, "Iraq, Iran | ... Series No. 1099")
 * are the first blocks, as headings or paragraphs, one line per block or several lines
 * joined by {@code \n}; the author note is a paragraph opening with {@code *}; endnotes
 * are {@link Kind#NOTE} blocks whose text opens with {@code [n]} (or {@code n.}; without
 * a number they are numbered in order), or paragraphs opening with {@code [n]}, or
 * entries under a "Notes" heading. Boilerplate left in paragraphs ("Share this Report:")
 * is dropped by the builder as well.
 */
record ReportDocument(SourceFormat format, DocumentHints hints, List<Block> blocks) {

	ReportDocument {
		blocks = List.copyOf(blocks);
	}

	record Block(Kind kind, String text) {
	}

	enum Kind {

		/** A section heading (h1-h6, or a line a reader recognised as one). */
		HEADING, PARAGRAPH,
		/** A paragraph inside a block quotation. */
		BLOCKQUOTE,
		/** An image caption or a source line. */
		CAPTION, LIST_ITEM,
		/** An entry of an endnotes list, when the page marks it as such. */
		NOTE

	}

	/**
	 * Metadata the page declares apart from its text (HTML title, meta tags, JSON-LD,
	 * time elements). All fields may be null; the builder prefers what the report's own
	 * header lines say and falls back on these.
	 */
	record DocumentHints(String title, LocalDate publishedOn, List<String> authors, String sourceUrl, String section,
			List<String> keywords) {

		static final DocumentHints NONE = new DocumentHints(null, null, List.of(), null, null, List.of());

	}

}
