package org.analecta.parser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.analecta.parser.ReportDocument.Block;
import org.analecta.parser.ReportDocument.DocumentHints;
import org.analecta.parser.ReportDocument.Kind;

/**
 * The report's own header: the lines before the text that give its date, series, title, authors
 * and countries, in the shapes reports use:
 *
 * <pre>
 * June 20, 2014 Inquiry &amp; Analysis Series No. 1099
 * Iran's Dilemma: Cooperate With U.S. Against Sunnis In Iraq – Or Maintain Anti-U.S. Ideological Stance?
 * June 20, 2014 | By A. Savyon and Yossi Mansharof*
 * Iraq, Iran | Inquiry &amp; Analysis Series No. 1099
 * </pre>
 *
 * and also "Special Dispatch No. 5765", "By ..." lines, "Published: ..." and ISO dates. Only
 * what the lines say is taken; nothing is guessed.
 */
final class ReportHeader {

	/** Header lines are short; longer lines are prose and never run through the patterns. */
	private static final int MAX_LINE = 300;

	/** How far into the document a header may reach. */
	private static final int MAX_HEADER_BLOCKS = 12;

	private static final Pattern FIELD_SEPARATOR = Pattern.compile("\\s{0,3}\\|\\s{0,3}");

	private static final Pattern PUBLISHED_LABEL = Pattern.compile(
			"^(?:Published|Posted|Date|Dated|Released|Publication date|Issued)(?:\\s{1,3}on)?\\s{0,3}:?\\s{0,3}",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern UPDATED_LABEL = Pattern
		.compile("^(?:Updated|Last updated|Modified|Last modified)(?:\\s{1,3}on)?\\s{0,3}:?\\s{0,3}", Pattern.CASE_INSENSITIVE);

	private static final Pattern BYLINE = Pattern
		.compile("^(?:By|Written by|Authors?\\s{0,3}:|By\\s{0,3}:)\\s{1,3}(?<names>\\S.*)$", Pattern.CASE_INSENSITIVE);

	private static final Pattern SERIES = Pattern.compile(
			"^(?<name>[A-Z][\\p{L}&'’.-]*(?:\\s{1,3}(?:[A-Z][\\p{L}&'’.-]*|&|and|of|the|on)){0,7})\\s{0,3}(?:No\\.|Number|#)\\s{0,3}(?<number>\\d{1,6}[A-Za-z]?)\\.?$");

	private static final Pattern COUNTRIES_LABEL = Pattern
		.compile("^(?:Countries|Country|Regions?|Locations?)\\s{0,3}:\\s{0,3}", Pattern.CASE_INSENSITIVE);

	private static final Pattern PLACE = Pattern
		.compile("^[\\p{Lu}][\\p{L}'’.-]*(?:\\s(?:[\\p{Lu}][\\p{L}'’.-]*|of|the|and)){0,3}$");

	private static final Pattern AUTHOR_SEPARATOR = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*");

	private ReportHeader() {
	}

	/** What the header said, and the index of the first block after it. */
	record Header(String title, LocalDate publishedOn, String series, String seriesNumber, List<String> authors,
			List<String> countries, int bodyStart, int titleBlock) {
	}

	static Header read(List<Block> blocks, DocumentHints hints) {
		Fields fields = new Fields();
		String title = null;
		int titleBlock = -1;
		int i = 0;
		for (; i < Math.min(blocks.size(), MAX_HEADER_BLOCKS); i++) {
			Block block = blocks.get(i);
			if (block.kind() == Kind.NOTE || block.kind() == Kind.CAPTION) {
				break;
			}
			// Date, series and byline lines come as paragraphs or, when a reader took them for
			// headings, as headings: either way they are header.
			if (readFieldBlock(block.text(), fields)) {
				continue;
			}
			List<String> places = block.kind() == Kind.HEADING ? null : placeList(block.text().strip(), true);
			if (places != null && (fields.series != null || seriesFollows(blocks, i + 1))) {
				// "Iraq, Iran" on a line of its own, next to the series line (pages split the header
				// line "Iraq, Iran | Inquiry & Analysis Series No. 1099" into elements).
				fields.countries.addAll(places);
				continue;
			}
			if (title == null && isTitle(block, hints)) {
				title = block.text().strip();
				titleBlock = i;
				continue;
			}
			break;
		}
		LocalDate date = fields.published != null ? fields.published : fields.updated;
		return new Header(title, date, fields.series, fields.seriesNumber, List.copyOf(fields.authors),
				List.copyOf(fields.countries), i, titleBlock);
	}

	private static boolean seriesFollows(List<Block> blocks, int index) {
		if (index >= blocks.size()) {
			return false;
		}
		Fields next = new Fields();
		return readFieldBlock(blocks.get(index).text(), next) && next.series != null;
	}

	private static boolean isTitle(Block block, DocumentHints hints) {
		String text = block.text().strip();
		if (text.isEmpty() || text.length() > MAX_LINE || text.indexOf('\n') >= 0 || BlockRules.words(text) > 35) {
			return false;
		}
		if (hints.title() != null && !hints.title().isBlank()) {
			// A page declares its title: a kicker or a site heading above it is not the title.
			if (block.kind() == Kind.HEADING) {
				return matchesDeclaredTitle(text, hints.title());
			}
			// A paragraph (a breadcrumb, a teaser) must say the declared title itself.
			return block.kind() == Kind.PARAGRAPH && !BlockRules.endsLikeSentence(text)
					&& normalise(hints.title()).contains(normalise(text)) && normalise(text).length() * 3 >= normalise(hints.title()).length();
		}
		if (block.kind() == Kind.HEADING) {
			return true;
		}
		return block.kind() == Kind.PARAGRAPH && !BlockRules.endsLikeSentence(text)
				&& BlockRules.titleCaseShare(text) >= 0.6;
	}

	/** The page's declared title says the same, perhaps with the site's name added. */
	static boolean matchesDeclaredTitle(String text, String declared) {
		String line = normalise(text);
		String key = normalise(declared);
		if (line.isEmpty() || key.isEmpty()) {
			return false;
		}
		if (line.contains(key) || key.contains(line) && line.length() * 3 >= key.length()) {
			return true;
		}
		// Headline and og:title often word the same title a little differently.
		String[] words = line.split(" ");
		if (words.length < 3) {
			return false;
		}
		Set<String> declaredWords = new HashSet<>(List.of(key.split(" ")));
		int shared = 0;
		for (String word : new LinkedHashSet<>(List.of(words))) {
			if (declaredWords.contains(word)) {
				shared++;
			}
		}
		return shared * 2 >= new LinkedHashSet<>(List.of(words)).size();
	}

	static String normalise(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

	/** Reads a block made only of header lines into the fields; false (fields untouched) otherwise. */
	private static boolean readFieldBlock(String text, Fields into) {
		Fields found = new Fields();
		boolean any = false;
		for (String line : text.split("\n")) {
			String l = line.strip();
			if (l.isEmpty()) {
				continue;
			}
			if (l.length() > MAX_LINE || !readFieldLine(l, found)) {
				return false;
			}
			any = true;
		}
		if (any) {
			into.merge(found);
		}
		return any;
	}

	private static boolean readFieldLine(String line, Fields into) {
		String[] parts = FIELD_SEPARATOR.split(line);
		boolean several = parts.length > 1;
		boolean recognised = false;
		List<String> places = new ArrayList<>();
		for (String part : parts) {
			String field = part.strip();
			if (field.isEmpty()) {
				continue;
			}
			if (readField(field, into)) {
				recognised = true;
				continue;
			}
			List<String> listed = placeList(field, several);
			if (listed == null) {
				return false;
			}
			places.addAll(listed);
		}
		if (!recognised && places.isEmpty()) {
			return false;
		}
		into.countries.addAll(places);
		return true;
	}

	private static boolean readField(String field, Fields into) {
		Matcher label = PUBLISHED_LABEL.matcher(field);
		if (label.find() && label.end() > 0) {
			// "Published: June 20, 2014", also "Posted on June 20, 2014 by Jane Doe".
			Fields labelled = new Fields();
			if (readField(field.substring(label.end()), labelled) && labelled.published != null) {
				into.merge(labelled);
				return true;
			}
		}
		Matcher updated = UPDATED_LABEL.matcher(field);
		if (updated.find() && updated.end() > 0) {
			LocalDate date = ReportDates.whole(field.substring(updated.end()));
			if (date != null) {
				into.updated = into.updated == null ? date : into.updated;
				return true;
			}
		}
		LocalDate whole = ReportDates.whole(field);
		if (whole != null) {
			into.published = into.published == null ? whole : into.published;
			return true;
		}
		ReportDates.Found leading = ReportDates.find(field);
		if (leading != null && leading.start() == 0) {
			Fields rest = new Fields();
			if (readField(field.substring(leading.end()).strip(), rest)) {
				into.published = into.published == null ? leading.date() : into.published;
				into.merge(rest);
				return true;
			}
		}
		Matcher byline = BYLINE.matcher(field);
		if (byline.matches()) {
			List<String> names = authorNames(byline.group("names"));
			if (!names.isEmpty()) {
				into.authors.addAll(names);
				return true;
			}
		}
		Matcher series = SERIES.matcher(field);
		if (series.matches()) {
			if (into.series == null) {
				into.series = series.group("name").strip();
				into.seriesNumber = series.group("number");
			}
			return true;
		}
		return false;
	}

	/** "Iraq, Iran" as a field of a header line, or a labelled "Countries: ..." line. */
	private static List<String> placeList(String field, boolean besideOtherFields) {
		Matcher label = COUNTRIES_LABEL.matcher(field);
		boolean labelled = label.find() && label.end() > 0;
		if (!labelled && !besideOtherFields) {
			return null;
		}
		String list = labelled ? field.substring(label.end()) : field;
		List<String> places = new ArrayList<>();
		for (String item : list.split("[,;/]")) {
			String place = item.strip();
			if (place.isEmpty()) {
				continue;
			}
			if (place.length() > 40 || !PLACE.matcher(place).matches()) {
				return null;
			}
			places.add(place);
		}
		return places.isEmpty() ? null : places;
	}

	static List<String> authorNames(String names) {
		List<String> out = new ArrayList<>();
		for (String name : AUTHOR_SEPARATOR.split(names.strip())) {
			String n = name.replaceAll("[*†‡]+", "").strip();
			if (n.isEmpty() || n.length() > 80 || BlockRules.words(n) > 6) {
				continue;
			}
			out.add(n);
		}
		return out;
	}

	private static final class Fields {

		LocalDate published;

		LocalDate updated;

		String series;

		String seriesNumber;

		final Set<String> authors = new LinkedHashSet<>();

		final Set<String> countries = new LinkedHashSet<>();

		void merge(Fields other) {
			published = published == null ? other.published : published;
			updated = updated == null ? other.updated : updated;
			if (series == null) {
				series = other.series;
				seriesNumber = other.seriesNumber;
			}
			authors.addAll(other.authors);
			countries.addAll(other.countries);
		}

	}

}
