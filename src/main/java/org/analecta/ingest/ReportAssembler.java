package org.analecta.ingest;

import org.analecta.report.Slugs;

import org.analecta.parser.ParsedReport;
import org.analecta.report.ReferenceRows;
import org.analecta.speakers.SpeakerDirectory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.analecta.report.Author;
import org.analecta.report.Country;
import org.analecta.report.Footnote;
import org.analecta.report.FootnoteReference;
import org.analecta.report.Outlet;
import org.analecta.report.Paragraph;
import org.analecta.report.Quote;
import org.analecta.report.Report;
import org.analecta.report.Section;
import org.analecta.report.Speaker;
import org.springframework.stereotype.Component;

/**
 * Turns a parse into a report's metadata and parts, in the caller's transaction: shared rows
 * (series, countries, outlets, authors, speakers) are found or created, parts are attached to the
 * report. What the parse gets inconsistent (a duplicate footnote number, a quote pointing at a
 * section that does not exist) is repaired or dropped and said in a warning, never a failure.
 */
@Component
class ReportAssembler {

	private final ReferenceRows rows;

	private final SpeakerDirectory speakers;

	ReportAssembler(ReferenceRows rows, SpeakerDirectory speakers) {
		this.rows = rows;
		this.speakers = speakers;
	}

	/** Sets the metadata; the report must have no parts yet. Returns the warnings. */
	List<String> fill(Report report, ParsedReport parsed, String fileName) {
		List<String> warnings = new ArrayList<>();
		report.setTitle(title(parsed, fileName, warnings));
		report.setPublishedOn(parsed.publishedOn());
		report.setSeries(rows.series(parsed.series()));
		report.setSeriesNumber(blankToNull(parsed.seriesNumber()));
		report.setSourceUrl(blankToNull(parsed.sourceUrl()));
		for (ParsedReport.Author parsedAuthor : parsed.authors()) {
			Author author = rows.author(parsedAuthor.name(), parsedAuthor.bio());
			if (author != null && !report.getAuthors().contains(author)) {
				report.getAuthors().add(author);
			}
		}
		// All countries and outlets of the report in a few set-based statements rather than a
		// flushing lookup per footnote (the bulk of an upload's time before).
		List<String> countryNames = new ArrayList<>(parsed.countries());
		List<String> outletNames = new ArrayList<>();
		for (ParsedReport.Footnote note : parsed.footnotes()) {
			countryNames.add(note.country());
			outletNames.add(note.outlet());
		}
		Map<String, Country> countries = rows.countries(countryNames);
		Map<String, Outlet> outlets = rows.outlets(outletNames);
		for (String name : parsed.countries()) {
			Country country = country(name, countries);
			if (country != null && !report.getCountries().contains(country)) {
				report.getCountries().add(country);
			}
		}
		Map<Integer, Section> sections = addSections(report, parsed, warnings);
		Map<Integer, Footnote> footnotes = addFootnotes(report, parsed, countries, outlets, warnings);
		addQuotes(report, parsed, sections, footnotes, warnings);
		return warnings;
	}

	private static String title(ParsedReport parsed, String fileName, List<String> warnings) {
		if (parsed.title() != null && !parsed.title().isBlank()) {
			return parsed.title().strip();
		}
		warnings.add("The report has no title; it is named after its file");
		if (fileName != null && !fileName.isBlank()) {
			String name = fileName.strip().replaceAll("^.*[/\\\\]", "");
			int dot = name.lastIndexOf('.');
			return dot > 0 ? name.substring(0, dot) : name;
		}
		return "Untitled report";
	}

