package org.analecta.parser;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotation spans in the paragraphs of one flow (a section, or a footnote):
 * straight and curly double quotes, and quotations running over several paragraphs in the
 * print convention where each paragraph opens with a quote mark and only the last one
 * closes. Single quotes are left alone: inside a quotation they are nested quotes,
 * outside they are mostly apostrophes. One pass over the characters.
 */
final class QuoteScanner {

	/**
	 * Replaces quoted text in masked copies, so that names and cues inside quotations are
	 * not seen.
	 */
	static final char MASK = '░';

	private QuoteScanner() {
	}

	static List<QuoteSpan> scan(List<String> paragraphs) {
		List<QuoteSpan> spans = new ArrayList<>();
		Open open = null;
		for (int p = 0; p < paragraphs.size(); p++) {
			String text = paragraphs.get(p);
			int from = 0;
			if (open != null) {
				int first = firstNonSpace(text);
				if (first < text.length() && isOpening(text.charAt(first))) {
					// The print convention: a quotation goes on in this paragraph.
					open.pieces.add(new Piece(p, first + 1, text.length()));
					from = first + 1;
				}
				else {
					spans.add(open.close(false, paragraphs));
					open = null;
				}
			}
			for (int i = from; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == '“' && open != null && open.germanStyle) {
					// German „...“: the mark that opens English quotations closes this
					// one.
					open.end(p, i);
					spans.add(open.close(true, paragraphs));
					open = null;
				}
				else if (c == '“' && writtenAsClosing(text, i)) {
					// '“It's unusual,“ said Larry Noble': a mark set against the word
					// before it and apart from the next closes, whichever way it curls.
					if (open != null) {
						open.end(p, i);
						spans.add(open.close(true, paragraphs));
						open = null;
					}
				}
				else if (c == '“' || c == '„' || c == '«') {
					if (open == null) {
						open = new Open(p, i, text.length());
						open.germanStyle = c == '„';
					}
				}
				else if (c == '”' && open == null && writtenAsOpening(text, i)) {
					// '”Mr. Trump embodies …”': a mark apart from the word before it and
					// against the word after it opens, whichever way it curls.
					open = new Open(p, i, text.length());
				}
				else if (c == '”' || c == '»') {
					if (open != null) {
						open.end(p, i);
						spans.add(open.close(true, paragraphs));
						open = null;
					}
				}
				else if (c == '"') {
					if (open != null) {
						if (canClose(text, i)) {
							open.end(p, i);
							spans.add(open.close(true, paragraphs));
							open = null;
						}
						else {
							int sentenceEnd = lastSentenceEnd(text, open.pieces.getLast(), p, i);
							if (sentenceEnd >= 0) {
								// 'they are "exaggerating ... . In her interview, X
								// stated "...':
								// the first quotation never closed; this mark opens the
								// next.
								open.end(p, sentenceEnd);
								spans.add(open.close(false, paragraphs));
								open = new Open(p, i, text.length());
							}
						}
					}
					else if (canOpen(text, i)) {
						open = new Open(p, i, text.length());
					}
				}
			}
		}
		if (open != null) {
			spans.add(open.close(false, paragraphs));
		}
		spans.removeIf(span -> span.text().codePoints().noneMatch(Character::isLetter));
		return spans;
	}

	/**
	 * Whether the mark at {@code i} stands where a closing mark does: right after a
	 * letter or punctuation and before a space or the paragraph's end.
	 */
	private static boolean writtenAsClosing(String text, int i) {
		return i > 0 && !Chars.isWhitespace(text.charAt(i - 1)) && text.charAt(i - 1) != '('
				&& (i + 1 == text.length() || Chars.isWhitespace(text.charAt(i + 1)));
	}

	/**
	 * Whether the mark at {@code i} stands where an opening mark does: at the paragraph's
	 * start or after a space, and right before a letter or digit.
	 */
	private static boolean writtenAsOpening(String text, int i) {
		return (i == 0 || Chars.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(') && i + 1 < text.length()
				&& Character.isLetterOrDigit(text.charAt(i + 1));
	}

	/**
	 * Copies of the paragraphs with quoted text masked; a final . ! ? or , of a quotation
	 * stays visible.
	 */
	static List<String> mask(List<String> paragraphs, List<QuoteSpan> spans) {
		// Copied only when a quotation touches it: an untouched paragraph stays the same
		// String,
		// so that its tokens can be reused.
		StringBuilder[] masked = new StringBuilder[paragraphs.size()];
		for (QuoteSpan span : spans) {
			for (Piece piece : span.pieces()) {
				if (masked[piece.paragraph()] == null) {
					masked[piece.paragraph()] = new StringBuilder(paragraphs.get(piece.paragraph()));
				}
				StringBuilder text = masked[piece.paragraph()];
				int end = piece.end();
				int keep = end - 1;
				boolean keepLast = keep >= piece.start() && ".!?,".indexOf(text.charAt(keep)) >= 0;
				for (int i = piece.start(); i < end; i++) {
					if (!(keepLast && i == keep) && !Chars.isWhitespace(text.charAt(i))) {
						text.setCharAt(i, MASK);
					}
				}
			}
		}
		List<String> out = new ArrayList<>(paragraphs.size());
		for (int p = 0; p < paragraphs.size(); p++) {
			out.add(masked[p] == null ? paragraphs.get(p) : masked[p].toString());
		}
		return List.copyOf(out);
	}

	private static boolean isOpening(char c) {
		return c == '"' || c == '“' || c == '„' || c == '«';
	}

	/** A straight quote opens when text follows it and it is not an inch mark (12"). */
	private static boolean canOpen(String text, int i) {
		if (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))) {
			return false;
		}
		return !(i > 0 && Character.isDigit(text.charAt(i - 1)));
	}

	/**
	 * A straight quote closes unless it is followed by a word and preceded by a space
	 * ("the "x).
	 */
	private static boolean canClose(String text, int i) {
		boolean spaceBefore = i == 0 || Character.isWhitespace(text.charAt(i - 1));
		boolean wordAfter = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
		return !(spaceBefore && wordAfter);
	}

	/**
	 * Where the last sentence inside an open quotation's piece ends before an opening
	 * straight mark at {@code mark} (just after its full stop), or -1: a quotation left
	 * unclosed ends there rather than swallowing the author's next sentence.
	 */
	private static int lastSentenceEnd(String text, Piece piece, int paragraph, int mark) {
		if (piece.paragraph() != paragraph) {
			return -1;
		}
		for (int i = mark - 2; i > piece.start(); i--) {
			char c = text.charAt(i);
			if (c == '"' || c == '“' || c == '”') {
				return -1;
			}
			if ((c == '.' || c == '?' || c == '!') && Character.isWhitespace(text.charAt(i + 1)) && i + 2 < mark
					&& Character.isUpperCase(text.charAt(i + 2))) {
				return i + 1;
			}
		}
		return -1;
	}

	private static int firstNonSpace(String text) {
		int i = 0;
		while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		return i;
	}

	/**
	 * The quoted text inside one paragraph: from the first quoted character to before the
	 * closing mark.
	 */
	record Piece(int paragraph, int start, int end) {
	}

	/**
	 * One quotation: where its opening mark stands, where its closing mark stands (the
	 * last paragraph's length when it never closes), and its text piece by piece.
	 */
	record QuoteSpan(int firstParagraph, int open, int lastParagraph, int close, boolean closed, List<Piece> pieces,
			String text) {

		boolean multiParagraph() {
			return lastParagraph > firstParagraph;
		}

		/** Offset just after the closing mark in the last paragraph. */
		int after() {
			return closed ? close + 1 : close;
		}

	}

	private static final class Open {

		private final int paragraph;

		private final int open;

		private final List<Piece> pieces = new ArrayList<>();

		private boolean germanStyle;

		Open(int paragraph, int open, int length) {
			this.paragraph = paragraph;
			this.open = open;
			this.pieces.add(new Piece(paragraph, open + 1, length));
		}

		void end(int p, int at) {
			Piece last = pieces.getLast();
			pieces.set(pieces.size() - 1, new Piece(p, last.start(), at));
		}

		QuoteSpan close(boolean closed, List<String> paragraphs) {
			Piece last = pieces.getLast();
			StringBuilder text = new StringBuilder();
			for (Piece piece : pieces) {
				String part = paragraphs.get(piece.paragraph()).substring(piece.start(), piece.end()).strip();
				if (!part.isEmpty()) {
					text.append(text.isEmpty() ? "" : "\n\n").append(part);
				}
			}
			return new QuoteSpan(paragraph, open, last.paragraph(), last.end(), closed, List.copyOf(pieces),
					text.toString());
		}

	}

}
