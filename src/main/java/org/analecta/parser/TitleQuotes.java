package org.analecta.parser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.analecta.parser.ParsedReport.Quote;
import org.analecta.parser.ParsedReport.QuoteKind;
import org.analecta.parser.ParsedReport.Section;
import org.analecta.parser.ParsedReport.Speaker;
import org.analecta.parser.ParsedReport.SpeakerKind;

/**
 * Quotations in a report's title and section headings, as MEMRI's titles give them:
 * {@code Ayatollah Khatami: "Islamic Revival Will Sweep Over Entire World"},
 * {@code Liberal Saudi Columnist: The Arab World 'Does Not Value Human Life'}. Titles set
 * them off with double or single marks. A quotation the text holds with the same words is
 * that one, and the title adds nothing. Otherwise the speaker is whom the label before
 * the heading's colon names: a person the report names ("Ayatollah Khatami", "… Al-Mulhim
 * States"), an outlet ("Kayhan Attacks …"), or a description ("Liberal Saudi Columnist")
 * that the report's text gives someone it names.
 */
final class TitleQuotes {

	/** A quotation of fewer words in a title is a term or a name ('Kayhan'). */
	private static final int MIN_WORDS = 3;

	/** A person or outlet the report names; the review queue takes what is below 0.7. */
	private static final double NAMED = 0.8;

	/** A description, or a name the report's text does not give. */
	private static final double GUESSED = 0.6;

	private static final double NOBODY = 0.5;

	/** Words opening the occasion after a label's name: "… Salami On Qods Day 2018". */
	private static final Set<String> OCCASION_PREPOSITIONS = Set.of("on", "at", "in", "during", "after", "before");

	/** Headline verbs after a subject that are not speech verbs. */
	private static final Set<String> HEADLINE_VERBS = Set.of("attacks", "lashes", "hits", "responds", "reacts",
			"rejects", "welcomes", "condemns", "denounces", "dismisses");

	private final ReportNames names;

	private final List<Quote> body;

	/** Whether a paragraph is written as a headline, every word capitalised. */
	private final Predicate<String> headline;

	/**
	 * @param body the report's quotations in reading order, as the text gives them
	 * @param headline whether a paragraph is written as a headline
	 */
	TitleQuotes(ReportNames names, List<Quote> body, Predicate<String> headline) {
		this.names = names;
		this.body = body;
		this.headline = headline;
	}

	/**
	 * The body's quotations with the title's first and each heading's (and headline
	 * paragraph's) before its section's; a headline's quotation found twice is kept once.
	 */
	List<Quote> withTitleAndHeadings(String title, List<Section> sections) {
		List<Quote> quotes = new ArrayList<>(find(title, null));
		Set<String> found = new HashSet<>();
		quotes.forEach(quote -> found.add(fold(quote.text())));
		Deque<Quote> inHeadings = new ArrayDeque<>();
		for (Section section : sections) {
			List<Quote> inSection = new ArrayList<>(find(section.heading(), section.index()));
			for (int p = 0; p < section.paragraphs().size(); p++) {
				String text = section.paragraphs().get(p).text();
				if ((text.indexOf('\'') >= 0 || text.indexOf('‘') >= 0) && headlineCase(text) && headline.test(text)) {
					inSection.addAll(findInHeadline(text, section.index(), p));
				}
			}
			for (Quote quote : inSection) {
				if (found.add(fold(quote.text()))) {
					inHeadings.add(quote);
				}
			}
		}
		if (quotes.isEmpty() && inHeadings.isEmpty()) {
			return body;
		}
		for (Quote quote : body) {
			int before = quote.section() == null ? Integer.MAX_VALUE : quote.section();
			while (!inHeadings.isEmpty() && inHeadings.peek().section() <= before) {
				quotes.add(inHeadings.poll());
			}
			quotes.add(quote);
		}
		quotes.addAll(inHeadings);
		return List.copyOf(quotes);
	}

	/**
	 * The quotations of one title or heading that the body does not already hold;
	 * {@code section} is null for the report's title.
	 */
	private List<Quote> find(String heading, Integer section) {
		return find(heading, section, null, false);
	}

