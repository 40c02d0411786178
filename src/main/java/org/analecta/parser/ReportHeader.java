package org.analecta.parser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.analecta.parser.HeaderFields.Fields;
import org.analecta.parser.ReportDocument.Block;
import org.analecta.parser.ReportDocument.DocumentHints;
import org.analecta.parser.ReportDocument.Kind;

/**
 * The report's own header: the lines before the text that give its date, series, title,
 * authors and countries, in the shapes reports use:
 *
 * <pre>
 * June 20, 2014 Inquiry &amp; Analysis Series No. 1099
 * Iran's Dilemma: Cooperate With U.S. Against Sunnis In Iraq – Or Maintain Anti-U.S. Ideological Stance?
 * June 20, 2014 | By A. Savyon and Yossi Mansharof*
 * Iraq, Iran | Inquiry &amp; Analysis Series No. 1099
 * </pre>
 *
 * and the layouts of think tanks, journals, news digests and video pages (see
 * {@code docs/metadata.md}). The header is looked for in the run of short blocks before
 * the first long paragraph: page furniture in it ({@link HeaderFurniture}) is skipped,
 * header lines ({@link HeaderFields}) are read, and the title is the title-like line the
 * page's address names, else the one next to the header lines, else the first one of four
 * words or more. Only what the lines say is taken; nothing is guessed. Work per block is
 * bounded, so the whole is linear.
 */
final class ReportHeader {

	/** How far into the document a header may reach. */
	private static final int MAX_HEADER_BLOCKS = 40;

	/** A paragraph longer than this is the report's text: the header is above it. */
	private static final int MAX_HEADER_WORDS = 45;

	/**
	 * Short paragraphs (blurbs, a standfirst) allowed in the header run, in words all
	 * told.
	 */
	private static final int MAX_BLURB_WORDS = 160;

	/**
	 * Titles may be long (MEMRI's often pass 300 chars), but a title line is still one
	 * line.
	 */
	private static final int MAX_TITLE_CHARS = 1000;

	private static final int MAX_TITLE_WORDS = 150;

	/** Most words of a headline in sentence case taken for the title on its own. */
	private static final int MAX_SENTENCE_CASE_TITLE_WORDS = 20;

	/** Headings that open a report's text and never name it. */
	private static final Set<String> SECTION_NAMES = Set.of("summary", "executive summary", "abstract", "key points",
			"key findings", "key takeaways", "key judgments", "main points", "highlights", "introduction", "overview",
			"background", "in brief", "at a glance", "the bottom line", "bottom line", "conclusion", "conclusions",
			"contents", "table of contents", "foreword", "preface", "acknowledgments", "acknowledgements",
			"recommendations", "in depth issues", "in-depth issues", "top stories", "news", "analysis");

	/** "IntelBrief: Northern Front ...": a name of up to three words and a colon. */
	private static final Pattern SERIES_PREFIX = Pattern.compile("([\\p{L}&][\\p{L}&' ]{1,40}):\\s+(\\S.{8,})");

	/** "Headline | Site Name | Site's Slogan": a page's own title as saved. */
	private static final Pattern SITE_SUFFIX = Pattern.compile("(.+?)(?:\\s\\|\\s[^|]{2,60}){1,2}");

	/**
	 * A document library's note on the file after a title: "[open pdf - 695KB]", "(PDF)".
	 */
	private static final Pattern FILE_NOTE = Pattern
		.compile("(?i)\\s+[\\[(](?:open |download )?pdf(?:\\s{0,3}[-–,]\\s{0,3}\\d[\\d.,]*\\s{0,2}[kmg]b)?[\\])]$");

	/** "by" alone on its line, the byline's names on the next. */
	private static final Pattern BY_ALONE = Pattern.compile("(?i)by:?");

	/** What sites write above a title to say what kind of page it is. */
	private static final Set<String> KICKERS = Set.of("in the media", "commentary", "op ed", "opinion", "article",
			"articles", "report", "reports", "policy analysis", "testimony", "interview", "interviews", "feature",
			"features", "news", "press release", "press releases", "event", "events", "research", "blog", "blog post",
			"video", "podcast", "explainer", "q a", "fact sheet", "issue brief", "brief", "briefs", "essay", "review",
			"book review", "editorial", "letter", "special report", "latest", "publications", "insights", "the corner",
			"news service", "news desk", "wire service", "in the news", "media monitor", "media watch", "press review",
			"news analysis", "analysis", "perspective", "perspectives");

	/**
	 * A news site's sections, whose name stands over a headline written as a sentence
	 * ("National" over "Yoon vows firm response to any provocation").
	 */
	private static final Set<String> NEWS_SECTIONS = Set.of("national", "nation", "world", "international", "politics",
			"diplomacy", "defense", "defence", "north korea", "middle east", "asia", "africa", "europe", "americas",
			"economy", "business", "security", "region", "local", "world news", "top news", "breaking news");

	/** Last words of an institution's name. */
	private static final Set<String> INSTITUTION_WORDS = Set.of("center", "centre", "institute", "institution",
			"foundation", "council", "university", "endowment", "program", "programme", "project", "society",
			"initiative", "forum", "office", "agency", "ministry", "department", "committee", "association");

	private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

	private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

	/** A weekday's name alone on its line, the date on the next. */
	private static final Pattern WEEKDAY_ALONE = Pattern.compile("(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?",
			Pattern.CASE_INSENSITIVE);

	/**
	 * A news dateline alone on its line, where a page split it from the first sentence:
	 * "ELLISVILLE, MS (Mississippi News Now) -". The text begins there.
	 */
	private static final Pattern DATELINE_ALONE = Pattern
		.compile("[A-Z][A-Z'.-]{2,}(?: [A-Z][A-Z'.-]+){0,3}(?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2})?"
				+ "\\s*(?:\\([^()]{2,40}\\)\\s*)?[-–—]");

	/** A day written in figures after a headline's words: " 4.6.2012". */
	private static final Pattern NUMERIC_DAY_AFTER = Pattern
		.compile("(?<=\\p{L}[?!.\"”']?)\\s+\\d{1,2}[./]\\d{1,2}[./]\\d{4}$");

	private static final Pattern TITLE_DATE = Pattern
		.compile("\\s[-–—|]\\s|,?\\s(?=(?:\\p{L}+\\.?\\s\\d{1,2},|\\d{1,2}\\s\\p{L}+)\\s\\d{4}$)");

	/**
	 * A digest's sentence naming who compiled it: "A selection of the latest news stories
	 * …, compiled by AEI Critical Threats Project Iran Analyst Will Fulton and Iran
	 * Intern Amir Toumaj, with contributors John Lesnewich and Mehrdad Moarefian."
	 */
	/**
	 * A repost's credit to its compilers: "[Thanks to Ali Alfoneh for his compilation;
	 * (E) signifies English link]".
	 */
	private static final Pattern THANKS_FOR_COMPILING = Pattern
		.compile("\\b[Tt]hanks to (?<names>\\p{Lu}[^.;:]{3,120}?) for (?:his|her|their) compilation\\b");

	/**
	 * A repost's note naming the piece's writer: "The following article by Robin Wright
	 * was originally published by The Washington Post …".
	 */
	private static final Pattern REPOSTED_PIECE_BY = Pattern.compile("\\s*The following (?:article|op-ed|essay|piece"
			+ "|column|commentary|analysis) by (?<names>\\p{Lu}[\\p{L}.'-]*(?:\\s\\p{Lu}[\\p{L}.'-]*){1,3}) "
			+ "(?:was|is|first|originally|appeared)\\b");

	private static final Pattern COMPILED_BY = Pattern
		.compile("(?:^|\\s)(?:compiled|prepared) by (?<names>[^.;:]{5,300}?)(?=\\.\\s|\\.$|;|$)");

	/**
	 * A word that opens a clause, which a list of compilers never holds: "A secret
	 * report, prepared by the … agencies, warns that … madrassas …".
	 */
	private static final Pattern CLAUSE_WORD = Pattern.compile("\\b(?:that|which|who|warns|says|said)\\b");

	/** What sets a digest's contributors off from its compilers. */
	private static final Pattern CONTRIBUTORS = Pattern.compile(",?\\s+with (?:contributors|contributions from)\\s+");

	/** Most blocks under the title a digest's compilers' sentence may stand in. */
	private static final int COMPILERS_BLOCKS = 3;

	/** Longest paragraph read for its compilers, in chars. */
	private static final int COMPILERS_PARAGRAPH = 700;

	/** Most words of a digest's name standing alone as its title. */
	private static final int MAX_DIGEST_NAME_WORDS = 5;

	/**
	 * Who a digest's paragraph right under its title says compiled it, as written ("AEI …
	 * Analyst Will Fulton and Iran Intern Amir Toumaj, with contributors …", "the AEI
	 * Critical Threats Project's Iran research team"), or a repost's note its piece's
	 * writer; null when no such paragraph stands there.
	 */
	private static String compilersUnderTitle(List<Block> blocks, int title) {
		for (int b = title + 1; b < Math.min(blocks.size(), title + 1 + COMPILERS_BLOCKS); b++) {
			String text = blocks.get(b).text();
			Matcher compiled = text.length() > COMPILERS_PARAGRAPH ? null : COMPILED_BY.matcher(text);
			if (compiled != null && compiled.find() && !CLAUSE_WORD.matcher(compiled.group("names")).find()) {
				return compiled.group("names");
			}
			Matcher thanked = text.length() > COMPILERS_PARAGRAPH ? null : THANKS_FOR_COMPILING.matcher(text);
			if (thanked != null && thanked.find()) {
				return thanked.group("names");
			}
			Matcher reposted = REPOSTED_PIECE_BY.matcher(text);
			if (reposted.lookingAt()) {
				return reposted.group("names");
			}
		}
		return null;
	}

	/**
	 * A title with its byline and date after it: "…, By A. Savyon - November 17, 2005".
	 */
	private static final Pattern BYLINE_AND_DATE_AFTER_TITLE = Pattern
		.compile("(?<title>.{10,250}?),?\\s+[Bb]y\\s+(?<names>[^,;:–—-]{3,80}?)\\s+[–—-]\\s+(?<date>.{6,30})");

	/** A writer's name: two to four capitalised words. */
	private static final String WRITER = "\\p{Lu}[\\p{L}.'’-]*(?:\\s\\p{Lu}[\\p{L}.'’-]*){1,3}";

	/**
	 * A headline with its writers after "by", as a document site titles a report saved
	 * from a PDF: "Kataib Al-Imam Ali: Portrait of … by Matthew Levitt, Phillip Smyth".
	 */
	private static final Pattern WRITERS_AFTER_TITLE = Pattern.compile("(?<title>.{20,250}?)\\s+by\\s+(?<names>"
			+ WRITER + "(?:,\\s" + WRITER + "){0,4}(?:,?\\sand\\s" + WRITER + ")?)");

	/**
	 * Most words of any headline in sentence case: a paragraph of prose opening a page
	 * cut short ("Jaafar Al-Husseini, spokesman for …, said in a recent TV interview that
	 * …") is no title.
	 */
	private static final int MAX_PROSE_TITLE_WORDS = 50;

	/** The label of a quoted article's headline: "Headline: ". */
	private static final Pattern SOURCE_HEADLINE = Pattern.compile("Headline\\s*:\\s");

	/** The names news digests give themselves: "Iran News Round Up", "Daily Brief". */
	private static final Pattern DIGEST_NAME = Pattern.compile(
			"(?i).*\\b(?:round ?up|brief|briefing|update|digest|alert|monitor|review|wrap|newsletter|bulletin|dispatch|news|report)$");

	private ReportHeader() {
	}

	/**
	 * What the header said; {@code consumed} marks the blocks that belong to it (and page
	 * furniture around it), which the body leaves out.
	 */
	record Header(String title, LocalDate publishedOn, String series, String seriesNumber, List<String> authors,
			List<String> countries, Set<Integer> consumed) {
	}

	/** What one block of the header run is. */
	private enum Role {

		FURNITURE, CAPTION, FIELDS, PLACES, TITLE_LIKE, BLURB, OTHER

	}

	/** The series of MEMRI's video clips, which the pages number but do not name. */
	static final String MEMRI_TV = "MEMRI TV";

	/** A video page's clip line: the clip's number and its length ("#4922 | 02:38"). */
	private static final Pattern CLIP_LINE = Pattern
		.compile("^#(\\d{1,6})\\s{0,3}\\|\\s{0,3}\\d{1,2}:\\d{2}(?::\\d{2})?$");

	/**
	 * A clip's numbered line read as a series: "Clip No. 1545", "MEMRI TV Clip No. 6551".
	 */
	private static final Pattern CLIP_SERIES = Pattern.compile("(?:MEMRI\\s?TV\\s)?(?:Video\\s)?Clip",
			Pattern.CASE_INSENSITIVE);

	/** Whether a page is MEMRI's (memri.org, memritv.org) or of unknown address. */
	private static boolean memriAddress(String sourceUrl) {
		return sourceUrl == null || sourceUrl.toLowerCase(Locale.ROOT).contains("memri");
	}

	/**
	 * The clip number of a MEMRI TV page: its clip line in the header run, on a page from
	 * memri.org or of unknown address; null otherwise.
	 */
	/** A numbered weekly or monthly update's title, its series first. */
	private static final Pattern NUMBERED_UPDATE = Pattern.compile("(?:The )?(?<series>(?:\\p{Lu}[\\p{L}-]+ ){1,4}"
			+ "(?:Weekly|Monthly|Daily|Quarterly) (?:Update|Report|Review|Brief|Digest|Roundup|Round-Up|Bulletin))"
			+ "\\b[^.]{0,120}?\\bNo\\.\\s?(?<number>\\d{1,5})\\b");