	/** The sections by the parser's index. */
	private static Map<Integer, Section> addSections(Report report, ParsedReport parsed, List<String> warnings) {
		Map<Integer, Section> byParsedIndex = new HashMap<>();
		Set<Integer> used = new HashSet<>();
		for (ParsedReport.Section parsedSection : parsed.sections()) {
			used.add(parsedSection.index());
		}
		Set<Integer> taken = new HashSet<>();
		int spare = used.stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
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
				List<FootnoteReference> refs = parsedParagraph.footnoteRefs()
					.stream()
					.map(ref -> new FootnoteReference(ref.number(), ref.offset()))
					.toList();
				section.addParagraph(new Paragraph(position++, nullToEmpty(parsedParagraph.text()), refs));
			}
			report.addSection(section);
			byParsedIndex.putIfAbsent(parsedSection.index(), section);
		}
		return byParsedIndex;
	}

	private Country country(String name, Map<String, Country> resolved) {
		Country country = resolved.get(ReferenceRows.countryKey(name));
		return country != null ? country : rows.country(name);
	}

	private Outlet outlet(String name, Map<String, Outlet> resolved) {
		Outlet outlet = resolved.get(ReferenceRows.outletKey(name));
		return outlet != null ? outlet : rows.outlet(name);
	}

	private Map<Integer, Footnote> addFootnotes(Report report, ParsedReport parsed, Map<String, Country> countries,
			Map<String, Outlet> outlets, List<String> warnings) {
		Map<Integer, Footnote> byNumber = new HashMap<>();
		for (ParsedReport.Footnote parsedNote : parsed.footnotes()) {
			if (byNumber.containsKey(parsedNote.number())) {
				warnings.add("Footnote " + parsedNote.number() + " appears twice; the second is left out");
				continue;
			}
			Footnote footnote = new Footnote(parsedNote.number(), nullToEmpty(parsedNote.text()),
					outlet(parsedNote.outlet(), outlets), country(parsedNote.country(), countries), parsedNote.date());
			report.addFootnote(footnote);
			byNumber.put(parsedNote.number(), footnote);
		}
		return byNumber;
	}

	private void addQuotes(Report report, ParsedReport parsed, Map<Integer, Section> sections,
			Map<Integer, Footnote> footnotes, List<String> warnings) {
		List<SpeakerDirectory.Named> named = new ArrayList<>();
		for (ParsedReport.Quote parsedQuote : parsed.quotes()) {
			ParsedReport.Speaker parsedSpeaker = parsedQuote.speaker();
			if (parsedSpeaker != null && parsedSpeaker.name() != null) {
				named.add(new SpeakerDirectory.Named(parsedSpeaker.name(), kind(parsedSpeaker.kind())));
			}
		}
		Map<String, Speaker> resolved = speakers.resolveAll(named);
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
				speaker = resolved.get(speakers.key(parsedSpeaker.name()));
				role = blankToNull(parsedSpeaker.role());
			}
			quote.attribute(speaker, role, blankToNull(parsedQuote.speakerAsWritten()), blankToNull(parsedQuote.cue()));

			Section section = parsedQuote.section() == null ? null : sections.get(parsedQuote.section());
			if (parsedQuote.section() != null && section == null) {
				warnings.add("Quote " + number + " names section " + parsedQuote.section() + ", which does not exist");
			}
			Paragraph paragraph = null;
			if (section != null && parsedQuote.paragraph() != null) {
				int p = parsedQuote.paragraph();
				if (p >= 0 && p < section.getParagraphs().size()) {
					paragraph = section.getParagraphs().get(p);
				}
				else {
					warnings.add("Quote " + number + " names paragraph " + p + " of section " + section.getIndex()
							+ ", which does not exist");
				}
			}
			Footnote footnote = parsedQuote.footnote() == null ? null : footnotes.get(parsedQuote.footnote());
			if (parsedQuote.footnote() != null && footnote == null) {
				warnings.add("Quote " + number + " cites footnote " + parsedQuote.footnote() + ", which does not exist");
			}
			quote.place(section, paragraph, footnote);
			report.addQuote(quote);
		}
	}

	private static ParsedReport.QuoteKind kind(ParsedReport.QuoteKind kind) {
		return kind == null ? ParsedReport.QuoteKind.DIRECT : kind;
	}

	private static ParsedReport.SpeakerKind kind(ParsedReport.SpeakerKind kind) {
		return kind == null ? ParsedReport.SpeakerKind.PERSON : kind;
	}

	/** A readable, unique-enough key: date and title, else series and number and title. */
	static String slugBase(Report report) {
		String title = Slugs.of(report.getTitle(), 70);
		String prefix;
		if (report.getPublishedOn() != null) {
			prefix = report.getPublishedOn().toString();
		}
		else if (report.getSeries() != null && report.getSeriesNumber() != null) {
			prefix = Slugs.of(report.getSeries().getName() + " " + report.getSeriesNumber(), 40);
		}
		else {
			prefix = "";
		}
		String slug = prefix.isEmpty() ? title : title.isEmpty() ? prefix : prefix + "-" + title;
		return slug.isEmpty() ? "report" : slug;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}

}
