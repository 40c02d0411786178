package org.analecta.parser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.analecta.parser.ParsedReport.Author;
import org.analecta.parser.ParsedReport.Footnote;
import org.analecta.parser.ParsedReport.FootnoteRef;
import org.analecta.parser.ParsedReport.Paragraph;
import org.analecta.parser.ParsedReport.Quote;
import org.analecta.parser.ParsedReport.Section;

/**
 * The JSON shape of a parsed report printed by the {@code parse} command: fixed keys in a
 * fixed order, absent values as null, paragraphs as plain strings. Footnotes also say
 * where they are cited ({@code citedIn}: section and paragraph indexes).
 */
final class ParsedReportJson {

	private ParsedReportJson() {
	}

	static Map<String, Object> of(String file, ParsedReport report) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("file", file);
		json.put("format", report.format().name().toLowerCase(Locale.ROOT));
		json.put("title", report.title());
		json.put("publishedOn", report.publishedOn() == null ? null : report.publishedOn().toString());
		json.put("series", report.series());
		json.put("seriesNumber", report.seriesNumber());
		List<Object> authors = new ArrayList<>();
		for (Author author : report.authors()) {
			authors.add(object("name", author.name(), "bio", author.bio()));
		}
		json.put("authors", authors);
		json.put("countries", report.countries());
		json.put("sourceUrl", report.sourceUrl());
		List<Object> sections = new ArrayList<>();
		for (Section section : report.sections()) {
			List<String> paragraphs = new ArrayList<>();
			for (Paragraph paragraph : section.paragraphs()) {
				paragraphs.add(paragraph.text());
			}
			sections
				.add(object("heading", section.heading(), "paragraphs", paragraphs, "captions", section.captions()));
		}
		json.put("sections", sections);
		List<Object> quotes = new ArrayList<>();
		for (Quote quote : report.quotes()) {
			Map<String, Object> q = new LinkedHashMap<>();
			q.put("text", quote.text());
			q.put("speaker", quote.speaker() == null ? null
					: object("name", quote.speaker().name(), "role", quote.speaker().role()));
			q.put("speakerAsWritten", quote.speakerAsWritten());
			q.put("cue", quote.cue());
			q.put("section", quote.section());
			q.put("footnote", quote.footnote());
			q.put("kind", quote.kind() == null ? null : quote.kind().name().toLowerCase(Locale.ROOT));
			q.put("confidence", quote.confidence());
			quotes.add(q);
		}
		json.put("quotes", quotes);
		List<Object> footnotes = new ArrayList<>();
		for (Footnote note : report.footnotes()) {
			Map<String, Object> f = new LinkedHashMap<>();
			f.put("number", note.number());
			f.put("text", note.text());
			f.put("outlet", note.outlet());
			f.put("country", note.country());
			f.put("date", note.date() == null ? null : note.date().toString());
			f.put("citedIn", citations(report, note.number()));
			footnotes.add(f);
		}
		json.put("footnotes", footnotes);
		return json;
	}

	static Map<String, Object> error(String file, String message) {
		return object("file", file, "error", message);
	}

	private static List<Object> citations(ParsedReport report, int number) {
		List<Object> cited = new ArrayList<>();
		for (Section section : report.sections()) {
			for (int p = 0; p < section.paragraphs().size(); p++) {
				for (FootnoteRef ref : section.paragraphs().get(p).footnoteRefs()) {
					if (ref.number() == number) {
						cited.add(object("section", section.index(), "paragraph", p));
						break;
					}
				}
			}
		}
		return cited;
	}

	private static Map<String, Object> object(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

}