	/**
	 * "Special Dispatch No. 3400" in running text, not a reference to another report
	 * ("see Special Dispatch No. 5000", "(Special Dispatch No. 5000)").
	 */
	private static final Pattern DISPATCH_IN_TEXT = Pattern
		.compile("(?<![Ss]ee |[Ii]n |\\()Special Dispatch No\\.\\s?(\\d{2,5})\\b(?!\\))");

	/** How far into the page's text a dispatch's own number stands. */
	private static final int MAX_DISPATCH_OFFSET = 1_000;

	private static String memriTvClip(List<Block> blocks, List<Role> roles, String sourceUrl) {
		if (sourceUrl != null && !sourceUrl.toLowerCase(Locale.ROOT).contains("memri.org")) {
			return null;
		}
		for (int i = 0; i < roles.size(); i++) {
			Matcher clip = CLIP_LINE.matcher(blocks.get(i).text().strip());
			if (roles.get(i) == Role.FURNITURE && clip.matches()) {
				return clip.group(1);
			}
		}
		return null;
	}

	/**
	 * A dateline's place, opening the text: "Riyadh, ", "KUWAIT CITY, ", and with its
	 * state or country "Washington, D.C., ".
	 */
	private static final List<Pattern> DATELINE_PLACES = List.of(
			Pattern.compile("\\s*\\p{Lu}[\\p{L}.' -]{1,40}?,\\s{1,3}"),
			Pattern.compile("\\s*\\p{Lu}[\\p{L}.' -]{1,40}?,\\s{1,3}\\p{Lu}[\\p{L}.]{1,15},\\s{1,3}"),
			// A press release's place in capitals and a dash: "WASHINGTON D.C. – DECEMBER
			// 2, 2022 – Today, …".
			Pattern.compile("\\s*\\p{Lu}[\\p{Lu}.' ]{1,40}?\\s[–—-]\\s"),
			// A press release's wire: "WASHINGTON, DC/ACCESSWIRE/August 22, 2022/ …".
			Pattern.compile(
					"\\s*\\p{Lu}[\\p{L}.' -]{1,40}?(?:,\\s{1,3}\\p{Lu}[\\p{L}.]{1,15})?\\s?/\\s?\\p{Lu}[\\p{Lu}\\p{L} .-]{1,30}\\s?/\\s?"),
			// A United Nations release's place in capitals, its date in brackets: "NEW
			// YORK (24 October 2018) - Mounting …".
			Pattern.compile(
					"\\s*\\p{Lu}[\\p{Lu}.' ]{1,40}?\\s\\((?=\\d{1,2} \\p{Lu}\\p{L}+ \\d{4}\\)\\s?[\u2013\u2014-]\\s)"));

	/**
	 * What closes a dateline after its date: the agency, then a dash; an ellipsis ("New
	 * York, NY, September 22, 2016 … The Anti-Defamation League"); or a wire between
	 * slashes ("WASHINGTON, March 29, 2011 /PRNewswire-USNewswire/ --").
	 */
	private static final Pattern DATELINE_CLOSE = Pattern.compile(
			"[,\\s]{0,3}(?:\\(?\\p{Lu}[\\p{L} .]{1,25}\\)?\\s{0,3})?(?:--|[\u2014\u2013-])\\s|\\s?/\\s|\\)\\s?[\u2014\u2013-]\\s"
					+ "|\\s(?:\u2026|\\.\\.\\.)\\s|\\s?/\\p{Lu}[\\p{L}-]{1,40}/\\s");

	/**
	 * The date of a news dateline opening the first of the text's blocks after the header
	 * run ({@code Riyadh, Sep. 18, 2019, SPA -- Colonel …}, {@code LONDON, March 3, 2018
	 * (Reuters) - …}): the agency's copy is dated there when its page shows no date above
	 * it. Null when there is none.
	 */
	private static LocalDate datelineDate(List<Block> blocks, int from) {
		for (int i = from; i < Math.min(blocks.size(), from + 2); i++) {
			String text = blocks.get(i).text();
			for (Pattern placePattern : DATELINE_PLACES) {
				Matcher place = placePattern.matcher(text);
				if (!place.lookingAt()) {
					continue;
				}
				ReportDates.Found found = ReportDates.leading(text.substring(place.end()));
				if (found != null
						&& DATELINE_CLOSE.matcher(text).region(place.end() + found.end(), text.length()).lookingAt()) {
					return found.date();
				}
			}
		}
		return null;
	}

	/**
	 * A series' name, its number and a date, then a dash, opening a paragraph:
	 * "PolicyWatch 3196 October 4, 2019 – ". The name is one or two capitalised words.
	 */
	private static final Pattern NUMBERED_SERIES_LEAD = Pattern
		.compile("\\s*(?<series>\\p{Lu}[\\p{L}]{2,20}(?: \\p{Lu}[\\p{L}]{2,20})?) (?:No\\. ?)?(?<number>\\d{1,5}) "
				+ "(?<date>\\p{Lu}\\p{L}{2,8}\\.? \\d{1,2}, \\d{4}) [–—-] ");

	/**
	 * The match of {@link #NUMBERED_SERIES_LEAD} opening the first or second block after
	 * the header run, with a real date; null otherwise.
	 */
	private static Matcher numberedSeriesLead(List<Block> blocks, int from) {
		for (int i = from; i < Math.min(blocks.size(), from + 2); i++) {
			Matcher lead = NUMBERED_SERIES_LEAD.matcher(blocks.get(i).text());
			if (lead.lookingAt() && ReportDates.whole(lead.group("date")) != null) {
				return lead;
			}
		}
		return null;
	}

	/**
	 * The date of a feed item's time stamp alone in one of the few blocks after the
	 * header run ("2015-08-17 00:00:00" under the item's text, over "Full Article"), or
	 * null.
	 */
	private static LocalDate stampUnderText(List<Block> blocks, int from) {
		for (int i = from; i < Math.min(blocks.size(), from + MAX_BLOCKS_OVER_STAMP + 1); i++) {
			Matcher stamp = TIME_STAMP.matcher(blocks.get(i).text().strip());
			if (stamp.matches()) {
				return ReportDates.whole(stamp.group(1));
			}
		}
		return null;
	}

	/** A feed's time stamp: "2015-08-17 00:00:00", the date kept. */
	private static final Pattern TIME_STAMP = Pattern
		.compile("(\\d{4}-\\d{2}-\\d{2})(?:[ T]\\d{2}:\\d{2}(?::\\d{2})?)?");

	/** The most blocks of text above a feed item's time stamp. */
	private static final int MAX_BLOCKS_OVER_STAMP = 3;

	/**
	 * "(Outlet) Name - " opening a digest item's text: the outlet in brackets, then the
	 * writer.
	 */
	private static final Pattern SOURCE_THEN_WRITER = Pattern
		.compile("^\\([^()]{2,80}\\)\\s{1,3}(?<name>[^-–—]{3,60}?)\\s{1,3}[-–—]\\s");

	/** The writers a digest item names after its source in brackets, or none. */
	private static List<String> writerAfterSource(String text) {
		Matcher credit = SOURCE_THEN_WRITER.matcher(text);
		if (!credit.find()) {
			return List.of();
		}
		// "Patrick Clawson and Mehdi Khalaji - …": the writers, each a person's name.
		return Bylines.names(credit.group("name"));
	}

