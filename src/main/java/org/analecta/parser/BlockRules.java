package org.analecta.parser;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The judgements about one line of text that both readers and the structure builder need:
 * is it a heading, an image caption or source line, or page boilerplate. Each test looks
 * at a bounded amount of text, so none can be slow.
 */
final class BlockRules {

	// Precompiled: String.split/matches/replaceAll with these compiled the pattern on
	// every call,
	// and they run per token, tag or quotation.
	private static final Pattern TITLE_WORD_SEPARATORS = Pattern.compile("[\\s–—/]+");

	private static final Pattern SHARE_BAR_SEPARATORS = Pattern.compile("[\\s|:,·•/]+");

	private static final int MAX_HEADING_CHARS = 220;

	private static final int MAX_HEADING_WORDS = 28;

	/** Short words that title case leaves in lower case. */
	private static final Set<String> MINOR_WORDS = Set.of("a", "an", "the", "and", "or", "nor", "but", "for", "of",
			"to", "in", "on", "at", "by", "as", "vs", "via", "with", "from", "into", "over", "than", "per", "de", "la",
			"al", "el", "e", "du", "des", "le", "von", "van");

	/** Words a title may end with although they end with a dot. */
	private static final Set<String> ABBREVIATIONS = Set.of("inc.", "co.", "corp.", "ltd.", "jr.", "sr.", "st.", "dr.",
			"no.", "vs.", "etc.", "gen.", "gov.", "lt.", "col.", "mr.", "mrs.", "ms.", "prof.");

	private static final Pattern CAPTION_START = Pattern.compile(
			"^(?:Photo|Photograph|Image|Picture|Poster|Screenshot|Screen capture|Cartoon|Caricature|Map|Chart|Graph|Figure|Fig\\.|Caption|Credit|Source|Video|Illustration)\\b(?:\\s|:|\\.)",
			Pattern.CASE_INSENSITIVE);

	/** "(Photo: …)", also after the agency's name: "(Reuters photo: Kevin Lamarque)". */
	private static final Pattern CAPTION_SOURCE = Pattern.compile(
			"\\((?:Source|Image|Photo|Image source|Photo credit|Credit|\\p{Lu}[\\p{L}.]{1,20}\\s(?:photo|image))\\s?:",
			Pattern.CASE_INSENSITIVE);

	/** The wires and photo agencies that photographs are credited to. */
	private static final String WIRES = "Reuters|AFP|AP|EPA|Xinhua|Anadolu(?: Agency)?|Getty Images";

	/**
	 * A picture agency's credit alone on its line: "Getty Images", "AFP via Getty
	 * Images", "AP Photo".
	 */
	private static final Pattern PICTURE_CREDIT = Pattern
		.compile("(?:(?:" + WIRES + ")\\s(?:via\\s)?)?(?:" + WIRES + "|Shutterstock)(?:\\sPhotos?)?");

	static boolean isPictureCredit(String line) {
		return PICTURE_CREDIT.matcher(line).matches();
	}

	private static final Pattern BRACKETED_WIRE = Pattern.compile("\\((?:" + WIRES + ")\\)");

	/**
	 * A wire photograph's credit ending its caption: "… Sanaa March 13, 2014. (Reuters)",
	 * "(AP Photo/Vahid Salemi)", "(Photo by X/AFP via Getty Images)".
	 */
	private static final Pattern WIRE_PHOTO_END = Pattern
		.compile("\\((?:" + WIRES + "|AP Photo|Photo by|File(?: photo)?)(?:[/ ][^()]{0,80})?\\)$"
		// "(Andrew Kravchenko/Bloomberg via Getty Images)": a photographer, then
		// the wire
				+ "|\\([^()/]{2,40}/[^()]{0,60}(?:" + WIRES + ")\\)$"
				// "(Thaer Ghanaim/WAFA images)": a photographer, then an agency's
				// pictures
				+ "|\\([^()/]{2,40}/[^()/]{1,40}\\s(?:images|photos?|pictures)\\)$", Pattern.CASE_INSENSITIVE);

	private static final Pattern ACCESSED_END = Pattern.compile("accessed[^()]{0,40}\\)\\s*$",
			Pattern.CASE_INSENSITIVE);

