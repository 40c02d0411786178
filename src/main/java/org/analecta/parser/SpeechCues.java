package org.analecta.parser;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.analecta.parser.ParsedReport.SpeakerKind;
import org.analecta.parser.Tokens.Token;

/**
 * The vocabulary of speech verbs and the small grammar around them: which words are cues,
 * which may stand between a speaker and the verb, passives, two-word verbs ("shot back"),
 * and a verb's "-s" form used as a noun ("the claims").
 */
final class SpeechCues {

	private SpeechCues() {
	}

	static final Set<String> CUES = WordList.read("cue-verbs.txt");

	static final Set<String> SKIPPABLE = Set.of("also", "further", "then", "later", "reportedly", "has", "had", "have",
			"recently", "once", "again", "previously", "subsequently", "similarly", "publicly", "explicitly", "openly",
			"repeatedly", "immediately", "firmly", "bluntly", "angrily", "clearly", "simply", "even", "would", "will",
			"allegedly", "additionally", "moreover", "likewise", "thus", "however", "now", "instead", "meanwhile",
			"too", "therefore", "yesterday", "today", "tonight");

	/**
	 * Verbs that characterise rather than report: what follows them is the speaker's
	 * phrase, not a statement.
	 */
	static final Set<String> CHARACTERISING = Set.of("called", "calls", "described", "termed", "labeled", "labeling",
			"labels", "characterized", "characterizes", "characterizing", "labelled", "branded", "dubbed", "calling",
			"describing", "describes", "referred", "refers", "referring");

	static final Set<String> PASSIVE = Set.of("is", "are", "was", "were", "be", "been", "being");

	/**
	 * Speech verbs whose next words are the one spoken to or the source drawn on, never
	 * an inverted subject: {@code "...," told Fox News} names the listener, {@code "...,"
	 * citing an instance in which} what the speaker cites.
	 */
	static final Set<String> ADDRESSING = Set.of("told", "tells", "telling", "thanked", "urged", "urges", "assured",
			"reminded", "implored", "begged", "pressed", "challenged", "accused", "accuses", "blasted", "slammed",
			"praised", "mocked", "criticized", "criticised", "chided", "scolded", "taunted", "teased", "called",
			"calls", "asking", "urging", "warning", "citing", "cited", "cites", "criticizes", "praises", "blasts",
			"slams", "mocks", "presses", "blamed", "condemned", "condemns", "denounced", "denounces", "lambasted",
			"ridiculed", "derided");

	static boolean isCue(String key) {
		return CUES.contains(key);
	}

	static boolean isSkippable(Token token) {
		return SKIPPABLE.contains(token.key()) || !token.capitalised() && isMannerAdverb(token.key());
	}

	/**
	 * Nouns and adjectives ending in "-ly" that never stand between a speaker and the
	 * verb as an adverb.
	 */
	static final Set<String> NOT_ADVERBS = Set.of("family", "supply", "weekly", "monthly", "yearly", "likely",
			"friendly", "assembly", "anomaly", "monopoly", "butterfly", "quarterly", "nightly", "lonely", "elderly",
			"costly", "deadly", "ugly", "holy", "italy", "july", "rally", "daily", "early", "only");

	/**
	 * An adverb of manner between the speaker and the verb ("Clinton emphatically
	 * proclaimed", "he flatly denied"): any lower-case "-ly" word of six letters or more
	 * that is not a known noun or adjective.
	 */
	static boolean isMannerAdverb(String key) {
		return key.length() >= 6 && key.endsWith("ly") && !NOT_ADVERBS.contains(key)
				&& key.chars().allMatch(Character::isLetter);
	}

	/**
	 * Whether the speech verb at i is passive: a form of "to be" right before it, or
	 * before an adverb before it ("which was originally published in 2010"); "was saying"
	 * is no passive.
	 */
	static boolean passive(List<Token> tokens, int i) {
		int be = i - 1;
		if (be > 0 && !PASSIVE.contains(tokens.get(be).key()) && !tokens.get(be).capitalised()
				&& isSkippable(tokens.get(be))) {
			be--;
		}
		return PASSIVE.contains(tokens.get(be).key()) && !progressive(tokens.get(i).key(), tokens.get(be));
	}

	/**
	 * Whether the characterising verb at token i opens a passive clause set after a name
	 * by a comma ("an interview with Ahmad Farooq, described as "…"", "Kay Lund,
	 * described by aides as "…""): the one named is described, by someone else.
	 */
	static boolean reducedPassive(Passage passage, int i) {
		List<Token> tokens = passage.tokens();
		String key = tokens.get(i).key();
		if (i < 1 || !key.endsWith("ed") || !CHARACTERISING.contains(key) || i + 1 >= tokens.size()) {
			return false;
		}
		String next = tokens.get(i + 1).key();
		return (next.equals("as") || next.equals("by"))
				&& passage.masked().substring(tokens.get(i - 1).end(), tokens.get(i).start()).strip().equals(",");
	}