	static Header read(List<Block> blocks, DocumentHints hints) {
		String siteLabel = HeaderFurniture.siteLabel(hints.sourceUrl());
		UrlSlug slug = UrlSlug.of(hints.sourceUrl());
		boolean declaredTitle = hints.title() != null && !hints.title().isBlank();
		Run run = run(blocks, siteLabel, declaredTitle, 0);
		int below = run.roles().isEmpty() && !declaredTitle ? headerBelowNotice(blocks) : -1;
		if (below < 0 && !declaredTitle && !run.roles().contains(Role.FIELDS)) {
			// "The Corner" and its motto "The one and only." over the headline the
			// address names: a blog's name, not the header's start.
			List<Role> first = run.roles();
			below = slug.bestMatch(blocks, first.size(), i -> first.get(i) == Role.TITLE_LIKE) >= 0 ? -1
					: slug.bestMatch(blocks, Math.min(blocks.size(), MAX_NOTICE_BLOCKS), i -> i >= first.size()
							&& blocks.get(i).kind() == Kind.HEADING && titleLike(blocks.get(i), true));
			below = below > 0 && shortAbove(blocks, below) ? below : -1;
		}
		if (below < 0 && run.roles().isEmpty() && !declaredTitle) {
			// "The following is research published today from MEMRI's …" over the titles
			// of the day's reports: the first of them, printed in full below, is the
			// page's.
			below = numberedReportUnder(blocks, 1, Math.min(blocks.size(), MAX_ROUNDUP_BLOCKS));
		}
		if (below > 0) {
			// "close button", "Switch to Iranwire Light?", "It looks like you're having
			// trouble loading …" over the headline and its date: a site's notice.
			run = run(blocks, siteLabel, false, below);
		}
		List<Role> roles = run.roles();
		List<Fields> blockFields = run.blockFields();
		Fields fields = run.fields();
		int anchor = roles.indexOf(Role.FIELDS);
		int journalLine = journalLine(roles, blockFields,
				i -> HeaderFurniture.isSiteName(blocks.get(i).text().strip(), siteLabel));
		if (journalLine >= 0) {
			// A title-like line just above a volume line names the journal, not the
			// article.
			roles.set(journalLine, Role.OTHER);
		}
		int title = declaredTitle ? declaredTitle(blocks, roles, hints.title()) : -1;
		if (!declaredTitle) {
			// A section's address ("/in-the-news?newsid=...") names its kicker, not the
			// piece.
			title = slug.bestMatch(blocks, roles.size(), i -> roles.get(i) == Role.TITLE_LIKE
					&& !isKicker(blocks.get(i).text()) && !summaryParagraph(blocks.get(i).text()));
		}
		int nameOverDate = title < 0 && !declaredTitle ? nameOverDate(blocks, roles) : -1;
		if (nameOverDate >= 0) {
			roles.set(nameOverDate, Role.OTHER); // "Jacob Olidort" over "JINSA, Nov. 3,
													// 2023": a byline, no headline
		}
		if (title < 0 && !declaredTitle) {
			title = anchor >= 0 ? nextToAnchor(blocks, roles, anchor) : firstTitle(blocks, roles);
		}
		if (title < 0 && !declaredTitle) {
			title = headlineOverPhotoCredit(blocks, roles);
			if (title >= 0) {
				roles.set(title, Role.TITLE_LIKE);
			}
		}
		if (title < 0 && !declaredTitle) {
			// "Wednesday, 17 August 2011", "The following is research published today …",
			// then "Inquiry & Analysis No. 725—Syria" over its title.
			int numbered = numberedReportUnder(blocks, 0, roles.size());
			title = numbered >= 0 ? numbered + 1 : title;
		}
		if (title >= 0 && !declaredTitle && namesADay(blocks.get(title).text().strip())) {
			// "MEMRI Daily: August 1, 2013", a round-up's name and day, over "Special
			// Dispatch No. 5387" and its title: the report the page gives.
			int numbered = numberedReportUnder(blocks, title + 1, roles.size());
			title = numbered >= 0 ? numbered + 1 : title;
		}
		String series = fields.series;
		String number = fields.seriesNumber;
		if (series == null && (fields.volume || fields.journal != null)) {
			series = fields.journal != null ? fields.journal
					: journalLine >= 0 ? blocks.get(journalLine).text().strip() : null;
			number = null;
		}
		if (series != null && number != null && CLIP_SERIES.matcher(series).matches()
				&& memriAddress(hints.sourceUrl())) {
			series = MEMRI_TV; // "August 18, 2007 Clip No. 1545" on memritv.org
		}
		if (series == null && number == null) {
			String clip = memriTvClip(blocks, roles, hints.sourceUrl());
			if (clip != null) {
				series = MEMRI_TV;
				number = clip;
			}
		}
		if (series == null && number == null && !blocks.isEmpty()) {
			// A repost saved as one run of text: "… from MEMRI's Special Dispatch
			// Series … Special Dispatch No. 3400—Egypt/U.S. …".
			Set<String> numbers = new LinkedHashSet<>();
			int offset = 0;
			for (int i = 0; i < blocks.size() && offset < MAX_DISPATCH_OFFSET; i++) {
				String text = blocks.get(i).text();
				Matcher dispatch = DISPATCH_IN_TEXT.matcher(text);
				while (dispatch.find() && offset + dispatch.start() < MAX_DISPATCH_OFFSET) {
					numbers.add(dispatch.group(1));
				}
				offset += text.length();
			}
			if (!numbers.isEmpty()) {
				series = "Special Dispatch";
				number = numbers.size() == 1 ? numbers.iterator().next() : null;
			}
		}
		if (title >= 0 && !declaredTitle && BlockRules.words(blocks.get(title).text()) > MAX_PROSE_TITLE_WORDS
				&& !titleLike(blocks.get(title), true)) {
			title = -1; // a teaser's one paragraph of prose, no headline over it
		}
		String titleText = title >= 0 ? withoutDashedSiteName(
				withoutSiteName(withoutSectionCrumb(
						FILE_NOTE.matcher(oneOfSameLines(blocks.get(title).text().strip())).replaceFirst(""))),
				siteLabel) : null;
		if (titleText != null && !declaredTitle) {
			// "Is Iraqi Kurdistan Iran's Trojan Horse? 4.6.2012": a day in figures
			// after the headline, which of its day and month comes first left open.
			titleText = NUMERIC_DAY_AFTER.matcher(titleText).replaceFirst("");
		}
		int twice = declaredTitle ? -1 : headlineSavedTwice(blocks);
		if (twice >= 0 && twice != title && (titleText == null || kickerLike(titleText)
				|| slug.shared(blocks.get(twice).text()) > slug.shared(titleText))) {
			// "Russia Forced to Respond … — Putin" twice, the page's title and its
			// headline, under a tag's box ("Russia's Special Operation in Ukraine") or a
			// section's name in capitals ("TÜRKİYE")
			titleText = blocks.get(twice).text().strip();
		}
		if (series == null && number == null && titleText != null) {
			// "The Qatar Weekly Update (QWU) – Part Of The Qatar Monitor Project (QMP) –
			// No. 7, February 21, 2025": a numbered update's title names its series.
			Matcher update = NUMBERED_UPDATE.matcher(titleText);
			if (update.lookingAt()) {
				series = update.group("series");
				number = update.group("number");
			}
		}
		if (titleText != null && !declaredTitle) {
			Matcher prefix = SERIES_PREFIX.matcher(titleText);
			if (prefix.matches() && namedAbove(blocks, roles, title, prefix.group(1))
					&& !NameVocabulary.isPlace(prefix.group(1).strip())) {
				// "INTELBRIEF" above "IntelBrief: Northern Front ...": the series, then
				// the title; not "China" above "China: Mideast unrest …", a section.
				series = series == null ? prefix.group(1) : series;
				titleText = prefix.group(2).strip();
			}
		}
		LocalDate ownDate = null;
		Matcher bylined = titleText == null || declaredTitle ? null : BYLINE_AND_DATE_AFTER_TITLE.matcher(titleText);
		if (bylined != null && bylined.matches()) {
			// "The 'Second Islamic Revolution' in Iran: …, By A. Savyon - November 17,
			// 2005" under a blog's posting date: the report's title, writer and own date.
			List<String> names = Bylines.byline("By " + bylined.group("names").strip());
			LocalDate own = ReportDates.whole(bylined.group("date"));
			if (names != null && !names.isEmpty() && own != null) {
				titleText = bylined.group("title").strip();
				if (fields.authors.isEmpty()) {
					fields.authors.addAll(names);
				}
				ownDate = own;
			}
		}
		Matcher writers = bylined != null && ownDate == null ? WRITERS_AFTER_TITLE.matcher(titleText) : null;
		if (writers != null && writers.matches()) {
			List<String> names = Bylines.byline("By " + writers.group("names"));
			String head = writers.group("title").strip();
			if (!HeaderFields.endsInParticiple(head) && names != null && !names.isEmpty()
					&& (fields.authors.isEmpty() || fields.authors.equals(names))) {
				titleText = head;
				if (fields.authors.isEmpty()) {
					fields.authors.addAll(names);
				}
			}
		}
		LocalDate date = ownDate != null ? ownDate : fields.date();
		LocalDate addressed = UrlSlug.date(hints.sourceUrl());
		if (addressed != null && !addressed.equals(date) && fields.dates.contains(addressed)
				&& !fields.publishedLabelled) {
			// "Tue 11-June-2024", the day the page was saved, over the headline, and
			// "Saturday 18-May-2024" under it: the date the address gives is the piece's
			date = addressed;
		}
		DatedTitle dated = titleText == null ? null : DatedTitle.of(titleText);
		if (dated != null && date == null) {
			// A digest's title carries its date: "Iran News Round Up - Special Edition -
			// July 23, 2013".
			date = dated.date();
			if (series == null && dated.name() != null) {
				series = dated.name();
			}
		}
		if (date == null && series == null) {
			// "PolicyWatch 3196 October 4, 2019 – Khamenei's latest …": a repost's
			// summary opening with the series, number and date it lost above.
			Matcher lead = numberedSeriesLead(blocks, roles.size());
			if (lead != null) {
				series = lead.group("series");
				number = lead.group("number");
				date = ReportDates.whole(lead.group("date"));
			}
		}
		if (date == null) {
			date = datelineDate(blocks, roles.size());
		}
		if (date == null) {
			date = stampUnderText(blocks, roles.size());
		}
		// A headline in sentence case stands alone or over its byline only (firstTitle):
		// a name right under it is that byline, as under a dated header.
		boolean sentenceCaseTitle = title >= 0 && !titleLike(blocks.get(title), true);
		// "UN Rights Rapporteur Says … | Iran International" over the headline alone: the
		// page's title, then the headline, a saved news page whose byline is under it.
		boolean pageTitle = title >= 0 && title + 1 < roles.size() && titleText != null
				&& blocks.get(title + 1).text().strip().equals(titleText)
				&& blocks.get(title).text().strip().startsWith(titleText + " | ");
		int nameLine = title >= 0 && fields.authors.isEmpty() && !declaredTitle ? nameUnderTitle(blocks, roles,
				pageTitle ? title + 1 : title, fields.date() != null || sentenceCaseTitle || dated != null || pageTitle)
				: -1;
		if (nameLine < 0 && title >= 0 && fields.authors.isEmpty() && !declaredTitle) {
			nameLine = nameUnderDate(blocks, roles, title);
		}
		if (nameLine < 0 && title >= 0 && title + 1 == roles.size() && fields.authors.isEmpty() && !declaredTitle) {
			nameLine = nameUnderStandfirst(blocks, title + 1);
		}
		if (nameLine < 0 && title > 0 && fields.authors.isEmpty() && !declaredTitle) {
			nameLine = namesAboveTitle(blocks, roles, title);
		}
		if (nameLine < 0 && nameOverDate >= 0 && fields.authors.isEmpty()) {
			nameLine = nameOverDate;
		}
		if (nameLine >= 0 && !captionOfTitlesSubject(bareNames(blocks.get(nameLine).text().strip()), titleText)) {
			fields.authors.addAll(bareNames(blocks.get(nameLine).text().strip()));
		}
		if (fields.authors.isEmpty() && title >= 0 && title + 1 < blocks.size() && title + 1 >= roles.size()) {
			// "(Jerusalem Center for Public Affairs) Lt. Col. (ret.) Michael
			// Segall - Ayatollah Khomeini's founding vision …": a digest's item
			// names its source, then its writer.
			fields.authors.addAll(writerAfterSource(blocks.get(title + 1).text().strip()));
		}
		// A digest's page without a headline opens with its compilers' credit: "A
		// selection of the latest news stories …, compiled by … Will Fulton."
		String compilers = declaredTitle ? null : compilersUnderTitle(blocks, Math.max(title, -1));
		if (compilers != null && fields.authors.isEmpty()) {
			for (String part : CONTRIBUTORS.split(compilers)) {
				fields.authors.addAll(Bylines.names(part));
			}
		}
		if (compilers != null && series == null && titleText != null && DIGEST_NAME.matcher(titleText).matches()
				&& BlockRules.words(titleText) <= MAX_DIGEST_NAME_WORDS) {
			series = titleText; // "Iran News Round Up" alone over its compilers: the
								// digest's own name
		}
		int last = Math.max(title, nameLine);
		for (int i = 0; i < roles.size(); i++) {
			if (roles.get(i) == Role.FIELDS || roles.get(i) == Role.PLACES) {
				last = Math.max(last, i);
			}
		}
		last = Math.max(last, journalLine);
		Set<Integer> consumed = consumed(blocks, roles, title, last, declaredTitle);
		if (nameLine >= roles.size()) {
			// A byline under a deck or standfirst, past the header's run, and the
			// reading time under it ("4 min read").
			consumed.add(nameLine);
			if (nameLine + 1 < blocks.size()
					&& HeaderFurniture.isFurniture(blocks.get(nameLine + 1).text().strip(), null)) {
				consumed.add(nameLine + 1);
			}
		}
		return new Header(titleText, date, series, number, List.copyOf(fields.authors), List.copyOf(fields.countries),
				consumed);
	}

	/**
	 * A line of two or more bare names right above the title ({@code Aaron David Miller,
	 * Karim Sadjadpour, Robin Wright} over {@code Reading Khamenei: …}): its authors, as
	 * a think tank's study page lists them; -1 otherwise. One name alone there is as
	 * often a kicker or a section's name, and is left.
	 */
	private static int namesAboveTitle(List<Block> blocks, List<Role> roles, int title) {
		int above = title - 1;
		return roles.get(above) == Role.TITLE_LIKE && bareNames(blocks.get(above).text().strip()).size() >= 2 ? above
				: -1;
	}

	/**
	 * Whether the names of a line under the title are all people the title is about
	 * ("Qassem Soleimani boasts of …" over "Qassem Soleimani"): the line is the caption
	 * of their photograph, not a byline. A name labelling the title ("Michael Rubin: …")
	 * may be its writer's.
	 */
	private static boolean captionOfTitlesSubject(List<String> names, String title) {
		if (title == null || names.isEmpty()) {
			return false;
		}
		for (String name : names) {
			int at = title.indexOf(name);
			if (at < 0 || title.startsWith(":", at + name.length())) {
				return false;
			}
		}
		return true;
	}

	/**
	 * An author line without "By": a person's name alone on the line under the title, or
	 * a few names joined by "and" or commas, above the text's first heading ("Abstract"),
	 * the date line, or the text itself when the header gave a date. Place names are
	 * never taken for one.
	 */
	private static int nameUnderTitle(List<Block> blocks, List<Role> roles, int title, boolean dated) {
		int next = title + 1;
		if (next >= roles.size() || roles.get(next) != Role.TITLE_LIKE) {
			return -1;
		}
		if (bareNames(blocks.get(next).text().strip()).isEmpty()) {
			return -1;
		}
		// Only where bylines stand, right above "Abstract" or "Introduction" or the date
		// line:
		// elsewhere a short capitalised line under the title ("Santa Cruz") is a dateline
		// or a kicker.
		// Page furniture ("4 min read") and one line of the author's office ("Senior
		// Fellow, Middle East Program") may stand between.
		int following = skipFurniture(roles, next + 1);
		if (following < blocks.size() && Bylines.isRoleLine(blocks.get(following).text())) {
			following = skipFurniture(roles, following + 1);
			if (following < blocks.size()
					&& blocks.get(following).text().strip().equals(blocks.get(next).text().strip())) {
				// "Patricia Karam", "Non-Resident Scholar, Lebanon Program", "Patricia
				// Karam": the name again, under its portrait.
				following = skipFurniture(roles, following + 1);
			}
		}
		if (following >= blocks.size()) {
			return -1;
		}
		if (following >= roles.size() && dated) {
			return next; // the last line of a dated header, right above the text
		}
		if (following >= roles.size() && knownGivenName(blocks.get(next))) {
			// "Adam Shay, Pinhas Inbari" under the title, right above the text: a byline
			// when a name in it has a given name the parser knows ("Santa Cruz" has
			// none).
			return next;
		}
		if (knownGivenName(blocks.get(next)) && picturedThenFields(blocks, roles, following)) {
			// "Maryam Alemzadeh" over a photograph's description and caption, then
			// "Middle East Brief No. 160 | September 2024".
			return next;
		}
		String after = blocks.get(following).text();
		if (following + 1 < blocks.size() && BlockRules.words(after) <= MAX_OUTLET_LINE_WORDS
				&& titleLike(blocks.get(following), true) && datedLine(blocks.get(following + 1))) {
			// "Oula A. Alrifai" over "Washington Post" over "December 29, 2019": the
			// paper an op-ed ran in, between the byline and the date.
			return next;
		}
		return isSectionName(after) || datedLine(blocks.get(following)) ? next : -1;
	}

	private static boolean knownGivenName(Block line) {
		return bareNames(line.text().strip()).stream().anyMatch(NameVocabulary::hasKnownGivenName);
	}

	/**
	 * Whether the blocks from {@code from} on are a photograph's description and its
	 * credited caption, then a line of fields.
	 */
	private static boolean picturedThenFields(List<Block> blocks, List<Role> roles, int from) {
		boolean credited = false;
		for (int i = from; i < roles.size() && i < from + MAX_PICTURE_BLOCKS + 1; i++) {
			if (roles.get(i) == Role.FIELDS) {
				return credited;
			}
			credited |= roles.get(i) == Role.CAPTION || BlockRules.looksLikeCaption(blocks.get(i).text());
		}
		return false;
	}

	/** Most blocks a photograph's description and caption take. */
	private static final int MAX_PICTURE_BLOCKS = 2;

	/** Most words of the line naming where a piece ran, under its byline. */
	private static final int MAX_OUTLET_LINE_WORDS = 4;

	/**
	 * An author line without "By" under the header's last date line, below the title
	 * ("Research Paper", title, "4 March 2021", "Dana Whitfield"), else -1.
	 */
	private static int nameUnderDate(List<Block> blocks, List<Role> roles, int title) {
		int lastFields = roles.lastIndexOf(Role.FIELDS);
		if (lastFields < title) {
			return -1;
		}
		int next = skipFurniture(roles, lastFields + 1);
		if (next == roles.size() && datedLine(blocks.get(lastFields))) {
			return nameUnderDeck(blocks, next);
		}
		if (next >= roles.size() || roles.get(next) != Role.TITLE_LIKE) {
			return -1;
		}
		return datedLine(blocks.get(lastFields)) && !bareNames(blocks.get(next).text().strip()).isEmpty() ? next : -1;
	}