	/**
	 * The quotations in single marks of a paragraph written as a headline, every word
	 * capitalised (a report's second title, run into its text); the body's reading
	 * already took those in double marks.
	 */
	private List<Quote> findInHeadline(String text, int section, int paragraph) {
		return find(text, section, paragraph, true);
	}

	private List<Quote> find(String heading, Integer section, Integer paragraph, boolean singleMarksOnly) {
		List<Quote> found = new ArrayList<>();
		if (heading == null || heading.isBlank()) {
			return found;
		}
		for (int[] span : spans(heading, singleMarksOnly)) {
			String text = heading.substring(span[0], span[1]).strip();
			if (QuoteClassifier.words(text) < MIN_WORDS) {
				continue;
			}
			if (bodyQuotation(text) != null) {
				continue; // the headline repeats a quotation of the text
			}
			String label = label(heading, span[0]);
			// "Bush's 'Axis Of Evil' Speech": words quoted as a name or term, not said.
			Labelled labelled = label == null || wordAfter(heading, span[1] + 1) ? null : speaker(label);
			if (labelled == null && label != null && !wordAfter(heading, span[1] + 1) && onlySpeechVerbs(label)) {
				labelled = subjectBeforeComma(heading, span[0]);
			}
			if (label == null && !wordAfter(heading, span[1] + 1)) {
				labelled = subjectOfSpeechVerbBefore(heading, span[0] - 1);
			}
			Matcher trailing = span[1] + 1 <= heading.length()
					? TRAILING_TAG.matcher(heading).region(span[1] + 1, heading.length()) : null;
			if (labelled == null && span[0] <= 1 && trailing != null && trailing.lookingAt()
					&& SpeechCues.isCue(trailing.group(1))) {
				// "“Greece is a fly against the giant Turkey”, says Erdogan’s top
				// adviser":
				// the tag after the quotation names whom.
				String tag = heading.substring(trailing.end()).strip();
				labelled = speaker(tag);
				labelled = labelled == null || labelled.asWritten() != null ? labelled
						: new Labelled(labelled.speaker(), labelled.confidence(), tag);
			}
			found.add(labelled == null
					? new Quote(text, null, null, null, section, paragraph, null, QuoteKind.TERM, NOBODY)
					: new Quote(text, labelled.speaker(), labelled.asWritten() != null ? labelled.asWritten() : label,
							":", section, paragraph, null, QuoteKind.DIRECT, labelled.confidence()));
		}
		return found;
	}