	/**
	 * Whether a lower-case word reads as a verb of the present or past ("takes",
	 * "resisted"), not a noun in "-ss", "-ness", "-ics", "-us" or "-is" ("crisis").
	 */
	static boolean finiteVerb(String key) {
		return key.length() > 3 && (key.endsWith("ed") || key.endsWith("s") && !key.endsWith("ss")
				&& !key.endsWith("ness") && !key.endsWith("ics") && !key.endsWith("us") && !key.endsWith("is"));
	}

	/**
	 * "Clinton is telling voters", "he was saying": a form of "be" before a cue in "-ing"
	 * makes it progressive, not passive ("what is being said" stays passive).
	 */
	static boolean progressive(String cue, Token be) {
		return cue.endsWith("ing") && !be.key().equals("being") && !be.key().equals("been");
	}

	/**
	 * "The email went on to say, ...", "Erdoğan went further to say": a cue after "on to"
	 * or "further to" is the subject's own statement, unlike "refusing to say".
	 */
	static boolean wentOnTo(List<Token> tokens, int cue) {
		return cue > 1 && (tokens.get(cue - 2).key().equals("on") || tokens.get(cue - 2).key().equals("further"));
	}

	/**
	 * "X had the following to say:", "X has this to say": the token of the "have" whose
	 * subject speaks in the "say" at {@code cue}, or -1.
	 */
	static int hadToSay(List<Token> tokens, int cue) {
		if (cue < 3 || !tokens.get(cue).key().equals("say") || !tokens.get(cue - 1).key().equals("to")) {
			return -1;
		}
		for (int i = cue - 2; i >= 0 && cue - 2 - i < MAX_WHAT_WAS_SAID; i--) {
			String key = tokens.get(i).key();
			if (HAVE.contains(key)) {
				return i < cue - 2 ? i : -1;
			}
			if (!WHAT_WAS_SAID.contains(key)) {
				return -1;
			}
		}
		return -1;
	}

	private static final Set<String> HAVE = Set.of("had", "has", "have");

	/**
	 * The words of "the following", "this", "much", "a lot" between "had" and "to say".
	 */
	private static final Set<String> WHAT_WAS_SAID = Set.of("the", "following", "this", "these", "words", "much",
			"more", "a", "lot", "little", "plenty", "something");

	private static final int MAX_WHAT_WAS_SAID = 3;

	/**
	 * The token of the speech verb that a tag's subject ends right before, adverbs
	 * skipped ({@code X reportedly said}), or -1; a verb that opens a statement of its
	 * own ({@code said that}) is none.
	 */
	static int trailingCueAt(Passage passage, int from, int until) {
		List<Token> tokens = passage.tokens();
		int next = passage.firstTokenFrom(from);
		while (next < tokens.size() && isSkippable(tokens.get(next))) {
			next++;
		}
		next = afterDayAdverbial(passage, next, until);
		if (next + 3 < tokens.size() && GO.contains(tokens.get(next).key())
				&& (tokens.get(next + 1).key().equals("on") || tokens.get(next + 1).key().equals("further"))
				&& tokens.get(next + 2).key().equals("to") && isCue(tokens.get(next + 3).key())
				&& tokens.get(next + 3).start() < until) {
			next += 3; // "…," the commander went on to say.
		}
		if (next + 1 < tokens.size() && tokens.get(next).start() < until && BE.contains(tokens.get(next).key())
				&& !tokens.get(next).capitalised() && progressiveSpeech(tokens.get(next + 1))
				&& Tokens.onlySpaceBetween(passage.masked(), tokens.get(next).end(), tokens.get(next + 1).start())) {
			// "Jaafar al-Husseini, the militia's spokesman, was referring to ...".
			return tokens.get(next + 1).start() < until ? next + 1 : -1;
		}
		boolean introducesMore = next + 1 < tokens.size() && tokens.get(next + 1).key().equals("that")
				&& Tokens.onlySpaceBetween(passage.masked(), tokens.get(next).end(), tokens.get(next + 1).start());
		return next < tokens.size()
				&& tokens.get(next).start() < until && (isTrailingCue(tokens.get(next).key())
						|| phrasalCue(passage, next) || madeRemarks(passage, next) || putIt(passage, next))
				&& !introducesMore ? next : -1;
	}

