package org.analecta.report;

/** How a quotation stands in the text; mirrors the parser's kinds. */
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
