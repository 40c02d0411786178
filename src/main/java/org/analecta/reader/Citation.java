package org.analecta.reader;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

/**
 * How to cite a report: the formatted Chicago (notes-bibliography) and APA 7 references,
 * the BibTeX, RIS and CSL-JSON records that reference managers import, the Highwire
 * {@code citation_*} meta tags Zotero's connector reads from the page, and a reference
 * for each quotation (the report's, plus the quotation, its speaker and its permalink). A
 * report is cited as a technical report: its series is the report series, its number the
 * report number.
 */
record Citation(String chicago, String apa, String bibtex, String ris, String cslJson, List<Meta> meta,
		List<QuoteCitation> quotes) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter APA = DateTimeFormatter.ofPattern("yyyy, MMMM d", Locale.ENGLISH);

	private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ENGLISH);

	/** One {@code <meta name content>} tag. */
	record Meta(String name, String content) {
	}

	/**
	 * @param permalink the address that keeps leading to the quotation
	 */
	record QuoteCitation(String anchor, String speaker, String text, String reference, String permalink) {
	}

	/**
	 * A name split for the reference styles: "Yossi Mansharof" is given "Yossi", family
	 * "Mansharof".
	 */
	record Name(String given, String family) {

		static Name of(String full) {
			String name = full.strip().replaceAll("\\s+", " ");
			int space = name.lastIndexOf(' ');
			return space < 0 ? new Name("", name) : new Name(name.substring(0, space), name.substring(space + 1));
		}

		String inverted() {
			return given.isEmpty() ? family : family + ", " + given;
		}

		String natural() {
			return given.isEmpty() ? family : given + " " + family;
		}

		/** "Mansharof, Y.", "Savyon, A." */
		String initialled() {
			if (given.isEmpty()) {
				return family;
			}
			String initials = Arrays.stream(given.split("[ .]+"))
				.filter(p -> !p.isEmpty())
				.map(p -> p.substring(0, 1).toUpperCase(Locale.ROOT) + ".")
				.collect(Collectors.joining(" "));
			return family + ", " + initials;
		}

	}

	/**
	 * @param url the report's page in the archive, the address every reference gives
	 * @param permalinks the quotation permalinks by anchor
	 */
	static Citation of(ReportView report, String slug, String url, String publisher, Map<String, String> permalinks) {
		List<Name> authors = report.authors().stream().map(a -> Name.of(a.name())).toList();
		String title = report.title();
		LocalDate date = report.publishedOn();
		String seriesLine = report.seriesLine();
		String chicago = chicago(authors, title, seriesLine, publisher, date, url);
		List<QuoteCitation> quotes = new ArrayList<>();
		for (ReportView.QuoteView q : report.quotes()) {
			if (q.speaker() == null || !permalinks.containsKey(q.anchor())) {
				continue;
			}
			String permalink = permalinks.get(q.anchor());
			String reference = q.speaker() + (q.role() == null || q.role().isBlank() ? "" : " (" + q.role() + ")")
					+ ": \u201c" + q.text() + "\u201d Quoted in " + chicago.replace(url + ".", permalink + ".");
			quotes.add(new QuoteCitation(q.anchor(), q.speaker(), q.text(), reference, permalink));
		}
		return new Citation(chicago, apa(authors, title, seriesLine, publisher, date, url),
				bibtex(slug, authors, title, report, publisher, date, url),
				ris(authors, title, report, publisher, date, url),
				csl(slug, authors, title, report, publisher, date, url), meta(report, publisher, date, url), quotes);
	}

	static String chicago(List<Name> authors, String title, String seriesLine, String publisher, LocalDate date,
			String url) {
		StringBuilder s = new StringBuilder();
		if (!authors.isEmpty()) {
			List<String> names = new ArrayList<>();
			names.add(authors.get(0).inverted());
			authors.stream().skip(1).map(Name::natural).forEach(names::add);
			s.append(joinWith(names, ", and ", " and ")).append(endWithPeriod(names)).append(' ');
		}
		String bare = stripPeriod(title);
		// A title that ends in its own question or exclamation mark takes no period.
		s.append('\u201c').append(bare).append(bare.matches(".*[?!]$") ? "\u201d " : ".\u201d ");
		if (seriesLine != null) {
			s.append(seriesLine).append(". ");
		}
		s.append(publisher);
		s.append(date == null ? ", n.d." : ", " + LONG.format(date) + ".");
		s.append(' ').append(url).append('.');
		return s.toString();
	}

	static String apa(List<Name> authors, String title, String seriesLine, String publisher, LocalDate date,
			String url) {
		StringBuilder s = new StringBuilder();
		if (!authors.isEmpty()) {
			List<String> names = authors.stream().map(Name::initialled).toList();
			s.append(names.size() == 1 ? names.get(0)
					: String.join(", ", names.subList(0, names.size() - 1)) + ", & " + names.getLast());
			s.append(s.charAt(s.length() - 1) == '.' ? " " : ". ");
		}
		s.append('(').append(date == null ? "n.d." : APA.format(date)).append("). ");
		s.append(stripPeriod(title));
		if (seriesLine != null) {
			s.append(" (").append(seriesLine).append(')');
		}
		s.append(". ").append(publisher).append(". ").append(url);
		return s.toString();
	}

	static String bibtex(String slug, List<Name> authors, String title, ReportView report, String publisher,
			LocalDate date, String url) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", "{" + tex(title) + "}");
		if (!authors.isEmpty()) {
			fields.put("author", authors.stream().map(a -> tex(a.inverted())).collect(Collectors.joining(" and ")));
		}
		fields.put("institution", tex(publisher));
		if (report.series() != null) {
			fields.put("type", tex(report.series()));
		}
		if (report.seriesNumber() != null) {
			fields.put("number", tex(report.seriesNumber()));
		}
		if (date != null) {
			fields.put("year", String.valueOf(date.getYear()));
			fields.put("month", String.valueOf(date.getMonthValue()));
			fields.put("date", date.toString());
		}
		fields.put("url", url);
		String key = (authors.isEmpty() ? "" : authors.get(0).family()) + (date == null ? "" : date.getYear()) + slug;
		StringBuilder s = new StringBuilder("@techreport{").append(key.replaceAll("[^A-Za-z0-9-]", "")).append(",\n");
		fields.forEach((k, v) -> s.append("  ").append(k).append(" = {").append(v).append("},\n"));
		s.setLength(s.length() - 2);
		return s.append("\n}").toString();
	}

	static String ris(List<Name> authors, String title, ReportView report, String publisher, LocalDate date,
			String url) {
		List<String> lines = new ArrayList<>();
		lines.add("TY  - RPRT");
		lines.add("TI  - " + oneLine(title));
		authors.forEach(a -> lines.add("AU  - " + a.inverted()));
		if (date != null) {
			lines.add("PY  - " + date.getYear());
			lines.add("DA  - " + SLASHED.format(date) + "/");
		}
		if (report.series() != null) {
			lines.add("T3  - " + oneLine(report.series()));
		}
		if (report.seriesNumber() != null) {
			lines.add("SN  - " + oneLine(report.seriesNumber()));
		}
		lines.add("PB  - " + oneLine(publisher));
		lines.add("UR  - " + url);
		lines.add("ER  - ");
		return String.join("\n", lines);
	}

	static String csl(String slug, List<Name> authors, String title, ReportView report, String publisher,
			LocalDate date, String url) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", slug);
		item.put("type", "report");
		item.put("title", title);
		item.put("author", authors.stream().map(a -> Map.of("family", a.family(), "given", a.given())).toList());
		if (date != null) {
			item.put("issued",
					Map.of("date-parts", List.of(List.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth()))));
		}
		if (report.series() != null) {
			item.put("collection-title", report.series());
		}
		if (report.seriesNumber() != null) {
			item.put("number", report.seriesNumber());
		}
		item.put("publisher", publisher);
		item.put("URL", url);
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(List.of(item));
	}

	static List<Meta> meta(ReportView report, String publisher, LocalDate date, String url) {
		List<Meta> meta = new ArrayList<>();
		meta.add(new Meta("citation_title", report.title()));
		report.authors().forEach(a -> meta.add(new Meta("citation_author", a.name())));
		if (date != null) {
			meta.add(new Meta("citation_publication_date", SLASHED.format(date)));
			meta.add(new Meta("citation_date", SLASHED.format(date)));
		}
		if (report.series() != null) {
			meta.add(new Meta("citation_series_title", report.series()));
		}
		if (report.seriesNumber() != null) {
			meta.add(new Meta("citation_technical_report_number", report.seriesNumber()));
		}
		meta.add(new Meta("citation_technical_report_institution", publisher));
		meta.add(new Meta("citation_publisher", publisher));
		meta.add(new Meta("citation_public_url", url));
		meta.add(new Meta("citation_abstract_html_url", url));
		meta.add(new Meta("citation_language", "en"));
		return meta;
	}

	private static String joinWith(List<String> names, String lastOfMany, String lastOfTwo) {
		if (names.size() == 1) {
			return names.get(0);
		}
		if (names.size() == 2) {
			return names.get(0) + "," + lastOfTwo + names.get(1);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + lastOfMany + names.getLast();
	}

	private static String endWithPeriod(List<String> names) {
		return names.getLast().endsWith(".") ? "" : ".";
	}

	private static String stripPeriod(String s) {
		String t = s.strip();
		return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
	}

	private static String oneLine(String s) {
		return s.replaceAll("\\s+", " ").strip();
	}

	/**
	 * BibTeX's special characters escaped, so a title with "&" or "%" imports as written.
	 */
	static String tex(String s) {
		StringBuilder out = new StringBuilder();
		for (char c : oneLine(s).toCharArray()) {
			switch (c) {
				case '&', '%', '$', '#', '_', '{', '}' -> out.append('\\').append(c);
				case '~' -> out.append("\\textasciitilde{}");
				case '^' -> out.append("\\textasciicircum{}");
				case '\\' -> out.append("\\textbackslash{}");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

}
