package org.analecta.parser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Transcript turns as MEMRI TV excerpts print them: a line that opens with a speaker
 * label and a colon ({@code Hassan Nasrallah: We will ...}, {@code Interviewer: ...}).
 * The label must be a person's name (with or without titles), a name this report knows,
 * or a generic role label; a heading-like phrase ("Note:", "Source:", "Poster from the
 * site:") is not a label.
 */
final class TranscriptLines {

	// Precompiled: String.split/matches/replaceAll with these compiled the pattern on
	// every call,
	// and they run per token, tag or quotation.
	private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

	/**
	 * A line opening with a label and a colon; the label may open with the mark of an
	 * Arabic 'ayn ("'Abd Al-Rahim Murad:").
	 */
	private static final Pattern LINE = Pattern
		.compile("(?m)^[ \\t]*((?:['’ʿ](?=\\p{Lu}))?[\\p{L}][\\p{L}\\p{M}'’.,\\- ]{0,60}?):[ \\t]+(\\S[^\\n]*)$");

	/** A label in capitals run into a line after a sentence's end. */
	private static final Pattern RUN_IN_LABEL = Pattern.compile(
			"(?<=[.?!…\"”])[ \\t]+(\\p{Lu}{2}[\\p{Lu}\\p{M}'’.\\- ]{0,40}(?:, ?\\p{Lu}[\\p{Lu} ]{1,30})?):[ \\t]+(?=\\S)");

	/**
	 * A capitalised label of up to four words and its colon opening a line: "Al Jazeera:
	 * …", "Abdel Fattah al-Burhan: …", "Another guest: …".
	 */
	private static final Pattern SHORT_LABEL = Pattern
		.compile("^['’]?\\p{Lu}[\\p{L}'’.\\-]*(?: [\\p{L}'’.\\-]+){0,3}: ");

	/**
	 * Whether a line opens with a short label and its colon, as a transcript's turn does,
	 * whether or not the label names a person.
	 */
	static boolean opensWithLabel(String line) {
		return SHORT_LABEL.matcher(line).lookingAt();
	}

	/** Labels naming a role in the exchange rather than a person. */
	static final Set<String> ROLE_LABELS = Set.of("interviewer", "host", "anchor", "presenter", "reporter", "moderator",
			"caller", "audience", "crowd", "narrator", "announcer", "journalist", "questioner", "crowds", "voice",
			"man", "woman", "child", "protesters", "participant", "question", "q");

	/** Labels of a reporter's question in a briefing's transcript. */
	private static final Set<String> QUESTION_LABELS = Set.of("question", "q");

	static boolean isQuestionLabel(String label) {
		return QUESTION_LABELS.contains(NameVocabulary.key(label));
	}

	/** Labels of the answer in an interview set out as questions and answers. */
	private static final Set<String> ANSWER_LABELS = Set.of("a", "answer");

	static boolean isAnswerLabel(String label) {
		return ANSWER_LABELS.contains(NameVocabulary.key(label));
	}

	private TranscriptLines() {
	}

	static List<Turn> find(String text, Predicate<String> knownPerson) {
		return find(text, knownPerson, outlet -> false);
	}

	static List<Turn> find(String text, Predicate<String> knownPerson, Predicate<String> knownOutlet) {
		List<Turn> turns = new ArrayList<>();
		Matcher matcher = LINE.matcher(text);
		// A turn never spans a '\n' and needs ": " or ":\t"; searching only such lines,
		// and on a
		// line without other line breaks only at its start (where ^ is), gives the same
		// matches
		// as searching the whole text, without a regex attempt at every char of every
		// paragraph.
		for (int start = 0; start < text.length();) {
			int newline = text.indexOf('\n', start);
			int end = newline < 0 ? text.length() : newline;
			if (hasColonAndSpace(text, start, end)) {
				matcher.region(start, end);
				if (hasOtherLineBreak(text, start, end)) {
					while (matcher.find()) {
						addTurns(matcher, knownPerson, knownOutlet, turns);
					}
				}
				else if (matcher.lookingAt()) {
					addTurns(matcher, knownPerson, knownOutlet, turns);
				}
			}
			start = end + 1;
		}
		return turns;
	}

	private static boolean hasColonAndSpace(String text, int from, int to) {
		for (int colon = text.indexOf(':', from, to); colon >= 0
				&& colon + 1 < to; colon = text.indexOf(':', colon + 1, to)) {
			char next = text.charAt(colon + 1);
			if (next == ' ' || next == '\t') {
				return true;
			}
		}
		return false;
	}

	/** Line terminators other than '\n' after which a (?m) ^ also matches. */
	private static boolean hasOtherLineBreak(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
				return true;
			}
		}
		return false;
	}

	/**
	 * The turn a line holds, and the turns run into it after a sentence's end: a page
	 * saved as text may join the lines of a transcript ("…you faced? CONDOLEEZZA RICE:
	 * Well …"). Only a label in capitals starts a turn inside a line.
	 */
	private static void addTurns(Matcher matcher, Predicate<String> knownPerson, Predicate<String> knownOutlet,
			List<Turn> turns) {
		int labelStart = matcher.start(1);
		String written = matcher.group(1).strip();
		int speechStart = matcher.start(2);
		String speech = matcher.group(2).strip();
		for (Matcher runIn = RUN_IN_LABEL.matcher(speech); runIn.find(); runIn = RUN_IN_LABEL.matcher(speech)) {
			addTurn(written, labelStart, speechStart, speech.substring(0, runIn.start()).strip(), knownPerson,
					knownOutlet, turns);
			written = runIn.group(1).strip();
			labelStart = speechStart + runIn.start(1);
			speechStart += runIn.end();
			speech = speech.substring(runIn.end());
		}
		addTurn(written, labelStart, speechStart, speech, knownPerson, knownOutlet, turns);
	}

	private static void addTurn(String written, int labelStart, int speechStart, String speech,
			Predicate<String> knownPerson, Predicate<String> knownOutlet, List<Turn> turns) {
		if (speech.startsWith("\"") || speech.startsWith("“") || QuoteClassifier.words(speech) < 2) {
			return;
		}
		// Broadcast and briefing transcripts print labels in capitals ("SECRETARY
		// CLINTON:", "MARY REICHARD, HOST:"); they are read as the same words in title
		// case.
		String label = upperCase(written) ? titleCase(written) : written;
		Matcher medium = BY_PHONE.matcher(label);
		if (medium.lookingAt()) {
			// "By phone, Said Doudin:": a caller's turn, how the words came in first.
			label = label.substring(medium.end());
		}
		String roleAfterComma = null;
		int comma = label.indexOf(',');
		if (comma >= 0) {
			// "Mary Reichard, Host": a name, then the role in the exchange or a title.
			roleAfterComma = label.substring(comma + 1).strip();
			label = label.substring(0, comma).strip();
			String[] roleWords = WHITE_SPACE.split(roleAfterComma);
			// "Nizar Riyan, Hamas leader in Gaza": the role's head stands before its
			// preposition.
			int head = roleWords.length - 1;
			for (int w = 1; w < roleWords.length; w++) {
				if (ROLE_PREPOSITIONS.contains(roleWords[w])) {
					head = w - 1;
					break;
				}
			}
			String roleHead = NameVocabulary.key(roleWords[head]);
			boolean byline = roleHead.equals("byline"); // NPR's reporter: "MARY LOUISE
														// KELLY, BYLINE:"
			if (label.isEmpty() || roleAfterComma.indexOf(',') >= 0
					|| !byline && !ROLE_LABELS.contains(roleHead) && !NameVocabulary.isTitle(roleHead)) {
				return;
			}
			if (byline) {
				roleAfterComma = null;
			}
		}
		if (label.length() > 1 && NameFolding.isApostrophe(label.charAt(0)) && Character.isUpperCase(label.charAt(1))
				&& !quotedWord(WHITE_SPACE.split(label)[0])) {
			// "'Ali Larijani:": the mark of an 'ayn opening the label is no title before
			// the name, which the prose spells "Ali Larijani".
			label = label.substring(1);
		}
		if (ROLE_LABELS.contains(NameVocabulary.key(label)) || isAnswerLabel(label)) {
			turns.add(new Turn(written, null, labelStart, speechStart, speech, null));
			return;
		}
		if (roleAfterComma == null) {
			// "AFP: …": an agency known by its capitals keeps them
			String outlet = !label.equals(written) ? outletLabel(written.strip(), knownOutlet) : null;
			if (outlet == null) {
				outlet = outletLabel(label, knownOutlet);
			}
			if (outlet != null) {
				turns.add(new Turn(written, null, labelStart, speechStart, speech, outlet));
				return;
			}
		}
		if (roleAfterComma == null && office(label) != null) {
			// "CROWN PRINCE: …", "The President: …": an office, whose holder the report
			// names elsewhere (see AttributionRun).
			turns.add(new Turn(written, null, labelStart, speechStart, speech, null));
			return;
		}
		String[] words = WHITE_SPACE.split(label);
		// A broadcast's label in capitals may give an office and a long Arabic name in
		// full
		// ("PRIME MINISTER MOHAMMED BIN ABDULRAHMAN BIN JASSIM AL THANI:").
		// "Leader of the Syrian Muslim Brotherhood Ali Al-Bayanouni:": an office of some
		// length, a title first, before the name.
		int most = upperCase(written) || NameVocabulary.isTitle(words[0]) ? MAX_CAPITALS_LABEL_WORDS : MAX_LABEL_WORDS;
		if (words.length > most || NameVocabulary.FUNCTION_WORDS.contains(NameVocabulary.key(words[0]))
				|| quotedWord(words[0])) {
			// Nor "'Rosewater' Journalist Slams Brooklyn Art Vandals:", a headline.
			return;
		}
		boolean allCapitalised = true;
		for (String word : words) {
			// "'Abd": the mark of an 'ayn before the capital.
			int first = word.length() > 1 && NameFolding.isApostrophe(word.charAt(0)) ? 1 : 0;
			if (!Character.isUpperCase(word.codePointAt(first)) && !NameVocabulary.isTitle(word)
					&& !articleBeforeName(word) && !NameVocabulary.NAME_PARTICLES.contains(NameVocabulary.key(word))
					&& !word.equals("of") && !(word.equals("the") && words.length > MAX_LABEL_WORDS)) {
				allCapitalised = false;
			}
		}
		SpeakerNames.SplitName split = TitleSplitter.split(label);
		if (split.name() == null && allCapitalised && words.length >= 2 && words.length <= 4
				&& NameVocabulary.isGivenNameKey(NameVocabulary.key(words[0]))) {
			// "Andrew England:": a given name opens it, whatever the surname also names.
			split = new SpeakerNames.SplitName(label, null);
		}
		if (!allCapitalised || split.name() == null || upperCase(written) && placeName(split.name())) {
			return; // "NEW YORK: ..." is a dateline
		}
		if (roleAfterComma != null) {
			split = new SpeakerNames.SplitName(split.name(),
					split.role() == null ? roleAfterComma : split.role() + ", " + roleAfterComma);
		}
		int nameWords = WHITE_SPACE.split(split.name()).length;
		boolean titled = split.role() != null
				&& Arrays.stream(WHITE_SPACE.split(split.role())).anyMatch(NameVocabulary::isTitle);
		if (nameWords >= 2 || titled || roleAfterComma != null || knownPerson.test(split.name())) {
			turns.add(new Turn(written, split, labelStart, speechStart, speech, null));
		}
	}

	/** How a caller's words came in, before the name: "By phone, ", "On the phone: ". */
	private static final Pattern BY_PHONE = Pattern.compile(
			"(?:By|On the|Via|Over the) (?:phone|telephone|video ?link|satellite)\\s{0,2}[,:-]\\s{0,2}",
			Pattern.CASE_INSENSITIVE);

	/** Words that open what a role in a label is of: "leader in Gaza", "adviser to …". */
	private static final Set<String> ROLE_PREPOSITIONS = Set.of("in", "of", "to", "at", "for", "from", "on");

	/** Most words of a label. */
	private static final int MAX_LABEL_WORDS = 7;

	/**
	 * Most words of a label in capitals, as broadcasts print them, or of one opening with
	 * a title.
	 */
	private static final int MAX_CAPITALS_LABEL_WORDS = 10;

	/**
	 * The words of a label that is only an office of one to four title words ("Crown
	 * Prince", "The President" → "President", "Foreign Minister"), no role in the
	 * exchange; null for any other label.
	 */
	static List<String> office(String label) {
		String written = label.strip();
		String office = written.regionMatches(true, 0, "the ", 0, 4) ? written.substring(4).strip() : written;
		String[] words = WHITE_SPACE.split(office);
		if (words.length > 4 || ROLE_LABELS.contains(NameVocabulary.key(office))) {
			return null;
		}
		for (String word : words) {
			if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0)) || !NameVocabulary.isTitle(word)
					|| ROLE_LABELS.contains(NameVocabulary.key(word))) {
				return null;
			}
		}
		return List.of(words);
	}

	/** An Arabic article joined to a capitalised name: "al-Burhan", "el-Sisi". */
	private static boolean articleBeforeName(String word) {
		String name = NameVocabulary.stripArticle(word);
		return !name.equals(word) && Character.isUpperCase(name.codePointAt(0));
	}

	/** A word in single quotation marks: "'Rosewater'", not the 'ayn of "'Abd". */
	private static boolean quotedWord(String word) {
		return word.length() > 2 && NameFolding.isApostrophe(word.charAt(0))
				&& NameFolding.isApostrophe(word.charAt(word.length() - 1));
	}

	/** Whether the label has letters and none of them is lower case. */
	private static boolean upperCase(String label) {
		boolean letters = false;
		for (int i = 0; i < label.length(); i++) {
			char c = label.charAt(i);
			if (Character.isLowerCase(c)) {
				return false;
			}
			letters |= Character.isLetter(c);
		}
		return letters;
	}

	/**
	 * "GEORGE STEPHANOPOULOS" → "George Stephanopoulos", "O'REILLY" → "O'Reilly",
	 * "AL-HADJ" → "Al-Hadj": a capital at the start of each word and after an apostrophe
	 * or hyphen followed by two letters or more.
	 */
	static String titleCase(String label) {
		StringBuilder out = new StringBuilder(label.length());
		boolean start = true;
		for (int i = 0; i < label.length(); i++) {
			char c = label.charAt(i);
			out.append(start ? c : Character.toLowerCase(c));
			boolean joiner = c == '-' || ((c == '\'' || c == '’') && i + 2 < label.length()
					&& Character.isLetter(label.charAt(i + 1)) && Character.isLetter(label.charAt(i + 2)));
			start = c == ' ' || joiner;
		}
		return out.toString();
	}

	private static boolean placeName(String name) {
		for (String word : WHITE_SPACE.split(name)) {
			if (!NameVocabulary.isPlace(word)) {
				return KnownPlaces.isKnown(name);
			}
		}
		return true;
	}

	/**
	 * One turn: the label as written, its split ({@code person}; null for a role label
	 * and for an outlet's, whose name {@code outlet} holds: "The Paper: …" in a foreign
	 * ministry's briefing), offsets, the words spoken.
	 */
	record Turn(String label, SpeakerNames.SplitName person, int labelStart, int speechStart, String speech,
			String outlet) {
	}

	/** The last words of an outlet's name. */
	private static final Set<String> OUTLET_HEADS = Set.of("daily", "times", "post", "news", "tv", "television",
			"radio", "paper", "newspaper", "agency", "press", "journal", "herald", "network", "channel", "telegraph",
			"tribune", "gazette", "weekly", "review", "broadcasting");

	/**
	 * The outlet a label names: up to four capitalised words (after an optional "The")
	 * ending in an outlet's noun, or an outlet the report knows; null otherwise.
	 */
	private static String outletLabel(String label, Predicate<String> knownOutlet) {
		String[] words = WHITE_SPACE.split(label);
		int first = words[0].equals("The") ? 1 : 0;
		if (words.length - first < 1 || words.length - first > 4) {
			return null;
		}
		for (int w = first; w < words.length; w++) {
			if (!Character.isUpperCase(words[w].codePointAt(0))) {
				return null;
			}
		}
		String name = String.join(" ", Arrays.copyOfRange(words, first, words.length));
		boolean outlet = OUTLET_HEADS.contains(NameVocabulary.key(words[words.length - 1])) && words.length >= 2
				|| knownOutlet.test(name);
		return outlet ? label : null;
	}

}
