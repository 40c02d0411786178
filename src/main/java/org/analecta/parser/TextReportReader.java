package org.analecta.parser;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Pattern;

import org.analecta.parser.ParsedReport.SourceFormat;
import org.analecta.parser.ReportDocument.Block;
import org.analecta.parser.ReportDocument.DocumentHints;
import org.analecta.parser.ReportDocument.Kind;

/**
 * Plain-text reports like the seed: blocks separated by blank lines. Hard-wrapped lines
 * are joined into their paragraph; a line that starts a new item (an endnote, a bullet, a
 * header line with "|") stays apart. Each block is then judged: boilerplate is dropped,
 * and endnotes, captions, headings, list items and quotations are told from paragraphs.
 */
final class TextReportReader implements ReportReader {

	/** What {@link #normaliseSpaces} does with a char. */
	private static final int KEEP = 0;

	private static final int SPACE = 1;

	private static final int DROP = 2;

	private static final Pattern BULLET = Pattern.compile("^(?:[-•·–]|\\*(?=\\s))\\s+");

	private static final Pattern NUMBERED_ITEM = Pattern.compile("^\\(?\\d{1,3}[.)]\\s");

	/**
	 * Lines at least this long are taken as hard-wrapped when the next line continues
	 * them.
	 */
	private static final int MIN_WRAP_WIDTH = 40;

	/**
	 * Lines this long were never wrapped by hand or by a mail program: a block whose
	 * longest line reaches it was saved a paragraph a line, so a line ending a sentence
	 * ends its paragraph. The next line opening a quotation then opens a paragraph of its
	 * own, as a quotation running over paragraphs is written.
	 */
	private static final int UNWRAPPED_WIDTH = 200;

	/** "URL: https://..." as the first line: the address the text was saved from. */
	private static final Pattern URL_LINE = Pattern.compile(
			"^\\s{0,20}(?:URL|Source URL|Saved from)\\s?:\\s{0,3}(?<url>(?:https?://|www\\.)\\S{1,2000})\\s{0,20}$",
			Pattern.CASE_INSENSITIVE);

	/** A page store's date before the text: " date 2020-12-03 ". */
	private static final Pattern STORED_DATE = Pattern.compile("\\s{0,20}date (?<date>\\d{4}-\\d{2}-\\d{2})[ \\t]+");

	/**
	 * A JSON object this long (in lines) is page data, not text; longer runs are left
	 * alone.
	 */
	private static final int MAX_JSON_LINES = 400;

	/** A web server's failed include, saved with the page wherever it stood. */
	private static final Pattern SERVER_INCLUDE_ERROR = Pattern
		.compile("\\[an error occurred while processing this directive\\]\\s?");

	@Override
	public ReportDocument read(String content) {
		String sourceUrl = null;
		int firstLineEnd = content.indexOf('\n');
		String firstLine = firstLineEnd < 0 ? content : content.substring(0, firstLineEnd);
		var url = firstLine.length() <= 2100 ? URL_LINE.matcher(firstLine) : null;
		if (url != null && url.matches()) {
			sourceUrl = url.group("url");
			content = firstLineEnd < 0 ? "" : content.substring(firstLineEnd + 1);
		}
		content = SERVER_INCLUDE_ERROR.matcher(content).replaceAll("");
		// " date 2020-12-03 Prominent columnists …": the date a page store keeps for the
		// page, written before its text; the page's own date, as an HTML page's
		// metadata gives it.
		LocalDate storedDate = null;
		var stored = STORED_DATE.matcher(content);
		if (stored.lookingAt()) {
			try {
				storedDate = LocalDate.parse(stored.group("date"));
				content = content.substring(stored.end());
			}
			catch (DateTimeParseException impossible) {
				// "date 2020-13-45" is no date: the text stays as it is.
			}
		}
		List<List<String>> rawBlocks = splitOnBlankLines(content);
		List<String> units = new ArrayList<>();
		boolean header = true;
		for (List<String> lines : rawBlocks) {
			List<String> joined = joinWrappedLines(lines, header);
			for (int j = 0; j < joined.size(); j++) {
				String unit = joined.get(j);
				int last = units.size() - 1;
				// The first line is the headline, whole however it ends ("…; he decided
				// not to"): a line under it in capitals is no part of it.
				boolean underHeadline = last == 0 && Character.isUpperCase(unit.codePointAt(0));
				if (j == 0 && last >= 0 && !underHeadline && brokenMidSentence(units.get(last), unit)
						&& !isHeaderLine(unit)) {
					// A page saved with a blank line after every wrapped line ("… said in
					// a
					// cabinet meeting that Iran", "is used to these kinds of …").
					units.set(last, units.get(last) + " " + unit);
				}
				else {
					units.add(unit);
				}
			}
			header &= joined.stream().noneMatch(TextReportReader::isProse);
		}
		List<Block> blocks = new ArrayList<>();
		boolean inNotes = false;
		for (int i = 0; i < units.size(); i++) {
			String unit = units.get(i);
			String next = i + 1 < units.size() ? units.get(i + 1) : null;
			Block block = classify(unit, next, inNotes);
			if (block != null && block.kind() != Kind.CAPTION && i > 0
					&& (creditsName(units.get(i - 1), unit) || captionAgainWithCredit(units.get(i - 1), unit))) {
				// "AP Photo/Ebrahim Noroozi" over "Ebrahim Noroozi"; a caption saved
				// again with its credit
				block = new Block(Kind.CAPTION, unit);
			}
			if (block == null) {
				continue;
			}
			if (block.kind() == Kind.HEADING && BlockRules.isNotesHeading(block.text())) {
				inNotes = true;
			}
			else if (block.kind() == Kind.HEADING) {
				inNotes = false;
			}
			blocks.add(block);
		}
		DocumentHints hints = sourceUrl == null && storedDate == null ? DocumentHints.NONE
				: new DocumentHints(null, storedDate, List.of(), sourceUrl, null, List.of());
		return new ReportDocument(SourceFormat.TEXT, hints, blocks);
	}