	/** The first letters (in lower case) of BOILERPLATE_PHRASE's phrases. */
	private static final String BOILERPLATE_PHRASE_INITIALS = "rmbascdtwvkf©";

	/** Words that make up share bars and print/e-mail widgets. */
	private static final Set<String> SHARE_WORDS = Set.of("share", "this", "report", "article", "page", "story", "post",
			"print", "email", "e-mail", "mail", "tweet", "facebook", "twitter", "x", "linkedin", "whatsapp", "telegram",
			"reddit", "pinterest", "pdf", "download", "save", "copy", "link", "on", "via", "it", "send", "to", "a",
			"friend", "version", "printer-friendly", "printable", "bookmark", "like", "follow", "us",
			// The bars of the 2000s: "Twitter Facebook Myspace Yahoo! Linkedin Mixx".
			"myspace", "yahoo", "mixx", "digg", "delicious", "stumbleupon", "google", "buzz", "tumblr", "vk", "weibo");

	private static final Pattern BOILERPLATE_PHRASE = Pattern.compile(
			"^(?:related(?: reports?| articles?| stories| content| links| posts)?|read more|more on this topic|back to top|"
					+ "advertisement|sponsored|also available in [^.]{1,40}|subscribe(?: to [^.]{1,40})?|sign up for [^.]{1,40}|click here to (?:print|share|subscribe|donate|download)[^.]{0,40}|"
					+ "donate(?: now)?|support (?:us|our work)|all rights reserved[^.]{0,60}|copyright[^.]{0,80}|©[^.]{0,80}|"
					+ "this (?:site|website) uses cookies[^.]{0,120}|we use cookies[^.]{0,120}|accept(?: all)? cookies|"
					+ "(?:view|see) (?:all|more) (?:reports|articles)|tags?|topics?|keywords?|"
					+ "(?:for the latest (?:headlines|news|updates)[^.]{0,40}, )?follow (?:us|our) [^.]{1,80})\\s*[:.!]?$",
			Pattern.CASE_INSENSITIVE);

	private BlockRules() {
	}

	static int words(String text) {
		int count = 0;
		boolean inWord = false;
		for (int i = 0; i < text.length(); i++) {
			boolean space = Chars.isWhitespace(text.charAt(i));
			if (!space && !inWord) {
				count++;
			}
			inWord = !space;
		}
		return count;
	}

	/**
	 * A heading in plain text: one short line that does not end like a sentence (a final
	 * abbreviation such as "U.S." is fine), and whose significant words are mostly
	 * capitalised.
	 */
	static boolean looksLikeHeading(String line) {
		String text = line.strip();
		if (text.length() < 2 || text.length() > MAX_HEADING_CHARS || text.indexOf('\n') >= 0) {
			return false;
		}
		int words = words(text);
		if (words > MAX_HEADING_WORDS) {
			return false;
		}
		char first = text.charAt(0);
		if (!Character.isUpperCase(first) && !Character.isDigit(first) && !opensWithQuotedWords(text)) {
			return false;
		}
		if (endsLikeSentence(text) && !endsWithQuotedName(text) || FootnoteMarkerScanner.startsWithNote(text)
				|| PIECE_CREDIT.matcher(text).lookingAt()) {
			return false;
		}
		return titleCaseShare(text) >= 0.75;
	}

	/**
	 * An epigraph's credit under it, no heading: "From a poem by Sheikh Yousef
	 * Al-Qaradawi, January 5, 2005" (up to the name, which FollowingTags reads).
	 */
	static final Pattern PIECE_CREDIT = Pattern.compile("From (?:an?|the|his|her) (?:[\\w-]+ )?(?:poem|speech|"
			+ "sermon|article|book|letter|interview|lecture|statement|op-ed|column|address|message|essay) by\\s");

