package org.analecta.parser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a header that name its authors: {@code By A. Savyon and Yossi Mansharof*},
 * {@code Authors: Iran Analyst Will Fulton and Iran Intern Amir Toumaj},
 * {@code Suzanne Maloney –
 * Vice President of the Institute}, {@code Jane Doe is a senior fellow at the Institute.}
 * Only what looks like a person's name is taken: "Anonymous", "Staff" or a role alone are
 * not authors.
 */
final class Bylines {

	private static final Pattern BYLINE = Pattern
		.compile("^(?:(?:Analysis|Commentary|Opinion|Op-Ed|Essay|Report|Interview)\\s{1,3})?"
				+ "(?:By|Written by|Authors?|Compiled by|Prepared by|Posted by|Reported by|Story by|Text by)(?:\\s{0,3}:\\s{0,3}|\\s{1,3})"
				// "By contributor By Will Durrant": a site's label for the byline, then
				// the byline
				+ "(?:contributor\\s{1,3}By\\s{1,3})?(?<names>\\S.*)$", Pattern.CASE_INSENSITIVE);

	/** The rest of a listing's label after "Author": "Archives: ", "Page: ". */
	private static final Pattern ARCHIVE_LABEL = Pattern.compile("(?:Archives?|Page|Profile)\\s*:\\s*");

	/**
	 * A label run into its value, as a page's table cells lose the space between them
	 * when saved as text: "AuthorDan Diker &amp; Khaled Abu Toameh".
	 */
	private static final Pattern GLUED_LABEL = Pattern.compile("^(?:By|Authors?)(?<names>\\p{Lu}\\p{Ll}.*)$");

	/**
	 * Two names run together where a page's list lost what parted them ("Foteini
	 * DoulgkeriPhilip Pangalos"): a surname of four letters or more, then a capitalised
	 * given name and its surname. "McDonald" and "DeSantis" are too short to be parted.
	 */
	private static final Pattern GLUED_NAMES = Pattern
		.compile("(?<=\\p{Lu}\\p{Ll}{1,30} \\p{Lu}\\p{Ll}{3,30})(\\p{Ll})(\\p{Lu}\\p{Ll}+ \\p{Lu})");

	/**
	 * The text of the writer's picture saved before the byline: "avatar by Zach Pontz".
	 */
	private static final Pattern AVATAR = Pattern.compile("^(?i:avatar|author (?:photo|image|avatar))\\s+(?=[Bb]y\\s)");

	/** Between the names of a list of authors: commas, "and", "&", semicolons. */
	static final Pattern SEPARATOR = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*|\\s*;\\s*");

	/** "Name – role", the dash within the first 60 chars. */
	private static final Pattern NAME_DASH_ROLE = Pattern
		.compile("^(?<name>[^–—|:]{3,60}?)\\s{1,3}[–—-]\\s{1,3}(?<role>\\S.{2,200})$");

	/** "Name is a senior fellow at ...": the verb within the first 60 chars. */
	private static final Pattern NAME_IS_ROLE = Pattern
		.compile("^\\*{0,3}(?<name>[^,;:()]{3,60}?)\\s(?:is|was|serves as)\\s(?<role>.{3,400})$");

	private static final Pattern MARKS = Pattern.compile("[*†‡]+");

	/**
	 * A photo's caption, no writer's note: "Turkish Prime Minister Erdogan is pictured
	 * here with former Egyptian President Mohammad Mursi".
	 */
	private static final Pattern PICTURED = Pattern.compile("(?:pictured|seen|shown|photographed|depicted)\\b");

