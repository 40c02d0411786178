package org.analecta.parser;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.analecta.parser.ParseException.Reason;
import org.analecta.parser.ParsedReport.Author;
import org.analecta.parser.ParsedReport.Footnote;
import org.analecta.parser.ParsedReport.Section;
import org.analecta.parser.ParsedReport.SourceFormat;
import org.analecta.parser.ReportDocument.Block;
import org.analecta.parser.ReportDocument.DocumentHints;
import org.analecta.parser.ReportDocument.Kind;

/**
 * Turns what a reader produced (HTML and text alike) into the report's structure: header
 * metadata, the author note's bios, the endnotes, and the sections. Quotes are added
 * afterwards by the quote attributor.
 */
final class ReportStructureBuilder {

	/** Less prose than this is not a report (a shopping list, a stray note). */
	private static final int MIN_PROSE_WORDS = 25;

	private static final int MIN_LONGEST_PARAGRAPH_WORDS = 15;

	private ReportStructureBuilder() {
	}

	static ParsedReport build(ReportDocument document) throws ParseException {
		DocumentHints hints = document.hints() == null ? DocumentHints.NONE : document.hints();
		List<Block> blocks = new ArrayList<>();
		for (Block block : document.blocks()) {
			String text = block.text() == null ? "" : withoutInvisibles(block.text());
			if (!text.isBlank() && (block.kind() == Kind.HEADING || !BlockRules.isBoilerplate(text))) {
				blocks.add(text.equals(block.text()) ? block : new Block(block.kind(), text));
			}
		}
		ReportHeader.Header header = ReportHeader.read(blocks, hints);
		List<Block> body = new ArrayList<>();
		for (int i = 0; i < blocks.size(); i++) {
			if (!header.consumed().contains(i)) {
				body.add(blocks.get(i));
			}
		}
		String title = header.title();
		if (title == null) {
			title = titleFromHints(hints, body);
		}
		List<String> authorNames = header.authors().isEmpty() ? nonNull(hints.authors()) : header.authors();
		if (authorNames.isEmpty()) {
			authorNames = authorsBelowHeader(body);
		}
		// "By HANIN GHADDAR": a byline set in capitals names her as a reader writes it.
		authorNames = authorNames.stream()
			.map(name -> name.chars().anyMatch(Character::isLowerCase) ? name : TranscriptLines.titleCase(name))
			.toList();
		String series = header.series();
		String seriesNumber = header.seriesNumber();
		if (series == null) {
			series = LeadStatements.series(body);
		}
		if (series != null) {
			// "MEMRI Daily Brief": the series is named without its publisher, as "MEMRI
			// Jihad and Terrorism Threat Monitor" is; "MEMRI TV" is the series' whole
			// name.
			series = PUBLISHER_BEFORE_SERIES.matcher(series).replaceFirst("");
		}
		List<Author> authors = attachBios(authorNames, body);

		FootnoteExtractor.Split split = FootnoteExtractor.split(body);
		Set<Integer> noteNumbers = new LinkedHashSet<>();
		for (Footnote note : split.footnotes()) {
			noteNumbers.add(note.number());
		}
		List<Section> sections = SectionBuilder.build(split.body(), noteNumbers);
		requireProse(sections, document.format());
		return new ParsedReport(document.format(), title,
				header.publishedOn() != null ? header.publishedOn() : hints.publishedOn(), series, seriesNumber,
				authors, header.countries(), blankToNull(hints.sourceUrl()), sections, List.of(), split.footnotes());
	}

	/** MEMRI's name before a series' name of two words or more. */
	private static final Pattern PUBLISHER_BEFORE_SERIES = Pattern.compile("^MEMRI\\s+(?=\\p{Lu}\\S*\\s+\\S)");

	/**
	 * Without a title line in the header, the page's declared title; a heading that
	 * repeats it near the top is the title, not a section.
	 */
	private static String titleFromHints(DocumentHints hints, List<Block> body) {
		String declared = blankToNull(hints.title());
		if (declared == null) {
			return null;
		}
		for (int i = 0; i < Math.min(body.size(), 15); i++) {
			Block block = body.get(i);
			if (block.kind() != Kind.HEADING && BlockRules.words(block.text()) >= MIN_LONGEST_PARAGRAPH_WORDS) {
				// Past the first prose, a heading is a section's, however like the title
				// it reads.
				break;
			}
			if (block.kind() == Kind.HEADING && ReportHeader.matchesDeclaredTitle(block.text(), declared)) {
				body.remove(i);
				return block.text().strip();
			}
		}
		return declared.strip();
	}

	/**
	 * An "Authors: …" line among the first paragraphs (taken out of the text), or an
	 * "About the author" bio.
	 */
	private static List<String> authorsBelowHeader(List<Block> body) {
		int line = LeadStatements.authorsLine(body);
		if (line >= 0) {
			return Bylines.byline(body.remove(line).text());
		}
		String underLabel = LeadStatements.authorUnderLabel(body);
		return underLabel == null ? List.of() : List.of(underLabel);
	}

	/**
	 * Finds the author note, takes it out of the body and gives each author their bio.
	 */
	private static List<Author> attachBios(List<String> names, List<Block> body) {
		for (int i = body.size() - 1; i >= 0; i--) {
			Block block = body.get(i);
			if (block.kind() == Kind.HEADING || block.kind() == Kind.NOTE
					|| !AuthorNote.looksLikeAuthorNote(block.text())) {
				continue;
			}
			List<Author> withBios = AuthorNote.attach(names, block.text());
			if (withBios != null) {
				body.remove(i);
				return withBios;
			}
		}
		List<Author> authors = new ArrayList<>();
		for (String name : names) {
			authors.add(new Author(name, null));
		}
		return authors;
	}

	private static void requireProse(List<Section> sections, SourceFormat format) throws ParseException {
		int words = 0;
		int longest = 0;
		for (Section section : sections) {
			for (var paragraph : section.paragraphs()) {
				int w = BlockRules.words(paragraph.text());
				words += w;
				longest = Math.max(longest, w);
				if (words >= MIN_PROSE_WORDS && longest >= MIN_LONGEST_PARAGRAPH_WORDS) {
					return; // enough prose: counting the rest of a long report would
							// change nothing
				}
			}
		}
		if (words < MIN_PROSE_WORDS || longest < MIN_LONGEST_PARAGRAPH_WORDS) {
			if (format == SourceFormat.HTML) {
				throw new ParseException(Reason.NO_MAIN_CONTENT,
						"The page has no main text: no article prose was found among its navigation and links");
			}
			throw new ParseException(Reason.NO_REPORT, "No report recognised: the text has no running prose (" + words
					+ " words in paragraphs, the longest " + longest + " words); a report needs paragraphs of text");
		}
	}

	/**
	 * Soft hyphens and zero-width spaces: invisible on the page, but they break search
	 * and matching.
	 */
	static String withoutInvisibles(String text) {
		if (text.indexOf('\u00AD') < 0 && text.indexOf('\u200B') < 0 && text.indexOf('\u2060') < 0
				&& text.indexOf('\uFEFF') < 0) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c != '\u00AD' && c != '\u200B' && c != '\u2060' && c != '\uFEFF') {
				out.append(c);
			}
		}
		return out.toString();
	}

	private static List<String> nonNull(List<String> list) {
		return list == null ? List.of() : list;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