	/**
	 * Whether a line opens with words in single marks that close before its end, the
	 * first capitalised: MEMRI's subheading "'More than Enough Insane Leaders' in the
	 * Region". A line quoted whole may be a quotation set apart; this one is not.
	 */
	private static boolean opensWithQuotedWords(String text) {
		char first = text.charAt(0);
		if ((first != '\'' && first != '‘') || text.length() < 3 || !Character.isUpperCase(text.charAt(1))) {
			return false;
		}
		char close = first == '‘' ? '’' : '\'';
		for (int i = 2; i < text.length() - 1; i++) {
			if (text.charAt(i) == close && text.charAt(i + 1) == ' ' && Character.isLetterOrDigit(text.charAt(i - 1))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a line ends with a quoted name rather than a quoted sentence: the words
	 * inside its last quotation marks end with a letter or digit ("The Leaders Of Western
	 * Superpowers "Created Something Called Zionism"", a MEMRI subheading), where a
	 * sentence's quotation ends with its stop or comma inside the marks.
	 */
	private static boolean endsWithQuotedName(String text) {
		int end = text.length() - 1;
		while (end > 0 && QUOTE_CLOSERS.indexOf(text.charAt(end)) >= 0) {
			end--;
		}
		return end < text.length() - 1 && Character.isLetterOrDigit(text.charAt(end));
	}

	/** Marks that close a quotation, single and double. */
	private static final String QUOTE_CLOSERS = "\"”'’";

	/**
	 * A short line without sentence punctuation: a sentence-case heading when prose
	 * follows.
	 */
	static boolean looksLikeShortHeading(String line) {
		String text = line.strip();
		if (text.isEmpty() || text.length() > 90 || words(text) > 10) {
			return false;
		}
		char first = text.charAt(0);
		char last = text.charAt(text.length() - 1);
		return (Character.isUpperCase(first) || Character.isDigit(first)) && Character.isLetterOrDigit(last)
				&& !FootnoteMarkerScanner.startsWithNote(text) && !PIECE_CREDIT.matcher(text).lookingAt();
	}

	static boolean endsLikeSentence(String text) {
		char last = text.charAt(text.length() - 1);
		if (last == ',' || last == ';' || last == ':' || last == '"' || last == '”'
				|| last == ')' && text.length() > 120) {
			return true;
		}
		if (last != '.') {
			return false;
		}
		int space = text.lastIndexOf(' ');
		String lastWord = text.substring(space + 1).toLowerCase(Locale.ROOT);
		if (ABBREVIATIONS.contains(lastWord)) {
			return false;
		}
		// "U.S.", "U.N.", "A." : a dot inside the word, or a single letter, is an
		// abbreviation.
		String stem = lastWord.substring(0, lastWord.length() - 1);
		return !(stem.indexOf('.') >= 0 || stem.length() == 1);
	}

	/**
	 * Among words of four letters or more (and minor words excepted), the share
	 * capitalised.
	 */
	static double titleCaseShare(String text) {
		int significant = 0;
		int capitalised = 0;
		for (String word : TITLE_WORD_SEPARATORS.split(text)) {
			String w = stripPunctuation(word);
			if (w.isEmpty() || MINOR_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
				continue;
			}
			char c = w.charAt(0);
			if (Character.isDigit(c)) {
				continue;
			}
			if (w.length() < 4 && !Character.isUpperCase(c)) {
				continue;
			}
			significant++;
			if (Character.isUpperCase(c)) {
				capitalised++;
			}
		}
		return significant == 0 ? 0 : (double) capitalised / significant;
	}

	private static String stripPunctuation(String word) {
		int start = 0;
		int end = word.length();
		while (start < end && !Character.isLetterOrDigit(word.charAt(start))) {
			start++;
		}
		while (end > start && !Character.isLetterOrDigit(word.charAt(end - 1))) {
			end--;
		}
		return word.substring(start, end);
	}

	/**
	 * Whether a line naming a source is the story's own, which a news site writes above
	 * the quotation it gives ("Source: Yermak on Telegram" over "Quote: "…""): prose that
	 * says who is quoted, not a picture's credit.
	 */
	static boolean storySourceLine(String text, String next) {
		Matcher label = next == null ? null : QUOTE_LABEL.matcher(next.strip());
		return label != null && STORY_SOURCE.matcher(text.strip()).lookingAt() && label.lookingAt()
				&& label.end() < next.strip().length() && "\"“".indexOf(next.strip().charAt(label.end())) >= 0;
	}

	/** The line naming a story's source: "Source: Yermak on Telegram". */
	static final Pattern STORY_SOURCE = Pattern.compile("(?:Source|SOURCE):\\s");

	/** A paragraph's label for the quotation after it: "Quote: "…"". */
	static final Pattern QUOTE_LABEL = Pattern.compile("(?:Quote|Quotes|QUOTE):\\s*");

	/**
	 * An image caption or a source line: "Poster from ...", "(Source: ..., accessed June
	 * 19, 2014)".
	 */
	static boolean looksLikeCaption(String text) {
		String t = text.strip();
		if (t.isEmpty() || t.length() > 600) {
			return false;
		}
		// Every paragraph passes here: lookingAt and the cheap checks before each search
		// spare
		// a regex attempt at every char of paragraphs that cannot match.
		if (t.charAt(0) == '(' && BRACKETED_WIRE.matcher(t).matches()) {
			return false; // "(Xinhua)" alone under the date: the story's credit, no
							// caption
		}
		if (CAPTION_START.matcher(t).lookingAt()
				|| mayEndAccessed(t) && (ACCESSED_END.matcher(t).find() || wirePhotoCredit(t))) {
			return true;
		}
		if (t.length() <= MAX_CREDITED_CAPTION
				&& (t.contains("Photo") || t.contains("Image") || t.contains("Picture") || t.contains("Video"))
				&& (PHOTO_CREDIT_END.matcher(t).find() || BRACKETED_PHOTO_CREDIT.matcher(t).find())) {
			return true;
		}
		if (t.length() <= MAX_CREDITED_CAPTION && wireCreditAtEnd(t)) {
			return true;
		}
		if (t.length() <= MAX_CREDIT_LINE && t.indexOf('/') > 0 && WIRE_PHOTO_LINE.matcher(t).matches()) {
			return true;
		}
		return t.indexOf('(') >= 0 && CAPTION_SOURCE.matcher(t).find()
				&& (t.endsWith(")") || t.endsWith("(Source:") || t.endsWith(":")
						|| t.lastIndexOf('(') > t.length() - 120)
				&& !QUOTED_SENTENCE.matcher(t.substring(0, t.lastIndexOf('('))).find();
	}

	/**
	 * A quoted sentence of some length, which a paragraph of the story gives and a
	 * caption does not: ""Hezbollah welcomes any initiative …," Komati added. Hezbollah
	 * weapons … seized by IDF soldiers. (credit: IDF SPOKESPERSON'S UNIT)" is the story's
	 * paragraph with a picture's caption run into it.
	 */
	private static final Pattern QUOTED_SENTENCE = Pattern.compile("[\"“](?:[^\"“”\s]+\s){6}[^\"“”]*[.,!?][\"”]");

	/**
	 * A caption's credit after its last sentence: "Kurdistan Region capital Erbil. Photo:
	 * Rudaw", "… in Tehran. Picture by Jane Doe".
	 */
	private static final Pattern PHOTO_CREDIT_END = Pattern.compile(
			"(?:[.!?]|\\s[|–—-])\\s{1,3}(?:Photo|Photograph|Picture|Image|Video)(?:\\s(?:credit|source))?(?:\\s?:|\\s+by)\\s{1,3}[^\\s.!?][^.!?:]{0,60}$"
					// "… in Vienna Photograph: DIETER NAGL/AFP/Getty Images": the
					// Guardian's credit, a photographer and a wire, with no stop before
					// it
					+ "|\\s(?:Photo|Photograph):\\s[^.!?:/]{1,40}/(?:[^.!?:/]{1,30}/)?(?:" + WIRES + ")$");

	/**
	 * A photograph's credit to a wire after the caption, without brackets: "… March 3,
	 * 2015. Andrew Harnik/AP", "Saudi Foreign Minister Adel Jubeir - REUTERS".
	 */
	private static boolean wireCreditAtEnd(String stripped) {
		int slash = stripped.lastIndexOf('/');
		int dash = stripped.lastIndexOf(" - ");
		int from = Math.max(slash, dash);
		return from > 0 && stripped.length() - from <= MAX_WIRE_CREDIT
				&& WIRE_CREDIT_END.matcher(stripped)
					.region(Math.max(0, from - MAX_PHOTOGRAPHER), stripped.length())
					.find();
	}

	private static final int MAX_WIRE_CREDIT = 20;

	private static final int MAX_PHOTOGRAPHER = 40;

	private static final Pattern WIRE_CREDIT_END = Pattern
		.compile("(?:(?:[.!?]|\\s\\|)\\s{1,3}\\p{Lu}[\\p{L}.'-]*(?:\\s\\p{Lu}[\\p{L}.'-]*){0,3}\\s?/\\s?|\\s-\\s)"
				+ "(?:" + WIRES + ")$"
				// "… May 29, 2023. REUTERS/Umit Bektas": the wire, then its photographer
				+ "|[.!?]\\s{1,3}(?:" + WIRES + ")\\s?/\\s?\\p{Lu}[\\p{L}.'-]*(?:\\s\\p{Lu}[\\p{L}.'-]*){0,3}$",
				Pattern.CASE_INSENSITIVE);

	/** A wire photograph's credit on its own line: "AP Photo/Ebrahim Noroozi, File". */
	private static final Pattern WIRE_PHOTO_LINE = Pattern
		.compile("(?:" + WIRES + ")\\s(?:Photos?|Images?)\\s?/\\s?[^/()]{1,60}(?:/[^/()]{1,40})?(?:,\\s?File)?");

	private static final int MAX_CREDIT_LINE = 120;

	/** "… in Tehran, Iran, on Aug 26, 2019. [Photo/Agencies]". */
	private static final Pattern BRACKETED_PHOTO_CREDIT = Pattern
		.compile("\\[(?:Photo|Image|Picture)(?:/|\\s?:\\s?|\\s+by\\s+)[^\\[\\]]{1,60}\\]$");

	/** Longest caption that {@link #PHOTO_CREDIT_END} recognises by its credit. */
	private static final int MAX_CREDITED_CAPTION = 300;

	private static boolean wirePhotoCredit(String stripped) {
		int open = stripped.lastIndexOf('(');
		return open >= 0 && WIRE_PHOTO_END.matcher(stripped).region(open, stripped.length()).matches();
	}

	/**
	 * Whether ACCESSED_END can match the stripped text: its ")" must be the last char, or
	 * come before a final line terminator that strip() keeps (NEL).
	 */
	private static boolean mayEndAccessed(String stripped) {
		char last = stripped.charAt(stripped.length() - 1);
		return last == ')' || last == '\u0085';
	}

	/** Share bars, print/e-mail links, "Related reports", cookie notices and the like. */
	static boolean isBoilerplate(String text) {
		String t = text.strip();
		if (t.isEmpty()) {
			return true;
		}
		if (t.length() > 200) {
			return false;
		}
		// Every block passes here, so the phrase pattern runs only on texts that start
		// like one of
		// its phrases, and the split only when the first word can be part of a share bar.
		if (BOILERPLATE_PHRASE_INITIALS.indexOf(Character.toLowerCase(t.charAt(0))) >= 0
				&& BOILERPLATE_PHRASE.matcher(t).matches()) {
			return true;
		}
		String lower = t.toLowerCase(Locale.ROOT);
		String first = stripPunctuation(lower.substring(0, firstSeparator(lower)));
		if (!first.isEmpty() && !SHARE_WORDS.contains(first)) {
			return false;
		}
		String[] words = SHARE_BAR_SEPARATORS.split(lower);
		if (words.length == 0 || words.length > 12) {
			return false;
		}
		boolean sawShareVerb = false;
		for (String word : words) {
			String w = stripPunctuation(word);
			if (w.isEmpty()) {
				continue;
			}
			if (!SHARE_WORDS.contains(w)) {
				return false;
			}
			sawShareVerb |= w.equals("share") || w.equals("print") || w.equals("email") || w.equals("e-mail")
					|| w.equals("tweet") || w.equals("facebook") || w.equals("twitter") || w.equals("linkedin")
					|| w.equals("whatsapp") || w.equals("download") || w.equals("follow");
		}
		return sawShareVerb;
	}

	/**
	 * Where the first separator of the share-bar split ({@code [\\s|:,·•/]}) stands, or
	 * the length.
	 */
	private static int firstSeparator(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '|' || c == ':'
					|| c == ',' || c == '·' || c == '•' || c == '/') {
				return i;
			}
		}
		return text.length();
	}

	/** A heading that introduces the endnotes list. */
	static boolean isNotesHeading(String text) {
		String t = stripPunctuation(text.strip()).toLowerCase(Locale.ROOT);
		return t.equals("notes") || t.equals("endnotes") || t.equals("footnotes") || t.equals("end notes")
				|| t.equals("references") || t.equals("sources") || t.equals("notes and sources");
	}

}