	private static Block classify(String unit, String next, boolean inNotes) {
		if (BlockRules.isBoilerplate(unit)) {
			return null;
		}
		if (FootnoteMarkerScanner.startsWithNote(unit) || (inNotes && NUMBERED_ITEM.matcher(unit).lookingAt())) {
			return new Block(Kind.NOTE, unit);
		}
		if (BlockRules.looksLikeCaption(unit) && !BlockRules.storySourceLine(unit, next)
				|| captionAboveSource(unit, next) || captionAboveItsCredit(unit, next)) {
			return new Block(Kind.CAPTION, unit);
		}
		if (unit.startsWith(">")) {
			return new Block(Kind.BLOCKQUOTE, unit.replaceFirst("^>+\\s*", ""));
		}
		var bullet = BULLET.matcher(unit);
		if (bullet.lookingAt()) {
			return new Block(Kind.LIST_ITEM, unit.substring(bullet.end()));
		}
		if (BlockRules.looksLikeHeading(unit) && !unit.contains(" | ")) {
			return new Block(Kind.HEADING, unit);
		}
		if (next != null && BlockRules.looksLikeShortHeading(unit) && BlockRules.words(next) >= 20
				&& !unit.contains(" | ") && !ReportDates.isDateLine(unit)) {
			return new Block(Kind.HEADING, unit);
		}
		return new Block(Kind.PARAGRAPH, unit);
	}

	/**
	 * A short line right above an image's source line in brackets is the image's caption,
	 * not a heading: MEMRI sets the name of the person pictured so ("Mehdi Majid
	 * 'Abdallah" above "(image: aafaq.org)").
	 */
	private static boolean captionAboveSource(String unit, String next) {
		return next != null && next.startsWith("(") && BlockRules.words(unit) <= MAX_CAPTION_WORDS
				&& !BlockRules.endsLikeSentence(unit) && BlockRules.looksLikeCaption(next);
	}

	private static final int MAX_CAPTION_WORDS = 12;

	/**
	 * Whether a line is the photographer's name that the photograph's credit just above
	 * names, as a page saves a credit's name again under it.
	 */
	private static boolean creditsName(String previous, String unit) {
		return unit.length() <= MAX_PHOTOGRAPHER_NAME && previous.length() > unit.length() && previous.contains(unit)
				&& BlockRules.words(unit) >= 2 && BlockRules.looksLikeCaption(previous);
	}

	private static final int MAX_PHOTOGRAPHER_NAME = 40;

	/**
	 * Whether a line is the caption just above saved again with a credit after it
	 * ("Militants … June 30, 2014. (AP Photo)" over the same and " AP").
	 */
	private static boolean captionAgainWithCredit(String previous, String unit) {
		return unit.length() > previous.length() && unit.length() - previous.length() <= MAX_PHOTOGRAPHER_NAME
				&& unit.startsWith(previous) && BlockRules.looksLikeCaption(previous);
	}

	/**
	 * A caption saved twice, the second time with the photograph's credit ("… March 3,
	 * 2015." over "… March 3, 2015. Andrew Harnik/AP").
	 */
	private static boolean captionAboveItsCredit(String unit, String next) {
		return next != null && next.length() > unit.length() && next.startsWith(unit)
				&& BlockRules.looksLikeCaption(next);
	}