	static final Set<String> BE = Set.of("was", "is", "were", "are");

	/**
	 * The token after the day a subject spoke on, set between it and the verb ("Ali
	 * Saeedi on Friday told", "the minister yesterday said"), when a cue follows;
	 * {@code at} itself otherwise.
	 */
	private static int afterDayAdverbial(Passage passage, int at, int until) {
		List<Token> tokens = passage.tokens();
		int next = at;
		if (next < tokens.size() && DAY_WORDS.contains(tokens.get(next).key()) && !tokens.get(next).capitalised()) {
			next++;
		}
		else if (next + 1 < tokens.size() && tokens.get(next).key().equals("on") && !tokens.get(next).capitalised()
				&& WEEKDAYS.contains(tokens.get(next + 1).key())) {
			next += 2;
			if (next < tokens.size() && PARTS_OF_DAY.contains(tokens.get(next).key())) {
				next++;
			}
		}
		else {
			return at;
		}
		for (int i = at + 1; i <= next && i < tokens.size(); i++) {
			if (!Tokens.onlySpaceBetween(passage.masked(), tokens.get(i - 1).end(), tokens.get(i).start())) {
				return at;
			}
		}
		return next < tokens.size() && tokens.get(next).start() < until && isTrailingCue(tokens.get(next).key()) ? next
				: at;
	}

	private static final Set<String> DAY_WORDS = Set.of("yesterday", "today", "tonight");

	private static final Set<String> WEEKDAYS = Arrays.stream(DayOfWeek.values())
		.map(day -> day.name().toLowerCase(Locale.ROOT))
		.collect(Collectors.toUnmodifiableSet());

	private static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening", "night");

	/** "went on to say": the verb before "on to" and the cue. */
	private static final Set<String> GO = Set.of("went", "goes", "go");

	/** Speech in the progressive that is no cue on its own: "was speaking". */
	static final Set<String> SPEAKING = Set.of("speaking", "talking", "responding", "reacting", "commenting",
			"alluding");

	static boolean progressiveSpeech(Token token) {
		// Not "telling" and the like: "Alpert's metaphor is telling" describes.
		return !token.capitalised() && token.key().endsWith("ing")
				&& (SPEAKING.contains(token.key()) || isCue(token.key()) && !ADDRESSING.contains(token.key()));
	}

	/** "put it" after its subject: {@code That was how Hassan Nasrallah put it}. */
	static boolean putIt(Passage passage, int i) {
		List<Token> tokens = passage.tokens();
		return putIt(tokens, i) && !tokens.get(i).capitalised()
				&& Tokens.onlySpaceBetween(passage.masked(), tokens.get(i).end(), tokens.get(i + 1).start());
	}

	/** Whether tokens i and i + 1 are "put it" or "puts it". */
	static boolean putIt(List<Token> tokens, int i) {
		String key = tokens.get(i).key();
		return (key.equals("put") || key.equals("puts")) && i + 1 < tokens.size()
				&& tokens.get(i + 1).key().equals("it");
	}

	static final Set<String> REMARKS_OWNERS = Set.of("the", "these", "those", "his", "her", "their");

	static final Set<String> REMARKS = Set.of("remark", "remarks", "comment", "comments", "statement", "statements");

	/**
	 * Whether token i opens "made the remarks" after a quotation and its speaker, as
	 * agencies write it: {@code "...," Ali Rabiei, the spokesman, made the remarks at a
	 * briefing}.
	 */
	static boolean madeRemarks(Passage passage, int i) {
		List<Token> tokens = passage.tokens();
		return i + 2 < tokens.size() && tokens.get(i).key().equals("made") && !tokens.get(i).capitalised()
				&& REMARKS_OWNERS.contains(tokens.get(i + 1).key()) && REMARKS.contains(tokens.get(i + 2).key())
				&& Tokens.onlySpaceBetween(passage.masked(), tokens.get(i).end(), tokens.get(i + 1).start())
				&& Tokens.onlySpaceBetween(passage.masked(), tokens.get(i + 1).end(), tokens.get(i + 2).start());
	}

	/** Verbs of speech in two words: a verb and its particle. */
	static final Set<String> PHRASAL_CUES = Set.of("shot back", "fired back", "hit back", "pushed back", "snapped back",
			"wrote back", "cut in", "chimed in", "weighed in", "piped up", "went on", "lashed out", "points out",
			"pointed out", "pointing out", "summed up", "sums up", "spelled out");