	/**
	 * A byline under the bulleted deck that ends a header ("• Houthi leader … proposed
	 * defusing …", then "Saeed Al-Batati", then the prose): the name line, or -1.
	 */
	private static int nameUnderDeck(List<Block> blocks, int from) {
		int i = from;
		while (i < blocks.size() && i - from < MAX_DECK_ITEMS && blocks.get(i).kind() == Kind.LIST_ITEM) {
			i++;
		}
		if (i == from || i + 1 >= blocks.size() || blocks.get(i).kind() == Kind.LIST_ITEM
				|| blocks.get(i + 1).kind() != Kind.PARAGRAPH) {
			return -1;
		}
		return shortNameLine(blocks.get(i)) ? i : -1;
	}

	/** Whether a block is a line of a few words that only names people. */
	private static boolean shortNameLine(Block block) {
		String line = block.text().strip();
		return BlockRules.words(line) <= MAX_DECK_BYLINE_WORDS && !bareNames(line).isEmpty();
	}

	/**
	 * A byline under the standfirst that ends a header: the title, one paragraph that
	 * sums the piece up, then a name the parser knows a given name of, over the text or a
	 * reading time ("Ali Alfoneh", "4 min read"); the name line, or -1.
	 */
	private static int nameUnderStandfirst(List<Block> blocks, int standfirst) {
		int name = standfirst + 1;
		if (name + 1 >= blocks.size() || blocks.get(standfirst).kind() != Kind.PARAGRAPH) {
			return -1;
		}
		Block after = blocks.get(name + 1);
		return shortNameLine(blocks.get(name)) && knownGivenName(blocks.get(name))
				&& (after.kind() == Kind.PARAGRAPH || HeaderFurniture.isFurniture(after.text().strip(), null)) ? name
						: -1;
	}

	private static final int MAX_DECK_ITEMS = 2;

	private static final int MAX_DECK_BYLINE_WORDS = 5;

	/**
	 * The first title-like block when it only names people and a dated field line comes
	 * right under it: a repost's byline over its source and day, with no headline above
	 * it. -1 otherwise.
	 */
	private static int nameOverDate(List<Block> blocks, List<Role> roles) {
		int first = skipFurniture(roles, 0);
		while (first < roles.size() && roles.get(first) != Role.TITLE_LIKE && roles.get(first) != Role.FIELDS) {
			first = skipFurniture(roles, first + 1);
		}
		int next = first < roles.size() ? skipFurniture(roles, first + 1) : roles.size();
		List<String> names = next >= roles.size() ? List.of() : bareNames(blocks.get(first).text().strip());
		// Without a headline to go by, only names with a known given name ("Recent
		// Posts" is a sidebar's heading).
		if (names.isEmpty() || roles.get(first) != Role.TITLE_LIKE || roles.get(next) != Role.FIELDS
				|| names.stream().anyMatch(name -> !NameVocabulary.hasKnownGivenName(name))) {
			return -1;
		}
		return datedLine(blocks.get(next)) ? first : -1;
	}

	private static int skipFurniture(List<Role> roles, int from) {
		int at = from;
		while (at < roles.size() && roles.get(at) == Role.FURNITURE) {
			at++;
		}
		return at;
	}

	/**
	 * The blocks of the header run, each with its role and the fields it gave, and all
	 * the fields together.
	 */
	private record Run(List<Role> roles, List<Fields> blockFields, Fields fields) {
	}

