package org.analecta.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.analecta.parser.ParsedReport;
import org.analecta.parser.ParsedReport.QuoteKind;

/**
 * Builds a report's sections, footnotes and quotes from a parse, with the shared rows
 * already resolved. What the parse gets inconsistent (a duplicate footnote number, a
 * quote pointing at a section that does not exist) is repaired or dropped and said in a
 * warning, never a failure.
 */
final class PartsFromParse {

	private final Report report;

	private final ParsedReport parsed;

	private final Report.References refs;

	private final List<String> warnings = new ArrayList<>();

	PartsFromParse(Report report, ParsedReport parsed, Report.References refs) {
		this.report = report;
		this.parsed = parsed;
		this.refs = refs;
	}

	List<String> build() {
		Map<Integer, Section> sections = addSections();
		Map<Integer, Footnote> footnotes = addFootnotes();
		addQuotes(sections, footnotes);
		return warnings;
	}

	/**
	 * The sections by the parser's index; a repeated index is stored under a spare one.
	 */
	private Map<Integer, Section> addSections() {
		Map<Integer, Section> byParsedIndex = new HashMap<>();
		int spare = parsed.sections().stream().mapToInt(ParsedReport.Section::index).max().orElse(-1) + 1;
		Set<Integer> taken = new HashSet<>();
		for (ParsedReport.Section parsedSection : parsed.sections()) {
			int index = parsedSection.index();
			if (!taken.add(index)) {
				warnings.add("Two sections are numbered " + index + "; the second is stored as section " + spare);
				index = spare++;
				taken.add(index);
			}
			Section section = new Section(index, "s" + index, blankToNull(parsedSection.heading()),
					parsedSection.captions());
			int position = 0;
			for (ParsedReport.Paragraph parsedParagraph : parsedSection.paragraphs()) {
				List<FootnoteReference> footnoteRefs = parsedParagraph.footnoteRefs()
					.stream()
					.map(ref -> new FootnoteReference(ref.number(), ref.offset()))
					.toList();
				section.addParagraph(new Paragraph(position++, nullToEmpty(parsedParagraph.text()), footnoteRefs));
			}
			report.addSection(section);
			byParsedIndex.putIfAbsent(parsedSection.index(), section);
		}
		return byParsedIndex;
	}

	private Map<Integer, Footnote> addFootnotes() {
		Map<Integer, Footnote> byNumber = new HashMap<>();
		for (ParsedReport.Footnote parsedNote : parsed.footnotes()) {
			if (byNumber.containsKey(parsedNote.number())) {
				warnings.add("Footnote " + parsedNote.number() + " appears twice; the second is left out");
				continue;
			}
			Footnote footnote = new Footnote(parsedNote.number(), nullToEmpty(parsedNote.text()),
					refs.outlet(parsedNote.outlet()), refs.country(parsedNote.country()), parsedNote.date());
			report.addFootnote(footnote);
			byNumber.put(parsedNote.number(), footnote);
		}
		return byNumber;
	}

	private void addQuotes(Map<Integer, Section> sections, Map<Integer, Footnote> footnotes) {
		int number = 0;
		for (ParsedReport.Quote parsedQuote : parsed.quotes()) {
			if (parsedQuote.text() == null || parsedQuote.text().isBlank()) {
				continue;
			}
			Quote quote = new Quote(++number, parsedQuote.text(), kind(parsedQuote.kind()),
					Math.clamp(parsedQuote.confidence(), 0.0, 1.0));
			ParsedReport.Speaker parsedSpeaker = parsedQuote.speaker();
			Speaker speaker = null;
			String role = null;
			if (parsedSpeaker != null && parsedSpeaker.name() != null) {
				speaker = refs.speakers().get(parsedSpeaker.name());
				role = blankToNull(parsedSpeaker.role());
			}
			quote.attribute(speaker, role, blankToNull(parsedQuote.speakerAsWritten()), blankToNull(parsedQuote.cue()));
			Section section = section(parsedQuote, number, sections);
			quote.place(section, paragraph(parsedQuote, number, section), footnote(parsedQuote, number, footnotes));
			report.addQuote(quote);
		}
	}

	private Section section(ParsedReport.Quote parsedQuote, int number, Map<Integer, Section> sections) {
		Section section = parsedQuote.section() == null ? null : sections.get(parsedQuote.section());
		if (parsedQuote.section() != null && section == null) {
			warnings.add("Quote " + number + " names section " + parsedQuote.section() + ", which does not exist");
		}
		return section;
	}

	private Paragraph paragraph(ParsedReport.Quote parsedQuote, int number, Section section) {
		if (section == null || parsedQuote.paragraph() == null) {
			return null;
		}
		int p = parsedQuote.paragraph();
		if (p >= 0 && p < section.getParagraphs().size()) {
			return section.getParagraphs().get(p);
		}
		warnings.add("Quote " + number + " names paragraph " + p + " of section " + section.getIndex()
				+ ", which does not exist");
		return null;
	}

	private Footnote footnote(ParsedReport.Quote parsedQuote, int number, Map<Integer, Footnote> footnotes) {
		Footnote footnote = parsedQuote.footnote() == null ? null : footnotes.get(parsedQuote.footnote());
		if (parsedQuote.footnote() != null && footnote == null) {
			warnings.add("Quote " + number + " cites footnote " + parsedQuote.footnote() + ", which does not exist");
		}
		return footnote;
	}

	private static QuoteKind kind(QuoteKind kind) {
		return kind == null ? QuoteKind.DIRECT : kind;
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}

}