	private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}]");

	private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");

	private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

	private static final Pattern HONORIFIC = Pattern
		.compile("^(?:Dr\\.?|Prof\\.?|Professor|Mr\\.?|Mrs\\.?|Ms\\.?)\\s+");

	/**
	 * A military rank before a writer's name, with the mark of a retired or reserve
	 * officer: "Lt. Col. (ret.) Michael Segall", "Brig. Gen. (res.) Yossi Kuperwasser".
	 */
	private static final Pattern RANK = Pattern.compile("^(?:(?:Lt|Lieut|Maj|Brig|Col|Gen|Capt|Cmdr|Adm|Rear Adm)\\.?"
			+ "|Lieutenant|Colonel|General|Major|Captain|Commander|Admiral)(?:[\\s-]+(?:Lt|Col|Gen|Adm)\\.?"
			+ "|[\\s-]+(?:Colonel|General|Admiral))*\\s+(?:\\((?:ret|res|Ret|Res)\\.?\\)\\s+)?");

	/** Offices and jobs that say a person writes for, or works at, an institution. */
	private static final Set<String> ROLE_WORDS = Set.of("fellow", "director", "professor", "analyst", "researcher",
			"research", "editor", "scholar", "correspondent", "reporter", "president", "chair", "chairman", "associate",
			"lecturer", "intern", "manager", "officer", "adviser", "advisor", "expert", "specialist", "writer",
			"columnist", "contributor", "head", "founder", "ceo", "vp", "member", "coordinator", "assistant", "author",
			"journalist", "student", "candidate", "ambassador", "consultant", "principal", "dean", "chief", "staff",
			"partner", "counsel", "commentator", "historian", "economist", "secretary", "executive");

	static boolean isRoleWord(String key) {
		return ROLE_WORDS.contains(key);
	}

	private static final Set<String> NAME_PARTICLES = Set.of("al", "al-", "el", "bin", "ibn", "bint", "abu", "abd",
			"de", "del", "della", "da", "di", "du", "dos", "van", "von", "der", "den", "la", "le", "ter", "y");

	/** Words that byline slots hold but that name nobody. */
	private static final Set<String> NOT_NAMES = Set.of("images", "photos", "pictures", "anonymous", "admin",
			"administrator", "staff", "editor", "editors", "editorial", "team", "desk", "guest", "unknown", "memri",
			"contributor", "webmaster", "the", "and", "with", "for", "from", "in", "on", "at", "of", "news", "press",
			"agency", "institute", "center", "centre", "foundation", "council", "university", "report", "series",
			"project", "share", "social", "online", "program", "programme", "initiative", "department", "studies",
			"school", "college", "institution", "endowment", "society", "forum", "office", "ministry", "committee",
			"association", "newspaper", "newspapers", "tribune", "wire", "service", "services", "bureau", "newsroom",
			"correspondents",
			// A think tank's kind line run into the byline: "by Omer CarmiPolicy Alert".
			"policy", "alert", "brief", "analysis", "commentary",
			// An event's "BY PHONE ONLY", "By invitation only".
			"phone", "only", "invitation", "appointment",
			// A chart widget's label under the date: "Remote Visualization".
			"visualization", "visualisation");

	private Bylines() {
	}

	/**
	 * The names of a "By ..." or "Authors: ..." line, or null when the line is not one.
	 */
	static List<String> byline(String line) {
		String text = AVATAR.matcher(line.strip()).replaceFirst("");
		Matcher m = BYLINE.matcher(text);
		String written;
		if (m.matches()) {
			written = m.group("names");
		}
		else {
			Matcher glued = GLUED_LABEL.matcher(text);
			if (!glued.matches()) {
				return null;
			}
			written = glued.group("names");
		}
		Matcher again = BYLINE.matcher(written);
		if (again.matches()) {
			written = again.group("names"); // "By" over "By Daniel Pipes", read as one
		}
		Matcher archive = ARCHIVE_LABEL.matcher(written);
		if (archive.lookingAt()) {
			written = written.substring(archive.end()); // "Author Archives: Thomas
														// Joscelyn"
		}
		// "By EARLE GALE in London and MO JINGXI in Beijing": where each wrote from.
		written = WRITTEN_FROM.matcher(written).replaceAll("");
		// "By Katherine Lawlor with Brandon Wallace": a co-author.
		written = WITH_COAUTHOR.matcher(written).replaceAll(" and ");
		List<String> names = names(written);
		return names.isEmpty() ? null : names;
	}

	private static final Pattern WITH_COAUTHOR = Pattern.compile("\\s+with\\s+(?=\\p{Lu})");

	private static final Pattern WRITTEN_FROM = Pattern
		.compile("\\s+in\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s\\p{Lu}[\\p{L}.'’-]*){0,2}(?=\\s*(?:,|\\sand\\s|&|$))");

	/**
	 * "Suzanne Maloney – VP and director of Foreign Policy at Brookings": the name, else
	 * null.
	 */
	static String nameWithRole(String line) {
		String text = line.strip();
		if (text.length() > 260) {
			return null;
		}
		Matcher m = NAME_DASH_ROLE.matcher(text);
		// "Tehran, IRNA – Iranian President ...": a dateline, no name.
		if (!m.matches() || !mentionsRole(m.group("role")) || m.group("name").indexOf(',') >= 0
				|| headlineCase(m.group("role"))) {
			return null;
		}
		return personName(m.group("name"));
	}

	/**
	 * Words a role writes in lower case and a headline in capitals: "From Editor Of …".
	 * Not {@link NameVocabulary#FUNCTION_WORDS}: a role capitalises "The" of a body's
	 * name ("Senior Fellow, The Washington Institute").
	 */
	private static final Set<String> FUNCTION_WORDS = Set.of("of", "to", "and", "from", "for", "in", "on", "at", "with",
			"as");

	/**
	 * Whether words after a name and a dash are a headline's ("Jumana Ghunaimat – From
	 * Editor Of 'Al-Ghad' Daily To Jordan's Government Spokesperson"), not a role: a
	 * function word capitalised, and three words in four capitalised.
	 */
	private static boolean headlineCase(String words) {
		int capitalised = 0;
		int all = 0;
		boolean functionWord = false;
		for (String word : WHITE_SPACE.split(words.strip())) {
			String bare = NOT_A_LETTER.matcher(word).replaceAll("");
			if (bare.isEmpty()) {
				continue;
			}
			all++;
			if (Character.isUpperCase(bare.charAt(0))) {
				capitalised++;
				functionWord |= FUNCTION_WORDS.contains(bare.toLowerCase(Locale.ROOT));
			}
		}
		return functionWord && capitalised * 4 >= all * 3;
	}

	/** "Jane Doe is a senior fellow at the Institute.": the name, else null. */
	static String nameInBio(String paragraph) {
		String text = paragraph.strip();
		if (text.length() > 1200) {
			return null;
		}
		Matcher m = NAME_IS_ROLE.matcher(text.length() > 360 ? text.substring(0, 360) : text);
		if (!m.matches()) {
			return null;
		}
		String role = m.group("role");
		// The office comes early: "is director of research at", "is a senior fellow at".
		String head = role.length() > 80 ? role.substring(0, 80) : role;
		if (!mentionsRole(head) || PICTURED.matcher(role).lookingAt()) {
			return null;
		}
		return personName(m.group("name"));
	}

	static List<String> names(String written) {
		List<String> out = new ArrayList<>();
		for (String part : SEPARATOR.split(GLUED_NAMES.matcher(written.strip()).replaceAll("$1, $2"))) {
			String name = personName(withoutRole(MARKS.matcher(part).replaceAll("").strip()));
			if (name != null && !out.contains(name)) {
				out.add(name);
			}
		}
		return out;
	}

	/**
	 * "AEI Critical Threats Project Iran Analyst Will Fulton" → "Will Fulton": what
	 * follows the last role word.
	 */
	private static String withoutRole(String part) {
		String[] words = WHITE_SPACE.split(part);
		int lastRole = -1;
		for (int i = 0; i < words.length; i++) {
			if (ROLE_WORDS.contains(NOT_A_LETTER.matcher(words[i].toLowerCase(Locale.ROOT)).replaceAll(""))) {
				lastRole = i;
			}
		}
		// "Dean Smith" keeps its first word: a name needs two words after the role.
		if (lastRole < 0 || words.length - lastRole - 1 < 2) {
			return part;
		}
		return String.join(" ", Arrays.asList(words).subList(lastRole + 1, words.length));
	}

	/**
	 * The text as a person's name (an honorific dropped), or null when it does not read
	 * as one.
	 */
	static String personName(String text) {
		String name = HONORIFIC.matcher(text.strip()).replaceFirst("").strip();
		name = RANK.matcher(name).replaceFirst("");
		while (!name.isEmpty() && ".,;:".indexOf(name.charAt(name.length() - 1)) >= 0 && !endsWithInitial(name)) {
			name = name.substring(0, name.length() - 1).strip();
		}
		String[] words = WHITE_SPACE.split(name);
		if (words.length >= 4 && words.length % 2 == 0 && Arrays.equals(Arrays.copyOfRange(words, 0, words.length / 2),
				Arrays.copyOfRange(words, words.length / 2, words.length))) {
			// "Michael Eisenstadt Michael Eisenstadt is ...": a photo's caption and the
			// name, run together when the page was saved.
			words = Arrays.copyOfRange(words, 0, words.length / 2);
			name = String.join(" ", words);
		}
		if (words.length >= 3 && outletInitials(words[words.length - 1])
				&& !words[words.length - 2].equals(words[words.length - 2].toUpperCase(Locale.ROOT))) {
			// "Krishnadev Calamur NPR": the writer, then the outlet's initials
			words = Arrays.copyOf(words, words.length - 1);
			name = String.join(" ", words);
		}
		if (name.isEmpty() || words.length > 6 || name.length() > 60
				|| ROLE_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
			return null;
		}
		int capitalised = 0;
		for (String word : words) {
			String key = word.toLowerCase(Locale.ROOT);
			if (NOT_NAMES.contains(key) && !(key.equals("al") || key.equals("de"))) {
				return null;
			}
			if (NAME_PARTICLES.contains(key) || key.startsWith("al-") || key.startsWith("el-")) {
				continue;
			}
			if (!Character.isUpperCase(word.codePointAt(0)) || word.chars().anyMatch(Character::isDigit)) {
				return null;
			}
			if (word.length() > 1 && !word.endsWith(".")) {
				capitalised++;
			}
		}
		// One written-out word at least, and two words at least: "Slavin" alone is a
		// surname, not a byline.
		return capitalised >= 1 && words.length >= 2 ? name : null;
	}

	/**
	 * An outlet's initials after a writer's name ("NPR", "CNN", "AFP"): two to five
	 * capitals, no numeral of a generation ("III").
	 */
	private static boolean outletInitials(String word) {
		return word.length() >= 2 && word.length() <= 5 && word.chars().allMatch(c -> c >= 'A' && c <= 'Z')
				&& !GENERATIONS.contains(word);
	}

	private static final Set<String> GENERATIONS = Set.of("II", "III", "IV", "VI", "VII", "VIII", "JR", "SR");

	/** "R." at the end of "Jane R.": the dot is the initial's. */
	private static boolean endsWithInitial(String name) {
		int n = name.length();
		return n >= 2 && name.charAt(n - 1) == '.' && Character.isUpperCase(name.charAt(n - 2))
				&& (n == 2 || !Character.isLetter(name.charAt(n - 3)));
	}

	/**
	 * A short line naming an office and nothing more, as under an author's name: "Senior
	 * Fellow, Middle East Program".
	 */
	static boolean isRoleLine(String line) {
		String text = line.strip();
		return text.length() <= 100 && BlockRules.words(text) <= 10 && !BlockRules.endsLikeSentence(text)
				&& !text.isEmpty() && Character.isUpperCase(text.codePointAt(0)) && mentionsRole(text);
	}

	private static boolean mentionsRole(String text) {
		for (String word : NOT_LETTERS.split(text.toLowerCase(Locale.ROOT))) {
			if (ROLE_WORDS.contains(word)) {
				return true;
			}
		}
		return false;
	}

}