	private static List<List<String>> splitOnBlankLines(String content) {
		List<List<String>> blocks = new ArrayList<>();
		List<String> current = new ArrayList<>();
		int start = 0;
		int length = content.length();
		while (start <= length) {
			int end = content.indexOf('\n', start);
			if (end < 0) {
				end = length;
			}
			String line = joinedNameHalves(SingleMarks.doubledAsDouble(normaliseSpaces(content, start, end)));
			if (line.equals("{") || line.equals("[")) {
				int after = JsonRun.end(content, start, MAX_JSON_LINES);
				if (after > 0) {
					// A page's JSON metadata block, saved with its text: no part of the
					// report.
					start = after;
					continue;
				}
			}
			if (line.isEmpty()) {
				if (!current.isEmpty()) {
					blocks.add(current);
					current = new ArrayList<>();
				}
			}
			else {
				current.add(line);
			}
			start = end + 1;
		}
		if (!current.isEmpty()) {
			blocks.add(current);
		}
		return blocks;
	}

	/**
	 * The line with a hyphenated name the saved page broke after its hyphen written whole
	 * again ("Ayatollah Mohammad Emami- Kashani" → "Emami-Kashani"): two capitalised
	 * words only, so "pro- Western" and a dash between clauses stay as they are.
	 */
	static String joinedNameHalves(String line) {
		return line.indexOf("- ") < 0 ? line : BROKEN_NAME.matcher(line).replaceAll("$1-$2");
	}

	private static final Pattern BROKEN_NAME = Pattern.compile("(\\b\\p{Lu}\\p{Ll}{1,30})- (\\p{Lu}\\p{Ll}{1,30}\\b)");

