package org.analecta.parser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.analecta.parser.ParsedReport.SpeakerKind;
import org.analecta.parser.Tokens.Token;

/**
 * Finds who is named in a paragraph's masked text, in three passes that claim tokens in
 * turn: outlets introduced by a descriptor ("the daily Javan", "the moderate conservative
 * website Asr-e Iran") or listed as known outlets (the report's own footnote sources
 * among them); persons (a run of name words, with the titles and role words before it as
 * the role); institutions (a capitalised run ending in Ministry, Council, Corps ..., or
 * an acronym). A lone surname counts as a person only when a title precedes it, a speech
 * verb follows it, or the report names that person in full elsewhere.
 */
final class MentionFinder {

	/** Words that say what the outlet named beside them is: "the daily Kayhan". */
	static final Set<String> DESCRIPTORS = Set.of("daily", "weekly", "monthly", "website", "site", "newspaper", "paper",
			"agency", "magazine", "channel", "tv", "television", "radio", "outlet", "portal", "blog", "mouthpiece",
			"organ", "station", "network", "journal", "weblog", "newsweekly");

	private static final Set<String> DESCRIPTOR_ADJECTIVES_STOP = Set.of("the", "a", "an", "in", "on", "by", "of", "to",
			"from", "and", "or", "that", "which", "article", "editorial", "report", "for", "with", "at");

	/** Religious honorifics written in brackets after a name, as keys. */
	private static final Set<String> HONORIFICS = Set.of("as", "a.s", "pbuh", "saw", "swt", "ra", "s");

	static final Set<String> INSTITUTION_HEADS = Set.of("ministry", "department", "council", "government", "office",
			"parliament", "majlis", "army", "court", "committee", "assembly", "commission", "corps", "guards",
			"organization", "organisation", "party", "movement", "brigades", "embassy", "administration", "cabinet",
			"judiciary", "police", "headquarters", "command", "foundation", "institute", "center", "centre", "union",
			"league", "front", "secretariat", "presidency", "house", "institution", "university", "college", "academy",
			"guard", "board", "federation", "confederation", "association", "society", "alliance", "coalition",
			"syndicate", "authority", "agency", "forum", "caucus", "fund");

	/**
	 * Words that say what the outlet named right before them is ("the Al-Masirah
	 * channel").
	 */
	private static final Set<String> TRAILING_DESCRIPTORS = Set.of("channel", "daily", "newspaper", "website", "outlet",
			"weekly", "magazine", "agency");

	/** The Arabic article written apart from the name it opens ("Al Sabah Al Jadeed"). */
	private static final Set<String> ARABIC_ARTICLES = Set.of("Al", "El", "al", "el");

	/** "media group", "media outlet" after an outlet's name. */
	private static final Set<String> TRAILING_MEDIA_HEADS = Set.of("group", "outlet", "foundation", "company", "center",
			"centre", "network");

	/** What "news" before it says an outlet is: "News Agency", "News Network". */
	private static final Set<String> NEWS_HEADS = Set.of("agency", "network");

	private static final Set<String> CONNECTORS = Set.of("of", "for");

	/** Verbs whose complement a title is: "to be president", "was named chairman". */
	private static final Set<String> PREDICATE_VERBS = Set.of("be", "become", "became", "becomes", "becoming", "is",
			"was", "as", "elected", "named", "remain", "remains", "remained");

	private static final Set<String> ARTICLES = Set.of("the", "a", "an");

	static final Pattern INITIALS = Pattern.compile("[A-Z](?:\\.[A-Z]){1,2}\\.?");

	private final OutletGazetteer outlets;

	private final Predicate<String> knownPerson;

	MentionFinder(OutletGazetteer outlets, Predicate<String> knownPerson) {
		this.outlets = outlets;
		this.knownPerson = knownPerson;
	}

	List<Mention> find(String text) {
		return find(text, Tokens.of(text));
	}

	/**
	 * Persons only, for the first pass that collects full names: the other passes cost
	 * and add nothing there.
	 */
	List<Mention> findPersons(String text, List<Token> tokens) {
		List<Mention> mentions = new ArrayList<>();
		findPersons(text, tokens, namelessWords(text, tokens), mentions);
		return mentions;
	}

	List<Mention> find(String text, List<Token> tokens) {
		boolean[] claimed = namelessWords(text, tokens);
		List<Mention> mentions = new ArrayList<>();
		findDescribedOutlets(text, tokens, claimed, mentions);
		findOutletsBeforeDescriptor(text, tokens, claimed, mentions);
		findApposedOutlets(text, tokens, claimed, mentions);
		findKnownOutlets(text, tokens, claimed, mentions);
		findArabicOrganisations(text, tokens, claimed, mentions);
		findPersons(text, tokens, claimed, mentions);
		findKnownOrganisations(text, tokens, claimed, mentions);
		findCountrysMinistries(text, tokens, claimed, mentions);
		findInstitutions(text, tokens, claimed, mentions);
		mentions.sort(Comparator.comparingInt(Mention::start));
		return mentions;
	}

	/**
	 * A country's ministry written in lower case: a country or nationality, up to one
	 * lower-case word of what it is for, and "ministry" ("Iran's foreign ministry", "the
	 * Saudi Arabian defense ministry", "Iraqi oil ministry"), named as a ministry's name
	 * is written ("Iran's Foreign Ministry"). In capitals it is an institution's name
	 * already (findInstitutions).
	 */
	private static void findCountrysMinistries(String text, List<Token> tokens, boolean[] claimed, List<Mention> out) {
		for (int i = 0; i + 1 < tokens.size(); i++) {
			if (claimed[i] || !tokens.get(i).capitalised() || !NameVocabulary.isPlace(tokens.get(i).bare())) {
				continue;
			}
			int next = i + 1;
			// "Saudi Arabia's", "United Arab Emirates'": the country's other words.
			while (next < tokens.size() && next - i < 3 && !tokens.get(next - 1).possessive() && !claimed[next]
					&& tokens.get(next).capitalised() && adjacent(text, tokens, next - 1, next)
					&& NameVocabulary.isPlace(tokens.get(next).bare())) {
				next++;
			}
			int head = next;
			if (head < tokens.size() && !tokens.get(head).key().equals("ministry")) {
				head++; // "foreign", "defense", "oil"
			}
			if (head >= tokens.size() || claimed[next] || claimed[head] || !tokens.get(head).key().equals("ministry")
					|| tokens.get(next).capitalised() || tokens.get(head).capitalised()
					|| NameVocabulary.FUNCTION_WORDS.contains(tokens.get(next).key())
					|| !adjacent(text, tokens, next - 1, next) || !adjacent(text, tokens, next, head) && head != next) {
				continue;
			}
			StringBuilder name = new StringBuilder(text.substring(tokens.get(i).start(), tokens.get(next).start()));
			for (int w = next; w <= head; w++) {
				String word = w == head ? tokens.get(w).bare() : tokens.get(w).text();
				name.append(Character.toUpperCase(word.charAt(0)))
					.append(word, 1, word.length())
					.append(w < head ? " " : "");
			}
			Token last = tokens.get(head);
			out.add(new Mention(tokens.get(i).start(), last.end(), text.substring(tokens.get(i).start(), last.end()),
					name.toString(), null, SpeakerKind.INSTITUTION, last.possessive()));
			claim(claimed, i, head + 1);
			i = head;
		}
	}

