package org.analecta.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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

	static List<QuoteSpan> scan(List<String> written) {
		List<String> paragraphs = SingleMarks.asDouble(written);
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
				else if (lostOpeningMark(text, first)) {
					// '"We are concerned … to us.' over 'Military activities … ensured,"
					// the Russian Foreign Ministry quoted Zakharova as saying': the
					// quotation goes on in a paragraph that lost its opening mark.
					open.pieces.add(new Piece(p, first, text.length()));
					from = first;
				}
				else {
					spans.add(open.close(false, paragraphs));
					open = null;
				}
			}
			if (open == null) {
				int first = firstNonSpace(text);
				if (lostOpeningMark(text, first)) {
					// 'To declare war … by a party," said Nabil de Freige': the page
					// lost the opening mark; the closing one and the tag remain.
					open = new Open(p, first, first, text.length());
					from = first;
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
					else if (c == '“' && !open.germanStyle && closingMarksFrom(text, i + 1) >= open.nested + 2) {
						// '“… celebrations of its “glorious achievements”… what really
						// matters …” – Salman Al-Dossary': a quotation inside another in
						// the same marks, when the paragraph closes both.
						open.nested++;
					}
				}
				else if (c == '”' && open == null && writtenAsOpening(text, i)) {
					// '”Mr. Trump embodies …”': a mark apart from the word before it and
					// against the word after it opens, whichever way it curls.
					open = new Open(p, i, text.length());
				}
				else if (c == '”' && open != null && open.nested > 0) {
					open.nested--;
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
						if (open.nestedStraight > 0 && canClose(text, i)) {
							open.nestedStraight--;
						}
						else if (canClose(text, i)) {
							open.end(p, i);
							spans.add(open.close(true, paragraphs));
							open = null;
						}
						else {
							int sentenceEnd = closesInnerThenOuter(text, i) ? -1
									: lastSentenceEnd(text, open.pieces.getLast(), p, i);
							if (sentenceEnd >= 0) {
								// 'they are "exaggerating ... . In her interview, X
								// stated "...':
								// the first quotation never closed; this mark opens the
								// next.
								open.end(p, sentenceEnd);
								spans.add(open.close(false, paragraphs));
								open = new Open(p, i, text.length());
							}
							else if (closesInnerThenOuter(text, i)) {
								// '"We will vote "no" or refrain …"': a quotation
								// inside another in straight marks, when the paragraph
								// closes both (tried before the sentence rule above).
								open.nestedStraight++;
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

	/** The closing curly marks in the paragraph from the offset on. */
	private static int closingMarksFrom(String text, int from) {
		int marks = 0;
		for (int i = text.indexOf('”', from); i >= 0; i = text.indexOf('”', i + 1)) {
			marks++;
		}
		return marks;
	}

	/**
	 * Whether the straight marks after an opening one at {@code i} inside an open
	 * quotation close a nested quotation and then the outer one: the next mark can close
	 * and, after at most {@link #MAX_NESTED_PAIRS} more quotations opened and closed
	 * inside, a later one closes too. A flood of marks where every other one opens is no
	 * nesting, and only a few marks are read, so the scan stays linear.
	 */
	private static boolean closesInnerThenOuter(String text, int i) {
		int inner = text.indexOf('"', i + 1);
		if (inner < 0 || !canClose(text, inner)) {
			return false;
		}
		// '"He would not say "Saudi Arabia," but "the Arabian Peninsula." He believed
		// …"': more quotations inside, each opened and closed, before the outer close.
		for (int pairs = 0; pairs < MAX_NESTED_PAIRS; pairs++) {
			int next = text.indexOf('"', inner + 1);
			if (next < 0) {
				return false;
			}
			if (canClose(text, next)) {
				return true;
			}
			inner = text.indexOf('"', next + 1);
			if (inner < 0 || !canClose(text, inner)) {
				return false;
			}
		}
		return false;
	}

	/** Most quotations nested one after another inside a quotation in straight marks. */
	private static final int MAX_NESTED_PAIRS = 3;

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

	/**
	 * Whether a paragraph opens a quotation whose opening mark is missing: it starts with
	 * a capital, and its first quote mark closes a clause of at least four words (after a
	 * comma, question or exclamation mark) and at most three sentences, and is followed
	 * by a speech tag ("," said X, ," X said). A closing mark with no opening one before
	 * it and a tag right after it is nearly always such a lost mark.
	 */
	static boolean lostOpeningMark(String text, int first) {
		if (first >= text.length() || !Character.isUpperCase(text.charAt(first))) {
			return false;
		}
		int words = 1;
		int sentences = 1;
		for (int i = first; i < text.length() && sentences <= MAX_SENTENCES_UNOPENED; i++) {
			char c = text.charAt(i);
			if (c == ' ') {
				words++;
				if (i + 1 < text.length() && Character.isUpperCase(text.charAt(i + 1))
						&& ".?!".indexOf(text.charAt(i - 1)) >= 0) {
					sentences++;
				}
			}
			else if (c == '"' || c == '”' || c == '“') {
				char before = text.charAt(i - 1);
				return words >= 4 && (before == ',' || before == '?' || before == '!')
						&& (c != '“' || writtenAsClosing(text, i)) && speechTagAfter(text, i + 1);
			}
			else if (c == '„' || c == '«' || c == '»' || c == '\n') {
				return false;
			}
		}
		return false;
	}

	/**
	 * The most sentences a quotation with a lost opening mark is taken to hold: a longer
	 * run before the mark is more likely a paragraph that took the lines before the
	 * quotation with it (text saved with single line breaks).
	 */
	private static final int MAX_SENTENCES_UNOPENED = 3;

	/**
	 * The speech verbs that show a lost opening mark: fewer than the tag matcher's cue
	 * verbs, since here they decide that a quotation exists at all.
	 */
	private static final Set<String> TAG_VERBS = Set.of("said", "says", "added", "adds", "told", "tells", "asked",
			"asks", "explained", "insisted", "noted", "stated", "declared", "continued", "wrote", "writes", "argued",
			"warned", "stressed", "recalled", "concluded", "replied", "charged", "quoted", "cited");

	/**
	 * Whether a speech verb comes within the first six words after {@code from}, before
	 * the sentence ends or another quotation opens.
	 */
	private static boolean speechTagAfter(String text, int from) {
		int words = 0;
		int i = from;
		while (i < text.length() && words < 6) {
			while (i < text.length() && text.charAt(i) == ' ') {
				i++;
			}
			int start = i;
			while (i < text.length() && Character.isLetter(text.charAt(i))) {
				i++;
			}
			if (start == i) {
				return false;
			}
			if (TAG_VERBS.contains(text.substring(start, i))) {
				return true;
			}
			words++;
			while (i < text.length() && text.charAt(i) != ' ') {
				char c = text.charAt(i);
				if (c == '.' || c == ';' || c == '"' || c == '“' || c == '”') {
					return false;
				}
				i++;
			}
		}
		return false;
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

		/** Quotations opened inside this one in the same marks and not yet closed. */
		private int nested;

		/** The same for quotations in straight marks. */
		private int nestedStraight;

		Open(int paragraph, int open, int length) {
			this(paragraph, open, open + 1, length);
		}

		/**
		 * A quotation whose text starts at {@code textStart}: right after its opening
		 * mark, or at {@code open} itself when the mark is lost.
		 */
		Open(int paragraph, int open, int textStart, int length) {
			this.paragraph = paragraph;
			this.open = open;
			this.pieces.add(new Piece(paragraph, textStart, length));
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

	/** Whether no quotation touches [from, to) of the masked paragraph. */
	static boolean quotationFree(String maskedText, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = maskedText.charAt(i);
			if (c == QuoteScanner.MASK || c == '"' || c == '“' || c == '”') {
				return false;
			}
		}
		return true;
	}

}
