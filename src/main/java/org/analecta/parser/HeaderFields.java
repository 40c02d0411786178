package org.analecta.parser;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One header line read into fields: dates ({@code June 20, 2014},
 * {@code Published on Apr 13,
 * 2011}), series and number ({@code Special Dispatch No. 9655},
 * {@code Asia Report N°312}), a journal's volume line
 * ({@code Vol. 12, No. 2 (Summer 2008)}) or issue period ({@code Summer
 * 2011}), bylines, and the country list; several of them on one line joined by {@code |},
 * {@code •} or a dash. A line is a header line only when every part of it is one of these
 * (a site's or section's name beside a date is allowed and ignored). Lines longer than
 * {@link #MAX_LINE} are never read.
 */
final class HeaderFields {

	static final int MAX_LINE = 300;

	/**
	 * "|", "•", "·", or a dash between spaces: "March 4, 2021 — By Jane Doe"; nothing
	 * between a series' number and a place ("Special Dispatch No. 4288India/…").
	 */
	private static final Pattern FIELD_SEPARATOR = Pattern
		.compile("\\s{0,3}[|•·]\\s{0,3}|\\s[–—]\\s|(?<=\\d)—(?=\\p{Lu})|(?<=No\\. \\d{1,5})(?=\\p{Lu}\\p{Ll})"
				+ "|\\s+(?=(?:Updated|Last updated|Modified)\\s?:)");

	private static final Pattern PUBLISHED_LABEL = Pattern.compile(
			"^(?:Published|Posted|Date|Dated|Released|Publication date|Publish date|Date of publication|Issued|First published|Time"
					+ "|For immediate release)" + "(?:\\s{1,3}on)?\\s{0,3}:?\\s{0,3}",
			Pattern.CASE_INSENSITIVE);

	/**
	 * "Published" inside a line, after other labels: "… Updated 7 July 2021 Published 15
	 * …".
	 */
	private static final Pattern PUBLISHED_INSIDE = Pattern
		.compile("\\s(?:Published|First published)(?:\\s{1,3}on)?:?\\s{1,3}");

	/** Longest line searched for a publication label inside it. */
	private static final int MAX_LABELLED_LINE = 120;

	/**
	 * A date, then the hour of an update after a dash: "July 8, 2014 -- Updated 1220
	 * GMT".
	 */
	private static final Pattern DATE_THEN_UPDATE = Pattern
		.compile("(.{6,30}?)\\s{1,3}-{1,2}\\s{1,3}(?:Updated|Last updated)\\s{1,3}[\\d:.]{3,5}\\b.{0,30}");

	/**
	 * An agency's credit in brackets before a date's label: "(Xinhua) Updated:", "(AFP)
	 * Published:".
	 */
	/** A time of publication in universal time, then in the site's own zone. */
	private static final Pattern TWO_ZONES = Pattern
		.compile("(?<first>\\d{4}-\\d{2}-\\d{2} \\d{1,2}:\\d{2}(?::\\d{2})?)\\s?(?:GMT|UTC)"
				+ "\\s?\\d{4}-\\d{2}-\\d{2} \\d{1,2}:\\d{2}(?::\\d{2})?\\s?\\(\\p{Lu}\\p{L}+ Time\\)(?:\\s{1,3}(?<credit>\\p{Lu}[\\p{L} ]{1,40}))?");

	private static final Pattern CREDIT_BEFORE_LABEL = Pattern.compile(
			"^\\(\\p{Lu}[\\p{L}.&-]*(?:\\s\\p{Lu}[\\p{L}.&-]*){0,2}\\)\\s{1,3}(?=(?:Updated|Last updated|Published|Posted)\\b)");

	private static final Pattern UPDATED_LABEL = Pattern.compile(
			"^(?:[-–—|]\\s{0,3})?(?:Page\\s{1,3})?(?:Updated?|Last updated|Modified|Last modified)(?:\\s{1,3}(?:on|at))?"
					+ "\\s{0,3}:?\\s{0,3}",
			Pattern.CASE_INSENSITIVE);

	/** An English weekday's full name, as a group (DayOfWeek's name in upper case). */
	private static final String WEEKDAY_NAME = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

	/**
	 * A weekday before a date, its comma also the Arabic one ("Saturday، 11 November").
	 */
	private static final Pattern WEEKDAY = Pattern.compile(
			"^(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?[,\u060c]?\\s{1,3}",
			Pattern.CASE_INSENSITIVE);

	/**
	 * What may follow a date on its line: a time of day, maybe with its zone ("EST", "GMT
	 * +3:30", "Asia/Tehran"), a place of writing, or its weekday ("30 November 2023,
	 * Thursday"), also the weekday and then the time ("August 06, 2012, Monday/
	 * 17:05:00"), or a time cut off with the saved page ("October 11, 2019 - 18:3").
	 */
	/**
	 * One word and a comma before the rest of a line: "Reuters , Wednesday 11 Dec 2013".
	 */
	private static final Pattern AGENCY_BEFORE_DATE = Pattern.compile("(\\p{L}{2,12})\\s{0,2},\\s{1,3}(.{6,40})");

	/** A site's trail to the page before its date: "Home Archive ", "Home > News > ". */
	private static final Pattern BREADCRUMB = Pattern
		.compile("Home(?:\\s{0,3}[>/»|]?\\s{0,3}\\p{Lu}\\p{L}{1,15}){0,2}\\s{0,3}[>/»|]?\\s{1,3}");

	/**
	 * A known paper's name, then its date after a spaced dash: "- The Washington Times -
	 * Monday, September 12, 2016". Not any name: "Iran Daily Brief - June 8, 2018" is a
	 * digest's title.
	 */
	private static final Pattern PAPER_BEFORE_DATE = Pattern
		.compile("(\\p{Lu}[\\p{L}.&']*(?:\\s\\p{Lu}[\\p{L}.&']*){0,3})\\s{1,3}[-–—]\\s{1,3}(.{6,40})");

	/**
	 * A writer, maybe the publisher, and the date parted by slashes, as a site of reposts
	 * writes them: "Hanin Ghaddar/The Washington Institute/November 04/2023".
	 */
	private static final Pattern SLASHED_CREDIT = Pattern
		.compile("(\\p{Lu}[\\p{L}.'-]+(?:\\s\\p{Lu}[\\p{L}.'-]+){1,3})\\s?/(?:[^/]{3,60}/)?\\s?"
				+ "(\\p{L}{3,9}\\.?\\s\\d{1,2}|\\d{1,2}\\s\\p{L}{3,9})\\s?/\\s?(\\d{4})\\s*");

	/**
	 * A wire or site credited in brackets before a date, its opening bracket maybe lost
	 * with the saved page: "(Xinhua) ", "(People's Daily Online) ", "Xinhua) ".
	 */
	private static final Pattern CREDIT_BEFORE_DATE = Pattern
		.compile("\\(?\\p{Lu}[\\p{L}'.]*(?:\\s\\p{Lu}[\\p{L}'.]*){0,3}\\)\\s{1,3}(?=\\w)");

	/** A paper's staff credited before the date: "Algemeiner staff, Nov. 30, 2015". */
	private static final Pattern STAFF_BEFORE_DATE = Pattern
		.compile("(\\p{L}{2,20}(?:\\s\\p{L}{2,20})?)\\s[Ss]taff\\s{0,2},\\s{1,3}(.{6,40})");

	/**
	 * The labels of a piece's subjects after its date: "April 16, 2018 Topic: Security
	 * Region: Middle East Tags: Iran…".
	 */
	private static final Pattern SUBJECT_LABELS = Pattern.compile("(?:Topics?|Region|Tags|Section|Category)\\s{0,2}:");

	/** Longest acronym read as a publisher before a date. */
	private static final int MAX_ACRONYM = 8;

	private static final Pattern AFTER_DATE = Pattern.compile("^,?\\s{0,3}" + WEEKDAY_NAME + "$|" + "^(?:,?\\s{0,3}"
			+ WEEKDAY_NAME + "\\s{0,3}[/,|]?)?"
			+ "(?:,|at|-|–|/)?\\s{0,3}\\d{1,2}[:.]\\d{1,2}(?:[:.]\\d{2})?(?:\\s{0,3}[ap]\\.?m\\.?)?"
			+ "(?:\\s{1,3}(?:\\(?[A-Z]{2,4}\\)?|(?:GMT|UTC)\\s{0,2}[+-]?\\d{1,2}(?::?\\d{2})?|[A-Z][a-z]+/[A-Z][A-Za-z_]+))?"
			// BBC: "12:09 GMT 13:09 UK", the time in GMT and in the UK; Al Arabiya:
			// "19:23 pm (KSA) 16:23 pm (GMT)".
			+ "(?:\\s{1,3}\\d{1,2}[:.]\\d{2}(?:\\s{0,3}[ap]\\.?m\\.?)?\\s{1,3}\\(?[A-Z]{2,4}\\)?)?"
			// Reuters: "February 8, 2013 / 9:32 AM / 5 years ago", "/ a month ago".
			+ "(?:\\s{0,3}/\\s{0,3}(?:\\d{1,2}|an?)\\s(?:minutes?|hours?|days?|months?|years?)\\sago)?"
			// Asharq Al-Awsat: "Monday, 16 September, 2019 - 08:45 -", a separator
			// left.
			// Ma'an: "May 5, 2017 4:21 P.M. (Updated: May 8, 2017 7:12 P.M.)".
			+ "(?:\\s{0,3}\\((?:last\\s)?updated\\s{0,2}:?\\s{0,2}[^()]{4,40}\\))?" + "(?:\\s{0,3}[-–|])?$",
			Pattern.CASE_INSENSITIVE);

	/**
	 * A time, maybe with its zone, before the date: "Published: 18:57, December 1, 2021",
	 * "Page last updated at 14:11 GMT, Thursday, 18 June 2009".
	 */
	private static final Pattern LEADING_TIME = Pattern.compile(
			"^\\d{1,2}[:.]\\d{2}(?:\\s{0,3}[ap]\\.?m\\.?)?(?:\\s{1,3}(?:GMT|UTC|BST|UK|[ECMP][SD]T))?\\s{0,3},?\\s{0,3}",
			Pattern.CASE_INSENSITIVE);

	private static final String NUMBER_MARK = "(?:No\\.?|Nos\\.|N[°º]\\.?|Number|#)";

	/** A page's line of tags: "Related Categories:", "Related Topics:". */
	private static final Pattern TAG_LINE = Pattern
		.compile("(?:Related\\s+)(?:Categories|Topics|Tags|Issues|Regions)\\s{0,3}:\\s{0,3}", Pattern.CASE_INSENSITIVE);

	/** Empty list items before a date, each a dash: "- - Thursday, March 14, 2019". */
	private static final Pattern LEADING_DASHES = Pattern.compile("(?:[-–—]\\s{1,3}){1,3}");

	/** A report's number on a line of its own. */
	private static final Pattern BARE_NUMBER = Pattern.compile("No\\. ?(\\d{1,6})");

	static final Pattern SERIES = Pattern
		.compile("^(?<name>[A-Z][\\p{L}&'’.-]*(?:\\s{1,3}(?:[A-Z][\\p{L}&'’.-]*|&|and|of|the|on)){0,7})\\s{0,3}"
				+ "(?:[-–—:,]\\s{0,3})?" + NUMBER_MARK + "\\s{0,3}(?<number>\\d{1,6}[A-Za-z]?)\\.?$");

	/**
	 * Think tanks' series that print their number without "No.": the Washington
	 * Institute's "PolicyWatch 2973", "Policy Notes 45", "Policy Focus 160". A name and a
	 * number alone are too common to read as a series otherwise ("Chapter 3").
	 */
	private static final Pattern UNMARKED_SERIES = Pattern
		.compile("^(?<name>PolicyWatch|PeaceWatch|Policy Notes?|Policy Focus|Research Notes?|Policy Analysis Report)"
				+ "\\s{1,3}(?<number>\\d{1,5})$");

	/**
	 * "No. 2413" or "Nos. 2413, 2414, 2415" as a field of its own, after the series'
	 * name.
	 */
	/** A number's mark with no number after it. */
	private static final Pattern NUMBER_MARK_ALONE = Pattern.compile(NUMBER_MARK);

	private static final Pattern NUMBER_FIELD = Pattern.compile(
			"^" + NUMBER_MARK + "\\s{0,3}(?<number>\\d{1,6}[A-Za-z]?)(?<more>(?:\\s{0,3}[,&]\\s{0,3}\\d{1,6}){0,9})$");

	private static final Pattern SERIES_NAME = Pattern
		.compile("^[A-Z][\\p{L}&'’.-]*(?:\\s{1,3}(?:[A-Z][\\p{L}&'’.-]*|&|and|of|the|on)){0,6}$");

	/** A journal's volume line: "Vol. 12, No. 2 (Summer 2008)", "Volume 18: Number 3". */
	private static final Pattern VOLUME = Pattern.compile("\\b(?:Vol(?:ume)?\\.?|Volume)\\s{0,3}\\d{1,4}\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Set<String> VOLUME_WORDS = Set.of("vol", "volume", "no", "number", "issue", "iss", "nos",
			"spring", "summer", "fall", "autumn", "winter", "january", "february", "march", "april", "may", "june",
			"july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
			"aug", "sep", "sept", "oct", "nov", "dec", "pp", "p", "special", "double");

	/**
	 * "Summer 2011", "June 2022", "Spring/Summer 2020", "Winter 2010-11": an issue's
	 * period, not a date.
	 */
	private static final Pattern PERIOD = Pattern.compile(
			"^(?:(?:Spring|Summer|Fall|Autumn|Winter)(?:\\s{0,3}[/–-]\\s{0,3}(?:Spring|Summer|Fall|Autumn|Winter))?|"
					+ "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?"
					+ "(?:\\s{0,3}[/–-]\\s{0,3}(?:[A-Z][a-z]{2,8})\\.?)?)"
					+ ",?\\s{1,3}\\d{4}(?:\\s{0,3}[/–-]\\s{0,3}\\d{2,4})?$");

	private static final Pattern LIST_SEPARATOR = Pattern.compile("[,;/]");

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[,:;|–-]+$");

	/** "Publication: Jerusalem Issue Briefs", "Series: Policy Notes". */
	private static final Pattern PUBLICATION_LABEL = Pattern
		.compile("^(?:Publication|Series)\\s{0,3}:\\s{0,3}(?<name>\\p{Lu}.{2,80}?)"
				// "Publication: Terrorism Focus Volume: 6 Issue: 3": the volume is no
				// part
				// of the name.
				+ "(?:\\s{1,3}(?:Vol(?:ume)?\\.?|Issue|No\\.)\\s{0,3}:?\\s{0,3}\\d.{0,40})?$");

	private static final Pattern COUNTRIES_LABEL = Pattern
		.compile("^(?:Countries|Country|Regions?|Locations?)\\s{0,3}:\\s{0,3}", Pattern.CASE_INSENSITIVE);

	/**
	 * Last words of the research projects and topics MEMRI's older pages list beside the
	 * countries after a dispatch's number ("Special Dispatch No. 4060—Saudi
	 * Arabia/Women's Topics", "… No. 3159—Urdu-Pashtu Media Project"): no place.
	 */
	/** Longest project's or topic's name in a series line's list of places. */
	private static final int MAX_PROJECT = 60;

	private static final Set<String> PROJECT_WORDS = Set.of("project", "topics", "studies", "lab", "monitor", "program",
			"programme", "relations", "affairs");

	private static final Pattern PLACE = Pattern
		.compile("^[\\p{Lu}][\\p{L}'’.-]*(?:\\s(?:[\\p{Lu}][\\p{L}'’.-]*|of|the|and)){0,3}$");

	/** An e-mail address or a social-media handle beside a byline. */
	private static final Pattern CONTACT = Pattern
		.compile("^(?:[\\w.+-]{1,64}@[\\w-]{1,63}(?:\\.[\\w-]{1,63}){1,4}|@\\w{1,30})$");

	private HeaderFields() {
	}

	/** What the header lines said. */
	static final class Fields {

		LocalDate published;

		/**
		 * The published date came with a label ("Publish Date: ..."): it outweighs a bare
		 * date, such as the day's date a page shows above it.
		 */
		boolean publishedLabelled;

		LocalDate updated;

		String series;

		String seriesNumber;

		/** A volume line or an issue's period was seen (a journal's header). */
		boolean volume;

		boolean period;

		/** The journal's name written before "Vol." on the volume line. */
		String journal;

		final Set<String> authors = new LinkedHashSet<>();

		final Set<String> countries = new LinkedHashSet<>();

		/** Every published date the lines gave, the first first. */
		final Set<LocalDate> dates = new LinkedHashSet<>();

		LocalDate date() {
			return published != null ? published : updated;
		}

		void merge(Fields other) {
			if (other.published != null) {
				dates.add(other.published);
			}
			dates.addAll(other.dates);
			if (other.publishedLabelled && !publishedLabelled && other.published != null) {
				published = other.published;
				publishedLabelled = true;
			}
			else if (series == null && other.series != null && other.published != null && !publishedLabelled) {
				// "Special Dispatch Series | No. 2640, 2641 | November 9, 2009" under a
				// blog's "Tuesday, 10 November 2009": the report dates itself with its
				// series line.
				published = other.published;
			}
			else {
				published = published == null ? other.published : published;
			}
			updated = updated == null ? other.updated : updated;
			if (series == null && other.series != null) {
				series = other.series;
				seriesNumber = other.seriesNumber;
			}
			else if (series == null && seriesNumber == null) {
				seriesNumber = other.seriesNumber; // "No. 5111" alone, its series unnamed
			}
			volume |= other.volume;
			period |= other.period;
			journal = journal == null ? other.journal : journal;
			authors.addAll(other.authors);
			countries.addAll(other.countries);
		}

	}

	/**
	 * Reads a block made only of header lines into the fields; false (fields untouched)
	 * otherwise.
	 */
	static boolean readBlock(String text, Fields into) {
		Fields found = new Fields();
		boolean any = false;
		for (String line : text.split("\n")) {
			String l = line.strip();
			if (l.isEmpty()) {
				continue;
			}
			if (l.length() > MAX_LINE || !readLine(l, found)) {
				return false;
			}
			any = true;
		}
		if (any) {
			into.merge(found);
		}
		return any;
	}

	/**
	 * A time after a byline's date: " 4:00 PM" (its reading time, " 2 min read", is off
	 * the line already: {@link #READING_TIME}).
	 */
	private static final Pattern TIME_AFTER_DATE = Pattern
		.compile("(?<=\\d)\\s+\\d{1,2}:\\d{2}(?:\\s?[AaPp]\\.?[Mm]\\.?)?(?:\\s+[A-Z]{2,4})?$");

	/**
	 * A reading time after a header's fields, and the download button beside it: " 9 min
	 * read Download Report".
	 */
	private static final Pattern READING_TIME = Pattern.compile(
			"(?i)\\s+\\d{1,3}\\s+min(?:ute)?s?\\.?\\s+read(?:\\s+(?:download|print)(?:\\s+(?:report|pdf|article))?)?\\s*$");

	/** A byline of one word, which an agency's name may be: "By Yonhap". */
	private static final Pattern AGENCY_BYLINE = Pattern.compile("(?i)By\\s+\\S+");

	static boolean readLine(String line, Fields into) {
		Matcher reading = READING_TIME.matcher(line);
		if (reading.find() && reading.start() > 0) {
			line = line.substring(0, reading.start()); // "Mar 15, 2022 1 min read"
		}
		Matcher zones = TWO_ZONES.matcher(line);
		if (zones.matches()
				&& (zones.group("credit") == null || ReportDates.isAgency(zones.group("credit").split(" ")[0]))) {
			// "2020-10-09 02:42:26 GMT2020-10-09 10:42:26(Beijing Time) Xinhua English":
			// the time of publication in two zones, the first the universal one
			line = zones.group("first");
		}
		Matcher credit = CREDIT_BEFORE_LABEL.matcher(line);
		if (credit.lookingAt()) {
			line = line.substring(credit.end()); // "(Xinhua) Updated: 2014-08-30 20:56"
		}
		Matcher tags = TAG_LINE.matcher(line);
		if (tags.lookingAt()) {
			// "Related Categories: Democracy and Governance; …; Iran; Iraq": the
			// countries among the page's tags.
			for (String item : LIST_SEPARATOR.split(line.substring(tags.end()))) {
				String tag = item.strip();
				if (!tag.isEmpty() && NameVocabulary.isPlaceKey(tag.toLowerCase(Locale.ROOT))) {
					into.countries.add(tag);
				}
			}
			return true;
		}
		Matcher dashes = LEADING_DASHES.matcher(line);
		if (dashes.lookingAt() && dashes.end() < line.length()) {
			// "- - Thursday, March 14, 2019": empty list items before the date.
			Fields after = new Fields();
			if (readLine(line.substring(dashes.end()), after)) {
				into.merge(after);
				return true;
			}
		}
		Matcher slashed = SLASHED_CREDIT.matcher(line);
		if (slashed.matches()) {
			// "Hanin Ghaddar/The Washington Institute/November 04/2023": a repost's
			// writer, the publisher and the date, parted by slashes.
			LocalDate date = ReportDates.whole(slashed.group(2) + ", " + slashed.group(3));
			List<String> writer = date == null ? null : Bylines.byline("By " + slashed.group(1));
			if (writer != null && !writer.isEmpty()) {
				into.published = into.published == null ? date : into.published;
				into.authors.addAll(writer);
				return true;
			}
		}
		Matcher section = ReportDates.SECTION_AND_TIME.matcher(line);
		if (section.lookingAt() && ReportDates.whole(line.substring(section.end())) != null) {
			line = line.substring(section.end()); // "All News 09:24 October 04, 2022"
		}
		if (line.regionMatches(true, 0, "By ", 0, 3) && line.contains(" - ") && !FIELD_SEPARATOR.matcher(line).find()) {
			// "By JT - May 11,2022 - Last updated at May 11,2022": a byline's fields
			// parted by hyphens.
			Fields parted = new Fields();
			if (readLine(line.replace(" - ", " | "), parted)) {
				into.merge(parted);
				return true;
			}
		}
		String[] parts = FIELD_SEPARATOR.split(line);
		boolean several = parts.length > 1;
		Matcher bare = BARE_NUMBER.matcher(line.strip());
		if (!several && bare.matches()) {
			// "No. 5111" alone under the date: the report's number in a series the
			// text may name ("this MEMRI Jihad and Terrorism Threat Monitor report").
			if (into.seriesNumber == null) {
				into.seriesNumber = bare.group(1);
			}
			return true;
		}
		Fields found = new Fields();
		boolean recognised = false;
		List<String> places = new ArrayList<>();
		List<String> names = new ArrayList<>();
		boolean unknownPlaces = false;
		int others = 0;
		for (int p = 0; p < parts.length; p++) {
			String field = parts[p].strip();
			if (field.isEmpty()) {
				continue;
			}
			if (readField(field, found)) {
				recognised = true;
				continue;
			}
			// "Special Dispatch | No. 2413 | June 21, 2009": the series' name, then its
			// number.
			Matcher number = p + 1 < parts.length ? NUMBER_FIELD.matcher(parts[p + 1].strip()) : null;
			if (number != null && number.matches() && SERIES_NAME.matcher(field).matches() && found.series == null) {
				found.series = field;
				found.seriesNumber = number.group("more").isBlank() ? number.group("number") : null;
				recognised = true;
				p++;
				continue;
			}
			if (several && PIECES_NAME.matcher(field).matches()) {
				return false; // "Department Press Briefing – December 20, 2022": a title
			}
			String writer = several ? bareWriter(field) : null;
			if (writer != null) {
				names.add(writer);
				continue;
			}
			List<String> writers = several ? bareWriters(field) : List.of();
			if (!writers.isEmpty()) {
				names.addAll(writers);
				continue;
			}
			List<String> listed = placeList(field, several);
			if (listed != null && COUNTRIES_LABEL.matcher(field).lookingAt()) {
				found.countries.addAll(listed);
				recognised = true;
				continue;
			}
			if (listed != null) {
				places.addAll(listed);
				unknownPlaces |= !listed.stream().allMatch(KnownPlaces::isKnown);
				continue;
			}
			if (several && ReportDates.besideADate(field)) {
				continue; // "March 3, 2020 | 10:32 AM": the hour beside the date
			}
			if (several && CONTACT.matcher(field).matches()) {
				continue; // "By X | March 4, 2021 | x@example.org | @x": the author's
							// address
			}
			if (!several || !isNameField(field)) {
				return false;
			}
			others++;
		}
		if (!names.isEmpty() && found.date() != null && found.authors.isEmpty()) {
			found.authors.addAll(names); // "Daniel Byman, et al. | 2024.10.04"
		}
		else {
			others += names.size();
		}
		if (!recognised && places.isEmpty()) {
			return false;
		}
		if (!places.isEmpty()) {
			// Place names count beside a series (MEMRI's "Iraq, Iran | ... Series No.
			// 1099") or
			// when each is a known country; "April 13, 2020 | The Dispatch" names an
			// outlet.
			if (found.series != null || !unknownPlaces) {
				found.countries.addAll(places);
			}
			else if (!recognised) {
				return false;
			}
		}
		if (others > 0 && found.date() == null && found.series == null) {
			return false;
		}
		into.merge(found);
		return true;
	}

	/**
	 * The name of a piece, not of its publisher, beside a date: "Department Press
	 * Briefing", "Joint Statement".
	 */
	private static final Pattern PIECES_NAME = Pattern
		.compile("(?i)\\S+(?:\\s+\\S+)*\\s+(?:briefing|transcript|remarks|statement|conference)");

	/**
	 * Several writers' names alone beside a date, the last after "and": "Seda Sevencan,
	 * Merve Berker and Esra Tekin | 24.04.2025". A list so joined names people, whether
	 * the parser knows their given names or not; empty otherwise.
	 */
	private static List<String> bareWriters(String field) {
		if (!LAST_WRITER.matcher(field).find()) {
			return List.of();
		}
		List<String> names = new ArrayList<>();
		for (String part : Bylines.SEPARATOR.split(field)) {
			String name = Bylines.personName(part.strip());
			if (name == null || KnownOrganisations.contains(name) || name.indexOf(' ') < 0) {
				return List.of();
			}
			names.add(name);
		}
		return names.size() >= 2 ? names : List.of();
	}

	private static final Pattern LAST_WRITER = Pattern.compile("\\s(?:and|&)\\s\\p{Lu}[^,]*$");

	/** "et al." after the first of several writers. */
	private static final Pattern ET_AL = Pattern.compile(",?\\s+et\\s+al\\.?$");

	/**
	 * A writer's name alone beside a date, without "By": "Daniel Byman, et al. |
	 * 2024.10.04", "Laura Rozen, Back Channel". Only a name with a given name this parser
	 * knows, since a site's or an outlet's name stands there as often. Null otherwise.
	 */
	private static String bareWriter(String field) {
		String written = ET_AL.matcher(field).replaceFirst("");
		int comma = written.indexOf(',');
		// "Laura Rozen, Back Channel": the writer, then her column.
		String name = Bylines.personName(comma > 0 ? written.substring(0, comma) : written);
		return name != null && NameVocabulary.hasKnownGivenName(name) && !KnownOrganisations.contains(name) ? name
				: null;
	}

	/**
	 * A short name beside other fields: a site's, an outlet's or a section's
	 * ("BROOKINGS", "The Dispatch").
	 */
	private static boolean isNameField(String field) {
		return field.length() <= 60 && BlockRules.words(field) <= 6 && Character.isUpperCase(field.codePointAt(0))
				&& !BlockRules.endsLikeSentence(field);
	}

	static boolean readField(String field, Fields into) {
		Matcher stamped = DATE_THEN_UPDATE.matcher(field);
		if (stamped.matches()) {
			LocalDate date = ReportDates.whole(stamped.group(1).strip());
			if (date != null) {
				// "July 8, 2014 -- Updated 1220 GMT (2020 HKT)": the date, then the time
				// of the last change
				into.published = into.published == null ? date : into.published;
				return true;
			}
		}
		Matcher publication = PUBLICATION_LABEL.matcher(field);
		if (publication.matches() && !BlockRules.endsLikeSentence(publication.group("name"))
				&& BlockRules.words(publication.group("name")) <= 8) {
			// "Publication: Jerusalem Issue Briefs": the series the piece appeared in.
			into.series = into.series == null ? publication.group("name").strip() : into.series;
			return true;
		}
		Matcher time = TIME_BEFORE_DATE.matcher(field);
		if (time.lookingAt()) {
			// "12:19 - 21/10/2019 Pazartesi": the time, then the date and its weekday in
			// the site's language.
			String date = TRAILING_WORD.matcher(field.substring(time.end())).replaceFirst("");
			if (NUMERIC_DATE.matcher(date).matches() && readNumericDate(date, into, null)) {
				return true;
			}
			// "Publish Date: 14:58 - 21 December 2013".
			LocalDate written = ReportDates.whole(withoutWeekday(field.substring(time.end()).strip()));
			if (written != null) {
				into.published = into.published == null ? written : into.published;
				return true;
			}
		}
		Matcher weekday = WEEKDAY_BEFORE.matcher(field);
		if (weekday.lookingAt() && NUMERIC_DATE.matcher(field).region(weekday.end(), field.length()).matches()) {
			// "Tuesday, 02/11/2025": the weekday tells which order of day and month is
			// meant.
			return readNumericDate(field.substring(weekday.end()), into,
					DayOfWeek.valueOf(weekday.group(1).toUpperCase(Locale.ROOT)));
		}
		Matcher label = PUBLISHED_LABEL.matcher(field);
		if (label.find() && label.end() > 0) {
			// "Published: June 20, 2014", also "Posted on June 20, 2014 by Jane Doe".
			Fields labelled = new Fields();
			if (readField(field.substring(label.end()), labelled) && labelled.published != null) {
				labelled.publishedLabelled = true;
				into.merge(labelled);
				return true;
			}
			if (readNumericDate(field.substring(label.end()), into, null)) {
				return true;
			}
		}
		Matcher inside = PUBLISHED_INSIDE.matcher(field);
		if (field.length() <= MAX_LABELLED_LINE && inside.find()) {
			// "Expert comment Updated 7 July 2021 Published 15 February 2021 3 minute
			// READ": the publication date wherever its label stands in a short line,
			// when nothing but page furniture follows it.
			ReportDates.Found date = ReportDates.leading(field.substring(inside.end()));
			String rest = date == null ? null : field.substring(inside.end() + date.end()).strip();
			if (rest != null && (rest.isEmpty() || AFTER_DATE.matcher(rest).matches()
					|| HeaderFurniture.isFurniture(rest, null))) {
				into.published = into.published == null ? date.date() : into.published;
				into.publishedLabelled = true;
				return true;
			}
		}
		Matcher updated = UPDATED_LABEL.matcher(field);
		if (updated.find() && updated.end() > 0) {
			String stamp = withoutWeekday(field.substring(updated.end()));
			LocalDate date = ReportDates.whole(stamp);
			ReportDates.Found leading = date != null ? null : ReportDates.leading(stamp);
			if (leading != null && AFTER_DATE.matcher(stamp.substring(leading.end()).strip()).matches()) {
				date = leading.date(); // "Last Updated: Thursday, 10 July, 2003, 12:09
										// GMT 13:09 UK"
			}
			if (date == null && NUMERIC_DATE.matcher(stamp).lookingAt()) {
				Fields numeric = new Fields(); // "Updated 07/21/2017 02:54 PM EDT"
				if (readNumericDate(stamp, numeric, null)) {
					into.updated = into.updated == null ? numeric.published : into.updated;
					return true;
				}
			}
			if (date != null) {
				into.updated = into.updated == null ? date : into.updated;
				return true;
			}
		}
		Matcher breadcrumb = BREADCRUMB.matcher(field);
		if (breadcrumb.lookingAt() && ReportDates.leading(field.substring(breadcrumb.end())) != null) {
			field = field.substring(breadcrumb.end()); // "Home Archive 15/August/2018
														// 08:39
														// PM"
		}
		Matcher credit = CREDIT_BEFORE_DATE.matcher(field);
		if (credit.lookingAt()) {
			// "(Xinhua) 08:46, July 16, 2022", saved as "Xinhua) 08:46, …": the wire
			// credited in brackets before the date and its hour.
			Fields dated = new Fields();
			if (readField(field.substring(credit.end()), dated) && dated.published != null && dated.authors.isEmpty()) {
				into.published = into.published == null ? dated.published : into.published;
				return true;
			}
		}
		String text = withoutWeekday(field);
		LocalDate whole = ReportDates.whole(text);
		Matcher agency = AGENCY_BEFORE_DATE.matcher(field);
		Matcher staff = STAFF_BEFORE_DATE.matcher(field);
		if (whole == null && !agency.matches() && staff.matches()) {
			agency = staff; // "Algemeiner staff, Nov. 30, 2015": the paper's own staff
		}
		if (whole == null && agency.matches()
				&& (ReportDates.isAgency(agency.group(1)) || NameVocabulary.isPlace(agency.group(1))
						|| agency.group(1).length() <= MAX_ACRONYM && NameVocabulary.isAcronym(agency.group(1))
						|| agency == staff || Character.isUpperCase(agency.group(1).charAt(0)))) {
			// A wire story's date line: "Reuters , Wednesday 11 Dec 2013", "Tehran, 11
			// December 2013", a speech's "Strasbourg, 19 January 2010" (any city).
			whole = ReportDates.whole(withoutWeekday(agency.group(2)));
		}
		Matcher paper = whole == null ? PAPER_BEFORE_DATE.matcher(field) : null;
		if (paper != null && paper.matches() && OutletGazetteer.isBundled(paper.group(1))) {
			// "- The Washington Times - Monday, September 12, 2016": the paper's name
			// and its date, set apart by a dash.
			whole = ReportDates.whole(withoutWeekday(paper.group(2)));
		}
		if (whole != null) {
			into.published = into.published == null ? whole : into.published;
			return true;
		}
		if (NUMERIC_DATE.matcher(field).lookingAt() && readNumericDate(field, into, null)) {
			return true; // "07/21/2017 02:09 PM EDT" alone on its line
		}
		ReportDates.Found leading = ReportDates.leading(text);
		if (leading != null) {
			String rest = text.substring(leading.end()).strip();
			Fields restFields = new Fields();
			// "February 28, 2006 No. 1099": the number repeats the series line's; "May
			// 23, 2016 No.", a page that left its series and number out.
			if (AFTER_DATE.matcher(rest).matches() || NUMBER_FIELD.matcher(rest).matches()
					|| NUMBER_MARK_ALONE.matcher(rest).matches() || SUBJECT_LABELS.matcher(rest).lookingAt()
					|| readField(rest, restFields)) {
				into.published = into.published == null ? leading.date() : into.published;
				into.merge(restFields);
				return true;
			}
		}
		int comma = field.indexOf(", ");
		while (comma > 0) {
			// "INSS Insight No. 1441, March 4, 2021": a field and the date after a comma.
			LocalDate date = ReportDates.whole(withoutWeekday(field.substring(comma + 2)));
			Fields before = new Fields();
			if (date != null && readField(field.substring(0, comma), before)) {
				into.merge(before);
				into.published = into.published == null ? date : into.published;
				return true;
			}
			comma = field.indexOf(", ", comma + 2);
		}
		List<String> byline = Bylines.byline(field);
		if (byline != null) {
			into.authors.addAll(byline);
			return true;
		}
		Matcher seriesBy = SERIES_BY.matcher(field);
		if (seriesBy.matches() && !endsInParticiple(seriesBy.group(1))) {
			List<String> writers = Bylines.byline("By " + seriesBy.group(2));
			if (writers != null && !writers.isEmpty()) {
				// "Critical Questions by Jon B. Alterman": the think tank's series, then
				// its writer.
				into.authors.addAll(writers);
				if (into.series == null && !HeaderFurniture.pieceKind(seriesBy.group(1))) {
					into.series = seriesBy.group(1);
				}
				return true;
			}
		}
		if (AGENCY_BYLINE.matcher(field).matches() && ReportDates.isAgency(field.substring(3).strip())) {
			return true; // "By Yonhap": a field that names no author
		}
		if (bylineThenDate(field, into)) {
			return true;
		}
		Matcher series = SERIES.matcher(field);
		if (!series.matches()) {
			series = UNMARKED_SERIES.matcher(field);
		}
		if (series.matches()) {
			if (into.series == null) {
				// "Inquiry & Analysis Series Report No.635": MEMRI's old pages call each
				// report of a series a "Series Report".
				into.series = SERIES_REPORT.matcher(series.group("name").strip()).replaceFirst("");
				into.seriesNumber = series.group("number");
			}
			return true;
		}
		if (PERIOD.matcher(field).matches()) {
			into.period = true;
			return true;
		}
		return readVolume(field, into);
	}

	/**
	 * "By Rudaw 28/9/2017", "By Jane Doe March 4, 2021": a byline with the date after it
	 * and no separator between them.
	 */
	private static boolean bylineThenDate(String written, Fields into) {
		if (!written.regionMatches(true, 0, "By ", 0, 3)) {
			return false; // the common case, without the patterns
		}
		// "by Boldizsar Gyori January 27, 2025 4:00 PM 2 min read": the time and the
		// reading time after the date.
		String field = TIME_AFTER_DATE.matcher(written).replaceFirst("");
		Matcher numeric = NUMERIC_DATE.matcher(field);
		int start = -1;
		Fields dated = new Fields();
		while (numeric.find()) {
			if (field.substring(numeric.end()).isBlank()) {
				start = numeric.start();
				readNumericDate(numeric.group(), dated, null);
			}
		}
		if (start < 0) {
			ReportDates.Found date = ReportDates.find(field);
			if (date != null && field.substring(date.end()).isBlank()) {
				start = date.start();
				dated.published = date.date();
			}
		}
		if (start <= 3) {
			return false;
		}
		String credit = field.substring(0, start).strip();
		List<String> names = Bylines.byline(credit);
		String credited = credit.substring(3).strip();
		// "By Rudaw", "By AFP": an outlet's credit, no author, but the line is the
		// header's.
		if (names == null && (BlockRules.words(credited) > MAX_CREDIT_WORDS || credited.isEmpty()
				|| !Character.isUpperCase(credited.codePointAt(0)))) {
			return false;
		}
		if (names != null) {
			into.authors.addAll(names);
		}
		into.published = into.published == null ? dated.published : into.published;
		return true;
	}

	/** Most words of an outlet's credit before a date ("By Rudaw 28/9/2017"). */
	private static final int MAX_CREDIT_WORDS = 3;

	/**
	 * "Vol. 12, No. 2 (Summer 2008)", "Middle East Quarterly, Volume 18: Number 3": the
	 * journal's name when the line gives it, and a date when it has a day.
	 */
	private static boolean readVolume(String field, Fields into) {
		String lower = field.toLowerCase(Locale.ROOT);
		if (!lower.contains("vol") && !lower.startsWith("issue ") && !lower.startsWith("number ")) {
			return false; // the common case, without the patterns
		}
		Matcher volume = VOLUME.matcher(field);
		if (!volume.find()) {
			if (!field.regionMatches(true, 0, "Issue ", 0, 6) && !field.regionMatches(true, 0, "Number ", 0, 7)) {
				return false;
			}
			volume = null;
		}
		int from = volume == null ? 0 : volume.start();
		String rest = field.substring(from);
		ReportDates.Found date = ReportDates.find(rest);
		String words = date == null ? rest : rest.substring(0, date.start()) + " " + rest.substring(date.end());
		for (String word : NOT_WORD.split(words.toLowerCase(Locale.ROOT))) {
			if (!word.isEmpty() && !VOLUME_WORDS.contains(word) && !word.chars().allMatch(Character::isDigit)) {
				return false;
			}
		}
		String journal = TRAILING_SEPARATORS.matcher(field.substring(0, from).strip()).replaceAll("").strip();
		if (!journal.isEmpty() && !SERIES_NAME.matcher(journal).matches()) {
			return false;
		}
		into.volume = true;
		into.journal = journal.isEmpty() ? into.journal : journal;
		if (date != null && into.published == null) {
			into.published = date.date();
		}
		return true;
	}

	/**
	 * "04/03/2021 by Jane Doe" after a "Posted on" label: a header line. The date is kept
	 * only when the order of day and month is plain (one of them above 12); "04/03/2021"
	 * is the 4th of March in Europe and the 3rd of April in America, so it gives none,
	 * unless the weekday given with it fits only one of the two.
	 */
	private static boolean readNumericDate(String text, Fields into, DayOfWeek weekday) {
		Matcher numeric = NUMERIC_DATE.matcher(text);
		if (!numeric.lookingAt()) {
			return false;
		}
		String rest = text.substring(numeric.end()).strip();
		Fields restFields = new Fields();
		if (!rest.isEmpty() && !AFTER_DATE.matcher(rest).matches() && !readField(rest, restFields)) {
			return false;
		}
		int first = Integer.parseInt(numeric.group(1));
		int second = Integer.parseInt(numeric.group(3));
		// Two figures are a year of this century: the archive holds no reports from
		// the last one written so.
		int year = Integer.parseInt(numeric.group(4)) + (numeric.group(4).length() == 2 ? 2000 : 0);
		int day = first > 12 ? first : second > 12 ? second : -1;
		int month = first > 12 ? second : first;
		if (day < 0 && weekday != null) {
			LocalDate monthFirst = validDate(year, first, second);
			LocalDate dayFirst = validDate(year, second, first);
			boolean monthFirstFits = monthFirst != null && monthFirst.getDayOfWeek() == weekday;
			boolean dayFirstFits = dayFirst != null && dayFirst.getDayOfWeek() == weekday;
			if (monthFirstFits != dayFirstFits) {
				LocalDate date = monthFirstFits ? monthFirst : dayFirst;
				day = date.getDayOfMonth();
				month = date.getMonthValue();
			}
		}
		if (day > 0 && month <= 12 && day <= YearMonth.of(year, month).lengthOfMonth()) {
			into.published = into.published == null ? LocalDate.of(year, month, day) : into.published;
		}
		into.merge(restFields);
		return true;
	}

	private static LocalDate validDate(int year, int month, int day) {
		return month >= 1 && month <= 12 && day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth()
				? LocalDate.of(year, month, day) : null;
	}

	/** An English weekday and a comma before a date: "Tuesday, 02/11/2025". */
	private static final Pattern WEEKDAY_BEFORE = Pattern.compile(WEEKDAY_NAME + ",?\\s{1,3}");

	private static final Pattern TIME_BEFORE_DATE = Pattern.compile("\\d{1,2}:\\d{2}\\s{0,3}[-–|]\\s{0,3}");

	private static final Pattern TRAILING_WORD = Pattern.compile("\\s+\\p{L}+$");

	/**
	 * Whether the words before a "by" end in a past participle, whose agent follows:
	 * "Talks Hosted by President Tom Reyes", "Plan Led by Ada Lind" name no writer.
	 */
	static boolean endsInParticiple(String words) {
		String last = words.substring(words.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
		return last.endsWith("ed") || last.endsWith("en") || IRREGULAR_PARTICIPLES.contains(last);
	}

	/** Past participles not ending in "-ed" or "-en" that a headline puts before "by". */
	private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("led", "run", "hit", "made", "held", "won", "set",
			"shot", "struck", "caught", "bought", "sought", "brought", "built", "sent", "met", "told", "paid", "hurt",
			"cut", "put", "kept", "left", "lost", "read", "sold", "found", "beat", "bound");

	private static final Pattern SERIES_REPORT = Pattern.compile("(?<=\\S)\\s+Series\\s+Report$");

	/** Two capitalised words, "by" and a writer's name; a headline is longer. */
	private static final Pattern SERIES_BY = Pattern.compile("(\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+) by (.{4,60})");

	/** "26.05.2021", "05/26/2021", also with the year in two figures ("05.26.21"). */
	static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{1,2})([/.])(\\d{1,2})\\2((?:19|20)\\d{2}|\\d{2})\\b");

	/** The date at the text's start, past a time and a weekday before it. */
	private static String withoutWeekday(String text) {
		Matcher time = LEADING_TIME.matcher(text);
		if (time.lookingAt() && time.end() < text.length() && !withoutDayName(text.substring(time.end())).isEmpty()) {
			text = text.substring(time.end());
		}
		String dated = withoutDayName(text);
		return dated.isEmpty() ? text : dated;
	}

	/**
	 * The text past a weekday when a date follows it, the text when a date opens it, else
	 * "".
	 */
	private static String withoutDayName(String text) {
		if (ReportDates.leading(text) != null) {
			return text;
		}
		Matcher m = WEEKDAY.matcher(text);
		return m.lookingAt() && ReportDates.leading(text.substring(m.end())) != null ? text.substring(m.end()) : "";
	}

	/** "Iraq, Iran" as a field of a header line, or a labelled "Countries: ..." line. */
	static List<String> placeList(String field, boolean besideOtherFields) {
		Matcher label = COUNTRIES_LABEL.matcher(field);
		boolean labelled = label.find() && label.end() > 0;
		if (!labelled && !besideOtherFields) {
			return null;
		}
		String list = labelled ? field.substring(label.end()) : field;
		List<String> places = new ArrayList<>();
		for (String item : LIST_SEPARATOR.split(list)) {
			String place = item.strip();
			if (place.isEmpty()) {
				continue;
			}
			if (place.length() <= MAX_PROJECT && Character.isUpperCase(place.codePointAt(0))
					&& PROJECT_WORDS.contains(place.substring(place.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT))) {
				continue; // a project or topic, also "Jihad and Terrorism Threat Monitor"
			}
			if (place.length() > 40 || !PLACE.matcher(place).matches()) {
				return null;
			}
			places.add(place);
		}
		return places.isEmpty() ? null : places;
	}

}