	/**
	 * A quick look, char by char, at whether a paragraph may be a headline: short, and no
	 * word opening with a lower-case letter. Most paragraphs fail at their second word,
	 * before any tokenizing.
	 */
	private static boolean headlineCase(String text) {
		if (text.length() > 250) {
			return false;
		}
		boolean wordStart = true;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (wordStart && Character.isLowerCase(c)) {
				return false;
			}
			wordStart = Chars.isWhitespace(c);
		}
		return true;
	}

	/** Whether a word follows the closing mark before {@code from}, past spaces. */
	private static boolean wordAfter(String heading, int from) {
		int i = from;
		while (i < heading.length() && Chars.isWhitespace(heading.charAt(i))) {
			i++;
		}
		return i < heading.length() && Character.isLetterOrDigit(heading.charAt(i));
	}

	/** The body quotation that holds the same words, or null. */
	private Quote bodyQuotation(String text) {
		String folded = fold(text);
		for (Quote quote : body) {
			if (fold(quote.text()).contains(folded)) {
				return quote;
			}
		}
		return null;
	}

	/** Lower case, letters and digits, one space between words: titles capitalise. */
	private static String fold(String text) {
		StringBuilder out = new StringBuilder(text.length());
		boolean space = true;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				out.append(Character.toLowerCase(c));
				space = false;
			}
			else if (!space && !NameFolding.isApostrophe(c)) {
				out.append(' ');
				space = true;
			}
		}
		return out.toString().strip();
	}

	/**
	 * Where quotations start and end in a title: the double marks that QuoteScanner
	 * reads, and single marks, which headlines use for the same purpose.
	 */
	static List<int[]> spans(String title, boolean singleMarksOnly) {
		List<int[]> spans = new ArrayList<>();
		for (QuoteScanner.QuoteSpan span : QuoteScanner.scan(List.of(title))) {
			if (span.closed() && !singleMarksOnly) {
				spans.add(new int[] { span.open() + 1, span.close() });
			}
		}
		for (int i = 0; i < title.length(); i++) {
			if (opensSingle(title, i)) {
				int close = closingSingle(title, i + 1);
				// "'Abd Al-Bari 'Atwan: 'We Will …'": the marks of a name's 'ayn open no
				// quotation; the one after the label's colon does.
				int afterColon = close < 0 ? -1 : lastOpenerAfterColon(title, i + 1, close);
				int open = afterColon >= 0 ? afterColon : i;
				if (close > 0 && spans.stream().noneMatch(s -> s[0] <= close && open <= s[1])) {
					spans.add(new int[] { open + 1, close });
					i = close;
				}
			}
		}
		spans.sort((a, b) -> Integer.compare(a[0], b[0]));
		return spans;
	}

	/**
	 * A single mark opening a quotation: at the start or after a space, a colon or a
	 * parenthesis, and before a letter or digit. Not after a hyphen: "Al-'Izz" writes an
	 * 'ayn.
	 */
	private static boolean opensSingle(String title, int i) {
		char c = title.charAt(i);
		if (c != '\'' && c != '‘') {
			return false;
		}
		char before = i == 0 ? ' ' : title.charAt(i - 1);
		return (Character.isWhitespace(before) || before == '(' || before == ':') && i + 1 < title.length()
				&& Character.isLetterOrDigit(title.charAt(i + 1));
	}

	/**
	 * The last single mark opening a quotation right after a colon in [from, to), or -1.
	 */
	private static int lastOpenerAfterColon(String title, int from, int to) {
		for (int j = to - 1; j > from; j--) {
			if (opensSingle(title, j) && title.substring(from, j).stripTrailing().endsWith(":")) {
				return j;
			}
		}
		return -1;
	}

	/**
	 * The single mark closing a quotation opened before {@code from}: after a word or
	 * punctuation, before a space, punctuation or the end (not the apostrophe of
	 * "Iran's"); -1 when none does before a double mark.
	 */
	private static int closingSingle(String title, int from) {
		for (int j = from + 1; j < title.length(); j++) {
			char c = title.charAt(j);
			if (c == '"' || c == '“' || c == '”' || c == '‘') {
				return -1;
			}
			if ((c == '\'' || c == '’') && !Character.isWhitespace(title.charAt(j - 1))
					&& (j + 1 == title.length() || !Character.isLetterOrDigit(title.charAt(j + 1)))) {
				return j;
			}
		}
		return -1;
	}

	/**
	 * The words before the colon that the quotation follows, in its part of the title
	 * (parts are set apart by semicolons) and after the last comma: "Former Saudi Navy
	 * Commodore Abdulateef Al-Mulhim States"; null when no colon comes before it.
	 */
	static String label(String title, int quoteStart) {
		int partStart = title.lastIndexOf(';', quoteStart) + 1;
		int colon = title.lastIndexOf(':', quoteStart);
		if (colon < partStart) {
			return null;
		}
		String label = title.substring(partStart, colon);
		label = label.substring(label.lastIndexOf(',') + 1).strip();
		return label.isEmpty() ? null : label;
	}

	/**
	 * @param asWritten the name as the title writes it, when the label is not it
	 */
	private record Labelled(Speaker speaker, double confidence, String asWritten) {

		Labelled(Speaker speaker, double confidence) {
			this(speaker, confidence, null);
		}
	}

	/** Whether a label is only a headline's speech verb: "Says", "Warns", "Adds". */
	private static boolean onlySpeechVerbs(String label) {
		for (String word : label.split("\\s+")) {
			if (!SpeechCues.isCue(NameVocabulary.key(word))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The person a headline's clause before ", Says:" names as its subject: "Taliban
	 * Spokesman Qari Yousuf Ahmadi Discusses Ground Situation In Helmand And Kandahar,
	 * Says: '…'" – the first name the report knows among the clause's first words, the
	 * last word of a run of such names.
	 */
	private Labelled subjectBeforeComma(String title, int quoteStart) {
		int partStart = title.lastIndexOf(';', quoteStart) + 1;
		int comma = title.lastIndexOf(',', title.lastIndexOf(':', quoteStart));
		if (comma <= partStart) {
			return null;
		}
		return knownPersonOfClauseBefore(title, partStart, comma);
	}

	/**
	 * The one person the report knows whom the clause of a title ending at the comma at
	 * {@code comma} (and starting after another comma, or at {@code partStart}) names
	 * within its first words; null when it names none.
	 */
	private Labelled knownPersonOfClauseBefore(String title, int partStart, int comma) {
		int clauseStart = Math.max(partStart, title.lastIndexOf(',', comma - 1) + 1);
		String[] words = title.substring(clauseStart, comma).strip().split("\\s+");
		for (int i = 0; i < Math.min(words.length, MAX_SUBJECT_WORDS); i++) {
			String word = unquoted(words[i]);
			if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0)) && names.knownSurname(word)
					&& (i + 1 == words.length || !names.knownSurname(unquoted(words[i + 1])))) {
				String name = names.person(word);
				return new Labelled(new Speaker(name, names.firstRole(name), SpeakerKind.PERSON), NAMED, word);
			}
		}
		return null;
	}

	/**
	 * Who a headline's clause ending in a speech verb right before the opening mark
	 * names: "Swiping at Netanyahu, Gantz says 'leaders bear responsibility'" is Gantz's;
	 * null when no speech verb stands there or the clause names nobody the report knows.
	 */
	private Labelled subjectOfSpeechVerbBefore(String heading, int mark) {
		int partStart = heading.lastIndexOf(';', mark) + 1;
		int clauseStart = Math.max(partStart, heading.lastIndexOf(',', mark) + 1);
		String clause = heading.substring(clauseStart, mark).strip();
		int space = clause.lastIndexOf(' ');
		if (space < 0 && clauseStart > partStart && clause.endsWith("ing") && onlySpeechVerbs(clause)) {
			// "…, Iranian President Mahmoud Ahmadinejad Discusses Holocaust, Saying
			// '…'": the participle's subject is the clause's before the comma.
			return knownPersonOfClauseBefore(heading, partStart, clauseStart - 1);
		}
		if (space < 0 || !onlySpeechVerbs(clause.substring(space + 1))) {
			return null;
		}
		Labelled labelled = speaker(clause);
		return labelled == null ? null
				: new Labelled(labelled.speaker(), labelled.confidence(), clause.substring(0, space).strip());
	}

	/**
	 * A headline's lower-case verb after the quotation that opens it: ", says", " –
	 * warns"; a speech verb only when {@link SpeechCues} knows it.
	 */
	private static final Pattern TRAILING_TAG = Pattern.compile("\\s{0,2}[,:–—-]?\\s{0,2}(\\p{Ll}+)\\s+");

	/** How far into a headline's clause its subject's name may end. */
	private static final int MAX_SUBJECT_WORDS = 8;

	/** Who a title's label names, or null. */
	private Labelled speaker(String label) {
		List<String> words = new ArrayList<>(List.of(label.split("\\s+")));
		// "… Al-Mulhim States:", "… Adds:": the verb of a headline.
		boolean endsInSpeechVerb = false;
		while (words.size() > 1 && SpeechCues.isCue(NameVocabulary.key(words.getLast()))) {
			words.removeLast();
			endsInSpeechVerb = true;
		}
		for (int k = 1; k < words.size() - 1; k++) {
			// "'Kayhan' Attacks Rohani Camp:": the subject comes before the verb.
			String key = NameVocabulary.key(words.get(k));
			if (SpeechCues.isCue(key) || SpeechCues.ADDRESSING.contains(key) || HEADLINE_VERBS.contains(key)) {
				words = new ArrayList<>(words.subList(0, k));
				break;
			}
		}
		// "IRGC Deputy Commander Salami On Qods Day 2018:": the occasion after the name
		// the report knows; not a piece's ("… In Congressional Testimony Today:"),
		// whose title the quotation is.
		boolean piece = PIECE_IN_LABEL.matcher(label).find();
		for (int k = 1; k < words.size() - 1 && !piece; k++) {
			if (OCCASION_PREPOSITIONS.contains(NameVocabulary.key(words.get(k)))
					&& names.knownSurname(unquoted(words.get(k - 1)))) {
				words = new ArrayList<>(words.subList(0, k));
				break;
			}
		}
		String last = unquoted(words.getLast());
		if (words.size() <= 8 && Character.isUpperCase(last.codePointAt(0)) && names.knownSurname(last)) {
			String name = names.person(last);
			String role = names.firstRole(name);
			return new Labelled(new Speaker(name, role, SpeakerKind.PERSON), NAMED);
		}
		String first = unquoted(words.getFirst());
		if (names.knownOutlet(unquoted(String.join(" ", words)))) {
			return new Labelled(new Speaker(names.outlet(unquoted(String.join(" ", words))), null, SpeakerKind.OUTLET),
					NAMED);
		}
		for (int k = 1; k <= Math.min(3, words.size() - 1); k++) {
			// "Iranian Daily Kayhan:", "Qatari Daily Al-Sharq:": the outlet after the
			// word that says what it is.
			String outlet = unquoted(String.join(" ", words.subList(words.size() - k, words.size())));
			if (MentionFinder.DESCRIPTORS.contains(NameVocabulary.key(words.get(words.size() - k - 1)))
					&& names.knownOutlet(outlet)) {
				return new Labelled(new Speaker(names.outlet(outlet), null, SpeakerKind.OUTLET), NAMED);
			}
		}
		if (names.knownOutlet(first)) {
			// "'Kayhan' Attacks Rohani Camp:": the outlet is the headline's subject.
			return new Labelled(new Speaker(names.outlet(first), null, SpeakerKind.OUTLET), NAMED);
		}
		Speaker titled = titledName(words);
		if (titled == null) {
			titled = givenNamed(words);
		}
		if (titled == null && endsInSpeechVerb) {
			titled = namedAfterOffice(words);
		}
		if (titled != null) {
			return new Labelled(titled, GUESSED);
		}
		if (words.size() <= 5 && SpeakerDescriptions.personNoun(NameVocabulary.key(last))) {
			// "Liberal Saudi Columnist:": whom the report describes so.
			String described = names.describedAs(last.toLowerCase(Locale.ROOT));
			if (described != null) {
				return new Labelled(new Speaker(described, names.firstRole(described), SpeakerKind.PERSON), GUESSED);
			}
		}
		return words.size() <= MAX_LABEL_WORDS ? insideLabel(words) : null;
	}

	/**
	 * The person a longer label names inside it: the one known surname it holds ("Friday
	 * Sermon By Leading Saudi Imam Al-Sudayyis in Mecca"), else whom the report describes
	 * by the office the label opens with ("Director-General of Al-Arabiya TV Channel");
	 * null when neither.
	 */
	private Labelled insideLabel(List<String> words) {
		if (PIECE_IN_LABEL.matcher(String.join(" ", words)).find()) {
			return null; // "… Fernandez In Congressional Testimony Today:": the piece's
							// title
		}
		String named = null;
		for (String word : words) {
			String bare = unquoted(word);
			if (!bare.isEmpty() && Character.isUpperCase(bare.codePointAt(0)) && names.knownSurname(bare)) {
				String person = names.person(bare);
				if (named != null && !named.equals(person)) {
					return null; // two people: whose words the label does not say
				}
				named = person;
			}
		}
		if (named != null) {
			return new Labelled(new Speaker(named, names.firstRole(named), SpeakerKind.PERSON), GUESSED);
		}
		String office = unquoted(words.getFirst());
		if (!office.isEmpty() && SpeakerDescriptions.personNoun(NameVocabulary.key(office))) {
			String described = names.describedAs(office.toLowerCase(Locale.ROOT));
			return described == null ? null
					: new Labelled(new Speaker(described, names.firstRole(described), SpeakerKind.PERSON), GUESSED);
		}
		return null;
	}

	/** A label naming a written piece the quotation is the title of. */
	private static final Pattern PIECE_IN_LABEL = Pattern
		.compile("(?i)\\bin\\b.{0,40}\\b(?:article|op-ed|opinion piece|piece|column|testimony|essay|book|paper)\\b");

	/** Most words of a label read for a name or an office inside it. */
	private static final int MAX_LABEL_WORDS = 12;

	/**
	 * A name after a title ending the label ("Recent Iran Friday Sermons Ayatollah
	 * Khatami"): up to three capitalised words after the last title; null when the label
	 * does not end so.
	 */
	private static Speaker titledName(List<String> words) {
		for (int t = words.size() - 2; t >= 0 && t >= words.size() - 4; t--) {
			if (NameVocabulary.isTitle(words.get(t))) {
				List<String> name = words.subList(t + 1, words.size());
				return name.stream().allMatch(TitleQuotes::nameWord)
						? new Speaker(String.join(" ", name), words.get(t), SpeakerKind.PERSON) : null;
			}
		}
		return null;
	}

	/**
	 * The person a label ends with, named by a given name the vocabulary knows and up to
	 * three more capitalised words ("Iranian Cleric Ahmad Khatami", "Quds Force Commander
	 * Esmail Qaani"), whom a report cut short may not name in its text; the words before
	 * are the role. Null when the label ends otherwise.
	 */
	private static Speaker givenNamed(List<String> words) {
		for (int g = Math.max(0, words.size() - MAX_NAME_WORDS); g <= words.size() - 2; g++) {
			if (!NameVocabulary.isGivenNameKey(NameVocabulary.key(words.get(g)))
					|| !Character.isUpperCase(words.get(g).codePointAt(0))) {
				continue;
			}
			List<String> name = words.subList(g, words.size());
			if (name.stream().allMatch(TitleQuotes::nameShaped)) {
				String role = String.join(" ", words.subList(0, g));
				return new Speaker(String.join(" ", name), role.isEmpty() ? null : role, SpeakerKind.PERSON);
			}
		}
		return null;
	}

	/**
	 * The person a label ending in a speech verb names after an office or a person noun:
	 * "His Successor Qa'ani Declares:", whom a report cut short may not name in its text.
	 * The verb makes the words before it the speaker; null when no person noun stands
	 * right before up to three name words.
	 */
	private static Speaker namedAfterOffice(List<String> words) {
		for (int n = words.size() - 1; n >= 1 && n >= words.size() - 3; n--) {
			String before = words.get(n - 1);
			if (SpeakerDescriptions.personNoun(NameVocabulary.key(before))) {
				List<String> name = words.subList(n, words.size());
				if (!name.stream().allMatch(TitleQuotes::nameShaped)) {
					return null;
				}
				return new Speaker(String.join(" ", name), String.join(" ", words.subList(0, n)), SpeakerKind.PERSON);
			}
		}
		return null;
	}

	/** A word a name in a label may hold, made of letters, hyphens and apostrophes. */
	private static boolean nameShaped(String word) {
		return nameWord(word)
				&& word.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '\u2019');
	}

	/** A word a name in a label may hold: capitalised, no function word, no title. */
	private static boolean nameWord(String word) {
		return Character.isUpperCase(word.codePointAt(0))
				&& !NameVocabulary.FUNCTION_WORDS.contains(NameVocabulary.key(word)) && !NameVocabulary.isTitle(word);
	}

	/** Most words of a person's name that a label ends with. */
	private static final int MAX_NAME_WORDS = 4;

	private static String unquoted(String word) {
		int from = 0;
		int to = word.length();
		while (from < to && isMark(word.charAt(from))) {
			from++;
		}
		while (to > from && isMark(word.charAt(to - 1))) {
			to--;
		}
		return from == to ? word : word.substring(from, to);
	}

	private static boolean isMark(char c) {
		return c == '\'' || c == '‘' || c == '’' || c == '"' || c == '“' || c == '”';
	}

}