	/**
	 * Capitalised words that name nobody, marked as claimed before any mention is looked
	 * for: a news dateline opening the paragraph ("DECATUR, Ill. —", "LOS ANGELES (AP)
	 * —", "NEW DELHI: ", "CLEVELAND - "), a headline in capitals (three or more words in
	 * a row: "AT LEAST 10 KILLED IN …"), and a state's abbreviation after a town ("of
	 * Flint, Mich., said").
	 */
	static boolean[] namelessWords(String text, List<Token> tokens) {
		boolean[] claimed = new boolean[tokens.size()];
		Matcher dateline = DATELINE.matcher(text);
		if (dateline.lookingAt() || (dateline = DATELINE_COLON.matcher(text)).lookingAt()
				|| (dateline = DATELINE_HYPHEN.matcher(text)).lookingAt()) {
			for (int i = 0; i < tokens.size() && tokens.get(i).start() < dateline.end(); i++) {
				claimed[i] = true;
			}
		}
		int run = 0;
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			// A word opening with a letter that is not a capital is no acronym: decided
			// without building its bare form.
			char first = token.text().charAt(0);
			boolean capitals = !(Character.isLetter(first) && !Character.isUpperCase(first))
					&& NameVocabulary.isAcronym(token.bare()) && (run == 0 || adjacent(text, tokens, i - 1, i));
			run = capitals ? run + 1 : 0;
			if (run == 3) {
				claimed[i - 2] = claimed[i - 1] = true;
			}
			if (run >= 3) {
				claimed[i] = true;
			}
			if (i > 0 && token.end() < text.length() && text.charAt(token.end()) == '.'
					&& tokens.get(i - 1).capitalised() && STATE_ABBREVIATIONS.contains(token.bare())
					&& text.substring(tokens.get(i - 1).end(), token.start()).equals(", ")) {
				claimed[i] = true;
			}
			if (token.capitalised() && NameVocabulary.GATHERINGS.contains(token.key()) && i > 0
					&& !(i + 1 < tokens.size() && GATHERING_OF.contains(tokens.get(i + 1).key()))) {
				// A gathering's name ("the National Prayer Breakfast in which he stated")
				// names nobody; "the Conference of Presidents" is a body's.
				for (int j = i; j >= 0 && i - j <= MAX_GATHERING_WORDS && tokens.get(j).capitalised()
						&& (j == i || adjacent(text, tokens, j, j + 1)); j--) {
					claimed[j] = true;
				}
			}
			if (token.text().equals("X") && i > 0 && PLATFORM_BEFORE.contains(tokens.get(i - 1).key())) {
				// The platform once called Twitter ("in a post on X, said") names nobody.
				claimed[i] = true;
			}
			if (token.text().equals("Operation") && i + 1 < tokens.size() && tokens.get(i + 1).capitalised()) {
				// A military operation's name ("Operation Protective Edge") names nobody.
				claimed[i] = true;
				for (int j = i + 1; j < tokens.size() && j - i <= MAX_OPERATION_WORDS && tokens.get(j).capitalised()
						&& adjacent(text, tokens, j - 1, j); j++) {
					claimed[j] = true;
				}
			}
		}
		return claimed;
	}

	/** Words before "X" that make it the platform: "on X", "via X". */
	private static final Set<String> PLATFORM_BEFORE = Set.of("on", "via");

	/** Most words of a gathering's name before its "Breakfast" or "Summit". */
	private static final int MAX_GATHERING_WORDS = 3;

	/** Words after a gathering's word that make it a body's name. */
	private static final Set<String> GATHERING_OF = Set.of("of", "on", "for");

	/** Most words of an operation's name after "Operation". */
	private static final int MAX_OPERATION_WORDS = 3;

	/**
	 * A dateline: a place in capitals, maybe its state or country, maybe the agency in
	 * brackets, then a dash.
	 */
	private static final Pattern DATELINE = Pattern
		.compile("\\s*[A-Z][A-Z'.-]{2,}(?: [A-Z][A-Z'.-]+){0,3}(?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2})?"
				+ "\\s*(?:\\([A-Za-z ]{2,20}\\)\\s*)?[—–]\\s");

	/**
	 * A dateline's place in capitals and its colon opening the paragraph: "JEDDAH: ",
	 * "NEW DELHI: ".
	 */
	static final Pattern DATELINE_COLON = Pattern.compile("\\s*\\p{Lu}[\\p{Lu} -]{2,30}:\\s+");

	/**
	 * A dateline's place in capitals before a hyphen written as its dash ("CLEVELAND - ",
	 * "NEW YORK - "): a word of five letters or more, or two words, so that a
	 * photograph's "FILE - " stays what it is.
	 */
	private static final Pattern DATELINE_HYPHEN = Pattern
		.compile("\\s*(?=\\p{Lu}[\\p{Lu}'.]{4}|\\p{Lu}+ \\p{Lu})\\p{Lu}[\\p{Lu}'.]*(?: \\p{Lu}[\\p{Lu}'.]*){0,2} - ");

	/** The Associated Press's abbreviations of US states written with a dot ("Mich."). */
	private static final Set<String> STATE_ABBREVIATIONS = Set.of("Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del",
			"Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb",
			"Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Vt", "Va", "Wash", "Wis", "Wyo");

	private void findDescribedOutlets(String text, List<Token> tokens, boolean[] claimed, List<Mention> out) {
		for (int i = 0; i + 1 < tokens.size(); i++) {
			if (!tokens.get(i + 1).capitalised() || !DESCRIPTORS.contains(tokens.get(i).key())
					|| !adjacent(text, tokens, i, i + 1)) {
				continue;
			}
			int end = nameRunEnd(text, tokens, i + 1, 4, claimed);
			if (end == i + 1) {
				continue;
			}
			// "the Daily Caller", "The Daily News": a descriptor written with a capital
			// inside a sentence is the first word of the outlet's name, and so is one the
			// name of a known outlet opens with ("Daily Sabah reported").
			Token lastWord = tokens.get(end - 1);
			boolean known = tokens.get(i).capitalised()
					&& outlets.contains(text.substring(tokens.get(i).start(), lastWord.start()) + lastWord.bare());
			int nameStart = tokens.get(i).capitalised() && (known || !atSentenceStart(text, tokens.get(i).start())) ? i
					: i + 1;
			int first = i;
			while (first > 0 && i - first < 3 && adjacent(text, tokens, first - 1, first)) {
				Token before = tokens.get(first - 1);
				if (DESCRIPTOR_ADJECTIVES_STOP.contains(before.key()) || NameVocabulary.isNameWord(before.text())
						|| SpeechCues.isCue(before.key())) {
					break;
				}
				first--;
			}
			int writtenStart = tokens.get(first).start();
			if (first > 0 && adjacent(text, tokens, first - 1, first)
					&& ARTICLES.contains(tokens.get(first - 1).key())) {
				writtenStart = tokens.get(first - 1).start();
			}
			Token named = tokens.get(end - 1);
			String name = text.substring(tokens.get(nameStart).start(), named.start()) + named.bare();
			String role = nameStart == i + 1 ? text.substring(tokens.get(first).start(), tokens.get(i).end())
					: first < i ? text.substring(tokens.get(first).start(), tokens.get(i - 1).end()) : null;
			int described = nameStart == i ? descriptorAfter(text, tokens, claimed, end) : end;
			Token last = tokens.get(described - 1);
			if (described > end) {
				role = last.bare();
			}
			out.add(new Mention(writtenStart, last.end(), text.substring(writtenStart, nameEnd(last)), name, role,
					SpeakerKind.OUTLET, last.possessive()));
			claim(claimed, first, described);
			i = described - 1;
		}
	}

	/**
	 * The end of an outlet's name ending at token {@code end} with the lower-case word
	 * after it that says what it is ("the Daily Star newspaper said"); {@code end} when
	 * there is none.
	 */
	private static int descriptorAfter(String text, List<Token> tokens, boolean[] claimed, int end) {
		if (tokens.get(end - 1).possessive() || end >= tokens.size() || claimed[end]
				|| !adjacent(text, tokens, end - 1, end) || tokens.get(end).capitalised()) {
			return end;
		}
		String key = tokens.get(end).key();
		return DESCRIPTORS.contains(key) || key.equals("publication") ? end + 1 : end;
	}

	/**
	 * An outlet named before the word that says what it is: "the Al-Yaqin media group",
	 * "the Al-Masirah channel". The name is a run of name words, never a nationality or a
	 * place ("the Saudi daily" names no outlet).
	 */
	private void findOutletsBeforeDescriptor(String text, List<Token> tokens, boolean[] claimed, List<Mention> out) {
		for (int i = 1; i < tokens.size(); i++) {
			String key = tokens.get(i).key();
			// "the Al-Yaqin media group", "the Amaq News Agency", "the Al-Alam News
			// Network": two words say what it is.
			boolean mediaGroup = (key.equals("media") && i + 1 < tokens.size()
					&& TRAILING_MEDIA_HEADS.contains(tokens.get(i + 1).key())
					|| key.equals("news") && i + 1 < tokens.size() && NEWS_HEADS.contains(tokens.get(i + 1).key()))
					&& adjacent(text, tokens, i, i + 1);
			if (!mediaGroup && !TRAILING_DESCRIPTORS.contains(key) || claimed[i] || !adjacent(text, tokens, i - 1, i)) {
				continue;
			}
			// "the People's Liberation Army Daily": before a capitalised descriptor, any
			// capitalised word belongs to the paper's name.
			boolean capitalisedDescriptor = !mediaGroup && tokens.get(i).capitalised() && PAPER_WORDS.contains(key);
			int first = i;
			while (first > 0 && i - first < 3 && !claimed[first - 1] && adjacent(text, tokens, first - 1, first)
					&& (tokens.get(first - 1).nameWord() || capitalisedDescriptor && tokens.get(first - 1).capitalised()
							&& !NameVocabulary.FUNCTION_WORDS.contains(tokens.get(first - 1).key()))
					&& !tokens.get(first - 1).possessive()) {
				first--;
			}
			if (first == i || insideKnownOrganisation(text, tokens, first, i)) {
				continue; // "International Atomic Energy Agency": a body, no news agency
			}
			// "Al Sabah Al Jadeed newspaper": the article opening an Arabic name is part
			// of
			// it, past the three words.
			if (first > 0 && !claimed[first - 1] && adjacent(text, tokens, first - 1, first)
					&& ARABIC_ARTICLES.contains(tokens.get(first - 1).text())) {
				first--;
			}
			int descriptorEnd = mediaGroup ? i + 2 : i + 1;
			// "The Harbour Daily notes", "China Daily said": a capitalised descriptor
			// ends the outlet's name rather than saying what it is.
			boolean inName = !mediaGroup && tokens.get(i).capitalised();
			String name = text.substring(tokens.get(first).start(), tokens.get(inName ? i : i - 1).end());
			String role = inName ? null : text.substring(tokens.get(i).start(), tokens.get(descriptorEnd - 1).end());
			out.add(new Mention(tokens.get(first).start(), tokens.get(descriptorEnd - 1).end(),
					text.substring(tokens.get(first).start(), tokens.get(descriptorEnd - 1).end()), name, role,
					SpeakerKind.OUTLET, false));
			claim(claimed, first, descriptorEnd);
			i = descriptorEnd - 1;
		}
	}

	/**
	 * Whether a known organisation's name, starting at most two words before token
	 * {@code first}, runs through token {@code last}.
	 */
	private static boolean insideKnownOrganisation(String text, List<Token> tokens, int first, int last) {
		for (int k = Math.max(0, first - 2); k <= first; k++) {
			if (k + knownOrganisationAt(text, tokens, k) > last) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Descriptors that end a paper's own name when capitalised ("Liberation Army Daily").
	 */
	private static final Set<String> PAPER_WORDS = Set.of("daily", "weekly", "newspaper", "magazine");

	/** Nouns after a place's name that say what kind of place it is. */
	private static final Set<String> PLACE_HEADS = Set.of("province", "region", "district", "governorate", "county",
			"prefecture", "valley", "village", "town", "oblast", "township", "municipality");

	/** Nouns that a name before them only modifies: "the Assad regime". */
	private static final Set<String> NAME_AS_MODIFIER_HEADS = Set.of("regime", "government", "administration", "era",
			"family", "camp", "loyalists", "presidency", "doctrine", "years");

	/**
	 * What an apposition calls an outlet: "Huanqiu, a publication under Xinhua,". The
	 * {@link #DESCRIPTORS} that name only outlets, with "publication", "tabloid" and
	 * "broadsheet"; not "network", "station" or "site", which "X, a network of activists"
	 * uses too.
	 */
	private static final Set<String> APPOSED_DESCRIPTORS = Set.of("daily", "weekly", "monthly", "website", "newspaper",
			"paper", "agency", "magazine", "channel", "outlet", "portal", "mouthpiece", "organ", "publication",
			"tabloid", "broadsheet", "journal", "newsweekly");

	/** Words that may follow such a descriptor, ending its noun phrase. */
	private static final Set<String> AFTER_APPOSED_DESCRIPTOR = Set.of("of", "under", "affiliated", "close", "linked",
			"run", "owned", "based", "in", "that", "which", "published", "belonging", "associated", "known", "for",
			"with", "from", "on");

	/**
	 * An outlet named before an apposition that says what it is: "Huanqiu, a publication
	 * under Xinhua, published …", "Al-Akhbar, a Hezbollah-affiliated daily, wrote". Not
	 * "X, a newspaper columnist": the descriptor must end its noun phrase.
	 */
	private void findApposedOutlets(String text, List<Token> tokens, boolean[] claimed, List<Mention> out) {
		// From each comma an article follows back to the name before it: few places, so
		// the pass costs little on text without such appositions.
		for (int comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', comma + 1)) {
			int article = SortedLists.firstAtLeast(tokens, 0, Token::start, comma);
			if (article < 1 || article + 1 >= tokens.size() || !ARTICLES.contains(tokens.get(article).key())
					|| claimed[article - 1]
					|| !commaBetween(text, tokens.get(article - 1).end(), tokens.get(article).start())) {
				continue;
			}
			// The descriptor heads the apposition's first noun phrase: "X, the
			// editor-in-chief of the daily," is no outlet.
			int d = article + 1;
			while (d < tokens.size() && d - article <= 3 && !APPOSED_DESCRIPTORS.contains(tokens.get(d).key())
					&& !AFTER_APPOSED_DESCRIPTOR.contains(tokens.get(d).key()) && adjacent(text, tokens, d - 1, d)) {
				d++;
			}
			if (d >= tokens.size() || !APPOSED_DESCRIPTORS.contains(tokens.get(d).key())
					|| !adjacent(text, tokens, d - 1, d) || d + 1 < tokens.size() && adjacent(text, tokens, d, d + 1)
							&& !AFTER_APPOSED_DESCRIPTOR.contains(tokens.get(d + 1).key())) {
				continue;
			}
			// The longest run of up to four capitalised words ending right before the
			// comma.
			int first = -1;
			for (int start = Math.max(0, article - 4); start < article && first < 0; start++) {
				if (!claimed[start] && tokens.get(start).capitalised()
						&& nameRunEnd(text, tokens, start, 4, claimed) == article) {
					first = start;
				}
			}
			if (first < 0 || tokens.get(article - 1).possessive()) {
				continue;
			}
			Token last = tokens.get(article - 1);
			String name = text.substring(tokens.get(first).start(), last.start()) + last.bare();
			out.add(new Mention(tokens.get(first).start(), last.end(),
					text.substring(tokens.get(first).start(), nameEnd(last)), name,
					text.substring(tokens.get(article).start(), tokens.get(d).end()), SpeakerKind.OUTLET, false));
			claim(claimed, first, article);
		}
	}

	/** Whether only a comma and spaces stand between two offsets. */
	private static boolean commaBetween(String text, int from, int to) {
		int commas = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c == ',') {
				commas++;
			}
			else if (!Chars.isWhitespace(c)) {
				return false;
			}
		}
		return commas == 1;
	}

	/**
	 * End (exclusive) of a run of capitalised words starting at {@code from}: an outlet's
	 * name.
	 */
	private static int nameRunEnd(String text, List<Token> tokens, int from, int max, boolean[] claimed) {
		int end = from;
		while (end < tokens.size() && end - from < max && !claimed[end]
				&& (end == from || adjacent(text, tokens, end - 1, end))) {
			Token token = tokens.get(end);
			// A Persian name's ezafe joins the word after it, whatever that word is:
			// "Yas-e Now", "Vatan-e Emrooz".
			boolean afterEzafe = end > from && ezafe(tokens.get(end - 1).text());
			if (!token.capitalised() || !afterEzafe
					&& (NameVocabulary.FUNCTION_WORDS.contains(token.key()) || NameVocabulary.isTitle(token.text()))) {
				break;
			}
			end++;
			if (token.possessive()) {
				break;
			}
		}
		return end;
	}

	/** Whether a name word ends in the Persian ezafe: "Yas-e", "Jomhuri-ye". */
	private static boolean ezafe(String word) {
		int n = word.length();
		return n >= 3 && word.charAt(n - 1) == 'e'
				&& (word.charAt(n - 2) == '-' || n >= 4 && word.charAt(n - 2) == 'y' && word.charAt(n - 3) == '-');
	}

	private void findKnownOutlets(String text, List<Token> tokens, boolean[] claimed, List<Mention> out) {
		for (int i = 0; i < tokens.size(); i++) {
			// "Kayhan's editorial": a one-word name is looked up without its possessive.
			Token first = tokens.get(i);
			// "the Guardian" inside a sentence is the known "The Guardian".
			boolean lowerThe = first.text().equals("the") && i + 1 < tokens.size() && tokens.get(i + 1).capitalised();
			if (!first.capitalised() && !lowerThe || claimed[i] || !outlets.mayStartWith(first.key())
					&& !(first.possessive() && outlets.mayStartWith(NameVocabulary.key(first.bare())))) {
				continue;
			}
			for (int length = Math.min(3, tokens.size() - i); length >= 1; length--) {
				int end = i + length;
				if (!free(claimed, i, end) || !adjacentRun(text, tokens, i, end)) {
					continue;
				}
				Token last = tokens.get(end - 1);
				String written = text.substring(tokens.get(i).start(), last.start()) + last.bare();
				String name = lowerThe ? "The" + written.substring(3) : written;
				// Known without its article too ("Washington Post"): that
				// name, found from the next word on, keeps the one spelling
				// the speaker list has.
				if (length < 2 && lowerThe || !outlets.contains(name)
						|| lowerThe && outlets.contains(written.substring(4))) {
					continue;
				}
				if (!last.possessive() && end < tokens.size() && adjacent(text, tokens, end - 1, end)
						&& PLACE_HEADS.contains(tokens.get(end).key())) {
					continue; // "North Khorasan province": a place, not the paper
				}
				if (length == 1 && familyNameLikeOutlet(first)
						&& (knownPerson.test(first.bare()) || knownPerson.test(first.bare().substring(3)))) {
					continue; // "Saud Nasser al-Sabah … al-Sabah said": the minister the
								// report names in full, not the Iraqi paper
				}
				int described = descriptorAfter(text, tokens, claimed, end);
				Token lastWord = tokens.get(described - 1);
				out.add(new Mention(tokens.get(i).start(), lastWord.end(),
						text.substring(tokens.get(i).start(), lastWord.start()) + lastWord.bare(), name,
						described > end ? lastWord.bare() : null, SpeakerKind.OUTLET, lastWord.possessive()));
				claim(claimed, i, described);
				i = described - 1;
				break;
			}
		}
	}

	/**
	 * Whether a one-word outlet's name is written like an Arab family name, with the
	 * article joined by a hyphen ("al-Sabah", "Al-Watan"): such a paper's name is also a
	 * family's, and the report's own names decide which it is.
	 */
	private static boolean familyNameLikeOutlet(Token token) {
		String key = token.key();
		return key.length() > 3 && (key.startsWith("al-") || key.startsWith("el-"));
	}

	/**
	 * Whether token i is a letter of a dotted state after a party ("Y" in "D-N.Y.", "C"
	 * in "R-S.C."), which the tokeniser splits off the party's token at the dot.
	 */
	static boolean insidePartyState(String text, List<Token> tokens, int i) {
		for (int j = i; j > 0 && tokens.get(j).bare().length() == 1; j--) {
			Token before = tokens.get(j - 1);
			if (!text.substring(before.end(), tokens.get(j).start()).equals(".")) {
				return false;
			}
			if (NameVocabulary.isPartyState(before.bare())) {
				return true;
			}
		}
		return false;
	}

	/** Months written short that are also given names: "Zhang Jun", "Jan". */
	private static final Set<String> GIVEN_NAMES_LIKE_MONTHS = Set.of("jun", "jan");

	private static boolean beforeFigureOrDot(String text, Token token) {
		int at = token.end();
		if (at < text.length() && text.charAt(at) == '.') {
			return true;
		}
		while (at < text.length() && text.charAt(at) == ' ') {
			at++;
		}
		return at < text.length() && Character.isDigit(text.charAt(at));
	}

	/**
	 * Whether the capitalised word at {@code i} is the place an office is held in or for,
	 * between the office and its holder's name: "Consul General in Hyderabad Mohammad
	 * Haghbin Ghomi", "Ambassador to Lisbon Ada Lind". The word is no given name; a known
	 * given name follows it and opens a name of two words or more.
	 */
	private static boolean placeOfOffice(String text, List<Token> tokens, int i) {
		if (i < 2 || i + 2 >= tokens.size() || tokens.get(i).possessive()
				|| NameVocabulary.isGivenNameKey(tokens.get(i).key())) {
			return false;
		}
		Token preposition = tokens.get(i - 1);
		if (preposition.capitalised() || !(preposition.key().equals("in") || preposition.key().equals("to"))
				|| !NameVocabulary.isTitle(tokens.get(i - 2).text()) || !adjacent(text, tokens, i - 2, i - 1)
				|| !adjacent(text, tokens, i - 1, i) || !adjacent(text, tokens, i, i + 1)
				|| !adjacent(text, tokens, i + 1, i + 2)) {
			return false;
		}
		Token given = tokens.get(i + 1);
		return given.capitalised() && !given.possessive() && NameVocabulary.isGivenNameKey(given.key())
				&& tokens.get(i + 2).nameWord();
	}

	/**
	 * Words for a people or a sect that are also given names, after a given name and
	 * before a surname: "Mohammed Shia al-Sudani".
	 */
	private static final Set<String> GROUP_WORDS_IN_NAMES = Set.of("shia");

	private void findPersons(String text, List<Token> tokens, boolean[] claimed, List<Mention> out) {
		// Where the text's sentences start, found once and only if a role after a name
		// asks for it.
		int[][] starts = new int[1][];
		Supplier<int[]> sentenceStarts = () -> starts[0] != null ? starts[0] : (starts[0] = Sentences.starts(text));
		for (int i = 0; i < tokens.size(); i++) {
			boolean givenOpener = givenNameOpener(text, tokens, claimed, i) || initialsOpener(text, tokens, claimed, i);
			if (!claimed[i] && !tokens.get(i).nameWord() && !givenOpener && loneCommonSurname(text, tokens, i)) {
				Token word = tokens.get(i);
				out.add(new Mention(word.start(), word.end(), text.substring(word.start(), nameEnd(word)), word.bare(),
						null, SpeakerKind.PERSON, word.possessive()));
				claimed[i] = true;
				continue;
			}
			if (claimed[i] || !(tokens.get(i).nameWord() || givenOpener) || pluralAffiliationBeforeName(text, tokens, i)
					|| invertedSaid(text, tokens, i) || NameVocabulary.isPartyState(tokens.get(i).bare())
					|| insidePartyState(text, tokens, i) || placeAfterPoint(text, tokens, i)) {
				continue;
			}
			if (participleOpener(text, tokens, i)) {
				continue; // "Debating Clinton's character": the name starts after the
							// verb
			}
			if (conjunctOfInstitution(text, tokens, i)) {
				continue; // "Ministry of Foreign Affairs and Expatriates"
			}
			int organisation = knownOrganisationAt(text, tokens, i);
			if (organisation > 0) {
				i += organisation - 1; // "Human Rights Watch": no "Human Rights" who
										// watches; findKnownOrganisations names it
				continue;
			}
			if (knownOrganisationAlone(text, tokens, i)) {
				continue; // "a former Mossad analyst": the agency, no one called Mossad
			}
			if (NameVocabulary.isHonorificInCapitals(tokens.get(i).bare())) {
				continue; // "H.E. Khalid al-Attiyah": the name starts after the address
			}
			if (placeOfOffice(text, tokens, i)) {
				continue; // "Consul General in Hyderabad Mohammad Ghomi": the office's
							// place, then the name
			}
			int end = i;
			int nameWords = 0;
			while (end < tokens.size() && !claimed[end] && nameWords < 5
					&& (end == i || adjacent(text, tokens, end - 1, end) || middleInitial(text, tokens, i, end))) {
				Token token = tokens.get(end);
				if ((token.nameWord() && !placeAfterPoint(text, tokens, end)) || (end == i && givenOpener)
						|| commonSurnameAfterGivenName(text, tokens, i, end) || initialInside(text, tokens, i, end)) {
					nameWords++;
					end++;
					if (token.possessive()) {
						break;
					}
				}
				else if (NameVocabulary.isParticle(token.text()) && end + 1 < tokens.size()
						&& adjacent(text, tokens, end, end + 1)
						&& (tokens.get(end + 1).nameWord() || secondParticleBeforeName(text, tokens, end + 1))) {
					end++; // "Osama bin Laden"; "Ursula von der Leyen": two in a row
				}
				else if (end == i + 1 && NameVocabulary.isGivenNameKey(tokens.get(i).key())
						&& GROUP_WORDS_IN_NAMES.contains(token.key()) && token.capitalised() && !token.possessive()
						&& end + 1 < tokens.size() && adjacent(text, tokens, end, end + 1)
						&& tokens.get(end + 1).nameWord()) {
					nameWords++;
					end++; // "Mohammed Shia al-Sudani": a sect's word as a given name
				}
				else if (end > i && WORDS_AS_GIVEN_NAMES.contains(token.key()) && token.capitalised()
						&& !token.possessive() && end + 1 < tokens.size() && adjacent(text, tokens, end, end + 1)
						&& tokens.get(end + 1).nameWord() && !NameVocabulary.isPlace(tokens.get(end + 1).bare())) {
					nameWords++;
					end++; // "Mirza Fakhrul Islam Alamgir": a faith's name in a name
				}
				else if (end > i && GIVEN_NAMES_LIKE_MONTHS.contains(token.key()) && token.capitalised()
						&& !token.possessive() && !beforeFigureOrDot(text, token)) {
					nameWords++;
					end++; // "Zhang Jun said": a month's short name after a name is a
							// given name; "Jun 5" and "Jun." are dates
				}
				else {
					break;
				}
			}
			int roleStart = roleStart(text, tokens, claimed, i);
			String role = null;
			if (roleStart < i) {
				int roleEnd = tokens.get(i - 1).end() + (afterTitleDot(text, tokens, i - 1, i) ? 1 : 0);
				String written = text.substring(tokens.get(roleStart).start(), roleEnd);
				role = hasTitle(tokens, roleStart, i) ? TitleSplitter.cleanRole(written) : null;
			}
			Token last = tokens.get(end - 1);
			if (!last.possessive() && end < tokens.size() && adjacent(text, tokens, end - 1, end)
					&& tokens.get(end).capitalised() && NameVocabulary.isOrganisation(tokens.get(end).text())) {
				continue; // "Manchester Metropolitan University", "Getty Images": an
							// institution's name
			}
			if (!last.possessive() && end < tokens.size() && adjacent(text, tokens, end - 1, end)
					&& PLACE_HEADS.contains(tokens.get(end).key())) {
				continue; // "Pakistan's Khyber Pakhtunkhwa province": a place's name
			}
			if (nameWords == 1 && !last.possessive() && end < tokens.size() && adjacent(text, tokens, end - 1, end)
					&& NAME_AS_MODIFIER_HEADS.contains(tokens.get(end).key()) && i > 0
					&& ARTICLES.contains(tokens.get(i - 1).key()) && adjacent(text, tokens, i - 1, i)) {
				continue; // "the Assad regime": a surname that says whose names nobody
							// (a full name still teaches the report that name)
			}
			if (!last.possessive() && honorificThenOrganisation(text, tokens, end)) {
				continue; // "Imam Sadeq (as) University": a place named after a saint
			}
			if (i > 0 && adjacent(text, tokens, i - 1, i) && CONNECTORS.contains(tokens.get(i - 1).key())) {
				if (!personApposed(text, tokens, end) && !afterOwnerNoun(text, tokens, i - 1)
						&& !givenNameAfterCommonWord(tokens, i, end) && !ownerAfterCommonWord(tokens, i, end)) {
					continue; // "Labour MP for Newcastle", "Chancellor of the Exchequer":
								// part of a role
				}
			}
			// "bin Laden", "bin Salman": the family or father's name keeps its particle.
			boolean lineage = i > 0 && SpeakerNames.LINEAGE.contains(tokens.get(i - 1).text())
					&& adjacent(text, tokens, i - 1, i) && !claimed[i - 1];
			int nameStart = lineage ? tokens.get(i - 1).start() : tokens.get(i).start();
			if (!lineage && nameWords >= 3 && tokens.get(i).key().equals(last.key())) {
				// "Foreign Minister Zarif Mohammad Javad Zarif spoke": a headline's last
				// name run into the text's first, which names the person in full.
				nameStart = tokens.get(i + 1).start();
			}
			String name = text.substring(nameStart, last.start()) + last.bare();
			if (nameWords >= 2 && role == null && KnownPlaces.isKnownName(name)) {
				// "Hong Kong is a special administrative region": a country's or
				// region's name, though its words look like a person's
				claim(claimed, i, end);
				i = end - 1;
				continue;
			}
			if (nameWords <= 2 && role != null && !last.possessive() && end + 1 < tokens.size()
					&& adjacent(text, tokens, end - 1, end) && NameVocabulary.isTitle(tokens.get(end).text())
					&& tokens.get(end).capitalised() && adjacent(text, tokens, end, end + 1)
					&& tokens.get(end + 1).nameWord()) {
				continue; // "Minister of Culture and Islamic Guidance Seyyed Mohammad
							// Hosseini": the office's last word, then the title of the
							// name
			}
			boolean single = nameWords == 1 && role == null && !lineage;
			if (single && !knownPerson.test(name) && afterPlaceIn(text, tokens, i)) {
				continue; // "in Tel Aviv, told": the place's second word
			}
			if (single) {
				boolean cue = !last.possessive() && followedByCue(tokens, end);
				boolean apposed = !cue && !last.possessive()
						&& followedByCue(tokens, afterApposition(text, tokens, end));
				boolean known = knownPerson.test(name) || invertedTag(text, tokens, i)
						|| introducedByName(text, tokens, i) || quotedAs(tokens, i, end) || asPutIt(tokens, i, end);
				if (!known && (!apposed && (!cue || afterArticle(text, tokens, i)) || afterIn(text, tokens, i))) {
					continue; // "the Exchequer said", "Rates rose": a capitalised word,
								// not a surname; a lone word with a speech verb after it
								// is one even at a sentence start ("Kasper told")
				}
			}
			int writtenStart = role != null ? tokens.get(roleStart).start() : nameStart;
			// An apposition says what someone does, a form of address or a rank only
			// how to call them: "Mr. Tom Lake, a senior fellow at …", "The Emir of
			// Kuwait, Sheikh Nawaf".
			boolean addressOnly = NameVocabulary.courtesyOnly(role);
			boolean rankOnly = !addressOnly && NameVocabulary.addressOrRankOnly(role);
			String apposed = role == null ? apposedRole(text, tokens, i, false)
					: rankOnly ? apposedRole(text, tokens, roleStart, true) : null;
			addressOnly |= rankOnly && apposed != null;
			if ((role == null || addressOnly) && apposed == null && !last.possessive()) {
				apposed = roleAfter(text, tokens, end);
				if (apposed == null) {
					apposed = bareRoleAfter(text, tokens, end, sentenceStarts);
				}
			}
			out.add(new Mention(writtenStart, last.end(), text.substring(writtenStart, nameEnd(last)), name,
					role != null && !(addressOnly && apposed != null) ? role : apposed, SpeakerKind.PERSON,
					last.possessive()));
			claim(claimed, role != null ? roleStart : i, end);
			i = end - 1;
		}
	}

	/**
	 * Whether the title right before the name at token {@code nameStart} completes a verb
	 * before it ("fit to be president, Clinton ripped into"): it is then no title or role
	 * of that name.
	 */
	static boolean titleCompletesVerb(List<Token> tokens, int nameStart) {
		return nameStart >= 2 && PREDICATE_VERBS.contains(tokens.get(nameStart - 2).key());
	}

	/**
	 * Whether the connector at {@code of} follows a word for what someone said or for a
	 * relative: "the very words of Abraham Lincoln", "the wife of John Smith" name a
	 * person, unlike "Chancellor of the Exchequer".
	 */
	private static boolean afterOwnerNoun(String text, List<Token> tokens, int of) {
		return of >= 1 && tokens.get(of).key().equals("of") && adjacent(text, tokens, of - 1, of)
				&& OWNED_BY_A_PERSON.contains(tokens.get(of - 1).key());
	}

	/** Nouns whose "of" names a person: what someone said, and relatives. */
	private static final Set<String> OWNED_BY_A_PERSON = Set.of("words", "remarks", "speech", "statement", "comments",
			"wife", "husband", "son", "daughter", "father", "mother", "brother", "sister", "widow", "friend",
			"daughters", "sons");

	/**
	 * Whether the name at [i, end) after "of" owns what follows and the word before "of"
	 * is neither capitalised nor a title: "the main points of Ahmadinejad's statements"
	 * names him, while in "a spokeswoman for Gore's campaign" or "leader of Cruz's" the
	 * word would be taken for his role.
	 */
	private static boolean ownerAfterCommonWord(List<Token> tokens, int i, int end) {
		return i >= 2 && tokens.get(end - 1).possessive() && tokens.get(i - 1).key().equals("of")
				&& !tokens.get(i - 2).capitalised() && !NameVocabulary.isTitle(tokens.get(i - 2).text());
	}

	/**
	 * Whether the name at [i, end) after a connector is a known given name and a surname,
	 * and the word before the connector is not capitalised: "calling for Donald Trump to
	 * be banned", "a vote for Hillary Clinton" name people, while "Labour MP for
	 * Newcastle" and "Chancellor of the Exchequer" name a role.
	 */
	private static boolean givenNameAfterCommonWord(List<Token> tokens, int i, int end) {
		return i >= 2 && end - i >= 2 && !tokens.get(i - 2).capitalised()
				&& NameVocabulary.isGivenNameKey(tokens.get(i).key());
	}

	/**
	 * Whether the name that ends before token {@code next} is set off by a comma and
	 * described as someone: "courtesy of Wes Nakagiri, a delegate from Michigan", "the
	 * death of Sean Smith, who".
	 */
	private static boolean personApposed(String text, List<Token> tokens, int next) {
		if (next >= tokens.size()
				|| !text.substring(tokens.get(next - 1).end(), tokens.get(next).start()).strip().equals(",")) {
			return false;
		}
		int at = next;
		if (APPOSITION_TIMES.contains(tokens.get(at).key()) && at + 1 < tokens.size()
				&& adjacent(text, tokens, at, at + 1)) {
			at++; // "that of Jumana Ghunaimat, formerly the editor-in-chief of …"
		}
		String key = tokens.get(at).key();
		return key.equals("who") && at == next || key.equals("a") || key.equals("an") || key.equals("the");
	}

	/** Adverbs of time that may open an apposition before its article. */
	private static final Set<String> APPOSITION_TIMES = Set.of("formerly", "previously", "once", "now", "currently",
			"then");

	/**
	 * Whether token i is the verb of an inverted tag opening a sentence, {@code Said
	 * Comey, "…"}, {@code Answers Netanyahu: "…"}: a speech verb, then a name, then a
	 * comma or colon and a quotation. "Said Jalili, the negotiator, …" is a man called
	 * Said.
	 */
	private static boolean invertedSaid(String text, List<Token> tokens, int i) {
		Token verb = tokens.get(i);
		if (!(verb.text().equals("Said") || verb.capitalised() && SpeechCues.isCue(verb.key())
				&& (verb.key().endsWith("s") || verb.key().endsWith("ed"))) || !atSentenceStart(text, verb.start())) {
			return false;
		}
		int end = i + 1;
		while (end < tokens.size() && end - i <= 3 && tokens.get(end).nameWord()
				&& adjacent(text, tokens, end - 1, end)) {
			end++;
		}
		if (end == i + 1) {
			return false;
		}
		int at = tokens.get(end - 1).end();
		while (at < text.length() && (text.charAt(at) == ',' || text.charAt(at) == ':' || text.charAt(at) == ' ')) {
			at++;
		}
		return at > tokens.get(end - 1).end() && at < text.length() && "\"“„«".indexOf(text.charAt(at)) >= 0
				&& text.substring(tokens.get(end - 1).end(), at).strip().length() == 1;
	}

	/**
	 * Whether a party in the plural stands right before a name, introducing a list of its
	 * members ("Democrats Hillary Clinton, Bernie Sanders and Martin O'Malley"): it is no
	 * part of the first name. Alone it still names a group that speaks ("Republicans
	 * said").
	 */
	private static boolean pluralAffiliationBeforeName(String text, List<Token> tokens, int i) {
		String key = tokens.get(i).key();
		return key.length() > 3 && key.endsWith("s")
				&& NameVocabulary.AFFILIATIONS.contains(key.substring(0, key.length() - 1)) && i + 1 < tokens.size()
				&& adjacent(text, tokens, i, i + 1) && tokens.get(i + 1).nameWord();
	}

	/**
	 * Whether a lone capitalised word is introduced as someone's name: "a resident named
	 * Caroline", "a woman identified only as Maria".
	 */
	private static boolean introducedByName(String text, List<Token> tokens, int i) {
		if (i == 0 || !adjacent(text, tokens, i - 1, i)) {
			return false;
		}
		String before = tokens.get(i - 1).key();
		return before.equals("named") || before.equals("as") && i >= 2 && adjacent(text, tokens, i - 2, i - 1)
				&& (tokens.get(i - 2).key().equals("identified") || tokens.get(i - 2).key().equals("only"));
	}

	/**
	 * Capitalised words that are usually no name but are also surnames: places, titles
	 * and a few function words ("Steve Israel", "Kerry Washington", "Billie Jean King",
	 * "George Will", "Ian Read").
	 */
	private static final Set<String> COMMON_SURNAMES = Set.of("will", "read", "may", "watch");

	private static boolean commonSurnameWord(Token token) {
		if (!token.capitalised()) {
			return false;
		}
		String bare = token.bare();
		// The key of the word without its possessive ending, built once.
		String key = token.possessive() ? NameVocabulary.key(bare) : token.key();
		return !NameVocabulary.isAcronym(bare)
				&& (NameVocabulary.isPlaceKey(key) || NameVocabulary.isTitleKey(key) || COMMON_SURNAMES.contains(key));
	}

	/**
	 * Whether token {@code at} ends the name that a known given name opened at
	 * {@code first} with such a word: "Steve Israel", "Billie Jean King", never "Hillary
	 * Clinton Foundation" (an organisation follows) nor a third name word after it.
	 */
	private static boolean commonSurnameAfterGivenName(String text, List<Token> tokens, int first, int at) {
		if (at == first || at - first > 2 || !commonSurnameWord(tokens.get(at))
				|| !NameVocabulary.isGivenNameKey(tokens.get(first).key())) {
			return false;
		}
		for (int j = first; j < at; j++) {
			if (!tokens.get(j).nameWord() || tokens.get(j).possessive()) {
				return false;
			}
		}
		return at + 1 >= tokens.size() || !adjacent(text, tokens, at, at + 1) || !tokens.get(at + 1).capitalised();
	}

	/**
	 * Whether such a word stands alone for a person the report names in full, as the
	 * subject of a speech verb ({@code Israel said}, {@code Paris, who used to work on
	 * Capitol Hill, said}) or of an inverted tag: "Steve Israel" makes "Israel said" his.
	 */
	private boolean loneCommonSurname(String text, List<Token> tokens, int i) {
		Token token = tokens.get(i);
		if (!commonSurnameWord(token) || !knownPerson.test(token.bare())) {
			return false;
		}
		if (invertedTag(text, tokens, i)) {
			return true;
		}
		if (token.possessive()) {
			return false;
		}
		return followedByCue(tokens, i + 1) || followedByCue(tokens, afterClause(text, tokens, i + 1));
	}

	/**
	 * A role set off before the name by a comma: "Rohani's political advisor, Hamid
	 * Aboutalebi" → "Rohani's political advisor", "The Emir of Kuwait, Sheikh Nawaf" →
	 * "Emir of Kuwait". At most five words, ending in a title or role noun, or an office
	 * and its object; {@code headed}: the title must be an office's head.
	 */
	private static String apposedRole(String text, List<Token> tokens, int nameStart, boolean headed) {
		if (nameStart == 0) {
			return null;
		}
		Token end = tokens.get(nameStart - 1);
		if (!text.substring(end.end(), tokens.get(nameStart).start()).strip().equals(",")) {
			return null;
		}
		int titleAt = NameVocabulary.isTitle(end.text()) ? nameStart - 1
				: titleBeforeObject(text, tokens, nameStart - 1);
		if (titleAt < 0 || titleCompletesVerb(tokens, titleAt + 1)
				|| headed && !SpeakerDescriptions.personNoun(tokens.get(titleAt).key())) {
			return null; // before a rank, only an office's head ("Emir", not "economy")
		}
		Token title = tokens.get(titleAt);
		int first = titleAt;
		while (first > 0 && nameStart - first < 5 && adjacent(text, tokens, first - 1, first)) {
			Token before = tokens.get(first - 1);
			if (NameVocabulary.FUNCTION_WORDS.contains(before.key()) || SpeechCues.isCue(before.key())
					|| (before.capitalised() && !before.possessive() && !NameVocabulary.isTitle(before.text())
							&& !NameVocabulary.isOrganisation(before.text())
							&& !NameVocabulary.isPlace(before.text()))) {
				break;
			}
			first--;
		}
		// "The spokesperson for the Iraqi prime minister, Dhia al-Nasiri": the title
		// ends an office's object; the person holds the office before it.
		if (first >= 3 && ARTICLES.contains(tokens.get(first - 1).key())
				&& OFFICE_LINKS.contains(tokens.get(first - 2).key())
				&& (NameVocabulary.isTitle(tokens.get(first - 3).text())
						|| SpeakerDescriptions.personNoun(tokens.get(first - 3).key()))
				&& adjacentRun(text, tokens, first - 3, first + 1)) {
			first -= 3;
		}
		return text.substring(tokens.get(first).start(), end.end());
	}

	/**
	 * The title that an office's object ending at {@code last} follows: "Emir" of "The
	 * Emir of Kuwait,", "head" of "the head of the judiciary,"; -1 for anything else. The
	 * object is at most three words after "of", with "the" first.
	 */
	private static int titleBeforeObject(String text, List<Token> tokens, int last) {
		for (int of = last - 1; of >= 1 && last - of <= 3; of--) {
			Token token = tokens.get(of);
			if (!adjacent(text, tokens, of, of + 1)) {
				return -1;
			}
			if (token.key().equals("of")) {
				Token title = tokens.get(of - 1);
				return adjacent(text, tokens, of - 1, of) && !title.possessive() && NameVocabulary.isTitle(title.text())
						&& SpeakerDescriptions.personNoun(title.key()) ? of - 1 : -1;
			}
			if (token.possessive() || SpeechCues.isCue(token.key())
					|| NameVocabulary.FUNCTION_WORDS.contains(token.key()) && !token.key().equals("the")) {
				return -1;
			}
		}
		return -1;
	}

	/** Words joining an office to whom it serves: "spokesperson for", "adviser to". */
	private static final Set<String> OFFICE_LINKS = Set.of("for", "to", "of");

	/** Most words of a known organisation's name looked up at a name's start. */
	private static final int MAX_KNOWN_ORGANISATION_WORDS = 4;

	/**
	 * How many words of a known organisation's name of two to four words open at token i
	 * ("Human Rights Watch", "Downing Street"), which findKnownOrganisations names; 0
	 * when none does.
	 */
	private static int knownOrganisationAt(String text, List<Token> tokens, int i) {
		if (!KnownOrganisations.mayStartWith(tokens.get(i).key())) {
			return 0; // the common case, without building and folding the words
		}
		for (int length = Math.min(MAX_KNOWN_ORGANISATION_WORDS, tokens.size() - i); length >= 2; length--) {
			if (adjacentRun(text, tokens, i, i + length) && KnownOrganisations
				.contains(text.substring(tokens.get(i).start(), tokens.get(i + length - 1).start())
						+ tokens.get(i + length - 1).bare())) {
				return length;
			}
		}
		return 0;
	}

	/**
	 * Whether token i is a known organisation's one-word name with no capitalised word
	 * joined after it.
	 */
	private static boolean knownOrganisationAlone(String text, List<Token> tokens, int i) {
		return KnownOrganisations.mayStartWith(tokens.get(i).key()) && KnownOrganisations.contains(tokens.get(i).bare())
				&& !(i + 1 < tokens.size() && adjacent(text, tokens, i, i + 1) && tokens.get(i + 1).capitalised());
	}

	/**
	 * Whether token i is a lower-case "the" after "of" in an office: "Leader of the
	 * Islamic Revolution Ayatollah Ali Khamenei", "Speaker of the Parliament Ali
	 * Larijani"; the caller asks only with a word of the office after it.
	 */
	private static boolean theAfterOf(List<Token> tokens, int i) {
		return i > 0 && tokens.get(i).text().equals("the") && tokens.get(i - 1).key().equals("of");
	}

	/**
	 * First token of the titles and role words right before a name ("Iranian Army chief
	 * of staff").
	 */
	private static int roleStart(String text, List<Token> tokens, boolean[] claimed, int nameStart) {
		int start = nameStart;
		while (start > 0 && nameStart - start < 8 && !claimed[start - 1] && (adjacent(text, tokens, start - 1, start)
				|| afterTitleDot(text, tokens, start - 1, start) || slashedAcronyms(text, tokens, start - 1, start))) {
			Token before = tokens.get(start - 1);
			if (NameVocabulary.isHonorificInCapitals(before.bare())) {
				start--; // "foreign minister HE Khalid al-Attiyah": His Excellency,
							// which the role sheds (TitleSplitter.cleanRole)
				continue;
			}
			String key = before.key();
			boolean roleWord = NameVocabulary.isTitle(before.text()) || NameVocabulary.isOrganisation(before.text())
					|| NameVocabulary.isPlace(before.text()) || key.equals("of") || key.equals("for")
					|| start < nameStart && theAfterOf(tokens, start - 1) || officeInPlace(tokens, start - 1)
					|| joinsTitles(text, tokens, start - 1, start)
					|| (before.capitalised() && !NameVocabulary.FUNCTION_WORDS.contains(key)
							&& !NameVocabulary.CALENDAR.contains(key)
							&& !before.text().chars().allMatch(Character::isDigit));
			if (!roleWord || (before.possessive() && !NameVocabulary.isPlace(before.text()))
					|| NameVocabulary.HONORIFICS.contains(key) || NameVocabulary.NOT_NAMES.contains(key)) {
				break; // "His Eminence Ayatollah Ali Sistani": the office is "Ayatollah"
			}
			start--;
		}
		while (start < nameStart && CONNECTORS.contains(tokens.get(start).key())) {
			start++;
		}
		return servedPersonStart(tokens, start, nameStart);
	}

	/**
	 * Where the role of a name whose own titles follow a staff word and its link starts:
	 * in "the spokesperson for President Erdogan" and "representative of Supreme Leader
	 * Khamenei" the name is the one served, so its role is "President", not the staff
	 * word's. A body or a place between them leaves the whole run the staff member's
	 * ("spokesman for the Foreign Ministry Nasser Kanaani").
	 */
	private static int servedPersonStart(List<Token> tokens, int start, int nameStart) {
		for (int link = start + 1; link < nameStart - 1; link++) {
			if (!CONNECTORS.contains(tokens.get(link).key()) || !SERVING_STAFF.contains(tokens.get(link - 1).key())) {
				continue;
			}
			boolean titled = false;
			for (int t = link + 1; t < nameStart; t++) {
				String text = tokens.get(t).text();
				if (NameVocabulary.isOrganisation(text)) {
					return start;
				}
				if (NameVocabulary.isTitle(text)) {
					titled = true;
				}
				else if (!NameVocabulary.isPlace(text)) {
					return start;
				}
			}
			return titled ? link + 1 : start;
		}
		return start;
	}

	/** Those who speak or act for a person named after them. */
	private static final Set<String> SERVING_STAFF = Set.of("spokesman", "spokeswoman", "spokesperson", "adviser",
			"advisor", "aide", "representative", "envoy", "lawyer", "attorney");

	/**
	 * Whether the "and" at {@code and} joins two offices of one person, each in title
	 * case: "RFE/RL President and Chief Executive Officer Jamie Fly". Not "Obama and
	 * President Xi", where a name stands before it.
	 */
	private static boolean joinsTitles(String text, List<Token> tokens, int and, int next) {
		return tokens.get(and).key().equals("and") && !tokens.get(and).capitalised() && and > 0
				&& tokens.get(and - 1).capitalised() && NameVocabulary.isTitle(tokens.get(and - 1).text())
				&& adjacent(text, tokens, and - 1, and) && tokens.get(next).capitalised();
	}

	/**
	 * Whether two acronyms are one name joined by a slash: "RFE/RL President Jamie Fly".
	 */
	private static boolean slashedAcronyms(String text, List<Token> tokens, int a, int b) {
		return text.substring(tokens.get(a).end(), tokens.get(b).start()).equals("/")
				&& NameVocabulary.isAcronym(tokens.get(a).text()) && NameVocabulary.isAcronym(tokens.get(b).text());
	}

	/**
	 * Whether only the dot of an abbreviated title and spaces stand between two tokens:
	 * "Sen. Cruz", "Gov. Kasich".
	 */
	private static boolean afterTitleDot(String text, List<Token> tokens, int a, int b) {
		String between = text.substring(tokens.get(a).end(), tokens.get(b).start());
		Token title = tokens.get(a);
		if (between.length() == 3 && NameFolding.isApostrophe(between.charAt(2)) && tokens.get(b).capitalised()) {
			between = between.substring(0, 2); // "Dr. 'Abdallah": the 'ayn opens the name
		}
		if (between.equals(".-") && NameVocabulary.isTitle(tokens.get(b).text())) {
			between = "."; // "Brig.-Gen.", "Lt.-Col.": one rank in two abbreviations
		}
		// Only an abbreviation: "the leading candidate. South Carolina Sen. Lindsey
		// Graham"
		// ends a sentence at "candidate".
		return between.startsWith(".") && between.substring(1).isBlank() && between.length() <= 2 && title.capitalised()
				&& title.text().length() <= 5 && NameVocabulary.isTitle(title.text());
	}

	/**
	 * Whether the "in" at {@code in} places an office: "Hamas leader in Gaza Yahya
	 * Sinwar", an office's word before it and a place's name after it.
	 */
	private static boolean officeInPlace(List<Token> tokens, int in) {
		return tokens.get(in).text().equals("in") && in > 0 && in + 1 < tokens.size()
				&& NameVocabulary.isTitle(tokens.get(in - 1).text())
				&& NameVocabulary.isPlace(tokens.get(in + 1).text());
	}

	/**
	 * Whether the particle at {@code at} is the second of two before a name: the "der" of
	 * "von der Leyen", the "la" of "de la Fuente".
	 */
	private static boolean secondParticleBeforeName(String text, List<Token> tokens, int at) {
		return NameVocabulary.isParticle(tokens.get(at).text()) && at + 1 < tokens.size()
				&& adjacent(text, tokens, at, at + 1) && tokens.get(at + 1).nameWord();
	}

	private static boolean hasTitle(List<Token> tokens, int from, int to) {
		for (int i = from; i < to; i++) {
			if (NameVocabulary.isTitle(tokens.get(i).text())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Organisations known by a name of their own ({@link KnownOrganisations}): "Hamas
	 * said", "the Pentagon said". Without this, a one-word name is nobody's, and "Hamas
	 * leader Ismail Haniyeh" reads as one long name. The longest listed run of adjacent
	 * words wins; only its last word may be possessive ("Hezbollah's").
	 */
	private static void findKnownOrganisations(String text, List<Token> tokens, boolean[] claimed, List<Mention> out) {
		for (int i = 0; i < tokens.size(); i++) {
			Token first = tokens.get(i);
			if (claimed[i] || !KnownOrganisations
				.mayStartWith(first.possessive() ? NameVocabulary.key(first.bare()) : first.key())) {
				continue;
			}
			for (int length = Math.min(KnownOrganisations.MAX_WORDS, tokens.size() - i); length >= 1; length--) {
				int end = i + length;
				Token last = tokens.get(end - 1);
				if (!last.capitalised() || !free(claimed, i, end) || !adjacentRun(text, tokens, i, end)
						|| possessiveBefore(tokens, i, end - 1)) {
					continue;
				}
				String name = text.substring(first.start(), last.start()) + last.bare();
				if (!KnownOrganisations.contains(name)) {
					continue;
				}
				out.add(new Mention(first.start(), last.end(), name, name, null, SpeakerKind.INSTITUTION,
						last.possessive()));
				claim(claimed, i, end);
				i = end - 1;
				break;
			}
		}
	}

	/**
	 * Whether a word from {@code from} up to (not including) {@code to} is possessive.
	 */
	private static boolean possessiveBefore(List<Token> tokens, int from, int to) {
		for (int k = from; k < to; k++) {
			if (tokens.get(k).possessive()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Arabic names of militias, parties and movements, which open with the word for what
	 * they are ("Kata'ib Hizbullah", "Asa'ib Ahl Al-Haq", "Harakat Al-Nujaba"): without
	 * this, the person pass takes them for a person's name, and a "he" after them finds
	 * two men where the text names one.
	 */
	private static void findArabicOrganisations(String text, List<Token> tokens, boolean[] claimed, List<Mention> out) {
		for (int i = 0; i + 1 < tokens.size(); i++) {
			Token head = tokens.get(i);
			if (claimed[i] || !head.capitalised() || head.possessive()
					|| !ARABIC_ORGANISATION_HEADS.contains(head.key().replace("'", ""))) {
				continue;
			}
			int end = i + 1;
			while (end < tokens.size() && end - i <= 4 && !claimed[end] && adjacent(text, tokens, end - 1, end)
					&& tokens.get(end).capitalised() && !tokens.get(end - 1).possessive()
					&& !NameVocabulary.isTitle(tokens.get(end).text())) {
				end++;
			}
			if (end == i + 1) {
				continue;
			}
			Token last = tokens.get(end - 1);
			String name = text.substring(head.start(), last.start()) + last.bare();
			out.add(new Mention(head.start(), last.end(), name, name, null, SpeakerKind.INSTITUTION,
					last.possessive()));
			claim(claimed, i, end);
			i = end - 1;
		}
	}

	/**
	 * Arabic words for a kind of organisation that open its name, apostrophes left out:
	 * brigades, leagues, movement, companies, brigade, army, party, front, organisation,
	 * group, authority, supporters, forces.
	 */
	private static final Set<String> ARABIC_ORGANISATION_HEADS = Set.of("kataib", "asaib", "harakat", "saraya", "liwa",
			"jaysh", "jaish", "hizb", "jabhat", "tanzim", "jamaat", "hayat", "ansar", "quwat");

	/** The word before "Agency" in a news agency's name. */
	private static final Set<String> NEWS_AGENCY_WORDS = Set.of("news", "press");

	private void findInstitutions(String text, List<Token> tokens, boolean[] claimed, List<Mention> out) {
		for (int i = 0; i < tokens.size(); i++) {
			if (claimed[i]) {
				continue;
			}
			Token token = tokens.get(i);
			if (NameVocabulary.isPartyState(token.bare()) || insidePartyState(text, tokens, i)) {
				continue;
			}
			if (NameVocabulary.isAcronym(token.bare()) && !token.possessive() && i + 1 < tokens.size()
					&& !claimed[i + 1] && adjacent(text, tokens, i, i + 1) && tokens.get(i + 1).bare().equals("News")) {
				Token news = tokens.get(i + 1); // "CBS News", "NBC News": a newsroom
				String name = token.text() + " News";
				out.add(new Mention(token.start(), news.end(), name, name, null, SpeakerKind.OUTLET,
						news.possessive()));
				claim(claimed, i, i + 2);
				i++;
				continue;
			}
			if (NameVocabulary.isAcronym(token.bare()) && !NameVocabulary.isPlace(token.bare())
					&& !NameVocabulary.isTitle(token.bare()) && !notAnInstitution(token.key())) {
				out.add(new Mention(token.start(), token.end(), token.bare(), token.bare(), null,
						SpeakerKind.INSTITUTION, token.possessive()));
				claimed[i] = true;
				continue;
			}
			if (!token.capitalised() || NameVocabulary.FUNCTION_WORDS.contains(token.key())) {
				continue;
			}
			int end = i;
			while (end < tokens.size() && !claimed[end] && end - i < 6
					&& (end == i || adjacent(text, tokens, end - 1, end)) && tokens.get(end).capitalised()
					&& !NameVocabulary.FUNCTION_WORDS.contains(tokens.get(end).key())) {
				end++;
				if (tokens.get(end - 1).possessive() && end - 1 > i) {
					break;
				}
			}
			Token last = tokens.get(end - 1);
			if (end - i >= 3 && NameVocabulary.key(last.bare()).equals("agency")
					&& NEWS_AGENCY_WORDS.contains(tokens.get(end - 2).key())) {
				// "The Iranian Republic News Agency", "the Saudi Press
				// Agency": an outlet, whether or not the list knows it.
				String name = text.substring(token.start(), last.start()) + last.bare();
				out.add(new Mention(token.start(), last.end(), name, name, null, SpeakerKind.OUTLET,
						last.possessive()));
				claim(claimed, i, end);
				i = end - 1;
				continue;
			}
			if (!last.possessive() && end < tokens.size() && end - i <= 3 && !claimed[end]
					&& adjacent(text, tokens, end - 1, end) && LOWER_CASE_HEADS.contains(tokens.get(end).text())
					&& !NameVocabulary.isPlace(last.bare())) {
				// "the US Treasury department", "the State department": the head left in
				// lower case, named as the department's name is written.
				Token head = tokens.get(end);
				String name = text.substring(token.start(), last.end()) + " "
						+ Character.toUpperCase(head.bare().charAt(0)) + head.bare().substring(1);
				out.add(new Mention(token.start(), head.end(),
						text.substring(token.start(), head.start()) + head.bare(), name, null, SpeakerKind.INSTITUTION,
						head.possessive()));
				claim(claimed, i, end + 1);
				i = end;
				continue;
			}
			boolean headed = INSTITUTION_HEADS.contains(NameVocabulary.key(last.bare()));
			// "the Department of Justice", "the Ministry of Foreign Affairs": what it is
			// of.
			int named = headed ? ofWhat(text, tokens, claimed, end) : end;
			if (headed && (named > end || end - i >= 2 || token.key().equals("government")
					|| token.key().equals("majlis"))) {
				Token lastNamed = tokens.get(named - 1);
				String name = text.substring(token.start(), lastNamed.start()) + lastNamed.bare();
				out.add(new Mention(token.start(), lastNamed.end(), name, name, null, SpeakerKind.INSTITUTION,
						lastNamed.possessive()));
				claim(claimed, i, named);
				i = named - 1;
			}
		}
	}

	/** Heads of a department's name that a page may leave in lower case. */
	private static final Set<String> LOWER_CASE_HEADS = Set.of("department", "department's", "ministry", "ministry's");

	/**
	 * Past an institution's head word ending at token {@code end} (exclusive), what it is
	 * of, in capitals: "of Justice", "of Foreign Affairs", "of the Islamic Revolution".
	 * The token after them, or {@code end} when none follow.
	 */
	private static int ofWhat(String text, List<Token> tokens, boolean[] claimed, int end) {
		if (end + 1 >= tokens.size() || tokens.get(end - 1).possessive() || !tokens.get(end).key().equals("of")
				|| tokens.get(end).capitalised() || !adjacent(text, tokens, end - 1, end)) {
			return end;
		}
		int from = end + 1;
		if (tokens.get(from).key().equals("the") && from + 1 < tokens.size()
				&& adjacent(text, tokens, from - 1, from)) {
			from++;
		}
		int to = capitalisedRun(text, tokens, claimed, from);
		if (to > from && to + 1 < tokens.size() && tokens.get(to).text().equals("and")
				&& adjacent(text, tokens, to - 1, to) && !tokens.get(to - 1).possessive()) {
			// "of Foreign Affairs and Expatriates", "of Culture and Islamic Guidance"
			int more = capitalisedRun(text, tokens, claimed, to + 1);
			to = more > to + 1 ? more : to;
		}
		else if (to > from && to < tokens.size() && !tokens.get(to - 1).possessive()
				&& text.substring(tokens.get(to - 1).end(), tokens.get(to).start()).strip().equals("&")) {
			// "of Foreign Affairs & Regional Integration": the run goes on past the
			// ampersand, which no token holds
			if (!claimed[to] && tokens.get(to).capitalised()
					&& !NameVocabulary.FUNCTION_WORDS.contains(tokens.get(to).key())) {
				to = capitalisedRun(text, tokens, claimed, to + 1);
			}
		}
		return to > from ? to : end;
	}

	/** The end of up to four adjacent capitalised words from {@code from}. */
	private static int capitalisedRun(String text, List<Token> tokens, boolean[] claimed, int from) {
		int to = from;
		while (to < tokens.size() && to - from < 4 && !claimed[to] && tokens.get(to).capitalised()
				&& !NameVocabulary.FUNCTION_WORDS.contains(tokens.get(to).key())
				&& adjacent(text, tokens, to - 1, to)) {
			to++;
			if (tokens.get(to - 1).possessive()) {
				break;
			}
		}
		return to;
	}

	/**
	 * Whether the capitalised word at token i is the second of two things an institution
	 * is of ("Ministry of Foreign Affairs and Expatriates"): part of its name, no person.
	 */
	private static boolean conjunctOfInstitution(String text, List<Token> tokens, int i) {
		if (NameVocabulary.isGivenNameKey(tokens.get(i).key())) {
			return false; // "the Department of Justice and Tom Reyes"
		}
		int and = i - 1;
		while (and > i - 3 && and > 0 && tokens.get(and).capitalised() && adjacent(text, tokens, and, and + 1)) {
			and--; // "and Islamic Guidance"
		}
		// "Ministry of Foreign Affairs & Regional Integration": an ampersand between the
		// two.
		boolean ampersand = and >= 2 && and + 1 < tokens.size()
				&& text.substring(tokens.get(and).end(), tokens.get(and + 1).start()).strip().equals("&");
		if (!ampersand && (and < 3 || !tokens.get(and).text().equals("and") || !adjacent(text, tokens, and, and + 1))) {
			return false;
		}
		int before = ampersand ? and : and - 1;
		for (int j = before; j >= 2 && j > before - 4 && tokens.get(j).capitalised(); j--) {
			if (tokens.get(j - 1).text().equals("of") && tokens.get(j - 2).capitalised()
					&& INSTITUTION_HEADS.contains(NameVocabulary.key(tokens.get(j - 2).bare()))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the token before {@code next} is a middle initial inside a name run that
	 * opened at {@code first}: "Sander M. Levin", "George W. Bush"; also an opening one
	 * ("J. Gerald Hebert").
	 */
	private static boolean middleInitial(String text, List<Token> tokens, int first, int next) {
		Token initial = tokens.get(next - 1);
		return next - 1 >= first && initial.text().length() == 1 && Character.isUpperCase(initial.text().charAt(0))
				&& text.startsWith(". ", initial.end()) && tokens.get(next).start() == initial.end() + 2;
	}

	/**
	 * Whether token {@code at} is a middle initial that is also a word ("James A. Baker",
	 * "Ruth I. Hale"): a lone capital with its dot inside a name run opened at
	 * {@code first}, a name word following.
	 */
	private static boolean initialInside(String text, List<Token> tokens, int first, int at) {
		Token initial = tokens.get(at);
		return at > first && at + 1 < tokens.size() && initial.text().length() == 1
				&& Character.isUpperCase(initial.text().charAt(0)) && text.startsWith(". ", initial.end())
				&& tokens.get(at + 1).start() == initial.end() + 2 && tokens.get(at + 1).nameWord();
	}

	/**
	 * Whether the word at {@code i} comes right after "in" or "at": "speaking in Prague,
	 * the president announced" names a place, which only looks like a surname with an
	 * apposition and a speech verb after it.
	 */
	private static boolean afterIn(String text, List<Token> tokens, int i) {
		return i > 0 && adjacent(text, tokens, i - 1, i) && !tokens.get(i).possessive()
				&& (tokens.get(i - 1).key().equals("in") || tokens.get(i - 1).key().equals("at"));
	}

	/**
	 * Whether token i follows a place's word that follows "in" or "at": "in Tel Aviv".
	 */
	private static boolean afterPlaceIn(String text, List<Token> tokens, int i) {
		return i > 0 && adjacent(text, tokens, i - 1, i) && tokens.get(i - 1).capitalised()
				&& NameVocabulary.isPlace(tokens.get(i - 1).text()) && afterIn(text, tokens, i - 1);
	}

	private static boolean afterArticle(String text, List<Token> tokens, int i) {
		return i > 0 && adjacent(text, tokens, i - 1, i) && ARTICLES.contains(tokens.get(i - 1).key());
	}

	/**
	 * Whether a capitalised word that is usually a function word but also a given name
	 * ("Will", "Said") opens a name here: inside a sentence and followed by a name word
	 * ("said Will Doyle"). At a sentence start ("Will Trump win?") it stays a verb.
	 */
	private static boolean givenNameOpener(String text, List<Token> tokens, boolean[] claimed, int i) {
		Token token = tokens.get(i);
		if (token.capitalised() && !token.possessive() && i + 1 < tokens.size() && !claimed[i + 1]
				&& WORDS_AS_GIVEN_NAMES.contains(token.key()) && adjacent(text, tokens, i, i + 1)
				&& tokens.get(i + 1).nameWord() && ARTICLED_SURNAME.matcher(tokens.get(i + 1).key()).lookingAt()) {
			return true; // "Islam Al-Shafi'i", an Egyptian columnist
		}
		if (!token.capitalised() || token.possessive() || i + 1 >= tokens.size() || claimed[i + 1]
				|| !NameVocabulary.FUNCTION_WORDS.contains(token.key())
				|| !NameVocabulary.isGivenNameKey(token.key())) {
			return false;
		}
		return adjacent(text, tokens, i, i + 1) && tokens.get(i + 1).nameWord()
				&& !atSentenceStart(text, token.start());
	}

	/**
	 * Words that are no name alone but a given name before a surname with its article:
	 * "Islam Al-Shafi'i".
	 */
	static final Set<String> WORDS_AS_GIVEN_NAMES = Set.of("islam");

	private static final Pattern ARTICLED_SURNAME = Pattern.compile("(?:al|el)-\\p{L}");

	/**
	 * Whether a capitalised participle opens the sentence before a name ("Debating
	 * Clinton", "Understated Perez raises"): a verb, unless it is a known given name
	 * ("Irving Kristol").
	 */
	private static boolean participleOpener(String text, List<Token> tokens, int i) {
		Token token = tokens.get(i);
		String key = token.key();
		boolean participle = key.length() >= 6 && (key.endsWith("ing") || key.endsWith("ated"));
		return participle && i + 1 < tokens.size() && adjacent(text, tokens, i, i + 1) && tokens.get(i + 1).nameWord()
				&& !NameVocabulary.isGivenNameKey(token.key()) && atSentenceStart(text, token.start());
	}

	/**
	 * What every match of {@link #INITIALS} has (a letter, a dot, a letter): checked
	 * first, as the pattern is tried on every word of a report and almost none is
	 * initials.
	 */
	static boolean maybeInitials(String word) {
		return word.length() >= 3 && word.charAt(1) == '.';
	}

	/**
	 * Whether initials written as one dotted word open a name ("J.J. MacNab", "E.J.
	 * Dionne"), which would otherwise be taken for an acronym. Places ("U.S. Senate")
	 * never do.
	 */
	private static boolean initialsOpener(String text, List<Token> tokens, boolean[] claimed, int i) {
		Token token = tokens.get(i);
		if (maybeInitials(token.text()) && INITIALS.matcher(token.text()).matches()
				&& !NameVocabulary.isPlace(token.text())) {
			return i + 1 < tokens.size() && !claimed[i + 1] && adjacent(text, tokens, i, i + 1)
					&& tokens.get(i + 1).nameWord();
		}
		// "J. Gerald Hebert": a lone initial opens a name only before two more name
		// words,
		// so that a list's "A. The first point" or a stray capital opens none.
		return token.text().length() == 1 && Character.isUpperCase(token.text().charAt(0))
				&& text.startsWith(". ", token.end()) && i + 2 < tokens.size() && !claimed[i + 1]
				&& tokens.get(i + 1).start() == token.end() + 2 && tokens.get(i + 1).nameWord()
				&& adjacent(text, tokens, i + 1, i + 2) && tokens.get(i + 2).nameWord();
	}

	/** States that are also given names, and so are not places on their own. */
	private static final Set<String> GIVEN_NAME_STATES = Set.of("carolina", "dakota", "virginia");

	/** Points of the compass that make such a name a state: "North Carolina". */
	private static final Set<String> COMPASS = Set.of("north", "south", "west");

	/**
	 * Whether token i is the second word of a state named by a point of the compass and a
	 * given name ("G.K. Butterfield of North Carolina said": Carolina is nobody).
	 */
	private static boolean placeAfterPoint(String text, List<Token> tokens, int i) {
		return i > 0 && GIVEN_NAME_STATES.contains(tokens.get(i).key()) && COMPASS.contains(tokens.get(i - 1).key())
				&& adjacent(text, tokens, i - 1, i);
	}

	/**
	 * An acronym that names no institution: a word of a headline in capitals ("IN",
	 * "OF"), a time zone ("EST"), media furniture ("TV").
	 */
	private static boolean notAnInstitution(String key) {
		return NameVocabulary.FUNCTION_WORDS.contains(key) || NameVocabulary.CALENDAR.contains(key)
				|| NameVocabulary.NOT_NAMES.contains(key);
	}

	/**
	 * Whether only opening punctuation stands between the offset and the end of the
	 * previous sentence.
	 */
	private static boolean atSentenceStart(String text, int offset) {
		for (int i = offset - 1; i >= 0; i--) {
			char c = text.charAt(i);
			if (c == '.' || c == '!' || c == '?' || c == ':' || c == '\n') {
				return true;
			}
			if (!Character.isWhitespace(c) && "\"“‘'([—–-".indexOf(c) < 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A role set off after the name: "Caddell, a longtime Democratic pollster," →
	 * "longtime Democratic pollster". The apposition closes with a comma within twelve
	 * words.
	 */
	private static String roleAfter(String text, List<Token> tokens, int next) {
		int close = afterApposition(text, tokens, next);
		if (close >= tokens.size()) {
			return null;
		}
		int end = tokens.get(close - 1).end();
		int bracket = text.indexOf(')', end);
		if (bracket >= 0 && bracket < tokens.get(close).start()) {
			end = bracket + 1; // the aside's closing bracket ends the role
		}
		for (int i = next + 2; i < close; i++) {
			if (opensRelative(text, tokens, i)) {
				end = tokens.get(lastBefore(tokens, i, next + 1)).end();
				break; // "a pollster who worked for Carter", "director at X and whose …"
			}
		}
		return text.substring(tokens.get(next + 1).start(), end);
	}

	/**
	 * A role set off after the name without an article: "David Weinberg, senior fellow at
	 * the Foundation for Defense of Democracies, a think tank" → "senior fellow at the
	 * Foundation for Defense of Democracies"; "Ali Vaez, Iran project director at the
	 * International Crisis Group." Its head, a title in lower case, comes within its
	 * first four words, after other nouns and modifiers ("senior", "project") but no
	 * function word, verb of speech or possessive; the role closes at the next comma or
	 * semicolon, or where its sentence ends ({@link Sentences}: not at "U.S."), within
	 * fourteen words.
	 */
	private static String bareRoleAfter(String text, List<Token> tokens, int next, Supplier<int[]> sentenceStarts) {
		if (next >= tokens.size()
				|| !text.substring(tokens.get(next - 1).end(), tokens.get(next).start()).strip().equals(",")) {
			return null;
		}
		if (ARTICLES.contains(tokens.get(next).key())) {
			next++; // "Robin Wright, a joint fellow at …." closing the sentence
		}
		int head = -1;
		for (int i = next; i < tokens.size() && i - next < 4; i++) {
			Token token = tokens.get(i);
			if (i > next && !text.substring(tokens.get(i - 1).end(), token.start()).isBlank()) {
				return null;
			}
			if (!token.capitalised() && NameVocabulary.isTitle(token.text())) {
				head = i;
				break;
			}
			if (token.possessive() || !token.capitalised() && (NameVocabulary.FUNCTION_WORDS.contains(token.key())
					|| SpeechCues.isCue(token.key()) || !Character.isLetter(token.text().charAt(0)))) {
				return null; // "Jane Ellis, who heads …", "Lake, told reporters"
			}
		}
		if (head < 0) {
			return null;
		}
		int[] starts = sentenceStarts.get();
		int sentenceEnd = Sentences.end(starts, Sentences.indexOf(starts, tokens.get(next).start()), text.length());
		for (int i = head + 1; i < tokens.size() && i - next <= 14; i++) {
			String gap = text.substring(tokens.get(i - 1).end(), tokens.get(i).start()).strip();
			if (gap.equals(",") || gap.equals(";") || tokens.get(i).start() >= sentenceEnd
					|| opensRelative(text, tokens, i)) {
				// "fellow at the European Council on Foreign Relations who ran …": what
				// the relative clause adds is a story, not the role
				return text.substring(tokens.get(next).start(), tokens.get(lastBefore(tokens, i, head + 1)).end());
			}
			if (!gap.isEmpty() && !gap.equals("-") && !gap.equals(".") || SpeechCues.isCue(tokens.get(i).key())) {
				// "…Brzezinski, the Democratic presidential candidate stated that": the
				// description opens a clause of its own
				return null;
			}
		}
		int last = tokens.size() - 1;
		if (last - next <= 14 && text.substring(tokens.get(last).end()).strip().matches("[.;]?")) {
			return text.substring(tokens.get(next).start(), tokens.get(last).end());
		}
		return null;
	}

	/** Words that open a relative clause after a role. */
	private static final Set<String> RELATIVES = Set.of("who", "whom", "whose", "which", "that");

	/** Whether token i opens a relative clause right after the word before it. */
	private static boolean opensRelative(String text, List<Token> tokens, int i) {
		return RELATIVES.contains(tokens.get(i).key())
				&& text.substring(tokens.get(i - 1).end(), tokens.get(i).start()).isBlank();
	}

	/**
	 * The last token of a role that ends before token i, without the conjunction left
	 * before a relative clause ("director at X and whose …"); never before {@code first}.
	 */
	private static int lastBefore(List<Token> tokens, int i, int first) {
		return i - 2 >= first && SpeakerTagMatcher.SENTENCE_CONJUNCTIONS.contains(tokens.get(i - 1).key()) ? i - 2
				: i - 1;
	}

	/**
	 * The token after an apposition that opens at token {@code next}
	 * ({@code Caddell, a longtime Democratic pollster, said}), or {@code tokens.size()}
	 * when none opens there.
	 */
	private static int afterApposition(String text, List<Token> tokens, int next) {
		if (next >= tokens.size() || !ARTICLES.contains(tokens.get(next).key())) {
			return tokens.size();
		}
		return afterCommas(text, tokens, next, 12, false);
	}

	/**
	 * The token after a clause set off by commas that opens at token {@code next}
	 * ({@code Paris, who used to work on Capitol Hill, said}), or {@code tokens.size()}.
	 */
	private static int afterClause(String text, List<Token> tokens, int next) {
		return afterCommas(text, tokens, next, 15, true);
	}

	/**
	 * The token after words set off by a comma before token {@code next} and a comma at
	 * most {@code words} words on, with nothing but hyphens (and, if {@code dots}, the
	 * dots of abbreviations) between them; {@code tokens.size()} when there is none.
	 */
	private static int afterCommas(String text, List<Token> tokens, int next, int words, boolean dots) {
		if (next >= tokens.size()
				|| !text.substring(tokens.get(next - 1).end(), tokens.get(next).start()).strip().equals(",")) {
			return tokens.size();
		}
		for (int i = next + 1; i < tokens.size() && i - next <= words; i++) {
			String gap = text.substring(tokens.get(i - 1).end(), tokens.get(i).start()).strip();
			if (gap.equals(",")) {
				return i;
			}
			if (gap.equals("(")) {
				// "the security official for Iraq's Hezbollah Brigades (or Kata'ib
				// Hezbollah, KH), released": an aside in brackets, commas and all.
				int close = text.indexOf(')', tokens.get(i).start());
				if (close < 0 || close - tokens.get(i).start() > MAX_ASIDE) {
					return tokens.size();
				}
				int j = i;
				while (j < tokens.size() && tokens.get(j).start() < close) {
					j++;
				}
				if (j >= tokens.size()) {
					return tokens.size();
				}
				String after = text.substring(close + 1, tokens.get(j).start()).strip();
				if (after.equals(",")) {
					return j;
				}
				if (!after.isEmpty()) {
					return tokens.size();
				}
				i = j;
				continue;
			}
			if (!gap.isEmpty() && !gap.equals("-") && !(dots && gap.equals("."))) {
				return tokens.size();
			}
		}
		return tokens.size();
	}

	/** Longest aside in brackets inside an apposition, in chars. */
	private static final int MAX_ASIDE = 60;

	/**
	 * Verbs that stand before their subject after a quotation:
	 * {@code "...," said Hollande}.
	 */
	private static final Set<String> INVERTING = Set.of("said", "says", "added", "adds", "asked", "wrote", "explained",
			"recalled", "continued", "remembered", "replied", "responded");

	/**
	 * Whether the word at token i is the subject of an inverted tag right after a
	 * quotation: {@code "...," said Hollande, who returned ...}.
	 */
	private static boolean invertedTag(String text, List<Token> tokens, int i) {
		if (i < 1 || !INVERTING.contains(tokens.get(i - 1).key()) || tokens.get(i - 1).capitalised()
				|| !adjacent(text, tokens, i - 1, i) || NameVocabulary.isTitle(tokens.get(i).text())) {
			return false;
		}
		int end = tokens.get(i - 1).start();
		while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		if (end < 2 || "\"\u201d\u2019'".indexOf(text.charAt(end - 1)) < 0) {
			return false; // the quotation's closing mark
		}
		char last = text.charAt(end - 2);
		return last == ',' || last == '?' || last == '!' || last == QuoteScanner.MASK;
	}

	/**
	 * Whether the word at token i is the one a report quotes or cites: "the Russian
	 * Foreign Ministry quoted Zakharova as saying".
	 */
	private static boolean quotedAs(List<Token> tokens, int i, int end) {
		return i > 0 && end < tokens.size() && tokens.get(end).key().equals("as") && !tokens.get(end).capitalised()
				&& !tokens.get(i - 1).capitalised()
				&& SpeakerTagMatcher.QUOTING_VERBS.contains(tokens.get(i - 1).key());
	}

	/** A lone surname between "As" and "puts it": "As Polykova puts it: "…"". */
	private static boolean asPutIt(List<Token> tokens, int i, int end) {
		return i > 0 && end < tokens.size() && tokens.get(i - 1).key().equals("as") && SpeechCues.putIt(tokens, end);
	}

	private static boolean followedByCue(List<Token> tokens, int next) {
		int i = next;
		while (i < tokens.size() && SpeechCues.isSkippable(tokens.get(i)) && i - next < 2) {
			i++;
		}
		return i < tokens.size() && (SpeechCues.isCue(tokens.get(i).key()) && !SpeechCues.remarksAsSubject(tokens, i)
				|| SpeechCues.phrasalCue(tokens, i));
	}

	private static int nameEnd(Token last) {
		return last.possessive() ? last.end() - 2 : last.end();
	}

	/**
	 * Whether the token at {@code at} is a religious honorific in brackets, "(as)",
	 * "(AS)", "(pbuh)", followed by an organisation word: Iranian institutions are named
	 * for the imams with the honorific kept ("Imam Hussein (AS) University").
	 */
	private static boolean honorificThenOrganisation(String text, List<Token> tokens, int at) {
		if (at + 1 >= tokens.size() || !HONORIFICS.contains(tokens.get(at).key())) {
			return false;
		}
		Token honorific = tokens.get(at);
		Token next = tokens.get(at + 1);
		return text.substring(tokens.get(at - 1).end(), honorific.start()).strip().equals("(")
				&& text.substring(honorific.end(), next.start()).strip().equals(")") && next.capitalised()
				&& NameVocabulary.isOrganisation(next.text());
	}

	private static boolean adjacent(String text, List<Token> tokens, int a, int b) {
		return Tokens.onlySpaceBetween(text, tokens.get(a).end(), tokens.get(b).start());
	}

	private static boolean adjacentRun(String text, List<Token> tokens, int from, int to) {
		for (int i = from + 1; i < to; i++) {
			if (!adjacent(text, tokens, i - 1, i)) {
				return false;
			}
		}
		return true;
	}

	private static boolean free(boolean[] claimed, int from, int to) {
		for (int i = from; i < to; i++) {
			if (claimed[i]) {
				return false;
			}
		}
		return true;
	}

	private static void claim(boolean[] claimed, int from, int to) {
		for (int i = from; i < to; i++) {
			claimed[i] = true;
		}
	}

}
