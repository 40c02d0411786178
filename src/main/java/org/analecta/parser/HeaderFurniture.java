package org.analecta.parser;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines that a saved page puts around a report's own header and that are never part of
 * it: the address it was saved from, the site's name, breadcrumbs, navigation items,
 * share, subscribe, donate and "request" buttons, a print view's header, a
 * document-sharing site's furniture (upload line, view and download counts, category,
 * page markers), image alt texts and a logo's one lower-case word ("memri", "cta-image").
 * Each test looks at one short line; longer lines are never furniture.
 */
final class HeaderFurniture {

	/** Furniture lines are short; anything longer is text. */
	private static final int MAX_CHARS = 160;

	private static final Pattern URL_LINE = Pattern.compile(
			"^(?:URL|Source URL|Address|Link|Saved from)\\s?:\\s{0,3}\\S+$|^(?:https?://|www\\.)\\S+$",
			Pattern.CASE_INSENSITIVE);

	/** "Home > Reports > Iran", "Home / Research / Iran", "Home » Analysis". */
	private static final Pattern BREADCRUMB = Pattern
		.compile("^(?:Home|Main|Start)\\s{0,3}(?:[>»›/|]|&gt;)\\s{0,3}\\S.*$", Pattern.CASE_INSENSITIVE);

	private static final Pattern BREADCRUMB_SEPARATOR = Pattern.compile("\\s(?:>|»|›|/)\\s");

	/** Buttons and widget labels: a call to action with at most a few words after it. */
	private static final Pattern CALL_TO_ACTION = Pattern.compile(
			"^(?:donate|subscribe|select|request|share|bookmark(?: and share)?|send(?: in| by| to a friend)?|sign (?:up|in)|log ?in|log ?out|register|download|print|e-?mail|tweet|"
					+ "read more|continue reading|read the full|click here|skip to|toggle|copy link|link copied|copied|menu|"
					+ "search|most (?:read|popular|viewed)|related|recommended|advertisement|sponsored)\\b(?:\\s{1,3}\\S+){0,2}\\s{0,3}[:!.]?$",
			Pattern.CASE_INSENSITIVE);