	/**
	 * The line with runs of white space (tabs, no-break spaces) made one space, and
	 * trimmed.
	 */
	static String normaliseSpaces(CharSequence text, int start, int end) {
		StringBuilder out = new StringBuilder(end - start);
		boolean space = false;
		int run = -1; // start of the pending run of kept chars: copied in one go, not
						// char by char
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			int kind = kind(c);
			if (kind == KEEP) {
				if (run < 0) {
					if (space) {
						out.append(' ');
						space = false;
					}
					run = i;
				}
				continue;
			}
			if (run >= 0) {
				out.append(text, run, i);
				run = -1;
			}
			if (kind == SPACE) {
				space = out.length() > 0;
			}
		}
		if (run >= 0) {
			out.append(text, run, end);
		}
		return out.toString();
	}

	/** White space (of any kind) becomes one space, other control chars are dropped. */
	private static int kind(char c) {
		if (c < 0x80) { // the common case, without the Unicode tables
			if (c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F)) {
				return SPACE;
			}
			return c < 0x20 || c == 0x7F ? DROP : KEEP;
		}
		if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B') {
			return SPACE;
		}
		return Character.getType(c) == Character.CONTROL ? DROP : KEEP;
	}

	/**
	 * Lines are joined where a line as long as the block's longest runs on in the next,
	 * but not into a line opening with a transcript's label after a sentence's end ("Al
	 * Jazeera: …"), which is the next turn. Before the first paragraph of prose
	 * ({@code header}), a saved page's header lines often stand one under the other
	 * without blank lines, the title as long as any: there a header line (a date, a
	 * byline, a series number), the line before one, and a line in title case before a
	 * capitalised line each stay apart.
	 */
	private static List<String> joinWrappedLines(List<String> lines, boolean header) {
		if (lines.size() == 1) {
			return lines;
		}
		int width = 0;
		for (String line : lines) {
			width = Math.max(width, line.length());
		}
		List<String> units = new ArrayList<>();
		StringBuilder current = new StringBuilder(lines.get(0));
		String previous = lines.get(0);
		for (int i = 1; i < lines.size(); i++) {
			String line = lines.get(i);
			boolean wrapped = width >= MIN_WRAP_WIDTH && previous.length() >= width * 0.55 && !startsNewItem(line)
					&& !(endsSentence(previous) && (TranscriptLines.opensWithLabel(line) || width >= UNWRAPPED_WIDTH))
					&& !(previous.length() >= UNWRAPPED_WIDTH && opensParagraph(line)) && !previous.contains(" | ")
					&& !((header || endsSentence(previous)) && HeaderFurniture.isFurniture(line, null))
					&& !(header && standsApart(previous, line, width)) || !header && brokenMidSentence(previous, line);
			if (wrapped) {
				if (current.charAt(current.length() - 1) == '-' && Character.isLowerCase(line.charAt(0))) {
					current.append(line);
				}
				else {
					current.append(' ').append(line);
				}
			}
			else {
				units.add(current.toString());
				// The header ends with the first paragraph of prose, also inside a
				// page saved without blank lines.
				header &= !isProse(current.toString());
				current = new StringBuilder(line);
			}
			previous = line;
		}
		units.add(current.toString());
		return units;
	}

	/**
	 * Whether a line of the text goes on with the sentence the line before left open,
	 * whatever the block's width: a page saved a paragraph a line may still hold a
	 * paragraph wrapped by hand ("… has a special responsibility for" over "the security
	 * of Iraq."). The sentence is open when the line ends with neither a stop nor a
	 * closing mark, and the next line goes on in lower case or after a small word.
	 */
	private static boolean brokenMidSentence(String previous, String line) {
		// A short line is a heading or a label ("Clinton: Keep it"), not a wrapped one.
		if (previous.strip().length() < MIN_WRAP_WIDTH || endsSentence(previous) || startsNewItem(line)) {
			return false;
		}
		if (Character.isLowerCase(line.codePointAt(0))) {
			return true;
		}
		// "… with officials from the" over "U.S. and …"; not a headline in title case
		// ending "… Americans Believe In".
		String last = previous.substring(previous.lastIndexOf(' ') + 1);
		return RUNNING_ON_WORDS.contains(last);
	}

	/**
	 * Small words a line of prose never ends with unless the sentence goes on in the next
	 * line.
	 */
	private static final Set<String> RUNNING_ON_WORDS = Set.of("the", "a", "an", "of", "to", "and", "in", "for", "with",
			"that", "by", "from", "on", "at", "its", "their", "his", "her");

	/**
	 * Whether a line may open a paragraph after a line too long to have been wrapped: a
	 * capital or an opening quotation mark. A line saved a paragraph a line ends its
	 * paragraph also without a sentence's end (a quotation's signature, {@code … —
	 * Jonathan Schanzer, FDD Senior Vice President for Research}); a line cut inside one
	 * (at a link) goes on in lower case or with punctuation.
	 */
	private static boolean opensParagraph(String line) {
		int first = line.codePointAt(0);
		return Character.isUpperCase(first) || "“\"‘«".indexOf(first) >= 0;
	}

	/**
	 * See {@link #joinWrappedLines}: two lines of a header that are not one wrapped line.
	 */
	private static boolean standsApart(String previous, String line, int width) {
		return isHeaderLine(previous) || isHeaderLine(line) || BlockRules.looksLikeCaption(line)
				|| BlockRules.looksLikeCaption(previous)
				|| (BlockRules.looksLikeHeading(previous) || headlineAboveStandfirst(previous, width))
						&& Character.isUpperCase(line.codePointAt(0));
	}

	/**
	 * Whether a line reads as a headline in sentence case over a longer standfirst: short
	 * of the block's width as no wrapped line of prose is, without a sentence's end, and
	 * not running on into the next line with a mark or a small word ("… and the").
	 */
	private static boolean headlineAboveStandfirst(String line, int width) {
		return line.length() <= MAX_HEADLINE_LINE && line.length() < width * 0.85 && !endsSentence(line)
				&& !runsOn(line);
	}

	/**
	 * Longest line taken for a headline in sentence case above a capitalised line (a
	 * standfirst): {@code Iran dismisses claims by US and Israel that Supreme Leader Ali
	 * Khamenei is dead} over {@code Foreign Ministry rejects claims …}.
	 */
	private static final int MAX_HEADLINE_LINE = 120;

	/**
	 * Whether a line ends with a mark that goes on in the next: a headline's two parts
	 * ("Sanders faces test on appeal to minorities; " over "Clinton has strong support
	 * …").
	 */
	private static boolean runsOn(String line) {
		String stripped = line.strip();
		if (stripped.isEmpty() || ";,-\u2013\u2014".indexOf(stripped.charAt(stripped.length() - 1)) >= 0) {
			return true;
		}
		String last = stripped.substring(stripped.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
		return NameVocabulary.FUNCTION_WORDS.contains(last);
	}

	private static boolean isHeaderLine(String line) {
		return line.length() <= HeaderFields.MAX_LINE && HeaderFields.readLine(line, new HeaderFields.Fields());
	}

	/** A paragraph of running text: after it, no header line is looked for. */
	private static boolean isProse(String unit) {
		return BlockRules.words(unit) >= PROSE_WORDS && endsSentence(unit);
	}

	/** Fewest words of a paragraph of running text. */
	private static final int PROSE_WORDS = 25;

	private static boolean endsSentence(String line) {
		char last = line.charAt(line.length() - 1);
		return last == '.' || last == '!' || last == '?' || last == '"' || last == '”' || last == ':';
	}

	/**
	 * A line that begins an item of its own: an endnote, a bullet, the author note, a
	 * header line, or a share/print line glued under the text.
	 */
	private static boolean startsNewItem(String line) {
		return FootnoteMarkerScanner.startsWithNote(line) || BULLET.matcher(line).lookingAt() || line.startsWith("*")
				|| line.contains(" | ") || line.startsWith(">") || BlockRules.isBoilerplate(line);
	}

}