	/**
	 * A digest's credit cut after its first words ("Prepared for the" over "Conference of
	 * Presidents of Major American Jewish Organizations by the Jerusalem Center …"), or
	 * "Also available in" over the paper an op-ed also ran in: the line under it is the
	 * rest of the credit.
	 */
	/**
	 * Whether block i stands between two photographs' credit lines ("Photo: AFP", then
	 * "Hassan Nasrallah", then "Photo: AFP" again): the caption of the picture, as a page
	 * saved without its images keeps it.
	 */
	/**
	 * The headline the text reader took for a photograph's caption because a credit in
	 * brackets follows it ("The Obama Administration's Iran-Deal Duplicity" over
	 * "(Reuters photo: Kevin Lamarque)"), when the header has no other title: the first
	 * such block of four or more words in title case; -1 when there is none.
	 */
	private static int headlineOverPhotoCredit(List<Block> blocks, List<Role> roles) {
		for (int i = 0; i < roles.size() && i + 1 < blocks.size(); i++) {
			if (roles.get(i) != Role.CAPTION && roles.get(i) != Role.FURNITURE) {
				return -1;
			}
			String text = blocks.get(i).text().strip();
			String next = blocks.get(i + 1).text().strip();
			if (blocks.get(i).kind() == Kind.CAPTION && next.startsWith("(") && BlockRules.words(text) >= 4
					&& !BlockRules.looksLikeCaption(text) && QuoteClassifier.headlineCase(text)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * Whether block i names only a body, in at most {@link #MAX_VENUE_WORDS} capitalised
	 * words, right over a line of a place and a date: the venue of a speech ("European
	 * Parliament" over "Strasbourg, 19 January 2010"), not its title.
	 */
	private static boolean venueOverDateline(List<Block> blocks, int i, int limit) {
		String text = blocks.get(i).text().strip();
		String[] words = text.split("\\s+");
		if (i + 1 >= limit || words.length < 2 || words.length > MAX_VENUE_WORDS
				|| !NameVocabulary.isOrganisation(words[words.length - 1])) {
			return false;
		}
		for (String word : words) {
			if (!Character.isUpperCase(word.charAt(0))) {
				return false;
			}
		}
		String next = blocks.get(i + 1).text().strip();
		return next.indexOf(',') > 0 && ReportDates.whole(next) == null
				&& ReportDates.whole(next.substring(next.indexOf(',') + 1).strip()) != null;
	}

	/**
	 * Whether block i is a site's section over the headline, two names joined by an
	 * ampersand ("National Security & Defense", "Politics & Policy"), with a longer line
	 * right under it.
	 */
	private static boolean sectionLabel(List<Block> blocks, int i, int limit) {
		String text = blocks.get(i).text().strip();
		if (i + 1 >= limit || !SECTION_LABEL.matcher(text).matches()) {
			return false;
		}
		return BlockRules.words(blocks.get(i + 1).text().strip()) > BlockRules.words(text);
	}

	/** Two names in title case joined by an ampersand, five words at most in all. */
	private static final Pattern SECTION_LABEL = Pattern
		.compile("\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*){0,2} & \\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*){0,1}");

	/** Most words of a venue's name over a speech's place and date. */
	private static final int MAX_VENUE_WORDS = 4;

	/**
	 * Whether block i is one of a blog post's details set as a list: its writer, its date
	 * or age and its reading time ("- Ryan Hass", "- 2 days ago", "- 17 min read"), which
	 * the reading time or the age among the next or previous items shows.
	 */
	private static boolean postDetails(List<Block> blocks, int i) {
		if (blocks.get(i).kind() != Kind.LIST_ITEM) {
			return false;
		}
		for (int j = Math.max(0, i - 2); j < Math.min(blocks.size(), i + 3); j++) {
			if (blocks.get(j).kind() == Kind.LIST_ITEM && POST_AGE.matcher(blocks.get(j).text().strip()).matches()) {
				return true;
			}
		}
		return false;
	}

	/** A post's reading time or age: "17 min read", "2 days ago". */
	private static final Pattern POST_AGE = Pattern
		.compile("(?i)\\d{1,3}\\s(?:min(?:ute)?s?\\.?\\sread|(?:minutes?|hours?|days?|weeks?|months?)\\sago)");

	/**
	 * Whether block i is a site's trail saved without its separators, the page's headline
	 * at its end, over the headline itself: "Home Daily Brief Egyptian TV Prank Reveals
	 * Arab Jew Hatred" over "Egyptian TV Prank Reveals Arab Jew Hatred"; or the headline
	 * after a trail's last slashes ("//Torture is key issue in region, …").
	 */
	private static boolean trailOverItsHeadline(List<Block> blocks, int i, int limit) {
		String text = blocks.get(i).text().strip();
		boolean slashes = text.startsWith("//");
		if (!text.startsWith("Home ") && !slashes) {
			return false;
		}
		for (int j = i + 1; j < Math.min(limit, i + 1 + MAX_TRAIL_TO_HEADLINE); j++) {
			String headline = blocks.get(j).text().strip();
			if (slashes ? text.substring(2).strip().equals(headline)
					: BlockRules.words(headline) >= 3 && text.endsWith(" " + headline)
							&& BlockRules.words(text) - BlockRules.words(headline) <= MAX_TRAIL_WORDS) {
				return true;
			}
		}
		return false;
	}

	/** Blocks between a trail saved with the headline and the headline. */
	private static final int MAX_TRAIL_TO_HEADLINE = 3;

	/** Words of a trail before the headline at its end ("Home Daily Brief"). */
	private static final int MAX_TRAIL_WORDS = 5;

	private static boolean betweenPhotoCredits(List<Block> blocks, int i) {
		return i > 0 && i + 1 < blocks.size() && BlockRules.words(blocks.get(i - 1).text()) <= MAX_CREDIT_LINE_WORDS
				&& BlockRules.words(blocks.get(i + 1).text()) <= MAX_CREDIT_LINE_WORDS
				&& BlockRules.looksLikeCaption(blocks.get(i - 1).text())
				&& BlockRules.looksLikeCaption(blocks.get(i + 1).text());
	}

	/** A photograph's credit on its own line is a few words: "Photo: AFP". */
	private static final int MAX_CREDIT_LINE_WORDS = 6;

	/**
	 * Whether block i names where a reposted text first ran, right above its prose: "From
	 * Informed Comment" over "According to Sawt al-Iraq …". A headline of that shape
	 * ("From Tehran With Love") stands over a byline or a date, not over the prose.
	 */
	private static boolean repostCreditOverProse(List<Block> blocks, int i, int limit) {
		if (i + 1 >= limit || !REPOST_CREDIT.matcher(blocks.get(i).text().strip()).matches()) {
			return false;
		}
		String next = blocks.get(i + 1).text().strip();
		return BlockRules.words(next) >= MIN_PROSE_AFTER_CREDIT_WORDS && BlockRules.endsLikeSentence(next);
	}

	/** "From Informed Comment", "From the Harbour Gazette": a source of a few words. */
	private static final Pattern REPOST_CREDIT = Pattern
		.compile("From (?:the |The )?\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){0,3}");

	private static final int MIN_PROSE_AFTER_CREDIT_WORDS = 20;

	private static final Pattern CREDIT_OPENING = Pattern
		.compile("(?i)prepared (?:for|by) the|also (?:available|published|appeared) in");

	/**
	 * A digest's credit whole in its block ("Prepared for the Conference of Presidents of
	 * Major American Jewish Organizations", and "by the Jerusalem Center for Public
	 * Affairs" after it when the lines were read as one): furniture, not a title.
	 */
	private static final Pattern DIGEST_CREDIT = Pattern.compile("Prepared (?:for|by) the \\p{Lu}[\\p{L}&'-]*"
			+ "(?:\\s{1,3}(?:\\p{Lu}[\\p{L}&'-]*|of|and|for|the)){0,14}"
			+ "(?:\\s{1,3}by the \\p{Lu}[\\p{L}&'-]*(?:\\s{1,3}(?:\\p{Lu}[\\p{L}&'-]*|of|and|for|the)){0,10})?");

	/**
	 * Reads the header's blocks from block {@code from} on; the blocks before it are
	 * furniture.
	 */
	private static Run run(List<Block> blocks, String siteLabel, boolean declaredTitle, int from) {
		Fields fields = new Fields();
		List<Role> roles = new ArrayList<>();
		List<Fields> blockFields = new ArrayList<>();
		for (int i = 0; i < from; i++) {
			roles.add(Role.FURNITURE);
			blockFields.add(new Fields());
		}
		int blurbWords = 0;
		int limit = Math.min(blocks.size(), MAX_HEADER_BLOCKS);
		for (int i = from; i < limit; i++) {
			Block block = blocks.get(i);
			String text = block.text().strip();
			if (block.kind() == Kind.NOTE) {
				break;
			}
			Fields found = new Fields();
			Role role;
			List<String> byAloneAbove = i > 0 && BY_ALONE.matcher(blocks.get(i - 1).text().strip()).matches()
					? Bylines.byline("By " + text) : null;
			if (block.kind() == Kind.CAPTION || !started(roles) && portraitCaption(text)
					|| betweenPhotoCredits(blocks, i)) {
				role = Role.CAPTION; // passed over, but an image's caption stays with the
										// text
			}
			else if (HeaderFurniture.isFurniture(text, siteLabel)
					|| block.kind() == Kind.LIST_ITEM && !started(roles) && BlockRules.words(text) <= 3
							&& !numberedSeriesLine(text) && !postDetails(blocks, i)
					|| postDetails(blocks, i) && POST_AGE.matcher(text).matches() || agencyCredit(text)
					|| DIGEST_CREDIT.matcher(text).matches()
					|| i > 0 && CREDIT_OPENING.matcher(blocks.get(i - 1).text().strip()).matches()
					|| repostCreditOverProse(blocks, i, limit) || trailOverItsHeadline(blocks, i, limit)
					|| venueOverDateline(blocks, i, limit) || !started(roles) && sectionLabel(blocks, i, limit)
					|| !started(roles) && titleBarOverHeadline(blocks, i, limit)) {
				// A short bulleted item above the header is a menu entry.
				role = Role.FURNITURE;
			}
			else if (BY_ALONE.matcher(text).matches() && i + 1 < limit
					&& Bylines.byline("By " + blocks.get(i + 1).text().strip()) != null) {
				role = Role.FURNITURE; // "by", its names on the next line
			}
			else if (WEEKDAY_ALONE.matcher(text).matches() && i + 1 < limit && dateOnly(blocks.get(i + 1))) {
				role = Role.FURNITURE; // "Thursday," over "April 29, 2021": the date's
										// weekday
			}
			else if (byAloneAbove != null) {
				role = Role.FIELDS;
				found.authors.addAll(byAloneAbove);
			}
			else if (postDetails(blocks, i)) {
				// "- Ryan Hass" or "- Aug 30, 2023" over "- 17 min read": the post's
				// writer or date.
				role = Role.FIELDS;
				if (!HeaderFields.readLine(text, found)) {
					List<String> writer = Bylines.byline("By " + text);
					if (writer == null || writer.isEmpty()) {
						role = Role.FURNITURE;
					}
					else {
						found.authors.addAll(writer);
					}
				}
			}
			else if (!started(roles) && !declaredTitle && aboveHeadline(blocks, i, limit, text, siteLabel)) {
				// A testimonial in quotation marks or a site's notice ("You see a page
				// from the old site …") over the headline.
				role = Role.FURNITURE;
			}
			else if (started(roles) && SOURCE_HEADLINE.matcher(text).lookingAt()) {
				// "Headline: “The [PA] president at …”" under the page's own title: the
				// headline of the article the page quotes.
				role = Role.FURNITURE;
			}
			else if (repeatsTitleLine(blocks, roles, text)) {
				// The page's headline and its copy, saved one after the other.
				role = Role.FURNITURE;
			}
			else if (!started(roles) && digestsDatedName(text)) {
				// "News Digest — 12/27/23" over its first item's headline: the
				// digest's own title, its date read from it (DatedTitle).
				role = Role.TITLE_LIKE;
			}
			else if (!roles.contains(Role.TITLE_LIKE) && datedTitleOverItsDate(blocks, i, limit)) {
				// "Russia This Week – November 20, 2017" over "November 20, 2017": a
				// weekly's title, its date repeated on the line under it.
				role = Role.TITLE_LIKE;
			}
			else if (HeaderFields.readBlock(text, found) || readAuthorLine(text, found, started(roles))) {
				role = Role.FIELDS;
			}
			else if (placeLine(block, blocks, i, fields)) {
				role = Role.PLACES;
				HeaderFields.placeList(text, true).forEach(found.countries::add);
			}
			else if (text.endsWith(":") && BlockRules.words(text) <= 6 && Character.isUpperCase(text.codePointAt(0))
					&& !isSectionName(text) && i + 1 < limit && titleLike(blocks.get(i + 1), false)) {
				// A kicker over the headline: "Senior IRGC commander:".
				role = Role.FURNITURE;
			}
			else if (!started(roles) && text.length() <= 32 && i + 1 < limit
					&& (isKicker(text) && titleLike(blocks.get(i + 1), true)
							|| NEWS_SECTIONS.contains(normalise(text)) && titleLike(blocks.get(i + 1), false))
					&& BlockRules.words(blocks.get(i + 1).text()) >= 4) {
				// "Analysis" over a headline in title case: the page's kind, a kicker,
				// and the header is still to come.
				role = Role.FURNITURE;
			}
			else if (text.length() <= 32 && (isSectionName(text) || BlockRules.isNotesHeading(text))
					|| DATELINE_ALONE.matcher(text).matches()) {
				break;
			}
			else if (titleLike(block, false) || headlineOverByline(blocks, i, limit, roles, declaredTitle)) {
				role = Role.TITLE_LIKE;
			}
			else if (block.kind() != Kind.HEADING && text.length() < 20 * MAX_HEADER_WORDS
					&& BlockRules.words(text) <= MAX_HEADER_WORDS
					&& blurbWords + BlockRules.words(text) <= MAX_BLURB_WORDS
					&& (started(roles) ? fieldsFollow(blocks, i + 1, limit, siteLabel) : !declaredTitle && i + 1 < limit
							&& HeaderFurniture.isFurniture(blocks.get(i + 1).text(), siteLabel))) {
				// Before the header: a site's blurbs, each above its button (donate,
				// subscribe). Inside it: a standfirst
				// between the title and the byline. A page that declares its title has
				// had its
				// furniture cut by the reader, so there a paragraph before the header is
				// text.
				role = Role.BLURB;
				blurbWords += BlockRules.words(text);
			}
			else {
				break;
			}
			roles.add(role);
			blockFields.add(found);
			fields.merge(found);
		}
		return new Run(roles, blockFields, fields);
	}

	/**
	 * The block of a headline in title case right above a line giving its date, within
	 * the first few blocks, when only short blocks stand above it (a site's notice or
	 * buttons, which stopped the header before it started); -1 when there is none.
	 */
	private static int headerBelowNotice(List<Block> blocks) {
		for (int i = 1; i + 1 < Math.min(blocks.size(), MAX_NOTICE_BLOCKS); i++) {
			Block block = blocks.get(i);
			if (blocks.get(i - 1).kind() == Kind.NOTE || !shortAbove(blocks, i)) {
				return -1;
			}
			// A headline in sentence case after its colon ("Iran's Political
			// Prisoners: It helps to have a US passport") is one too.
			if ((block.kind() == Kind.HEADING && titleLike(block, true) || titleLike(block, false))
					&& BlockRules.words(block.text()) >= 4 && datedLine(blocks.get(i + 1))) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * The first block from {@code from} (before {@code limit}) that is a numbered
	 * report's series line with a headline in title case under it ("Special Dispatch No.
	 * 4060—Saudi Arabia/Women's Topics" over "Women's Soccer and Basketball Teams …"), or
	 * -1.
	 */
	private static int numberedReportUnder(List<Block> blocks, int from, int limit) {
		for (int i = from; i + 1 < limit; i++) {
			// The headline under a dispatch's line may run long enough to be read as a
			// paragraph: its words in title case say what it is.
			if (numberedSeriesLine(blocks.get(i).text()) && titleLike(blocks.get(i + 1), true)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * Whether a title ends with a date after a dash or a colon: "MEMRI Daily: August 1,
	 * 2013".
	 */
	private static boolean namesADay(String title) {
		int colon = title.lastIndexOf(": ");
		return DatedTitle.of(title) != null || colon > 0 && ReportDates.whole(title.substring(colon + 2)) != null;
	}

	/**
	 * Whether a line is a digest's name and its date, and nothing else: "News Digest —
	 * 12/27/23", not "Special Dispatch | No. 2413 | June 21, 2009".
	 */
	private static boolean digestsDatedName(String text) {
		DatedTitle dated = DatedTitle.of(text);
		return dated != null && dated.name() != null && TITLE_DATE.matcher(text).results().count() == 1;
	}

	/**
	 * Whether block i is a page's title bar that ends with the headline under it: the
	 * site's name and motto run into the headline ("Foreign Policy Research Institute A
	 * Nation Must Think Before it Acts Mr. Kishida Goes to Washington, …" over "Mr.
	 * Kishida Goes to Washington, …").
	 */
	private static boolean titleBarOverHeadline(List<Block> blocks, int i, int limit) {
		if (i + 1 >= limit) {
			return false;
		}
		String text = blocks.get(i).text().strip();
		String next = blocks.get(i + 1).text().strip();
		return BlockRules.words(next) >= MIN_SENTENCE_HEADLINE_WORDS && text.length() > next.length()
				&& text.endsWith(" " + next);
	}

	/** Whether a line is a series' name and number alone: "PolicyWatch 3895". */
	private static boolean numberedSeriesLine(String text) {
		Fields fields = new Fields();
		return HeaderFields.readBlock(text, fields) && fields.series != null && fields.seriesNumber != null;
	}

	/** The most blocks a round-up's opening and its list of titles take. */
	private static final int MAX_ROUNDUP_BLOCKS = 16;

	/** Whether the blocks above block i are few and short enough for a site's notice. */
	private static boolean shortAbove(List<Block> blocks, int i) {
		int words = 0;
		for (int k = 0; k < i; k++) {
			words += BlockRules.words(blocks.get(k).text());
		}
		return words <= MAX_NOTICE_WORDS;
	}

	/**
	 * Whether a block is a line of fields that gives a date ("FOR IMMEDIATE RELEASE: …").
	 */
	private static boolean datedLine(Block block) {
		Fields fields = new Fields();
		return HeaderFields.readBlock(block.text(), fields) && fields.date() != null;
	}

	/** The most blocks a notice over the header takes, the headline's included. */
	private static final int MAX_NOTICE_BLOCKS = 6;

	/**
	 * Whether block i is a name of two words or more and a date after a dash, and the
	 * block under it that date alone.
	 */
	private static boolean datedTitleOverItsDate(List<Block> blocks, int i, int limit) {
		if (i + 1 >= limit || !dateOnly(blocks.get(i + 1))) {
			return false;
		}
		String text = blocks.get(i).text().strip();
		String date = blocks.get(i + 1).text().strip();
		DatedTitle dated = DatedTitle.of(text);
		return dated != null && BlockRules.words(text) >= BlockRules.words(date) + 2
				&& dated.date().equals(ReportDates.whole(date));
	}

	/**
	 * Whether block i, the first of the header, is a headline that ends like a sentence
	 * right above its "By …" line: "Iranian officials ramp up rhetoric …; Israeli
	 * official: Statement "not an aberration."" over "By HERB KEINON, JOANNA PARASZCZUK".
	 */
	private static boolean headlineOverByline(List<Block> blocks, int i, int limit, List<Role> roles,
			boolean declaredTitle) {
		if (declaredTitle || started(roles) || i + 1 >= limit || blocks.get(i).kind() == Kind.LIST_ITEM) {
			return false;
		}
		String text = blocks.get(i).text().strip();
		int words = BlockRules.words(text);
		return words >= 4 && words <= MAX_SENTENCE_CASE_TITLE_WORDS && !text.endsWith(":") && !text.contains("\n")
				&& Character.isUpperCase(text.codePointAt(0))
				&& Bylines.byline(blocks.get(i + 1).text().strip()) != null;
	}

	/**
	 * Whether block i, short and before anything of the header, stands right above a
	 * headline in title case of four words or more, which prose follows: a testimonial or
	 * a notice, not the report's text.
	 */
	private static boolean aboveHeadline(List<Block> blocks, int i, int limit, String text, String siteLabel) {
		int words = BlockRules.words(text);
		boolean quoted = text.startsWith("\"") || text.startsWith("“");
		// A notice names the site it is on ("Visit iranintl.com …"); a report's lead
		// does not, and stays text.
		boolean notice = siteLabel != null && text.toLowerCase(Locale.ROOT).contains(siteLabel)
				&& BlockRules.endsLikeSentence(text);
		if (i + 2 >= limit || words < MIN_NOTICE_WORDS || words > MAX_NOTICE_WORDS
				|| blocks.get(i).kind() == Kind.HEADING || !quoted && !notice) {
			return false;
		}
		Block headline = blocks.get(i + 1);
		return titleLike(headline, true) && BlockRules.words(headline.text()) >= 4 && !isKicker(headline.text().strip())
				&& !titleLike(blocks.get(i), false)
				&& (!titleLike(blocks.get(i + 2), false)
						&& BlockRules.words(blocks.get(i + 2).text()) >= MIN_NOTICE_WORDS * 2
						// or the headline's date line: "June 2018", "By Kingston Reif"
						|| headerLine(blocks.get(i + 2).text().strip()));
	}

	/**
	 * Whether a line is one a header holds under its headline: a field (a date, a
	 * series), a byline, or the month of a journal's issue ("June 2018").
	 */
	private static boolean headerLine(String text) {
		return HeaderFields.readBlock(text, new HeaderFields.Fields()) || Bylines.byline(text) != null
				|| ReportDates.isMonthAndYear(text);
	}

	/** A notice or testimonial above the headline is a sentence or more, not a date. */
	private static final int MIN_NOTICE_WORDS = 8;

	/** Most words of a notice or testimonial above the headline. */
	private static final int MAX_NOTICE_WORDS = 60;

	/**
	 * The first of the page's opening blocks that the page saves again within three
	 * blocks, as it saves its title and its headline: a line of four to thirty words not
	 * ending like a sentence; -1 when none is.
	 */
	private static int headlineSavedTwice(List<Block> blocks) {
		int limit = Math.min(blocks.size(), MAX_TWICE_BLOCKS);
		for (int i = 0; i < limit; i++) {
			String text = blocks.get(i).text().strip();
			int words = BlockRules.words(text);
			if (words < 4 || words > 30 || text.indexOf('\n') >= 0 || BlockRules.endsLikeSentence(text)
					|| blocks.get(i).kind() == Kind.CAPTION || BlockRules.looksLikeCaption(text)) {
				continue; // nor a photograph's caption, saved twice as often
			}
			for (int j = i + 1; j <= i + MAX_TWICE_APART && j < blocks.size(); j++) {
				if (blocks.get(j).text().strip().equals(text) && (j <= i + 3 || datedAbove(blocks, j))) {
					return i;
				}
			}
		}
		return -1;
	}

	private static final int MAX_TWICE_BLOCKS = 12;

	/**
	 * How many blocks apart a headline may be saved twice when a dated line stands right
	 * above the second: a page saved without its markup keeps the title among the menu's
	 * lines, then the article's date and headline under the menu.
	 */
	private static final int MAX_TWICE_APART = 20;

	/** Most words of a dateline: "June 12, 2013 / 8:48 PM / 4 years ago". */
	private static final int MAX_DATED_LINE_WORDS = 12;

	/** Whether one of the two blocks above block j is a short line with a date. */
	private static boolean datedAbove(List<Block> blocks, int j) {
		for (int k = Math.max(0, j - 2); k < j; k++) {
			String text = blocks.get(k).text();
			if (BlockRules.words(text) <= MAX_DATED_LINE_WORDS && ReportDates.find(text) != null) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A headline saved twice in one block, a line each or run together: one of them. Any
	 * other text as it is.
	 */
	static String oneOfSameLines(String text) {
		int half = text.length() / 2;
		if (text.length() % 2 == 1 && Character.isWhitespace(text.charAt(half))
				&& text.regionMatches(0, text, half + 1, half)) {
			return text.substring(0, half); // "… Okay! … Okay!"
		}
		int newline = text.indexOf('\n');
		if (newline < 0) {
			return text;
		}
		String first = text.substring(0, newline).strip();
		for (String line : text.split("\n")) {
			if (!line.strip().equals(first)) {
				return text;
			}
		}
		return first;
	}

	/** A section's name over a headline: three words or fewer, or all in capitals. */
	private static boolean kickerLike(String text) {
		return BlockRules.words(text) <= 3 || text.equals(text.toUpperCase(Locale.ROOT));
	}

	/**
	 * The headline of a page's own title saved with the site's name after a dash ("We are
	 * on the right track: Al-Sisi - Daily News Egypt" at dailynewsegypt.com): the
	 * headline, when the part after the last dash is the site's name as its address gives
	 * it; else the text as it is.
	 */
	static String withoutDashedSiteName(String text, String siteLabel) {
		Matcher m = DASHED_SUFFIX.matcher(text);
		if (siteLabel == null || !m.matches() || !HeaderFurniture.isSiteName(m.group(2), siteLabel)) {
			return text;
		}
		return m.group(1).strip();
	}

	private static final Pattern DASHED_SUFFIX = Pattern.compile("(.{10,}?)\\s[-–—]\\s([^-–—]{2,60})");

	/**
	 * The headline of a page's own title saved with the site's name after a bar
	 * ("Saudi-led coalition still vigilant ... | ASHARQ AL-AWSAT English Archive 2005
	 * -2017"): the headline, of five words or more, when each part after it is a name
	 * (every word but {@link #SMALL_NAME_WORDS} capitalised, or a number); else the text
	 * as it is.
	 */
	static String withoutSiteName(String text) {
		Matcher m = SITE_SUFFIX.matcher(text);
		if (!m.matches() || BlockRules.words(m.group(1)) < 5) {
			return text;
		}
		for (String part : text.substring(m.group(1).length()).split("\\|")) {
			for (String word : part.strip().split("\\s+")) {
				boolean small = SMALL_NAME_WORDS.contains(word);
				if (!small && !word.isEmpty() && !word.chars().anyMatch(Character::isUpperCase)
						&& !word.chars().anyMatch(Character::isDigit)) {
					return text;
				}
			}
		}
		return m.group(1).strip();
	}

	/**
	 * The headline without the name of its section set before it in capitals with a
	 * breadcrumb's mark ("POLITICS >Erdoğan slams media, calls opposition to stand
	 * united"); else the text as it is.
	 */
	static String withoutSectionCrumb(String text) {
		Matcher m = SECTION_CRUMB.matcher(text);
		return m.lookingAt() && m.end() < text.length() && Character.isUpperCase(text.codePointAt(m.end()))
				? text.substring(m.end()) : text;
	}

	/**
	 * A section's name in capitals and the mark after it: "POLITICS >" (no space after a
	 * "&gt;", which "NATO > Russia" has), "WORLD » ".
	 */
	private static final Pattern SECTION_CRUMB = Pattern
		.compile("(?:\\p{Lu}{2,}[ &]{0,3}){1,3}\\s{0,2}(?:>(?!\\s)|[»›]\\s{0,2})");

	/**
	 * Lower-case words inside a name: "Foundation for Defense of Democracies", "Council
	 * on Foreign Relations".
	 */
	private static final Set<String> SMALL_NAME_WORDS = Set.of("and", "of", "the", "for", "on", "in", "at");

	/** Whether a header line above the title says the name, as written or in capitals. */
	private static boolean namedAbove(List<Block> blocks, List<Role> roles, int title, String name) {
		String key = name.replace(" ", "");
		for (int i = 0; i < title && i < roles.size(); i++) {
			if (blocks.get(i).text().strip().replace(" ", "").equalsIgnoreCase(key)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the title-like line at i is written again right under it: a headline in
	 * sentence case, which a page shows twice (its own title and its heading), is as good
	 * a title as one in title case.
	 */
	private static boolean repeated(List<Block> blocks, List<Role> roles, int i) {
		return i + 1 < roles.size() && roles.get(i + 1) == Role.FURNITURE
				&& blocks.get(i + 1).text().strip().equals(blocks.get(i).text().strip());
	}

	/**
	 * Whether the block repeats the title-like line before it, furniture and captions
	 * between them passed over.
	 */
	private static boolean repeatsTitleLine(List<Block> blocks, List<Role> roles, String text) {
		for (int j = roles.size() - 1; j >= 0; j--) {
			if (roles.get(j) != Role.FURNITURE && roles.get(j) != Role.CAPTION) {
				return roles.get(j) == Role.TITLE_LIKE && blocks.get(j).text().strip().equals(text);
			}
		}
		return false;
	}

	/**
	 * The blocks the header takes out of the text: everything of the run down to its last
	 * header block, and furniture above it, but captions, and on a page that declares its
	 * title, a kicker heading (which stays a section heading).
	 */
	private static Set<Integer> consumed(List<Block> blocks, List<Role> roles, int title, int last,
			boolean declaredTitle) {
		Set<Integer> consumed = new LinkedHashSet<>();
		for (int i = 0; i < roles.size(); i++) {
			boolean beforeEnd = i <= last;
			boolean keptKicker = declaredTitle && roles.get(i) == Role.TITLE_LIKE
					&& blocks.get(i).kind() == Kind.HEADING && i != title;
			if (roles.get(i) == Role.CAPTION) {
				continue;
			}
			// Furniture right under the header's last line ("Send in e-mail", an image's
			// alt text) goes with the header too.
			if (roles.get(i) == Role.FURNITURE
					&& (beforeEnd || last < 0 && onlyFurnitureBefore(roles, i) || furnitureAfterEnd(roles, last, i))
					|| beforeEnd && !keptKicker) {
				consumed.add(i);
			}
		}
		return consumed;
	}

	/**
	 * A portrait's caption above the headline: a person's title and name and a full stop
	 * ("Pentagon Press Secretary John Kirby."), every word capitalised.
	 */
	private static boolean portraitCaption(String text) {
		if (!text.endsWith(".") || BlockRules.words(text) > MAX_PORTRAIT_WORDS || text.indexOf(' ') < 0) {
			return false;
		}
		String bare = text.substring(0, text.length() - 1);
		for (String word : bare.split("\\s+")) {
			if (!Character.isUpperCase(word.codePointAt(0))) {
				return false;
			}
		}
		SpeakerNames.SplitName split = TitleSplitter.split(bare);
		if (split.name() == null || split.role() == null || split.name().indexOf(' ') < 0) {
			return false;
		}
		// The office ends with its title ("… Press Secretary"): "Hillary Clinton Wins
		// South
		// Dakota Primary." is a headline.
		String[] role = split.role().split("\\s+");
		return NameVocabulary.isTitle(role[role.length - 1]);
	}

	private static final int MAX_PORTRAIT_WORDS = 6;

	/**
	 * A news agency's credit on a line of its own ("Xinhua News Agency", "Reuters"): no
	 * title, no author.
	 */
	private static boolean agencyCredit(String text) {
		if (BlockRules.isPictureCredit(text)) {
			return true; // "Getty Images" under the headline: its photograph's credit
		}
		// "AFP News", and a site's "News AFP News AFP": agencies and credit words only;
		// "(Xinhua)" under the date.
		String[] words = (text.startsWith("(") && text.endsWith(")") ? text.substring(1, text.length() - 1) : text)
			.split("\\s+");
		if (words.length > MAX_AGENCY_CREDIT_WORDS) {
			return false;
		}
		boolean agency = false;
		for (String word : words) {
			boolean isAgency = ReportDates.isAgency(word);
			if (!isAgency && !CREDIT_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
				return false;
			}
			agency |= isAgency;
		}
		return agency;
	}

	private static final int MAX_AGENCY_CREDIT_WORDS = 4;

	private static final Set<String> CREDIT_WORDS = Set.of("news", "agency", "service", "wire", "staff");

	/** Whether blocks last+1 to i are all furniture or captions. */
	private static boolean furnitureAfterEnd(List<Role> roles, int last, int i) {
		if (last < 0 || i <= last) {
			return false;
		}
		for (int j = last + 1; j <= i; j++) {
			if (roles.get(j) != Role.FURNITURE && roles.get(j) != Role.CAPTION) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The names of a line made of nothing but one to {@value #MOST_BARE_NAMES} persons'
	 * names ("Ali Mousavi", "Ali Mousavi and Dana Whitfield"), else none.
	 */
	private static List<String> bareNames(String text) {
		// A byline's trailing separator, before the date a layout sets beside it: "Elior
		// Levy |".
		String[] parts = Bylines.SEPARATOR.split(TRAILING_SEPARATOR.matcher(text).replaceFirst(""));
		if (parts.length > MOST_BARE_NAMES) {
			return List.of();
		}
		List<String> names = new ArrayList<>(parts.length);
		for (String part : parts) {
			if (!isBareName(part)) {
				return List.of();
			}
			names.add(Bylines.personName(part));
		}
		return names;
	}

	private static final Pattern TRAILING_SEPARATOR = Pattern.compile("\\s+[|·•]\\s*$");

	/** Most names a bare author line holds. */
	private static final int MOST_BARE_NAMES = 8;

	/**
	 * A person's name and nothing else: "Ali Mousavi", not "Curbing Tehran's Nuclear
	 * Ambitions" or "Santa Cruz, Iran".
	 */
	private static boolean isBareName(String text) {
		if (BlockRules.words(text) > 4 || Bylines.personName(text) == null) {
			return false;
		}
		for (String word : WHITE_SPACE.split(text)) {
			// Names have no possessives or verbs, and are no places; an institution's
			// words are no name to Bylines.personName.
			if (KnownPlaces.isKnown(word) || word.endsWith("'s") || word.endsWith("’s") || word.endsWith("ing")) {
				return false;
			}
		}
		return true;
	}

	private static boolean started(List<Role> roles) {
		return roles.contains(Role.FIELDS) || roles.contains(Role.TITLE_LIKE);
	}

	/** Whether a header line comes within the next two blocks (furniture passed over). */
	private static boolean fieldsFollow(List<Block> blocks, int from, int limit, String siteLabel) {
		int seen = 0;
		for (int i = from; i < limit && seen < 2; i++) {
			String text = blocks.get(i).text().strip();
			if (HeaderFurniture.isFurniture(text, siteLabel)) {
				continue;
			}
			if (HeaderFields.readBlock(text, new Fields())) {
				return true;
			}
			seen++;
		}
		return false;
	}

	private static boolean onlyFurnitureBefore(List<Role> roles, int index) {
		for (int i = 0; i < index; i++) {
			if (roles.get(i) != Role.FURNITURE && roles.get(i) != Role.CAPTION) {
				return false;
			}
		}
		return true;
	}

	/**
	 * "Suzanne Maloney – VP at Brookings"; "Jane Doe is a senior fellow at the
	 * Institute." only below a title or header line (higher up, such a sentence is a
	 * blurb about someone).
	 */
	private static boolean readAuthorLine(String text, Fields into, boolean underTitleOrFields) {
		if (text.indexOf('\n') >= 0 || text.length() > 400 || text.startsWith("*")) {
			return false; // "*Jane Doe is ..." is the author note, read with the text's
							// end
		}
		String name = Bylines.nameWithRole(text);
		if (name == null && underTitleOrFields && BlockRules.words(text) <= 40) {
			name = Bylines.nameInBio(text);
		}
		if (name == null && underTitleOrFields) {
			List<String> names = placeThenWriter(text);
			if (names != null) {
				into.authors.addAll(names); // none for an outlet's credit, a field all
											// the same
				return true;
			}
		}
		if (name == null) {
			return false;
		}
		into.authors.add(name);
		return true;
	}

	/**
	 * The writer after the city the piece was filed from, as a dateline gives them:
	 * "Beirut - Hanan Merhej"; none for an outlet's credit there ("London - Asharq
	 * Al-Awsat"). Null when the line is no such dateline.
	 */
	private static List<String> placeThenWriter(String text) {
		Matcher dateline = PLACE_THEN_WRITER.matcher(text.strip());
		if (!dateline.matches()) {
			return null;
		}
		if (OutletGazetteer.isBundled(dateline.group(2))) {
			return List.of();
		}
		List<String> names = Bylines.byline("By " + dateline.group(2));
		if (names == null || names.stream()
			.anyMatch(name -> KnownPlaces.isKnown(name)
					|| WHITE_SPACE.splitAsStream(name).anyMatch(KnownPlaces::isKnown))) {
			return null; // "News Resources - North America"
		}
		return names;
	}

	/**
	 * One to three capitalised words, a dash between spaces, then the rest without a
	 * list's commas or a colon.
	 */
	private static final Pattern PLACE_THEN_WRITER = Pattern
		.compile("(\\p{Lu}[\\p{L}.'’]+(?:\\s\\p{Lu}[\\p{L}.'’]+){0,2})\\s[-–—]\\s(\\p{Lu}[^,:;|]{3,60})");

	/** "Iraq, Iran" on a line of its own, next to the series line. */
	private static boolean placeLine(Block block, List<Block> blocks, int index, Fields sofar) {
		List<String> places = HeaderFields.placeList(block.text().strip(), true);
		if (places == null) {
			return false;
		}
		// MEMRI's pages since 2023 set the countries under the date, with no series
		// line: "October 10, 2024" then "Qatar, Palestinians", a short line that the
		// reader may take for a heading.
		if (sofar.date() != null && sofar.series == null && index > 0 && dateOnly(blocks.get(index - 1))) {
			return places.stream().allMatch(KnownPlaces::isKnown);
		}
		if (block.kind() == Kind.HEADING) {
			// "Special Dispatch Series | No. 2640 | November 9, 2009" over
			// "Lebanon/Syria": known countries under the series line, however short.
			return sofar.series != null && places.stream().allMatch(KnownPlaces::isKnown);
		}
		if (sofar.series != null) {
			return true;
		}
		if (index + 1 >= blocks.size()) {
			return false;
		}
		Fields next = new Fields();
		return HeaderFields.readBlock(blocks.get(index + 1).text(), next) && next.series != null;
	}

	/** Whether a block is a date and nothing else: "October 10, 2024". */
	private static boolean dateOnly(Block block) {
		return ReportDates.whole(block.text().strip()) != null;
	}

	/**
	 * With a declared title (an HTML page's), the first heading that says it, or a
	 * paragraph that repeats it.
	 */
	private static int declaredTitle(List<Block> blocks, List<Role> roles, String declared) {
		for (int i = 0; i < roles.size(); i++) {
			if (roles.get(i) != Role.TITLE_LIKE && roles.get(i) != Role.BLURB) {
				continue;
			}
			Block block = blocks.get(i);
			String text = block.text().strip();
			if (block.kind() == Kind.HEADING && matchesDeclaredTitle(text, declared)) {
				return i;
			}
			if (block.kind() == Kind.PARAGRAPH && !BlockRules.endsLikeSentence(text)
					&& normalise(declared).contains(normalise(text))
					&& normalise(text).length() * 3 >= normalise(declared).length()) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * The title beside the first header line: right after it ("date Series No." then the
	 * title; the video page's date then its title), else right before it (the title, then
	 * the date or the byline), passing over furniture, header lines and at most two short
	 * standfirsts.
	 */
	private static int nextToAnchor(List<Block> blocks, List<Role> roles, int anchor) {
		for (int i = anchor + 1; i < roles.size(); i++) {
			Role role = roles.get(i);
			if (role == Role.FURNITURE || role == Role.CAPTION || role == Role.FIELDS || role == Role.PLACES) {
				continue;
			}
			boolean headlineAlone = role == Role.TITLE_LIKE && sentenceCaseHeadline(blocks.get(i).text().strip())
					&& nextIsNoTitleLine(blocks, roles, i) && titleAbove(blocks, roles, anchor) < 0;
			if (role == Role.TITLE_LIKE
					&& (titleLike(blocks.get(i), true) || repeated(blocks, roles, i) || headlineAlone)) {
				// A name under the date line is the byline when a title stands above
				// (see nameUnderDate).
				int above = bareNames(blocks.get(i).text().strip()).isEmpty() ? -1 : titleAbove(blocks, roles, anchor);
				return above >= 0 ? above : i;
			}
			break;
		}
		return titleAbove(blocks, roles, anchor);
	}

	/**
	 * Whether block i, right above the first header line, is a headline in sentence case
	 * under nothing but a site's blurbs and furniture ("xi's moments", "Home | Middle
	 * East", then "Iran's president says ready to meet 'an individual' …" over "Xinhua |
	 * Updated: 2019-08-27 09:22").
	 */
	private static boolean headlineUnderMenu(List<Block> blocks, List<Role> roles, int i, int anchor) {
		if (i != anchor - 1 || !sentenceCaseHeadline(blocks.get(i).text().strip())) {
			return false;
		}
		for (int j = 0; j < i; j++) {
			if (roles.get(j) != Role.FURNITURE && roles.get(j) != Role.BLURB && roles.get(j) != Role.CAPTION
					&& !sectionOverHeadline(blocks.get(j), roles.get(j))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A site's section named over the headline in a few words in title case ("China",
	 * "Foreign and Military Affairs").
	 */
	private static boolean sectionOverHeadline(Block block, Role role) {
		return role == Role.TITLE_LIKE && BlockRules.words(block.text()) <= MAX_SECTION_LABEL_WORDS
				&& titleLike(block, true);
	}

	private static final int MAX_SECTION_LABEL_WORDS = 4;

	/**
	 * Whether block i, right above the first header line, is a headline in sentence case
	 * of some length over a byline ("Military intelligence denies its head gave Ukraine
	 * until summer …" over "by Boldizsar Gyori January 27, 2025"), whatever promotions
	 * stand above it.
	 */
	private static boolean sentenceHeadlineOverByline(List<Block> blocks, List<Role> roles, int i, int anchor) {
		return i == anchor - 1 && BlockRules.words(blocks.get(i).text()) >= 6
				&& sentenceCaseHeadline(blocks.get(i).text().strip())
				&& BYLINE_START.matcher(blocks.get(anchor).text().strip()).lookingAt();
	}

	private static final Pattern BYLINE_START = Pattern.compile("(?i)by\\s+\\p{Lu}");

	/**
	 * Whether block i is a headline in sentence case of some length over its picture's
	 * caption and the first header line, with only furniture besides ("Houthis want Red
	 * Sea ships to report destinations to avoid attack", the photograph's caption, "Short
	 * Url:", the date), as news sites set an article's top.
	 */
	private static boolean sentenceHeadlineOverPicture(List<Block> blocks, List<Role> roles, int i, int anchor) {
		if (BlockRules.words(blocks.get(i).text()) < MIN_SENTENCE_HEADLINE_WORDS
				|| !sentenceCaseHeadline(blocks.get(i).text().strip())) {
			return false;
		}
		boolean pictured = false;
		for (int j = i + 1; j < anchor; j++) {
			Role role = roles.get(j);
			if (role != Role.CAPTION && role != Role.FURNITURE) {
				return false;
			}
			pictured |= role == Role.CAPTION;
		}
		return pictured;
	}

	private static final int MIN_SENTENCE_HEADLINE_WORDS = 6;

	/** The title among the title-like lines just above the first header line, or -1. */
	private static int titleAbove(List<Block> blocks, List<Role> roles, int anchor) {
		int blurbs = 0;
		int groupStart = -1;
		int groupEnd = -1;
		for (int i = anchor - 1; i >= 0; i--) {
			Role role = roles.get(i);
			boolean title = role == Role.TITLE_LIKE && (titleLike(blocks.get(i), true) || i == firstNonFurniture(roles)
					|| repeated(blocks, roles, i) || headlineUnderMenu(blocks, roles, i, anchor)
					|| sentenceHeadlineOverByline(blocks, roles, i, anchor)
					|| sentenceHeadlineOverPicture(blocks, roles, i, anchor));
			if (title) {
				groupStart = i;
				groupEnd = groupEnd < 0 ? i : groupEnd;
				continue;
			}
			if (groupEnd >= 0) {
				break;
			}
			if (role == Role.FURNITURE || role == Role.CAPTION || role == Role.FIELDS || role == Role.PLACES
					|| role == Role.BLURB && ++blurbs <= 2) {
				continue;
			}
			break;
		}
		return groupEnd < 0 ? -1 : titleOfGroup(blocks, groupStart, groupEnd);
	}

	/**
	 * Among title-like lines one under the other (a site's name or a kicker, then the
	 * title): the lowest that is neither a kicker ("In The Media") nor an institution's
	 * name. A subtitle under the title is taken for it here; the page's address, when
	 * known, tells them apart.
	 */
	private static int titleOfGroup(List<Block> blocks, int start, int end) {
		if (end > start && headlineOverItsDeck(blocks.get(end - 1).text().strip(), blocks.get(end).text().strip())) {
			return end - 1;
		}
		for (int i = end; i >= start; i--) {
			String text = blocks.get(i).text().strip();
			// A name alone under the title is its byline (see nameUnderTitle).
			if (!isKicker(text) && !(i > start && !bareNames(text).isEmpty())) {
				return i;
			}
		}
		return end;
	}

	/**
	 * Whether a headline in title case of some length stands over a line in sentence case
	 * that says more of it: "Iraqi Cleric Threatens Action if U.S. Forces Remain" over
	 * "Iraqi crowd chants ‘No, no America’". A kicker is short; this upper line is the
	 * title.
	 */
	private static boolean headlineOverItsDeck(String upper, String lower) {
		return BlockRules.words(upper) >= MIN_TITLE_CASE_HEADLINE_WORDS && !isKicker(upper)
				&& QuoteClassifier.headlineCase(upper) && sentenceCaseHeadline(lower)
				&& !QuoteClassifier.headlineCase(lower);
	}

	private static final int MIN_TITLE_CASE_HEADLINE_WORDS = 5;

	/**
	 * A section's or an institution's name above a title: "In The Media", "Malcolm H.
	 * Kerr Carnegie Middle East Center".
	 */
	static boolean isKicker(String text) {
		String key = normalise(text);
		if (KICKERS.contains(key) || isSectionName(text)) {
			return true;
		}
		String stripped = text.strip();
		if (stripped.endsWith("|") && BlockRules.words(stripped) <= MAX_KICKER_WORDS) {
			return true; // "Downplaying the Crisis |": a label set off from the headline
		}
		if (joinedSections(text)) {
			return true;
		}
		String last = key.substring(key.lastIndexOf(' ') + 1);
		return BlockRules.words(text) <= 8
				&& (INSTITUTION_WORDS.contains(last) || INSTITUTION_NAME.matcher(text.strip()).matches());
	}

	/**
	 * Whether a short line joins a site's section words with "&" or "and": "National
	 * Security & Defense", "Society & Culture", "Politics & Policy".
	 */
	private static boolean joinedSections(String text) {
		String[] words = text.strip().toLowerCase(Locale.ROOT).split("\\s+");
		if (words.length > MAX_KICKER_WORDS || !(text.contains(" & ") || text.contains(" and "))) {
			return false;
		}
		for (String word : words) {
			if (!word.equals("&") && !word.equals("and") && !word.equals("the") && !SECTION_WORDS.contains(word)) {
				return false;
			}
		}
		return true;
	}

	/** Words of the sections news and opinion sites file their pieces under. */
	private static final Set<String> SECTION_WORDS = Set.of("national", "security", "defense", "defence", "politics",
			"policy", "economy", "economics", "business", "finance", "law", "courts", "world", "culture", "society",
			"science", "technology", "tech", "health", "media", "foreign", "affairs", "arts", "ideas", "religion",
			"energy", "environment", "opinion", "analysis", "diplomacy", "government", "elections", "education");

	/** Most words of a kicker set off by a bar. */
	private static final int MAX_KICKER_WORDS = 6;

	/**
	 * An institution's name whose body word comes before what it is for: "United States
	 * Institute of Peace", "Council on Foreign Relations", "Carnegie Endowment for
	 * International Peace".
	 */
	private static final Pattern INSTITUTION_NAME = Pattern.compile("(?:\\p{Lu}[\\p{L}.'-]*\\s+){0,3}"
			+ "(?:Institute|Center|Centre|Council|Foundation|Endowment|Institution)\\s+(?:of|for|on)\\s+"
			+ "(?:the\\s+)?\\p{Lu}[\\p{L}'-]*(?:\\s+\\p{Lu}[\\p{L}'-]*){0,3}");

	/**
	 * Whether the header run after block {@code first} holds a byline without "By" and
	 * otherwise only its writer's job, furniture or a photograph's text said twice
	 * ("Behrouz Turani" twice, "Contributor", "US President Donald Trump" twice): the
	 * headline above them stands alone.
	 */
	private static boolean onlyBylinesAndCaptionsAfter(List<Block> blocks, List<Role> roles, int first) {
		boolean byline = false;
		for (int j = first + 1; j < roles.size(); j++) {
			String text = blocks.get(j).text().strip();
			boolean names = !bareNames(text).isEmpty();
			byline |= names;
			if (!repeated(blocks, roles, j) && !names && !Bylines.isRoleLine(text) && roles.get(j) != Role.FURNITURE) {
				return false;
			}
		}
		return byline;
	}

	/**
	 * Whether a block is a summary's paragraph rather than a headline: long, and of more
	 * than one sentence ("On August 16, 2019, Al-Manar TV aired a report about a …
	 * procession … near the village of Aitaroun. Riding past …"), though it may share
	 * more of the address's words than the headline does.
	 */
	private static boolean summaryParagraph(String text) {
		return BlockRules.words(text) > MAX_HEADLINE_WORDS && SENTENCE_BREAK.matcher(text).find();
	}

	private static final int MAX_HEADLINE_WORDS = 30;

	/** A sentence's end inside a text: a lower-case word, its full stop and a capital. */
	private static final Pattern SENTENCE_BREAK = Pattern.compile("\\p{Ll}{2}\\.\\s+\\p{Lu}");

	/**
	 * Without header lines: the first title-like line of four words or more, or a shorter
	 * one leading the page; never a line of authors' names above another title-like line,
	 * nor a line said twice.
	 */
	private static int firstTitle(List<Block> blocks, List<Role> roles) {
		int first = firstNonFurniture(roles);
		for (int i = 0; i < roles.size(); i++) {
			if (roles.get(i) == Role.BLURB) {
				break;
			}
			if (roles.get(i) == Role.TITLE_LIKE && titleLike(blocks.get(i), true)
					&& BlockRules.words(blocks.get(i).text()) >= 4 && !isKicker(blocks.get(i).text())
					&& !(i + 1 < roles.size() && namesAboveTitle(blocks, roles, i + 1) == i)
					&& !(i > first && repeated(blocks, roles, i))) {
				return i;
			}
		}
		if (first < 0 || roles.get(first) != Role.TITLE_LIKE) {
			return -1;
		}
		// "Media Monitor" over "Dissolved Iraqi militia leader: '…'": a column's name
		// above a headline in sentence case is no title of the piece.
		int afterKicker = first + 1;
		while (afterKicker < roles.size() && roles.get(afterKicker) == Role.FURNITURE) {
			afterKicker++;
		}
		if (isKicker(blocks.get(first).text()) && afterKicker < roles.size()
				&& roles.get(afterKicker) == Role.TITLE_LIKE && !isKicker(blocks.get(afterKicker).text())) {
			first = afterKicker;
		}
		if (titleLike(blocks.get(first), true)) {
			return first;
		}
		// A headline in sentence case alone above the prose ("Iran's Tehran Friday prayer
		// leader calls on supporters to counter opposition on social media"): the header
		// run holds nothing else, and the line is no kicker.
		String text = blocks.get(first).text().strip();
		// Alone, or with only its byline under it, a name without "By" ("Cooper Allen").
		boolean alone = first == roles.size() - 1
				|| first == roles.size() - 2 && roles.get(first + 1) == Role.TITLE_LIKE
						&& !bareNames(blocks.get(first + 1).text().strip()).isEmpty()
				|| onlyBylinesAndCaptionsAfter(blocks, roles, first) || standfirstAlone(blocks, roles, first)
				|| onlyCaptionsAfter(blocks, roles, first);
		return alone && sentenceCaseHeadline(text) ? first : -1;
	}

	/**
	 * Whether the header run after block {@code first} holds nothing but images' captions
	 * or an agency's credit (and furniture): a headline over a wire photograph's caption,
	 * or over "Xinhua News Agency", stands as alone as one right above the prose.
	 */
	private static boolean onlyCaptionsAfter(List<Block> blocks, List<Role> roles, int first) {
		boolean caption = false;
		for (int j = first + 1; j < roles.size(); j++) {
			if (roles.get(j) != Role.CAPTION && roles.get(j) != Role.FURNITURE) {
				return false;
			}
			caption |= roles.get(j) == Role.CAPTION || agencyCredit(blocks.get(j).text().strip());
		}
		return caption;
	}

	/**
	 * Whether the header run after block {@code first} is only a standfirst: one line,
	 * longer than the headline and of {@value #MIN_STANDFIRST_WORDS} words or more ("Xi
	 * Jinping says ready to maintain close communication with Putin" over "The Chinese
	 * president said "the world is now facing changes …"").
	 */
	private static boolean standfirstAlone(List<Block> blocks, List<Role> roles, int first) {
		int last = roles.size() - 1;
		while (last > first + 1 && (roles.get(last) == Role.CAPTION || roles.get(last) == Role.FURNITURE)) {
			last--; // a photograph's caption or credit under the standfirst
		}
		if (first != last - 1 || roles.get(first + 1) != Role.TITLE_LIKE) {
			return false;
		}
		int words = BlockRules.words(blocks.get(first + 1).text());
		return words >= MIN_STANDFIRST_WORDS && words > BlockRules.words(blocks.get(first).text());
	}

	private static final int MIN_STANDFIRST_WORDS = 12;

	/**
	 * A line that may be a headline in sentence case: 4 to
	 * {@value #MAX_SENTENCE_CASE_TITLE_WORDS} words, one sentence, no kicker, no note
	 * marker.
	 */
	private static boolean sentenceCaseHeadline(String text) {
		int words = BlockRules.words(text);
		return words >= 4 && words <= MAX_SENTENCE_CASE_TITLE_WORDS && !isKicker(text) && !twoSentences(text)
				&& !text.endsWith("]");
	}

	/**
	 * Whether a stop and a space part the text in two sentences; not the stops of an
	 * initialism or a title ("Iran warns to retaliate U.S. new sanctions", "Gen.
	 * Jalali").
	 */
	private static boolean twoSentences(String text) {
		if (text.endsWith(".") && text.contains(". ")) {
			return true; // a lead's sentence ("… and Sen. Kelly Ayotte (R-N.H.).") is no
							// headline
		}
		for (int stop = text.indexOf(". "); stop >= 0; stop = text.indexOf(". ", stop + 1)) {
			if (!Sentences.afterAbbreviation(text, stop)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the header run has no title-like line after block i, furniture passed over:
	 * a headline in sentence case under the date line ("| 30 November 2023 |", then "LF's
	 * Geagea: Hezbollah's transportation of weapons … urges hasty cabinet session")
	 * stands alone above the prose.
	 */
	private static boolean nextIsNoTitleLine(List<Block> blocks, List<Role> roles, int i) {
		for (int j = i + 1; j < roles.size(); j++) {
			if (roles.get(j) != Role.FURNITURE && roles.get(j) != Role.CAPTION) {
				// A standfirst under the headline is title-like but no title: longer than
				// any headline.
				return roles.get(j) != Role.TITLE_LIKE || BlockRules.words(blocks.get(j).text()) > STANDFIRST_WORDS;
			}
		}
		return true;
	}

	/** Fewest words of a standfirst under a headline. */
	private static final int STANDFIRST_WORDS = 25;

	private static int firstNonFurniture(List<Role> roles) {
		for (int i = 0; i < roles.size(); i++) {
			if (roles.get(i) != Role.FURNITURE && roles.get(i) != Role.CAPTION) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * The journal's name: the title-like line right above the first volume or period
	 * line.
	 */
	private static int journalLine(List<Role> roles, List<Fields> blockFields, IntPredicate siteName) {
		for (int i = 0; i < roles.size(); i++) {
			Fields f = blockFields.get(i);
			if (roles.get(i) == Role.FIELDS && (f.volume || f.period)) {
				boolean anyVolume = false;
				for (int j = i; j < roles.size()
						&& (roles.get(j) == Role.FIELDS || roles.get(j) == Role.FURNITURE); j++) {
					anyVolume |= blockFields.get(j).volume;
				}
				int before = i - 1;
				while (before >= 0 && roles.get(before) == Role.FURNITURE && !siteName.test(before)) {
					before--;
				}
				// A journal's site is often named like the journal: its name line is then
				// both.
				return anyVolume && before >= 0 && (roles.get(before) == Role.TITLE_LIKE || siteName.test(before))
						? before : -1;
			}
		}
		return -1;
	}

	/** A sentence's end inside a line: a word's last letters, a full stop, a capital. */
	private static final Pattern SENTENCE_INSIDE = Pattern.compile("\\p{Ll}{3}\\. \\p{Lu}");

	/**
	 * Lines that open a text without naming it: the invocation that opens a Muslim
	 * leader's speech ("In the Name of Allah, the Beneficent, the Merciful", "In the name
	 * of God, the Compassionate, the Merciful"), and a briefing's time alone ("1:22 p.m.
	 * EST").
	 */
	private static final Pattern NOT_TITLES = Pattern
		.compile("(?i)(?:in the name of (?:allah|god)\\b.*|bismillah\\b.*|\\d{1,2}[:.]\\d{2}\\s*[ap]\\.?m\\.?"
				+ "(?:\\s+[A-Z]{2,4})?\\.?)");

	/**
	 * A dateline's place alone on its line, in capitals: "ANKARA" over a wire story's
	 * first paragraph.
	 */
	private static boolean datelinePlace(String text) {
		return DATELINE_WORD.matcher(text).matches() && NameVocabulary.isPlace(text);
	}

	private static final Pattern DATELINE_WORD = Pattern.compile("\\p{Lu}[\\p{Lu}-]{2,}");

	/** A wire's tag in capitals and brackets opening a headline: "(LEAD)", "(2nd LD)". */
	private static final Pattern WIRE_TAG = Pattern
		.compile("\\((?:[\\p{Lu}\\d][\\p{Lu}\\p{Ll}\\d]{0,3} )?\\p{Lu}{2,10}\\) \\p{Lu}");

	/**
	 * One line that reads as a title: not a sentence, not a header field, not too long.
	 */
	static boolean titleLike(Block block, boolean strict) {
		String text = block.text().strip();
		if (text.isEmpty() || text.length() > MAX_TITLE_CHARS || text.indexOf('\n') >= 0 || block.kind() == Kind.NOTE
				|| block.kind() == Kind.CAPTION || block.kind() == Kind.LIST_ITEM || block.kind() == Kind.BLOCKQUOTE
				|| BlockRules.words(text) > MAX_TITLE_WORDS) {
			return false;
		}
		if (endsLikeSentence(text) || text.contains("http") || text.contains("www.") || text.contains("©")
				|| isSectionName(text) || text.codePoints().filter(Character::isLetter).count() < 2
				|| ReportDates.isDateLine(text) || NOT_TITLES.matcher(text).matches() || datelinePlace(text)
				|| BlockRules.looksLikeCaption(text)) {
			return false; // nor "1.2218198-3701740975", an image's number
		}
		if (text.endsWith("?") && SENTENCE_INSIDE.matcher(text).find()) {
			// "China Daily: A series of meetings will be held soon. What is China's
			// expectation?": a briefing's question after its preamble, not a headline.
			return false;
		}
		if (!strict || block.kind() == Kind.HEADING) {
			// Also a wire's tag in brackets before it: "(LEAD) Yoon warns of …".
			return Character.isUpperCase(text.codePointAt(0)) || Character.isDigit(text.codePointAt(0))
					|| "\"“‘'".indexOf(text.charAt(0)) >= 0 || WIRE_TAG.matcher(text).lookingAt();
		}
		return BlockRules.titleCaseShare(text) >= 0.6;
	}

	/**
	 * Like {@link BlockRules#endsLikeSentence}, but a title may end with a closing
	 * quotation mark.
	 */
	private static boolean endsLikeSentence(String written) {
		// "... preceded by painful labor."[1]": a note's marker after the sentence's end.
		String text = FootnoteMarkerScanner.withoutTrailingMarkers(written);
		// "… through international intervention."1": a note's bare number after the
		// quotation's closing mark.
		text = QUOTED_THEN_NUMBER.matcher(text).replaceFirst("$1");
		if (text.isEmpty()) {
			return false;
		}
		char last = text.charAt(text.length() - 1);
		if ((last == '"' || last == '”' || last == '’') && text.length() > 1) {
			char before = text.charAt(text.length() - 2);
			return before == '.' || before == ',';
		}
		return BlockRules.endsLikeSentence(text);
	}

	/** A closing quotation mark and a note's bare number after it. */
	private static final Pattern QUOTED_THEN_NUMBER = Pattern.compile("([\"”’])\\d{1,3}$");

	static boolean isSectionName(String text) {
		String key = text.strip();
		if (key.length() > 32) {
			return false;
		}
		while (!key.isEmpty() && (key.endsWith(":") || key.endsWith("."))) {
			key = key.substring(0, key.length() - 1).strip();
		}
		return SECTION_NAMES.contains(key.toLowerCase(Locale.ROOT));
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
		return NOT_LETTERS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

	/** A digest's title that ends with its date, and the digest's name before it. */
	record DatedTitle(String name, LocalDate date) {

		/** A date in figures alone ("12/27/23"), as a header's field line reads it. */
		private static LocalDate numericDate(String text) {
			Fields fields = new Fields();
			return HeaderFields.NUMERIC_DATE.matcher(text).matches() && HeaderFields.readBlock(text, fields)
					&& fields.authors.isEmpty() ? fields.published : null;
		}

		static DatedTitle of(String title) {
			Matcher separator = TITLE_DATE.matcher(title);
			int lastStart = -1;
			int lastEnd = -1;
			int firstStart = -1;
			while (separator.find()) {
				firstStart = firstStart < 0 ? separator.start() : firstStart;
				lastStart = separator.start();
				lastEnd = separator.end();
			}
			if (lastEnd < 0) {
				return null;
			}
			LocalDate date = ReportDates.whole(title.substring(lastEnd));
			if (date == null) {
				date = numericDate(title.substring(lastEnd).strip()); // "— 12/27/23"
			}
			if (date == null) {
				return null;
			}
			String name = title.substring(0, firstStart).strip();
			boolean digest = BlockRules.words(name) <= 6 && DIGEST_NAME.matcher(name).matches();
			return new DatedTitle(digest ? name : null, date);
		}

	}

}