	/**
	 * Whether token i opens a speech verb in two words ({@code "...," Lamb shot back},
	 * {@code Lamb cut in: "..."}).
	 */
	static boolean phrasalCue(Passage passage, int i) {
		List<Token> tokens = passage.tokens();
		return phrasalCue(tokens, i)
				&& Tokens.onlySpaceBetween(passage.masked(), tokens.get(i).end(), tokens.get(i + 1).start());
	}

	/** Whether token i and the next are a speech verb in two words, spacing unchecked. */
	static boolean phrasalCue(List<Token> tokens, int i) {
		return i + 1 < tokens.size() && !tokens.get(i).capitalised()
				&& PHRASAL_CUES.contains(tokens.get(i).key() + " " + tokens.get(i + 1).key());
	}

	/**
	 * A speech verb after a quotation and its subject: also "read", which only a document
	 * does there ({@code "...," the email read}).
	 */
	static boolean isTrailingCue(String key) {
		return isCue(key) || key.equals("read");
	}

	/** Words before a noun that make a speech verb's "-s" form that noun. */
	static final Set<String> NOUN_OPENERS = Set.of("the", "a", "an", "these", "those", "such");

	/** Adjectives that stand between such a word and a noun: "the false claims". */
	static final Set<String> CLAIM_ADJECTIVES = Set.of("false", "new", "recent", "latest", "earlier", "repeated",
			"similar", "baseless", "unfounded", "bogus", "wild", "outlandish", "dubious", "many", "several");

	/**
	 * Whether "comments" or "remarks" at token i is a noun that a verb follows, the
	 * sentence's subject: "Harsh comments are earning some Germans more than scorn".
	 */
	static boolean remarksAsSubject(List<Token> tokens, int i) {
		if (i + 1 >= tokens.size() || !REMARKS.contains(tokens.get(i).key())) {
			return false;
		}
		String next = tokens.get(i + 1).key();
		return PASSIVE.contains(next) || next.equals("have") || next.equals("had");
	}

	/**
	 * Speech verbs whose bare form is also a noun: after "a" and one word ("a Palestinian
	 * state") they are the noun, as no singular subject takes the bare form.
	 */
	private static final Set<String> PRESENT_BARE_FORM = Set.of("state", "report", "claim", "note", "comment", "answer",
			"reply", "charge", "quote", "post", "tweet", "remark");

	/**
	 * Whether the speech verb at i, in its "-s" form, is a noun there: right after an
	 * article or a demonstrative, or after one and an adjective of the list ("the
	 * claims", "the false claims"), and "states" after a capitalised word that names no
	 * person ("Gulf Arab states will take"). "The board claims" and "Trump states that"
	 * stay verbs, and "his claims" is left to the owner's statement (ownedStatement); and
	 * a {@link #PRESENT_BARE_FORM} after "a" and one word, or an "-s" form after a
	 * preposition ("regarding reports").
	 */
	static boolean cueAsNoun(Passage passage, int i) {
		List<Token> tokens = passage.tokens();
		String key = tokens.get(i).key();
		if (i > 1 && PRESENT_BARE_FORM.contains(key) && !tokens.get(i).capitalised()
				&& (tokens.get(i - 2).key().equals("a") || tokens.get(i - 2).key().equals("an"))) {
			// "the creation of a Palestinian state might", "an official report": one
			// word after "a" and before a verb's bare form, which no singular subject
			// takes, make a noun of it.
			return true;
		}
		if (!key.endsWith("s") || i == 0) {
			return false;
		}
		Token previous = tokens.get(i - 1);
		if (key.equals("states") && !tokens.get(i).capitalised() && previous.capitalised()
				&& !SpeakerDescriptions.personNoun(previous.key())) {
			// "the … Committee Spokesman states:": a person's office ends in its job.
			Mention mention = passage.mentionCovering(previous.start());
			return mention == null || mention.kind() != SpeakerKind.PERSON;
		}
		// "Trump's comments "are based on his opinion"": a name's possessive owns a noun.
		if (REMARKS.contains(key) && (previous.possessive() || remarksAsSubject(tokens, i))) {
			return true;
		}
		// "issued the following statement regarding reports that …": a preposition's
		// object.
		return NOUN_OPENERS.contains(previous.key()) || NOUN_PREPOSITIONS.contains(previous.key())
				|| i > 1 && CLAIM_ADJECTIVES.contains(previous.key()) && NOUN_OPENERS.contains(tokens.get(i - 2).key());
	}

	/** Prepositions whose object a speech verb's -s form is: "amid reports". */
	private static final Set<String> NOUN_PREPOSITIONS = Set.of("regarding", "concerning", "amid", "amidst", "despite",
			"following", "about", "of", "over", "against", "to", "from", "with", "by", "in", "on");

}