	/** Print views and document-sharing sites. */
	private static final Pattern PAGE_FURNITURE = Pattern.compile(
			"^(?:\\(?view (?:pdf|online|in browser)\\)?|printer[- ]friendly(?: version| page)?|print (?:version|view|this (?:page|article|report))|"
					+ "printed (?:from|on)\\b.{0,120}|close (?:window|this window)|"
					+ "uploaded (?:by|on)\\b.{0,120}|(?:submitted|posted) by\\s{1,3}(?:anonymous|admin|\\S{1,40})(?:\\s{1,3}on)?\\s{0,3}$|"
					+ "\\d[\\d,.]{0,12}[km]?\\s{1,3}(?:views?|downloads?|pages?|likes?|comments?|shares?|reads?)|"
					+ "\\d{1,3}\\s{0,3}min(?:ute)?s?\\.?\\s{1,3}read|"
					+ "(?:views?|downloads?|pages?|category|categories|tags?|topics?|filed under|language|file size|format)\\s{0,3}:.{0,120}|"
					// A press release's contact, a news site's label over its summary.
					+ "(?:media |press )?contacts?\\s{0,3}:.{0,120}|article summary|"
					// A press release's label alone, its date on a line of its own.
					+ "for (?:immediate )?release|"
					// "Also available in" over the paper an op-ed also ran in.
					+ "also (?:available|published|appeared) in|(?:read )?more (?:by|from) (?:the|this) author|"
					// A digest's credit and links over its date: "Prepared for
					// the", "View this page at", "Daily Alert Mobile", "Search
					// Back Issues".
					+ "prepared (?:for|by) the|view this page (?:at|on)|(?:[\\w-]+ ){1,3}mobile|search back issues|"
					// A video player's controls saved with the page: "0 seconds of 36
					// secondsVolume 90%", "Press shift question mark to access a list of
					// keyboard shortcuts", "Next Up", its clock "01:21".
					+ "\\d{1,4} seconds? of .{1,60}|press shift question mark\\b.{0,80}|"
					+ "\\d{1,2}:\\d{2}(?::\\d{2})?|short url|follow|"
					// A content system's field label saved over the text: "Body".
					+ "body|"
					// The EU's press-release pages: "Figures and graphics available in
					// PDF
					// and WORD PROCESSED", "Navigation path", "Left navigation".
					+ "figures and graphics available in .{0,40}|navigation path|left navigation|additional tools|"
					// A news app's appeal over the stories it carries: "Get all your news
					// in one place.", "100’s of premium titles.", "One app.", "Start
					// reading".
					// A paper's credit under its writer's byline: "Washington Post Staff
					// Writer", "Associated Press Writer", "Special to The Washington
					// Post".
					+ "(?:[\\w.'’-]+ ){0,4}(?:staff (?:writer|reporter|correspondent)|foreign service)|"
					+ "(?:associated press|ap|afp|reuters) (?:writer|reporter)|special to (?:the )?(?:[\\w.'’-]+ ?){1,4}|"
					// A digest's link to the piece it sums up: "Full Article".
					+ "full article|"
					+ "get all your news in one place\\.?|\\d+['’]?s of premium titles\\.?|one app\\.?|start reading|"
					// "Daily Alert app on Android", "… App for iPhone".
					+ "(?:[\\w-]+ ){0,3}app (?:on|for) (?:android|iphone|ipad|ios)|"
					// and its appeal over the day's items: "Daily Alert Needs Your
					// Support", "Via Smartphone".
					+ "(?:[\\w'-]+ ){1,4}needs your (?:support|help)!?|via smartphone|"
					// A paper's name and edition over a page a news stand saved: "The
					// Week (US)".
					+ "(?:[\\w'-]+ ){0,3}[\\w'-]+ \\((?:us|uk|usa|europe|asia|international|australia|india|"
					+ "middle east|africa|canada)(?: edition)?\\)|"
					// A daily update's hour of the last news it holds:
					// "Information Cutoff 2:00 pm ET".
					+ "information cut-?off\\s{0,3}:?\\s{0,3}\\d{1,2}(?::\\d{2})?\\s?[ap]\\.?m\\.?(?:\\s{1,3}[A-Z]{2,4})?|"
					+ "page\\s{1,3}\\d{1,4}(?:\\s{1,3}(?:of|/)\\s{1,3}\\d{1,4})?|\\d{1,4}\\s{0,3}/\\s{0,3}\\d{1,4}|-\\s{0,3}\\d{1,4}\\s{0,3}-|"
					+ "(?:cta|hero|header|featured|banner)[- ]image(?: for [\\w ]{1,40})?|screen ?shot\\b.{0,60}|.{0,80}\\blogo\\b.{0,60}|"
					+ "(?:news|journalist|story|article|post)\\s{1,3}id\\s{0,3}:\\s{0,3}\\d{1,12}|"
					+ "not a member\\b.{0,80}|originally published (?:in|by|on|at)\\b.{0,80}|.{0,80}\\bforgot (?:your )?password\\b.{0,80}|"
					// A comment box's lines ("Comment as a guest", "Your email will not
					// be
					// displayed publicly", WordPress's "Leave a Reply").
					+ "(?:add (?:a )?(?:contribution|comment)|comment|post a comment) as a guest|(?:leave a (?:reply|comment)|post a comment|add a comment)|"
					+ "your e-?mail(?: address)? will not be (?:displayed|published|shared)\\b.{0,40}|benefit of signing (?:in|up)\\b.{0,80}|or connect (?:using|with)|"
					// A sign-up form's lines: "\"*\" indicates required fields".
					+ "[\"“]?\\*[\"”]? indicates required fields?|this field is for validation purposes.{0,60}|"
					+ "by subscribing,? you agree to our.{0,60}|subscription settings|"
					// A browser's notification prompt ("Stay up to date with
					// notifications
					// from The Independent").
					+ "stay up to date with notifications\\b.{0,60}|notifications can be managed\\b.{0,60}|"
					+ "(?:turn on|allow|enable) (?:push )?notifications\\b.{0,40}|"
					+ "#\\d{1,6}\\s{0,3}\\|\\s{0,3}\\d{1,2}:\\d{2}(?::\\d{2})?|skip to (?:main )?content|toggle navigation|you are here:?.{0,120}|the author|about the authors?|-|–|—|•|"
					// A photo gallery's and a player's buttons, news sites' top links.
					+ "(?:exit )?full ?screen|enlarge(?: (?:this )?image)?|zoom(?: (?:in|out|image))?|play(?: video| live radio)?|all news|breaking news|"
					+ "accessibility links|go to contents(?: go to navigation)?|go to navigation|"
					// A story page's reading time, a player's notice.
					+ "estimated read(?:ing)? time\\s{0,3}:.{0,30}|your browser (?:doesn[’']t|does not) support.{0,60}|"
					+ "this audio is (?:created|generated) with (?:the help of )?ai(?: assistance)?\\.?|last update \\d{1,2}:\\d{2}|"
					// A radio station's player and a live blog's counter and sorting.
					+ "next up:?|available on air stations|\\d{1,2}:\\d{2} \\d{1,2}:\\d{2}|\\d{1,4} posts?|sort by.{0,30}|"
					// An event page's labels over its fields, its weekday alone, its
					// hours.
					+ "date ?(?:&|and) ?time|location|venue|get directions|(?:by|via) (?:phone|zoom|invitation)(?: only)?|online only|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
					+ "\\d{1,2}(?::\\d{2})?\\s?[ap]\\.?m\\.?\\s{0,3}[–-]\\s{0,3}\\d{1,2}(?::\\d{2})?\\s?[ap]\\.?m\\.?(?:\\s{1,3}[A-Z]{2,4})?)$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern MENU_SEPARATOR = Pattern.compile("[\\s|•·]+");

	/**
	 * One lower-case word on a line: a logo's or an image's alt text ("memri",
	 * "cta-image"). Case matters.
	 */
	private static final Pattern ALT_TEXT = Pattern.compile("^[a-z][a-z0-9-]{1,24}$");

	/**
	 * An image's file name standing for it where the page was saved as text
	 * ("EOY_Banner_2013_v1 (2).jpg", "donate image 2.jpg").
	 */
	private static final Pattern IMAGE_FILE = Pattern
		.compile("^[^\\s/].{0,100}\\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?)$", Pattern.CASE_INSENSITIVE);

	/** Words that make up menus of sections. */
	private static final Set<String> NAVIGATION_WORDS = Set.of("home", "research", "about", "experts", "analysis",
			"publications", "reports", "events", "news", "media", "contact", "programs", "projects", "topics",
			"regions", "issues", "blog", "multimedia", "videos", "podcasts", "donate", "subscribe", "search", "menu",
			"login", "store", "careers", "press", "newsletters", "archives", "archive", "commentary", "opinion",
			"homepage");

	private HeaderFurniture() {
	}

	/**
	 * Whether a line above (or inside) the header is page furniture. {@code siteLabel} is
	 * the main label of the address the page was saved from ("memri" for www.memri.org),
	 * or null.
	 */
	static boolean isFurniture(String line, String siteLabel) {
		String text = line.strip();
		if (text.isEmpty()) {
			return true;
		}
		if (text.length() > MAX_CHARS) {
			return false;
		}
		if (text.chars().noneMatch(Character::isLetterOrDigit)) {
			return true; // "<<", "|||||", "~": a pager's arrows, a rule
		}
		if (URL_LINE.matcher(text).matches() || BlockRules.isBoilerplate(text) || CALL_TO_ACTION.matcher(text).matches()
				|| PAGE_FURNITURE.matcher(text).matches() || ALT_TEXT.matcher(text).matches()
				|| IMAGE_FILE.matcher(text).matches() || isBreadcrumb(text) || isNavigation(text)
				|| withoutLatinLetters(text) || mediaLink(text) || pieceKind(text) || initialsSpeltOut(text)) {
			return true;
		}
		int half = text.length() / 2;
		if (text.length() % 2 == 0 && half >= 4 && text.regionMatches(0, text, half, half)) {
			// "Send in e-mailSend in e-mail": a button's label saved twice, run together.
			return isFurniture(text.substring(0, half), siteLabel);
		}
		return isSiteName(text, siteLabel);
	}

	/**
	 * Whether the line only says what kind of piece the page is ("Blog Post", "Opinion
	 * Piece", "Analysis"), which names neither the piece nor its writer, though one of
	 * the words may be a surname ("Jerrold Post").
	 */
	static boolean pieceKind(String text) {
		String[] words = text.split("\\s+");
		return words.length <= MAX_PIECE_KIND_WORDS
				&& Arrays.stream(words).allMatch(word -> PIECE_KINDS.contains(word.toLowerCase(Locale.ROOT)));
	}

	/** Most words of a line that says what kind of piece the page is. */
	private static final int MAX_PIECE_KIND_WORDS = 3;

	/** Words of what kind of piece a page is. */
	private static final Set<String> PIECE_KINDS = Set.of("blog", "post", "piece", "opinion", "commentary", "article",
			"analysis", "op-ed", "essay", "interview", "podcast", "video", "transcript", "testimony", "statement",
			"brief", "briefing", "feature");

	/**
	 * A link to a clip, its verb in lower case as the player's label writes it: "watch
	 * One-Minute World News", "listen to this article". A headline opens with a capital.
	 */
	private static boolean mediaLink(String text) {
		return (text.startsWith("watch ") || text.startsWith("listen ")) && BlockRules.words(text) <= 6;
	}

	/**
	 * A line with letters and none of them Latin: an image's alt text or the site's name
	 * in its own language ("ברק רביד - צרובה" over "Barak Ravid"), which an English
	 * report's header never is.
	 */
	private static boolean withoutLatinLetters(String text) {
		boolean letters = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isLetter(c)) {
				if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
					return false;
				}
				letters = true;
			}
		}
		return letters;
	}

	/**
	 * The line is the site's name as its address spells it: "memri", "The Iran Observer"
	 * for iranobserver.org.
	 */
	static boolean isSiteName(String line, String siteLabel) {
		if (siteLabel == null || line.length() > 80) {
			return false;
		}
		String normalised = ReportHeader.normalise(line);
		String key = normalised.replace(" ", "");
		return key.equals(siteLabel) || key.startsWith("the") && key.substring(3).equals(siteLabel)
				|| initials(normalised).equals(siteLabel);
	}

	/**
	 * "CSIS - Center for Strategic and International Studies Inc.": a publisher's
	 * initials and its name spelt out, the line a distribution site sets over each
	 * release.
	 */
	private static final Pattern SPELT_OUT = Pattern
		.compile("(\\p{Lu}{2,8}) [-–—] ((?:\\p{Lu}[\\p{L}'’-]* |(?:for|of|and|on|the|in|&) ){1,9}\\p{Lu}[\\p{L}'’-]*)"
				+ "(?:,? (?:Inc|Ltd|LLC|Corp)\\.?)?");

	private static boolean initialsSpeltOut(String text) {
		Matcher spelt = SPELT_OUT.matcher(text);
		if (!spelt.matches()) {
			return false;
		}
		StringBuilder capitals = new StringBuilder();
		String[] words = spelt.group(2).split(" ");
		// "MEMRI - The Middle East Media Research Institute": the article is no initial.
		for (int i = words[0].equals("The") ? 1 : 0; i < words.length; i++) {
			if (Character.isUpperCase(words[i].charAt(0))) {
				capitals.append(words[i].charAt(0));
			}
		}
		return capitals.toString().equals(spelt.group(1));
	}

	/**
	 * The first letters of a name's words, for a site whose address is its name's
	 * initials ("Young journalists club" at yjc.ir); "" for a single word.
	 */
	private static String initials(String normalised) {
		String[] words = normalised.split(" ");
		if (words.length < 2) {
			return "";
		}
		StringBuilder initials = new StringBuilder(words.length);
		for (String word : words) {
			if (!word.isEmpty()) {
				initials.append(word.charAt(0));
			}
		}
		return initials.toString();
	}

	private static boolean isBreadcrumb(String text) {
		if (BREADCRUMB.matcher(text).matches()) {
			return true;
		}
		// "Research / Iran / Analysis": three or more short crumbs; not "February 8, 2013
		// / 9:32 AM / 5 years ago", a date line.
		String[] crumbs = BREADCRUMB_SEPARATOR.split(text);
		// Two crumbs only with a separator that is nothing but a crumbs' ("Iran » Iran"),
		// or a section and its part in four words at most ("World / Middle East", "ETV
		// Bharat / state").
		boolean crumbsOnly = text.contains(" » ") || text.contains(" › ")
				|| text.contains(" / ") && BlockRules.words(text) <= 5 && !text.matches(".*\\d.*");
		if (crumbs.length < (crumbsOnly ? 2 : 3) || ReportDates.isDateLine(text)) {
			return false;
		}
		for (String crumb : crumbs) {
			if (BlockRules.words(crumb) > 4 || BlockRules.endsLikeSentence(crumb.strip())) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A bulleted menu item or a line of section names: "• Research", "Home Research
	 * Experts".
	 */
	private static boolean isNavigation(String text) {
		String t = text;
		while (!t.isEmpty() && "•·*-–|".indexOf(t.charAt(0)) >= 0) {
			t = t.substring(1).strip();
		}
		if (t.isEmpty()) {
			return true;
		}
		int space = t.indexOf(' ');
		if (!NAVIGATION_WORDS.contains(t.substring(0, space < 0 ? t.length() : space).toLowerCase(Locale.ROOT))) {
			return false; // the common case, without the split
		}
		String[] words = MENU_SEPARATOR.split(t.toLowerCase(Locale.ROOT));
		if (words.length > 8) {
			return homeMenu(words, t);
		}
		for (String word : words) {
			if (!NAVIGATION_WORDS.contains(word)) {
				return false;
			}
		}
		return words.length >= 2 || t.length() < text.length();
	}

	/**
	 * A site's menu opening with "Home", its items of several words each: "Home Archives
	 * Jerusalem Center Homepage View the current issue Jerusalem Center Videos". At least
	 * {@link #MENU_ITEMS_KNOWN} of its words are menu words, and it ends no sentence.
	 */
	private static boolean homeMenu(String[] words, String text) {
		if (!words[0].equals("home") || words.length > MAX_MENU_WORDS || BlockRules.endsLikeSentence(text)) {
			return false;
		}
		int known = 0;
		for (String word : words) {
			if (NAVIGATION_WORDS.contains(word)) {
				known++;
			}
		}
		return known >= MENU_ITEMS_KNOWN;
	}

	/** Most words of a site's menu opening with "Home". */
	private static final int MAX_MENU_WORDS = 16;

	/** Menu words a long menu opening with "Home" holds at least. */
	private static final int MENU_ITEMS_KNOWN = 4;

	/** "memri" for https://www.memri.org/reports/..., null when there is no address. */
	static String siteLabel(String url) {
		if (url == null) {
			return null;
		}
		String rest = url.replaceFirst("^[a-zA-Z]+://", "");
		int slash = rest.indexOf('/');
		String host = (slash < 0 ? rest : rest.substring(0, slash)).toLowerCase(Locale.ROOT);
		String[] labels = host.split("\\.");
		if (labels.length < 2) {
			return null;
		}
		String label = labels[labels.length - 2];
		if (labels.length >= 3 && label.length() <= 3
				&& (label.equals("co") || label.equals("org") || label.equals("com"))) {
			label = labels[labels.length - 3];
		}
		return label.replace("-", "");
	}

}
