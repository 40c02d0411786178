package org.analecta.parser;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.analecta.parser.ParsedReport.SpeakerKind;
import org.analecta.parser.Tokens.Token;

/**
 * Finds the speaker tag of a quotation in the author's sentence around it (quotations
 * masked):
 * <ul>
 * <li>before it: a speech verb and its subject ({@code X said that "..."},
 * {@code X said, "..."}, {@code the daily Javan, which ..., stated: "..."},
 * {@code according to X, "..."}), or a name and a colon ({@code X: "..."},
 * {@code Following are excerpts from his article:});</li>
 * <li>after it: {@code "...," X said} or {@code "...," said X}.</li>
 * </ul>
 * The subject is the name, pronoun or role noun ("the general") right before the verb,
 * skipping adverbs and relative clauses ({@code , which is close to ...,}); failing that
 * the nearest name before it in the clause; {@code and added} takes the subject of the
 * sentence's previous tag.
 */
final class SpeakerTagMatcher {

	// Precompiled: String.split/matches/replaceAll with these compiled the pattern on
	// every call,
	// and they run per token, tag or quotation.
	private static final Pattern COMMA_THAT = Pattern.compile(",?\\s*that");

	private static final Pattern ENDS_WITH_THAT = Pattern.compile("(?s).*\\bthat");

	private static final Pattern ENDS_WITH_AS_SAYING = Pattern.compile("(?s).*\\bas saying");

	/**
	 * What may stand between a quotation's closing mark and a tag after it: spaces and a
	 * comma, and one dash as news digests set it ({@code "…," – Mayor Brenner told the
	 * council}, {@code "…," — said Ada Lindqvist}).
	 */
	private static final Pattern COMMAS_AND_SPACE = Pattern.compile("[\\s,]*(?:[\u2013\u2014\u2015-][\\s,]*)?");

	private static final Set<String> CUES = WordList.read("cue-verbs.txt");

	private static final Set<String> SKIPPABLE = Set.of("also", "further", "then", "later", "reportedly", "has", "had",
			"have", "recently", "once", "again", "previously", "subsequently", "similarly", "publicly", "explicitly",
			"openly", "repeatedly", "immediately", "firmly", "bluntly", "angrily", "clearly", "simply", "even", "would",
			"will", "allegedly", "additionally", "moreover", "likewise", "thus", "however", "now");

	/**
	 * Verbs that characterise rather than report: what follows them is the speaker's
	 * phrase, not a statement.
	 */
	private static final Set<String> CHARACTERISING = Set.of("called", "calls", "described", "termed", "labeled",
			"labeling", "labels", "characterized", "characterizes", "characterizing", "labelled", "branded", "dubbed",
			"calling", "describing", "describes", "referred", "refers", "referring");

	private static final Set<String> PASSIVE = Set.of("is", "are", "was", "were", "be", "been", "being");

	private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they");

	/**
	 * Words that open a description of an unnamed speaker ("a spokesman for the
	 * campaign").
	 */
	private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "another", "one");

	/**
	 * Words a description of a speaker never runs over: they open a clause or an
	 * adverbial.
	 */
	private static final Set<String> DESCRIPTION_STOPS = Set.of("who", "whom", "whose", "which", "that", "on", "in",
			"during", "when", "after", "before", "about", "to", "while", "and", "but", "as", "or", "if", "this",
			"these", "those", "it", "he", "she", "they", "we", "i", "you", "is", "was", "are", "were", "has", "had",
			"have", "not", "also", "by", "with", "than", "then", "there", "here", "what", "how", "why", "where",
			"would", "will", "could", "can", "may", "might", "should", "must", "do", "does", "did", "later", "earlier",
			"last", "next", "recently", "today", "yesterday", "previously", "once", "twice");

	/**
	 * Words that open a description of several unnamed speakers ("some protesters
	 * chanted", "many commentators called him").
	 */
	private static final Set<String> QUANTIFIERS = Set.of("some", "many", "several", "two", "three", "four", "five",
			"other", "most", "both", "few", "numerous", "various");

	/**
	 * Words that open a description of a speaker by whom or what it belongs to ("his
	 * colleague wrote", "this source told the Post").
	 */
	private static final Set<String> OWNERS = Set.of("his", "her", "their", "its", "this");

	private static boolean plural(Token token) {
		String key = token.key();
		return key.length() > 3 && key.endsWith("s") && !key.endsWith("ss") && !token.capitalised()
				|| key.equals("people");
	}

	/** Longest description of an unnamed speaker, in words. */
	private static final int MAX_DESCRIPTION = 8;

	/**
	 * An apposition between a name and the cue: {@code X, R-Ky., said},
	 * {@code X (R-Fla.) said}, {@code X (R-Fla.), a member of the panel, said}, also of
	 * up to four parts
	 * ({@code X, 30, of Raleigh, N.C., who was among those polled, said}). Each part ends
	 * at the first comma, so the match never backtracks.
	 */
	private static final Pattern APPOSITION_BEFORE_CUE = Pattern
		.compile("\\s*(?:" + commaPart() + "|\\([^()]{1,80}\\)(?:\\s*" + commaPart() + ")?)\\s*");

	private static String commaPart() {
		return ",[^,;:\"“”" + QuoteScanner.MASK + "]{1,120},";
	}

	/** One more part of an apposition, up to its comma. */
	private static final Pattern APPOSITION_PART = Pattern.compile("[^,;:\"“”" + QuoteScanner.MASK + "]{1,120},\\s*");

	/** Most parts an apposition between a name and its cue has. */
	private static final int MAX_APPOSITION_PARTS = 4;

	/** A generation after a name: "Brent Bozell III", "Martin Luther King Jr.". */
	private static final Pattern GENERATION = Pattern.compile(",?\\s+(?:Jr\\.?|Sr\\.?|II|III|IV)\\b\\.?");

	/**
	 * Speech verbs whose next words are the one spoken to or the source drawn on, never
	 * an inverted subject: {@code "...," told Fox News} names the listener, {@code "...,"
	 * citing an instance in which} what the speaker cites.
	 */
	private static final Set<String> ADDRESSING = Set.of("told", "tells", "telling", "thanked", "urged", "urges",
			"assured", "reminded", "implored", "begged", "pressed", "challenged", "accused", "accuses", "blasted",
			"slammed", "praised", "mocked", "criticized", "criticised", "chided", "scolded", "taunted", "teased",
			"called", "calls", "asking", "urging", "warning", "citing", "cited", "cites");

	static final Set<String> ROLE_NOUNS = Set.of("president", "general", "minister", "spokesman", "spokeswoman",
			"spokesperson", "official", "cleric", "ayatollah", "leader", "commander", "ambassador", "envoy", "diplomat",
			"analyst", "columnist", "editor", "writer", "author", "lawmaker", "sheikh", "secretary", "premier", "king",
			"emir", "prince", "preacher", "imam", "chief", "head", "director", "senator", "governor", "mayor", "expert",
			"daily", "website", "site", "paper", "newspaper", "agency", "channel", "outlet", "editorial", "article",
			"report", "weekly", "magazine");

	static final Set<String> STATEMENT_NOUNS = Set.of("article", "editorial", "speech", "statement", "tweet", "tweets",
			"post", "sermon", "letter", "message", "interview", "remarks", "words", "op-ed", "column", "book", "report",
			"address", "lecture", "communique", "essay", "blog", "piece", "commentary", "response", "comments", "reply",
			"announcement", "testimony", "video", "excerpts");

	/**
	 * What a document says, the document says ("the statement said", "read the email",
	 * "the ad argues"): these end a description of a speaker, unlike an interview or a
	 * speech, which someone gives.
	 */
	static final Set<String> DOCUMENTS = Set.of("statement", "letter", "email", "e-mail", "memo", "ad", "advert",
			"advertisement", "release", "complaint", "filing", "lawsuit", "petition", "sign", "banner", "poster",
			"headline", "caption", "message", "tweet", "post", "note", "document", "resolution", "platform", "mailer",
			"flier", "flyer", "report", "editorial", "article", "column", "op-ed", "essay", "blog", "transcript",
			"indictment", "motion", "notice", "announcement", "communique", "order", "opinion", "memorandum", "brief",
			"survey", "poll", "study", "card", "letters", "ads", "signs");

	/**
	 * How far back (in words) a cue or a subject is looked for: a tag is near its
	 * quotation.
	 */
	private static final int MAX_LOOKBACK = 60;

	/** Longest stretch of text (in characters) taken as one clause. */
	static final int MAX_CLAUSE = 1500;

	/**
	 * Relative clauses, participles, brackets and sentence adverbs between commas ("The
	 * two lawmakers, however, argue") between a subject and its verb, skipped.
	 */
	private static final Pattern RELATIVE_CLAUSE = Pattern
		.compile(",\\s*(?:which|who|whose|whom|where|[a-z]+ing)\\b[^,;" + QuoteScanner.MASK + "]*(?=,)|\\([^()]*\\)"
				+ "|,\\s*(?:however|though|meanwhile|too|also|instead|nonetheless|nevertheless|in turn|in fact"
				+ "|for example|for instance|for (?:his|her|their|its) part)(?=\\s*,)");

	private SpeakerTagMatcher() {
	}

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
	private static final Set<String> NOT_ADVERBS = Set.of("family", "supply", "weekly", "monthly", "yearly", "likely",
			"friendly", "assembly", "anomaly", "monopoly", "butterfly", "quarterly", "nightly", "lonely", "elderly",
			"costly", "deadly", "ugly", "holy", "italy", "july", "rally", "daily", "early", "only");

	/**
	 * An adverb of manner between the speaker and the verb ("Clinton emphatically
	 * proclaimed", "he flatly denied"): any lower-case "-ly" word of six letters or more
	 * that is not a known noun or adjective.
	 */
	private static boolean isMannerAdverb(String key) {
		return key.length() >= 6 && key.endsWith("ly") && !NOT_ADVERBS.contains(key)
				&& key.chars().allMatch(Character::isLetter);
	}

	/**
	 * The tag before a quotation opening at {@code open}: cue verbs are looked for in
	 * [cueFrom, open), their subject in [clauseFrom, cue).
	 */
	static Tag before(Passage passage, int clauseFrom, int cueFrom, int open) {
		List<Token> tokens = passage.tokens();
		int last = passage.lastTokenBy(open);
		if (last < 0 || tokens.get(last).start() < cueFrom) {
			return null;
		}
		String masked = passage.masked();
		String tail = masked.substring(tokens.get(last).end(), open).strip();
		Token lastToken = tokens.get(last);
		Tag colon = null;
		if (tail.endsWith(":") && !isCue(lastToken.key()) && !topicLabel(passage, clauseFrom)) {
			Subject subject = colonSubject(passage, last, clauseFrom);
			Subject apposed = subject == null ? null : apposedLabel(passage, clauseFrom, subject.start(), last);
			if (apposed != null) {
				// "Mojtaba Zolnour, former deputy representative of the Supreme Leader to
				// the Revolutionary Guards: "..."": the label's person speaks, not the
				// body
				// that ends the apposition.
				return new Tag(":", apposed, true, true, false, open);
			}
			if (subject != null) {
				colon = new Tag(":", subject, true, true, false, open);
				boolean object = afterPreposition(passage, subject.start()) || addressed(passage, subject.start());
				if (subject.type() == SubjectType.NAMED && subject.adjacent() && !object) {
					return colon;
				}
				Subject reporter = subject.adjacent() ? null : reporterBefore(passage, clauseFrom, subject.start());
				if (reporter != null) {
					// "Lund said the vote was a "..." and that Harlow had learned: "...":
					// a name inside what a speech verb reports is spoken about; the
					// verb's subject speaks.
					colon = new Tag(":", reporter.distant(), false, true, false, open);
				}
				else if (object) {
					// "Ada Lin, D-Ore., delivered a blunt message to the mayor:": the
					// one the lead-in is addressed to listens; the person opening it
					// speaks.
					Tag opening = openingSubject(passage, clauseFrom, subject.start());
					if (opening != null) {
						colon = new Tag(":", opening.subject(), false, true, false, open);
					}
				}
			}
		}
		// "Saudi columnist Safouq Al-Shammari wrote in the Al-Watan daily:": the verb's
		// subject
		// speaks, not the paper that ends the lead-in.
		Tag cued = cued(passage, clauseFrom, cueFrom, open, last);
		return cued != null ? cued : colon;
	}

	/**
	 * Whether a comma or semicolon stands between a reporter and a later subject: then
	 * the later one opens a clause of its own ("When Lund suggested that ..., Harlow
	 * fired back") rather than standing inside what the reporter says.
	 */
	private static boolean reportsAcrossComma(Passage passage, Subject reporter, int before) {
		String between = passage.masked().substring(reporter.end(), before);
		return between.indexOf(',') >= 0 || between.indexOf(';') >= 0 || between.indexOf('\u2014') >= 0
				|| between.indexOf('\u2015') >= 0 || between.indexOf('\u2013') >= 0 || between.contains("--");
	}

	/**
	 * Verbs that report speech themselves: a subject of theirs speaks even inside what
	 * someone else reports ("Lund said Harlow told reporters ...").
	 */
	private static final Set<String> REPORTING = Set.of("said", "says", "told", "tells", "asked", "asks", "added",
			"adds", "wrote", "writes", "stated", "states", "explained", "explains", "noted", "notes", "argued",
			"argues", "declared", "insisted");

	/**
	 * The subject of the first speech verb in [clauseFrom, before), when one stands there
	 * with its subject before it; null otherwise.
	 */
	private static Subject reporterBefore(Passage passage, int clauseFrom, int before) {
		List<Token> tokens = passage.tokens();
		for (int i = passage.firstTokenFrom(clauseFrom); i < tokens.size() && tokens.get(i).end() <= before; i++) {
			Token token = tokens.get(i);
			if (isCue(token.key()) && !token.capitalised() && !token.key().endsWith("ing") && !(i > 0
					&& (PASSIVE.contains(tokens.get(i - 1).key()) || tokens.get(i - 1).key().equals("to")))) {
				Subject subject = subject(passage, clauseFrom, token.start());
				return subject != null && subject.end() <= token.start() ? subject : null;
			}
		}
		return null;
	}

	/**
	 * Whether the phrase starting at the offset is the listener of a verb that addresses
	 * someone ({@code told Fox News}, {@code urged the senators}).
	 */
	private static boolean addressed(Passage passage, int start) {
		int i = passage.firstTokenFrom(start) - 1;
		List<Token> tokens = passage.tokens();
		if (i >= 0 && DETERMINERS.contains(tokens.get(i).key())) {
			i--;
		}
		return i >= 0 && ADDRESSING.contains(tokens.get(i).key())
				&& Tokens.onlySpaceBetween(passage.masked(), tokens.get(i).end(), tokens.get(i + 1).start());
	}

	private static Tag cued(Passage passage, int clauseFrom, int cueFrom, int open, int last) {
		List<Token> tokens = passage.tokens();
		String masked = passage.masked();
		for (int i = last; i >= 0 && tokens.get(i).start() >= cueFrom && last - i < MAX_LOOKBACK; i--) {
			Token token = tokens.get(i);
			String key = token.key();
			if (key.equals("to") && i > 0 && tokens.get(i - 1).key().equals("according")
					&& tokens.get(i - 1).start() >= cueFrom) {
				return accordingTo(passage, i, open, "according to");
			}
			if (i > 0 && i + 1 <= last && tokens.get(i - 1).key().equals("as") && tokens.get(i - 1).start() >= cueFrom
					&& tokens.get(i + 1).key().equals("by") && isCue(key) && !key.equals("quoted")
					&& !key.equals("cited")) {
				// "As declared by President Obama in the White House, the agreement had
				// been "…"": the one after "by" speaks, as after "according to".
				Tag by = accordingTo(passage, i + 1, open, "as " + key + " by");
				if (by != null) {
					return by;
				}
			}
			Subject words = inTheirWords(passage, i, open);
			if (words != null) {
				return new Tag(token.text(), words, false, false, false, open);
			}
			Subject owner = ownedStatement(passage, i, open);
			if (owner != null) {
				String link = masked.substring(token.end(), open).strip();
				boolean direct = link.endsWith(":") || link.endsWith(",");
				return new Tag(token.text(), owner, false, direct, false, open);
			}
			boolean phrasal = i > 0 && phrasalCue(passage, i - 1) && !key.equals("on");
			if (cueAsNoun(passage, i)) {
				continue; // "the false claims of the board": a noun
			}
			if (!isCue(key) && !asPutIt(passage, i) && !phrasal
					|| (i > 0 && (passive(tokens, i) || tokens.get(i - 1).key().equals("to") && !wentOnTo(tokens, i)))
					|| token.capitalised() && !blank(masked, clauseFrom, token.start())) {
				continue; // "the United States": a capitalised verb form inside a clause
							// is a name
			}
			// "He wrote:[5] "…"": markers left in the text link the verb as "wrote:" does
			String between = FootnoteMarkerScanner.withoutTrailingMarkers(masked.substring(token.end(), open).strip());
			if (between.equals(".") && bareForm(key)) {
				continue; // "... in a heavily Democratic state.": a noun ending its
							// sentence
			}
			boolean adjacent = between.isEmpty() || between.equals(",") || between.equals(":")
					|| COMMA_THAT.matcher(between).matches();
			boolean direct = !CHARACTERISING.contains(key) && (adjacent || between.endsWith(",")
					|| between.endsWith(":") || ENDS_WITH_THAT.matcher(between).matches()
					|| ENDS_WITH_AS_SAYING.matcher(between).matches());
			Subject subject;
			if ((key.equals("saying") || key.equals("stating")) && i > 0 && tokens.get(i - 1).key().equals("as")) {
				subject = quotedAsSaying(passage, clauseFrom, i - 1);
			}
			else {
				// "The email went on to say": the subject is that of "went"; "Carson
				// said ... but was referring": that of "was".
				int verb = phrasal ? i - 1
						: i > 2 && tokens.get(i - 1).key().equals("to") ? i - 3
								: i > 0 && PASSIVE.contains(tokens.get(i - 1).key())
										&& Tokens.onlySpaceBetween(masked, tokens.get(i - 1).end(), token.start())
												? i - 1 : i;
				subject = verb == i ? parenthetical(passage, i, open) : null;
				if (subject == null) {
					subject = subject(passage, clauseFrom, tokens.get(verb).start());
				}
				if (subject == null) {
					subject = openingRun(passage, clauseFrom, verb);
				}
			}
			if (subject == null && blank(masked, clauseFrom, token.start())) {
				subject = subjectAt(passage, i + 1, open); // "Said Dorothy Poynter, who
															// grew up with Ali, "...""
			}
			if (subject == null) {
				return null;
			}
			if (subject.type() == SubjectType.NAMED && !REPORTING.contains(key) && subject.end() <= token.start()
					&& !masked.substring(subject.end(), token.start()).contains("who")) {
				// "Lund said that Harlow begged him for help and "would have ...": a
				// person inside what a speech verb reports, tagged by a verb that does
				// not itself report speech, is spoken about; the reporter speaks.
				Subject reporter = reporterBefore(passage, clauseFrom, subject.start());
				if (reporter != null && (reporter.type() == SubjectType.NAMED || reporter.type() == SubjectType.PRONOUN)
						&& !reportsAcrossComma(passage, reporter, subject.start())) {
					subject = reporter.distant();
				}
			}
			return new Tag(token.text(), subject, adjacent, direct, false, open);
		}
		return null;
	}

	/**
	 * Whether a cue is in its bare form ("say", "state", "note"), which is also a noun:
	 * no "-s", "-ed" or "-ing" ending and no irregular past.
	 */
	private static boolean bareForm(String key) {
		return !(key.endsWith("s") || key.endsWith("ed") || key.endsWith("ing") || key.equals("said")
				|| key.equals("told") || key.equals("wrote") || key.equals("found"));
	}

	/** What a person's "words" or "view" can be called after "in X's". */
	private static final Set<String> OWN_WORDS = Set.of("words", "view", "opinion", "estimation", "telling", "account",
			"phrase");

	/**
	 * {@code in Forbes' words, "..."}, {@code in Bolton's view}: the owner of the words
	 * speaks. Token i is "in"; null when no named owner and such a noun follow it.
	 */
	private static Subject inTheirWords(Passage passage, int i, int open) {
		List<Token> tokens = passage.tokens();
		if (!tokens.get(i).key().equals("in") || i + 1 >= tokens.size()) {
			return null;
		}
		Mention owner = passage.mentionFrom(tokens.get(i).end());
		if (owner == null || !owner.possessive() && !passage.masked().startsWith("'", owner.end())
				|| owner.start() != tokens.get(i + 1).start()) {
			return null;
		}
		int noun = passage.firstTokenFrom(owner.end());
		if (noun >= tokens.size() || tokens.get(noun).end() > open || !OWN_WORDS.contains(tokens.get(noun).key())) {
			return null;
		}
		return new Subject(SubjectType.NAMED, owner, owner.asWritten(), null, owner.start(), owner.end());
	}

	/**
	 * Nouns for what someone said that, owned, make the quotation right after them the
	 * owner's words ({@code her remark that "..."}).
	 */
	private static final Set<String> OWNED_STATEMENTS = Set.of("remark", "remarks", "comment", "comments", "claim",
			"claims", "assertion", "answer", "response", "reply", "promise", "pledge", "warning", "catchphrase",
			"dictum", "mantra", "slogan", "motto", "quip", "insistence", "contention", "argument", "boast", "vow",
			"declaration", "admission", "prediction", "refrain", "statement", "words", "message", "post", "tweet",
			// A digest's "Kayhan's front page: "..."", "Khamenei's sermon: "..."".
			"editorial", "article", "column", "op-ed", "sermon", "speech", "address", "page", "letter", "essay",
			"commentary", "testimony", "lecture");

	/**
	 * Nouns of a promise, whose content a "to" may open ({@code his pledge to "..."}).
	 */
	private static final Set<String> PROMISES = Set.of("promise", "pledge", "vow");

	/**
	 * Nouns for asking or arguing for something, whose owner's words follow "of", "for"
	 * or "to": "his advocacy of "constructive dialogue"", "his appeal for Washington and
	 * Tehran to "work together …"".
	 */
	private static final Set<String> APPEALS = Set.of("appeal", "appeals", "call", "calls", "plea", "advocacy",
			"demand", "demands");

	private static final Pattern APPEAL_LINK = Pattern.compile("(?:of|for|to|for\\s[^,;:.]{1,60}?\\sto)");

	/** What may link an owned statement noun to its quotation: "that", "was", a colon. */
	private static final Pattern STATEMENT_LINK = Pattern.compile("(?:(?:was|is)\\b\\s*)?(?:that\\b\\s*)?[,:]?");

	/** Most words (a month, an adjective) between an owner and its statement noun. */
	private static final int MAX_OWNED_MODIFIERS = 2;

	/**
	 * {@code her remark that "..."}, {@code Ada Lin's answer was: "..."}, {@code his
	 * pledge to "..."}: the owner of a noun for what someone said speaks. Token i is the
	 * noun; at most {@link #MAX_OWNED_MODIFIERS} plain words may stand between the owner
	 * (a possessive name, or "his"/"her" resolved like "he"/"she") and the noun, and only
	 * a linking "was", "that" or punctuation between the noun and the quotation. Null
	 * otherwise.
	 */
	private static Subject ownedStatement(Passage passage, int i, int open) {
		List<Token> tokens = passage.tokens();
		Token noun = tokens.get(i);
		boolean appeal = APPEALS.contains(noun.key());
		if (!OWNED_STATEMENTS.contains(noun.key()) && !appeal || noun.possessive()) {
			return null;
		}
		String masked = passage.masked();
		String link = masked.substring(noun.end(), open).strip();
		// Nothing between ("X said Lin's comments "are baseless"") makes the noun the
		// subject of someone else's words about it.
		if (link.isEmpty() || !(appeal ? APPEAL_LINK.matcher(link).matches()
				: STATEMENT_LINK.matcher(link).matches() || PROMISES.contains(noun.key()) && link.equals("to"))) {
			return null;
		}
		for (int k = i - 1; k >= 0 && i - k <= MAX_OWNED_MODIFIERS + 1; k--) {
			Token owner = tokens.get(k);
			if (!Tokens.onlySpaceBetween(masked, owner.end(), tokens.get(k + 1).start())) {
				return null;
			}
			Subject possessor = possessivePronoun(owner);
			if (possessor != null) {
				return possessor;
			}
			Mention mention = passage.mentionEndingAt(owner.end());
			if (mention != null && mention.possessive()) {
				return Subject.named(mention);
			}
			// "The county senator's answer was that ...": resolved like "the senator".
			Subject role = owner.possessive() ? ownerRole(passage, k) : null;
			if (role != null) {
				return role;
			}
			if (owner.possessive() || DETERMINERS.contains(owner.key()) || OWNERS.contains(owner.key())
					|| DESCRIPTION_STOPS.contains(owner.key())) {
				return null;
			}
		}
		return null;
	}

	/**
	 * A role noun in the possessive opened by "the" at most two words before it
	 * ({@code the county senator's}): the owner of a statement noun, resolved like a
	 * tag's role noun. Token k is the possessive; null otherwise.
	 */
	private static Subject ownerRole(Passage passage, int k) {
		List<Token> tokens = passage.tokens();
		String key = tokens.get(k).bare().toLowerCase(Locale.ROOT);
		if (!ROLE_NOUNS.contains(key) || !personNoun(key)) {
			return null;
		}
		for (int j = k - 1; j >= 0 && k - j <= 3; j--) {
			if (!Tokens.onlySpaceBetween(passage.masked(), tokens.get(j).end(), tokens.get(j + 1).start())) {
				return null;
			}
			if (tokens.get(j).key().equals("the")) {
				String written = passage.masked()
					.substring(tokens.get(j).start(), tokens.get(k).start() + key.length());
				return new Subject(SubjectType.ROLE_NOUN, null, written, key, tokens.get(j).start(),
						tokens.get(k).start() + key.length());
			}
			if (tokens.get(j).possessive() || DESCRIPTION_STOPS.contains(tokens.get(j).key())) {
				return null;
			}
		}
		return null;
	}

	/**
	 * {@code As The Post's Ruth Marcus puts it, ...}: "put" and "puts" before "it" after
	 * "as" report how someone phrased what follows.
	 */
	private static boolean asPutIt(Passage passage, int i) {
		List<Token> tokens = passage.tokens();
		if (!putIt(tokens, i)) {
			return false;
		}
		for (int j = i - 1; j >= 0 && i - j <= 8; j--) {
			if (tokens.get(j).key().equals("as")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the speech verb at i is passive: a form of "to be" right before it, or
	 * before an adverb before it ("which was originally published in 2010"); "was saying"
	 * is no passive.
	 */
	private static boolean passive(List<Token> tokens, int i) {
		int be = i - 1;
		if (be > 0 && !PASSIVE.contains(tokens.get(be).key()) && !tokens.get(be).capitalised()
				&& isSkippable(tokens.get(be))) {
			be--;
		}
		return PASSIVE.contains(tokens.get(be).key()) && !progressive(tokens.get(i).key(), tokens.get(be));
	}

	/**
	 * "Clinton is telling voters", "he was saying": a form of "be" before a cue in "-ing"
	 * makes it progressive, not passive ("what is being said" stays passive).
	 */
	private static boolean progressive(String cue, Token be) {
		return cue.endsWith("ing") && !be.key().equals("being") && !be.key().equals("been");
	}

	/**
	 * "The email went on to say, ...": a cue after "on to" is the subject's own
	 * statement, unlike "refusing to say".
	 */
	private static boolean wentOnTo(List<Token> tokens, int cue) {
		return cue > 1 && tokens.get(cue - 2).key().equals("on");
	}

	private static boolean blank(String text, int from, int to) {
		for (int i = Math.max(0, from); i < to; i++) {
			if (!Character.isWhitespace(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The tag after a quotation: {@code "...," X said} or {@code "...," said X}; null
	 * when there is none. {@code On "This Week," Rubio said that ...} opens a new
	 * statement: not a tag.
	 */
	static Tag after(Passage passage, int after, int until) {
		List<Token> tokens = passage.tokens();
		int first = passage.firstTokenFrom(after);
		if (first >= tokens.size() || tokens.get(first).start() >= until) {
			return null;
		}
		String gap = passage.masked().substring(after, tokens.get(first).start());
		if (!COMMAS_AND_SPACE.matcher(gap).matches()) {
			return null;
		}
		Token head = tokens.get(first);
		if (head.key().equals("as") && !head.capitalised()) {
			return after(passage, head.end(), until); // "...," as Cruz said on the radio
		}
		if (head.key().equals("according") && first + 1 < tokens.size() && tokens.get(first + 1).key().equals("to")) {
			Subject subject = subjectAt(passage, first + 2, until);
			if (subject == null) {
				subject = closedRun(passage, first + 2, until);
			}
			return subject == null ? null : new Tag("according to", subject, true, true, true, subject.end());
		}
		// "...," Read said: a capitalised word a speech verb follows is the subject (Ian
		// Read), not an inverted "read".
		boolean subjectFirst = head.capitalised() && passage.mentionCovering(head.start()) != null
				&& trailingCueAt(passage, head.end(), until) >= 0;
		if ((isCue(head.key()) || head.key().equals("read")) && !ADDRESSING.contains(head.key()) && !subjectFirst) {
			Subject subject = subjectAt(passage, first + 1, until);
			if (subject == null) {
				return null;
			}
			Subject named = subject.type() == SubjectType.NAMED ? null : apposedPerson(passage, subject.end(), until);
			if (named == null && subject.type() != SubjectType.NAMED) {
				// "said the Council President for the month of May, Ambassador
				// Thomas-Greenfield": the name set off after the description's phrase.
				named = apposedPerson(passage, afterQualifyingPhrase(passage, subject.end(), until), until);
			}
			Subject speaker = named != null ? named : subject;
			return new Tag(head.text(), speaker, true, true, true, speaker.end());
		}
		Subject subject = subjectAt(passage, first, until);
		if (subject == null) {
			subject = capitalisedRun(passage, first, until);
		}
		if (subject == null || subject.end() > until) {
			return null; // a name running over the end of the sentence is no tag of it
		}
		int resume = subject.end();
		Matcher suffix = GENERATION.matcher(passage.masked()).region(resume, until);
		if (subject.type() == SubjectType.NAMED && suffix.lookingAt()) {
			resume = suffix.end(); // "Brent Bozell III, founder of ..., said"
		}
		Matcher apposition = APPOSITION_BEFORE_CUE.matcher(passage.masked()).region(resume, until);
		if ((subject.type() == SubjectType.NAMED || subject.type() == SubjectType.DESCRIPTION)
				&& apposition.lookingAt()) {
			// "an intelligence source, who was not ..., told"; "Harry Bond, 30, of
			// Raleigh, N.C., said": the apposition runs to the comma a cue follows.
			int end = apposition.end();
			for (int part = 1; part < MAX_APPOSITION_PARTS && trailingCueAt(passage, end, until) < 0; part++) {
				Matcher more = APPOSITION_PART.matcher(passage.masked()).region(end, until);
				if (!more.lookingAt()) {
					break;
				}
				end = more.end();
			}
			resume = trailingCueAt(passage, end, until) >= 0 ? end : apposition.end();
		}
		if (resume == subject.end() && person(subject.mention())) {
			resume = afterAffiliation(passage, resume, until); // "X of the Y Institute
																// said"
		}
		else if (resume == subject.end() && subject.type() == SubjectType.ROLE_NOUN) {
			// "the leader of the resistance movement said"
			resume = afterAffiliation(passage, resume, until);
		}
		else if (resume == subject.end() && subject.type() == SubjectType.DESCRIPTION && personNoun(subject.key())) {
			resume = afterPlace(passage, resume, until); // "a staffer in the room
															// wondered"
		}
		int next = trailingCueAt(passage, resume, until);
		if (next < 0 && (subject.type() == SubjectType.ROLE_NOUN || subject.type() == SubjectType.DESCRIPTION)) {
			Subject widened = coordinated(passage, subject, until);
			if (widened != null) {
				subject = widened;
				resume = widened.end();
				next = trailingCueAt(passage, resume, until);
			}
		}
		if (next < 0 && person(subject.mention()) && resume == subject.end()) {
			Subject pair = coordinatedNames(passage, subject, until);
			int end = pair == null ? -1 : afterAffiliation(passage, pair.end(), until);
			if (pair != null && trailingCueAt(passage, end, until) >= 0) {
				subject = pair;
				resume = end;
				next = trailingCueAt(passage, resume, until);
			}
		}
		if (next < 0 && person(subject.mention()) && resume == subject.end()) {
			int end = unclosedApposition(passage, resume, until);
			if (end > resume) {
				resume = end;
				next = trailingCueAt(passage, resume, until);
			}
		}
		if (next >= 0 && (resume > subject.end()
				|| Tokens.onlySpaceBetween(passage.masked(), tokens.get(next - 1).end(), tokens.get(next).start()))) {
			return new Tag(tokens.get(next).text(), subject, true, true, true, tokens.get(next).end());
		}
		int quoted = passiveQuotedAsSaying(passage, resume, until);
		if (quoted >= 0) {
			return new Tag(tokens.get(quoted).text(), subject, true, true, true, tokens.get(quoted).end());
		}
		return null;
	}

	/** "With these words," opening the sentence that names a quotation's speaker. */
	private static final Pattern THESE_WORDS = Pattern.compile("(?i)(?:with|in) (?:these|those|such) words,?\\s+");

	/** "That was how" or "This is what" before the speaker and the verb. */
	private static final Pattern THAT_WAS_HOW = Pattern.compile("(?i)(?:that|this) (?:was|is) (?:how|what)\\s+");

	/** "Those were the words of" before the speaker. */
	private static final Pattern WORDS_OF = Pattern
		.compile("(?i)(?:those|these|such) (?:were|are) (?:the )?(?:words|remarks|comments) of\\s+");

	/**
	 * The sentence right after a quotation that stands alone, read as naming its speaker:
	 * a tag ({@link #after}) or one of the ways a writer names the speaker of an opening
	 * quotation afterwards - {@code "...." So declared Qais Khazali}, {@code
	 * "...." With these words, X warned ...}, {@code "...." That was how X put it},
	 * {@code "...." Those were the words of X}. Null when it names none.
	 */
	static Tag identifying(Passage passage, int from, int until) {
		List<Token> tokens = passage.tokens();
		int first = passage.firstTokenFrom(from);
		if (first + 1 >= tokens.size() || tokens.get(first).start() >= until) {
			return null;
		}
		String head = tokens.get(first).key();
		if ((head.equals("so") || head.equals("thus")) && isCue(tokens.get(first + 1).key())
				&& !ADDRESSING.contains(tokens.get(first + 1).key())) {
			// "So declared Qais Khazali": the inverted tag after an adverb.
			return after(passage, tokens.get(first).end(), until);
		}
		Tag tag = after(passage, from, until);
		if (tag != null) {
			return tag;
		}
		String masked = passage.masked();
		int start = tokens.get(first).start();
		Matcher words = THESE_WORDS.matcher(masked).region(start, until);
		if (words.lookingAt()) {
			return after(passage, words.end(), until);
		}
		Matcher how = THAT_WAS_HOW.matcher(masked).region(start, until);
		if (how.lookingAt()) {
			return after(passage, how.end(), until);
		}
		Matcher of = WORDS_OF.matcher(masked).region(start, until);
		if (of.lookingAt()) {
			Subject subject = subjectAt(passage, passage.firstTokenFrom(of.end()), until);
			return subject == null || subject.type() != SubjectType.NAMED ? null
					: new Tag("words", subject, true, true, true, subject.end());
		}
		return null;
	}

	/**
	 * The person a description is set off against by a comma, right after it:
	 * {@code said Saudi Arabia's foreign minister, Adel Al Jubeir on Sunday} names Al
	 * Jubeir. Null when no person's mention follows the comma within the sentence.
	 */
	private static Subject apposedPerson(Passage passage, int after, int until) {
		Mention mention = passage.mentionFrom(after);
		if (mention == null || mention.kind() != SpeakerKind.PERSON || mention.possessive() || mention.end() > until
				|| !passage.masked().substring(after, mention.start()).strip().equals(",")) {
			return null;
		}
		return Subject.named(mention);
	}

	/**
	 * The end of a short phrase that qualifies a description and ends before a comma
	 * ({@code the Council President for the month of May,}): a preposition and at most
	 * five more words naming no person; {@code from} when there is none.
	 */
	private static int afterQualifyingPhrase(Passage passage, int from, int until) {
		List<Token> tokens = passage.tokens();
		int first = passage.firstTokenFrom(from);
		if (first >= tokens.size() || !QUALIFYING_PREPOSITIONS.contains(tokens.get(first).key())
				|| tokens.get(first).capitalised()
				|| !passage.masked().substring(from, tokens.get(first).start()).isBlank()) {
			return from;
		}
		for (int t = first + 1; t < tokens.size() && t - first <= 5 && tokens.get(t).end() <= until; t++) {
			String gap = passage.masked().substring(tokens.get(t - 1).end(), tokens.get(t).start()).strip();
			if (gap.equals(",")) {
				return tokens.get(t - 1).end();
			}
			Mention mention = passage.mentionCovering(tokens.get(t).start());
			if (!gap.isEmpty() || mention != null && mention.kind() == SpeakerKind.PERSON) {
				return from;
			}
		}
		return from;
	}

	private static final Set<String> QUALIFYING_PREPOSITIONS = Set.of("for", "of", "in", "at", "from");

	/**
	 * {@code "...," Hill Watch added}: a run of at most three capitalised words right
	 * before a speech verb after a quotation names its speaker even when the mention
	 * finder knows no such name (an organisation, a rare name); it is kept as written.
	 */
	private static Subject capitalisedRun(Passage passage, int first, int until) {
		List<Token> tokens = passage.tokens();
		for (int j = first; j < tokens.size() && j - first < 3 && tokens.get(j).start() < until; j++) {
			Token token = tokens.get(j);
			if (!token.capitalised() || token.possessive() || PRONOUNS.contains(token.key())
					|| FIRST_PERSON.contains(token.key()) || DETERMINERS.contains(token.key())
					|| NameVocabulary.CALENDAR.contains(token.key()) || j > first
							&& !Tokens.onlySpaceBetween(passage.masked(), tokens.get(j - 1).end(), token.start())) {
				return null;
			}
			int next = j + 1;
			if (next < tokens.size() && isCue(tokens.get(next).key()) && !tokens.get(next).capitalised()
					&& trailingCueAt(passage, token.end(), until) == next
					&& Tokens.onlySpaceBetween(passage.masked(), token.end(), tokens.get(next).start())) {
				String written = passage.masked().substring(tokens.get(first).start(), token.end());
				return new Subject(SubjectType.DESCRIPTION, null, written, token.key(), tokens.get(first).start(),
						token.end());
			}
		}
		return null;
	}

	/**
	 * Two people who wrote or said the words together ({@code "...," Tom Reyes and Kay
	 * Lund wrote}): the subject widened over "and" to the second person, kept as written
	 * with both names; the first named speaks for the archive, as a byline's first author
	 * does. Null unless a person's name follows "and" right away.
	 */
	private static Subject coordinatedNames(Passage passage, Subject first, int until) {
		List<Token> tokens = passage.tokens();
		int and = passage.firstTokenFrom(first.end());
		if (and + 1 >= tokens.size() || !tokens.get(and).key().equals("and")
				|| !Tokens.onlySpaceBetween(passage.masked(), first.end(), tokens.get(and).start())) {
			return null;
		}
		Subject second = subjectAt(passage, and + 1, until);
		if (second == null || second.type() != SubjectType.NAMED || !person(second.mention())
				|| second.start() != tokens.get(and + 1).start()) {
			return null;
		}
		String written = passage.masked().substring(first.start(), second.end());
		return new Subject(SubjectType.NAMED, first.mention(), written, null, first.start(), second.end());
	}

	/**
	 * {@code The problem, said Kay Lund, "is that ..."}, {@code After the vote,
	 * explained Tom Rosen, "..."}: a speech verb set off by a comma before it and its
	 * subject right after it, which a comma closes (after an apposition, also:
	 * {@code says Cora Antell, a historian at the library, is that he was "..."}), is an
	 * inverted tag inside the sentence, and the quotation after it is that subject's.
	 * Token i is the verb; null when it is no such tag.
	 */
	private static Subject parenthetical(Passage passage, int i, int open) {
		List<Token> tokens = passage.tokens();
		String masked = passage.masked();
		Token verb = tokens.get(i);
		if (i == 0 || verb.capitalised() || verb.key().endsWith("ing") || ADDRESSING.contains(verb.key())
				|| CHARACTERISING.contains(verb.key()) || !REPORTING.contains(verb.key())
				|| !masked.substring(tokens.get(i - 1).end(), verb.start()).strip().equals(",")) {
			return null;
		}
		Subject subject = subjectAt(passage, i + 1, open);
		if (subject == null || subject.type() == SubjectType.PRONOUN || subject.end() > open
				|| !Tokens.onlySpaceBetween(masked, verb.end(), subject.start())) {
			return null;
		}
		int end = subject.end();
		Matcher apposition = APPOSITION_BEFORE_CUE.matcher(masked).region(end, open);
		if (apposition.lookingAt()) {
			return subject;
		}
		return masked.substring(end, open).strip().startsWith(",") ? subject : null;
	}

	/**
	 * {@code Civic Watch said in a statement that "..."}: a run of at most three
	 * capitalised words that opens the clause and stands right before its speech verb
	 * names the speaker even when the mention finder knows no such name (an organisation,
	 * a rare name); it is kept as written. Null otherwise.
	 */
	private static Subject openingRun(Passage passage, int clauseFrom, int verb) {
		List<Token> tokens = passage.tokens();
		String masked = passage.masked();
		int first = passage.firstTokenFrom(clauseFrom);
		// Up to five words when the run ends in an office: "Substitute Friday Prayers
		// Leader added:"
		int most = verb > first && NameVocabulary.isTitleKey(tokens.get(verb - 1).key()) ? 5 : 3;
		if (first >= verb || verb - first > most || !blank(masked, clauseFrom, tokens.get(first).start())
				|| tokens.get(verb).capitalised()) {
			return null;
		}
		boolean office = most > 3;
		for (int j = first; j < verb; j++) {
			Token token = tokens.get(j);
			boolean word = office ? token.capitalised() && !token.possessive() && !PRONOUNS.contains(token.key())
					: unknownNameWord(token);
			if (!word || !Tokens.onlySpaceBetween(masked, token.end(), tokens.get(j + 1).start())) {
				return null;
			}
		}
		Token last = tokens.get(verb - 1);
		return new Subject(SubjectType.DESCRIPTION, null, masked.substring(tokens.get(first).start(), last.end()),
				last.key(), tokens.get(first).start(), last.end());
	}

	/**
	 * {@code according to Civic Watch.}: a run of at most three capitalised words from
	 * token {@code index} that punctuation or {@code until} closes names its source even
	 * when the mention finder knows no such name; kept as written. A run that goes on
	 * into more words ("according to Federal Election Commission records") names none.
	 */
	private static Subject closedRun(Passage passage, int index, int until) {
		List<Token> tokens = passage.tokens();
		String masked = passage.masked();
		for (int j = index; j < tokens.size() && j - index < 3 && tokens.get(j).start() < until; j++) {
			Token token = tokens.get(j);
			if (!unknownNameWord(token)
					|| j > index && !Tokens.onlySpaceBetween(masked, tokens.get(j - 1).end(), token.start())) {
				return null;
			}
			int stop = j + 1 < tokens.size() ? Math.min(until, tokens.get(j + 1).start()) : until;
			String after = masked.substring(token.end(), Math.max(token.end(), stop)).strip();
			if (!after.isEmpty() && ".,:;".indexOf(after.charAt(0)) >= 0 || stop == until && after.isEmpty()) {
				return new Subject(SubjectType.DESCRIPTION, null,
						masked.substring(tokens.get(index).start(), token.end()), token.key(),
						tokens.get(index).start(), token.end());
			}
		}
		return null;
	}

	/**
	 * Whether a word may stand in a name the mention finder does not know: capitalised,
	 * no possessive, pronoun, determiner, month or word that opens a clause ("When asked
	 * which ...").
	 */
	private static boolean unknownNameWord(Token token) {
		return token.capitalised() && !token.possessive() && !PRONOUNS.contains(token.key())
				&& !FIRST_PERSON.contains(token.key()) && !DETERMINERS.contains(token.key())
				&& !DESCRIPTION_STOPS.contains(token.key()) && !NameVocabulary.CALENDAR.contains(token.key());
	}

	/** The author's own voice, never a named speaker. */
	private static final Set<String> FIRST_PERSON = Set.of("i", "we");

	/**
	 * A description of one speaker in two coordinated parts ({@code the Ohio senator and
	 * Republican presidential candidate said}): the subject widened over "and" and at
	 * most five more words that a speech verb follows, else null. The head stays the
	 * first part's.
	 */
	private static Subject coordinated(Passage passage, Subject subject, int until) {
		List<Token> tokens = passage.tokens();
		int and = passage.firstTokenFrom(subject.end());
		if (and >= tokens.size() || !tokens.get(and).key().equals("and")
				|| !Tokens.onlySpaceBetween(passage.masked(), subject.end(), tokens.get(and).start())) {
			return null;
		}
		for (int j = and + 1; j < tokens.size() && j - and <= 5 && tokens.get(j).start() < until; j++) {
			Token token = tokens.get(j);
			if (!Tokens.onlySpaceBetween(passage.masked(), tokens.get(j - 1).end(), token.start())
					|| DESCRIPTION_STOPS.contains(token.key()) || DETERMINERS.contains(token.key())
					|| OWNERS.contains(token.key()) || token.possessive() || isCue(token.key())) {
				return null;
			}
			if (trailingCueAt(passage, token.end(), until) == j + 1) {
				String written = passage.masked().substring(subject.start(), token.end());
				return new Subject(subject.type(), subject.mention(), written, subject.key(), subject.start(),
						token.end());
			}
		}
		return null;
	}

	/**
	 * The end of an apposition after a person's name whose closing comma is missing
	 * ({@code Kay Lund, who chairs the Fair Vote PAC said}, {@code Tom Reyes, the polling
	 * analyst who founded the site tweeted}): a relative clause or a description opened
	 * by a determiner, at most {@link #MAX_UNCLOSED} words without punctuation, up to a
	 * speech verb that is not the clause's own ("who said"). {@code from} when there is
	 * none.
	 */
	private static int unclosedApposition(Passage passage, int from, int until) {
		List<Token> tokens = passage.tokens();
		String masked = passage.masked();
		int open = passage.firstTokenFrom(from);
		if (open >= tokens.size() || !masked.substring(from, tokens.get(open).start()).strip().equals(",")) {
			return from;
		}
		String opener = tokens.get(open).key();
		if (!opener.equals("who") && !DETERMINERS.contains(opener)) {
			return from;
		}
		for (int j = open + 1; j < tokens.size() && j - open <= MAX_UNCLOSED && tokens.get(j).start() < until; j++) {
			Token token = tokens.get(j);
			String gap = masked.substring(tokens.get(j - 1).end(), token.start());
			if (!gap.isBlank() && !gap.equals(".")) {
				return from; // punctuation: the apposition is closed, or runs on
			}
			if (isCue(token.key()) && !token.capitalised()) {
				String before = tokens.get(j - 1).key();
				boolean clausesOwn = before.equals("who") || before.equals("that") || before.equals("and")
						|| isSkippable(tokens.get(j - 1));
				return clausesOwn || j - open < 3 || token.key().endsWith("ing") ? from : tokens.get(j - 1).end();
			}
		}
		return from;
	}

	/** Most words of an apposition left without its closing comma. */
	private static final int MAX_UNCLOSED = 14;

	/**
	 * {@code "...," Ada Lin is quoted as saying}, also with the outlet that quotes her
	 * ({@code was quoted by IRNA as saying}): the token of "saying" or "stating" when
	 * such a passive follows the subject right away, else -1.
	 */
	private static final int MAX_QUOTING_WORDS = 6;

	private static int passiveQuotedAsSaying(Passage passage, int from, int until) {
		List<Token> tokens = passage.tokens();
		int be = passage.firstTokenFrom(from);
		if (be + 3 >= tokens.size() || tokens.get(be + 3).start() >= until || !PASSIVE.contains(tokens.get(be).key())
				|| !Tokens.onlySpaceBetween(passage.masked(), from, tokens.get(be).start())) {
			return -1;
		}
		String verb = tokens.get(be + 1).key();
		int as = be + 2;
		if (tokens.get(as).key().equals("by") && !tokens.get(as).capitalised()) {
			// "... was quoted by IRNA as saying", "by the semi-official Fars news agency
			// as saying": who quotes, in at most six words and no clause of its own
			int after = as + 1;
			while (after < tokens.size() && after - as <= MAX_QUOTING_WORDS && !tokens.get(after).key().equals("as")
					&& Tokens.onlySpaceBetween(passage.masked(), tokens.get(after - 1).end(),
							tokens.get(after).start())) {
				after++;
			}
			if (after >= tokens.size() || after - as > MAX_QUOTING_WORDS || !tokens.get(after).key().equals("as")) {
				return -1;
			}
			as = after;
		}
		if (as + 1 >= tokens.size() || tokens.get(as + 1).start() >= until) {
			return -1;
		}
		String cue = tokens.get(as + 1).key();
		return (verb.equals("quoted") || verb.equals("cited")) && tokens.get(as).key().equals("as")
				&& (cue.equals("saying") || cue.equals("stating")) ? as + 1 : -1;
	}

	/**
	 * The person a sentence opens with as its subject, whatever the verb:
	 * {@code Ada Lin is upbeat about the vote.}, {@code Ada Lin, the mayor, praised the
	 * plan.} Null unless a person's name starts the sentence and a lower-case word that
	 * opens no clause of its own follows it (after an apposition set off by commas). Only
	 * a quotation standing alone in the next paragraph takes it as a lead-in.
	 */
	static Tag openingSubject(Passage passage, int sentenceFrom, int until) {
		List<Token> tokens = passage.tokens();
		int first = passage.firstTokenFrom(sentenceFrom);
		if (first >= tokens.size() || !blank(passage.masked(), sentenceFrom, tokens.get(first).start())) {
			return null;
		}
		if (first + 1 < tokens.size() && SENTENCE_CONJUNCTIONS.contains(tokens.get(first).key())
				&& blank(passage.masked(), tokens.get(first).end(), tokens.get(first + 1).start())) {
			first++; // "But Scarborough was just as stubborn."
		}
		Mention mention = passage.mentionFrom(tokens.get(first).start());
		if (mention == null || mention.start() != tokens.get(first).start() || !person(mention)
				|| mention.end() >= until) {
			return null;
		}
		int resume = mention.end();
		Matcher apposition = APPOSITION_BEFORE_CUE.matcher(passage.masked()).region(resume, until);
		if (apposition.lookingAt()) {
			resume = apposition.end();
		}
		int verb = passage.firstTokenFrom(resume);
		if (verb >= tokens.size() || tokens.get(verb).start() >= until || tokens.get(verb).capitalised()
				|| !blank(passage.masked(), resume, tokens.get(verb).start())
				|| OPENS_NO_PREDICATE.contains(tokens.get(verb).key())) {
			return null;
		}
		Subject subject = new Subject(SubjectType.NAMED, mention, mention.asWritten(), null, mention.start(),
				mention.end(), false);
		return new Tag(tokens.get(verb).text(), subject, false, true, false, until);
	}

	/** Conjunctions that may open a sentence before its subject. */
	private static final Set<String> SENTENCE_CONJUNCTIONS = Set.of("but", "and", "yet");

	/** Words after a name that make it no sentence subject ("Lin and Park", "Lin or"). */
	private static final Set<String> OPENS_NO_PREDICATE = Set.of("and", "or", "of", "who", "whose", "which", "that",
			"in", "at", "on", "for", "from", "with", "to", "by");

	/**
	 * The token of the speech verb that a tag's subject ends right before, adverbs
	 * skipped ({@code X reportedly said}), or -1; a verb that opens a statement of its
	 * own ({@code said that}) is none.
	 */
	private static int trailingCueAt(Passage passage, int from, int until) {
		List<Token> tokens = passage.tokens();
		int next = passage.firstTokenFrom(from);
		while (next < tokens.size() && isSkippable(tokens.get(next))) {
			next++;
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

	private static final Set<String> BE = Set.of("was", "is", "were", "are");

	/** Speech in the progressive that is no cue on its own: "was speaking". */
	private static final Set<String> SPEAKING = Set.of("speaking", "talking", "responding", "reacting", "commenting",
			"alluding");

	private static boolean progressiveSpeech(Token token) {
		// Not "telling" and the like: "Alpert's metaphor is telling" describes.
		return !token.capitalised() && token.key().endsWith("ing")
				&& (SPEAKING.contains(token.key()) || isCue(token.key()) && !ADDRESSING.contains(token.key()));
	}

	/** "put it" after its subject: {@code That was how Hassan Nasrallah put it}. */
	private static boolean putIt(Passage passage, int i) {
		List<Token> tokens = passage.tokens();
		return putIt(tokens, i) && !tokens.get(i).capitalised()
				&& Tokens.onlySpaceBetween(passage.masked(), tokens.get(i).end(), tokens.get(i + 1).start());
	}

	/** Whether tokens i and i + 1 are "put it" or "puts it". */
	private static boolean putIt(List<Token> tokens, int i) {
		String key = tokens.get(i).key();
		return (key.equals("put") || key.equals("puts")) && i + 1 < tokens.size()
				&& tokens.get(i + 1).key().equals("it");
	}

	private static final Set<String> REMARKS_OWNERS = Set.of("the", "these", "those", "his", "her", "their");

	private static final Set<String> REMARKS = Set.of("remark", "remarks", "comment", "comments", "statement",
			"statements");

	/**
	 * Whether token i opens "made the remarks" after a quotation and its speaker, as
	 * agencies write it: {@code "...," Ali Rabiei, the spokesman, made the remarks at a
	 * briefing}.
	 */
	private static boolean madeRemarks(Passage passage, int i) {
		List<Token> tokens = passage.tokens();
		return i + 2 < tokens.size() && tokens.get(i).key().equals("made") && !tokens.get(i).capitalised()
				&& REMARKS_OWNERS.contains(tokens.get(i + 1).key()) && REMARKS.contains(tokens.get(i + 2).key())
				&& Tokens.onlySpaceBetween(passage.masked(), tokens.get(i).end(), tokens.get(i + 1).start())
				&& Tokens.onlySpaceBetween(passage.masked(), tokens.get(i + 1).end(), tokens.get(i + 2).start());
	}

	/** Verbs of speech in two words: a verb and its particle. */
	private static final Set<String> PHRASAL_CUES = Set.of("shot back", "fired back", "hit back", "pushed back",
			"snapped back", "wrote back", "cut in", "chimed in", "weighed in", "piped up", "went on", "lashed out",
			"points out", "pointed out", "pointing out", "summed up", "sums up", "spelled out");

	/**
	 * Whether token i opens a speech verb in two words ({@code "...," Lamb shot back},
	 * {@code Lamb cut in: "..."}).
	 */
	private static boolean phrasalCue(Passage passage, int i) {
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
	private static boolean isTrailingCue(String key) {
		return isCue(key) || key.equals("read");
	}

	/**
	 * A tag closing the sentence that a quotation stands inside:
	 * {@code Couple exposure with a
	 * "candidate who is a lightning rod" and Clevelanders get nervous, said Christine Link.}
	 * It follows a comma and nothing but an apposition or an adverbial follows it.
	 */
	static Tag closing(Passage passage, int after, int until) {
		String masked = passage.masked();
		for (int comma = masked.indexOf(',', after); comma >= 0
				&& comma < until; comma = masked.indexOf(',', comma + 1)) {
			Tag tag = after(passage, comma + 1, until);
			if (tag == null || tag.subject().type() == SubjectType.DESCRIPTION && tag.cue().equals("according to")) {
				continue;
			}
			String rest = masked.substring(Math.min(tag.end(), until), until).strip();
			if (rest.isEmpty() || rest.startsWith(".") || rest.startsWith(",") || rest.length() <= 30) {
				return new Tag(tag.cue(), tag.subject().distant(), false, false, true, tag.end());
			}
		}
		return null;
	}

	/**
	 * A subject starting at token {@code index}: a pronoun, "the" + role noun, or a name.
	 */
	private static Subject subjectAt(Passage passage, int index, int until) {
		List<Token> tokens = passage.tokens();
		if (index >= tokens.size() || tokens.get(index).start() >= until) {
			return null;
		}
		Token token = tokens.get(index);
		if (PRONOUNS.contains(token.key())) {
			return new Subject(SubjectType.PRONOUN, null, token.text(), token.key(), token.start(), token.end());
		}
		Mention covering = passage.mentionCovering(token.start());
		Subject described = describedName(passage, index, until);
		if (covering != null && !covering.possessive()) {
			// "DoubleLine Capital portfolio manager Bonnie Baha said": the person the
			// words
			// lead to speaks, not the firm or organisation that opens them.
			if (described != null && described.end() > covering.end()) {
				return described;
			}
			return new Subject(SubjectType.NAMED, covering, covering.asWritten(), null, covering.start(),
					covering.end());
		}
		if (described != null) {
			return described;
		}
		if ((token.key().equals("a") || token.key().equals("an")) && index + 1 < tokens.size()) {
			// "declared a prominent TV presenter Tina Kandelaki": the person speaks.
			Subject person = personAfterDescription(passage, index + 1, until);
			if (person != null) {
				return person;
			}
		}
		if (token.key().equals("the") && index + 1 < tokens.size()) {
			// "the Zionist Union Party's Nachman Shai told": the person speaks.
			Subject person = describedName(passage, index + 1, until);
			if (person != null) {
				return person;
			}
			Mention named = passage.mentionFrom(token.end());
			if (named != null && named.start() < until && named.start() == tokens.get(index + 1).start()
					&& !named.possessive()) {
				// "the RNC member said": the name only qualifies the noun that speaks.
				int next = passage.firstTokenFrom(named.end());
				if (!nounGoesOn(passage, next)) {
					return Subject.named(named);
				}
				return descriptionFrom(passage, index, until);
			}
			for (int j = index + 1; j < Math.min(tokens.size(), index + 3); j++) {
				if (ROLE_NOUNS.contains(tokens.get(j).key()) && nounGoesOn(passage, j + 1)) {
					break; // "the editorial board", "the campaign director"
				}
				if (ROLE_NOUNS.contains(tokens.get(j).key())) {
					String written = passage.masked().substring(token.start(), tokens.get(j).end());
					return new Subject(SubjectType.ROLE_NOUN, null, written, tokens.get(j).key(), token.start(),
							tokens.get(j).end());
				}
			}
		}
		return descriptionFrom(passage, index, until);
	}

	/**
	 * The person named after the words describing them from token {@code first} on
	 * ({@link #describedName}), when those words describe that person: not "a friend of
	 * Tom Reyes" ({@link #relatedBefore}) nor "a 2008 Clinton veteran", where the noun
	 * goes on after the name. Null otherwise.
	 */
	private static Subject personAfterDescription(Passage passage, int first, int until) {
		Subject person = describedName(passage, first, until);
		return person != null && !relatedBefore(passage, first, person.end())
				&& !nounGoesOn(passage, passage.firstTokenFrom(person.end())) ? person : null;
	}

	/**
	 * Whether a lower-case word relating the description to someone else stands between
	 * token {@code first} and {@code to}: "a friend of Tom Reyes", "an aide to Senator
	 * Reyes" describe someone who is not Reyes (and so, to be safe, "a member of
	 * parliament Ali Motahari" is left a description).
	 */
	private static boolean relatedBefore(Passage passage, int first, int to) {
		List<Token> tokens = passage.tokens();
		for (int t = first; t < tokens.size() && tokens.get(t).start() < to; t++) {
			if (RELATIONS.contains(tokens.get(t).key()) && !tokens.get(t).capitalised()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether token i goes on the noun phrase before it: a lower-case word right after it
	 * that is no speech verb, adverb or function word ("the RNC member", "the editorial
	 * board").
	 */
	private static boolean nounGoesOn(Passage passage, int i) {
		List<Token> tokens = passage.tokens();
		if (i <= 0 || i >= tokens.size()) {
			return false;
		}
		Token token = tokens.get(i);
		return !token.capitalised() && joined(passage.masked(), tokens.get(i - 1).end(), token.start())
				&& !tokens.get(i - 1).possessive() && !isCue(token.key()) && !token.key().equals("read")
				&& !madeRemarks(passage, i) && !isSkippable(token) && !DESCRIPTION_STOPS.contains(token.key())
				&& !CONNECTIVES.contains(token.key()) && token.key().chars().allMatch(Character::isLetter);
	}

	/**
	 * A person named after words that describe them, read forwards:
	 * {@code Blaze co-host Stu
	 * Burguiere}, {@code American Action Forum's Douglas Holtz-Eakin}. The words before
	 * the name become the role when the name has none.
	 */
	private static Subject describedName(Passage passage, int index, int until) {
		List<Token> tokens = passage.tokens();
		if (DETERMINERS.contains(tokens.get(index).key()) || DESCRIPTION_STOPS.contains(tokens.get(index).key())) {
			return null;
		}
		int from = tokens.get(index).start();
		Subject found = null;
		for (int j = index + 1; j < tokens.size() && j - index <= MAX_DESCRIBED_NAME
				&& tokens.get(j).start() < until; j++) {
			Token token = tokens.get(j);
			Mention mention = passage.mentionCovering(token.start());
			if (mention != null && mention.start() < token.start()) {
				continue; // inside a name ("George W. Bush"), whatever its dots
			}
			// A capitalised word inside a run of names is part of one, even when it is
			// also a function word or a verb ("CBS This Morning co-anchor DeMarco
			// Morgan", "Montclair State University political scientist Ada Lin").
			if (!joined(passage.masked(), tokens.get(j - 1).end(), token.start())
					|| (isCue(token.key()) || DESCRIPTION_STOPS.contains(token.key())) && !token.capitalised()) {
				return found;
			}
			if (AFFILIATIONS.contains(token.key()) && person(passage.mentionCovering(tokens.get(j - 1).start()))) {
				return found; // "Michael Hanlon of the Brookings Institution": the name
								// before the preposition is the person
			}
			if (mention == null) {
				continue;
			}
			if (mention.possessive() || mention.kind() != SpeakerKind.PERSON || mention.start() != token.start()) {
				// "American Action Forum's" or "former FBI agent": the firm or body
				// describes who follows.
				if (mention.start() == token.start()
						&& (mention.possessive() || mention.kind() != SpeakerKind.PERSON)) {
					j = passage.firstTokenFrom(mention.end()) - 1; // "American Action
																	// Forum's" describes
																	// who follows
					continue;
				}
				return found;
			}
			String written = passage.masked().substring(from, mention.end());
			String role = mention.role() != null ? mention.role()
					: passage.masked().substring(from, mention.start()).strip();
			Mention widened = new Mention(from, mention.end(), written, mention.name(), role, mention.kind(),
					mention.possessive());
			found = new Subject(SubjectType.NAMED, widened, written, null, from, mention.end());
			// "former Carter speechwriter Ada Lin Park": a person whose name runs
			// on into more words describes the one those words lead to.
			int next = passage.firstTokenFrom(mention.end());
			if (next >= tokens.size() || !nounGoesOn(passage, next)) {
				return found;
			}
			j = next - 1;
		}
		return found;
	}

	/** Most words from the start of a person's description to the name it leads to. */
	private static final int MAX_DESCRIBED_NAME = 8;

	/**
	 * Where the cue after a person's affiliation starts ({@code Michael Hanlon of the
	 * Brookings Institution said}): the end of a phrase of at most seven words opened by
	 * "of", "at", "from" or "with" that a speech verb follows, else {@code from}.
	 */
	private static int afterAffiliation(Passage passage, int from, int until) {
		return afterPhrase(passage, from, until, AFFILIATIONS);
	}

	/**
	 * Where the cue after an unnamed person's whereabouts starts ({@code "...?" a
	 * county staffer in the room wondered}): like {@link #afterAffiliation}, for a phrase
	 * opened by a preposition of place.
	 */
	private static int afterPlace(Passage passage, int from, int until) {
		return afterPhrase(passage, from, until, PLACES);
	}

	/** Prepositions that place an unnamed speaker ("a woman in the crowd"). */
	private static final Set<String> PLACES = Set.of("in", "inside", "near", "at", "outside");

	private static int afterPhrase(Passage passage, int from, int until, Set<String> openers) {
		List<Token> tokens = passage.tokens();
		int first = passage.firstTokenFrom(from);
		if (first >= tokens.size() || !openers.contains(tokens.get(first).key())
				|| !Tokens.onlySpaceBetween(passage.masked(), from, tokens.get(first).start())) {
			return from;
		}
		for (int j = first + 1; j < tokens.size() && j - first <= 7 && tokens.get(j).start() < until; j++) {
			if (!joined(passage.masked(), tokens.get(j - 1).end(), tokens.get(j).start())) {
				return from;
			}
			if (trailingCueAt(passage, tokens.get(j - 1).end(), until) == j) {
				return j - 1 > first ? tokens.get(j - 1).end() : from;
			}
		}
		return from;
	}

	private static boolean person(Mention mention) {
		return mention != null && mention.kind() == SpeakerKind.PERSON && !mention.possessive();
	}

	/**
	 * An unnamed speaker described after a determiner, read forwards from it:
	 * {@code said a
	 * spokesman for the campaign}, {@code added a New Hampshire Democrat}.
	 */
	private static Subject descriptionFrom(Passage passage, int index, int until) {
		List<Token> tokens = passage.tokens();
		boolean quantified = QUANTIFIERS.contains(tokens.get(index).key());
		Mention owner = passage.mentionCovering(tokens.get(index).start());
		int placeOwner = owner == null ? capitalisedOwner(passage, index) : -1;
		int written = index;
		if (owner != null && owner.possessive() && owner.start() == tokens.get(index).start()) {
			// "Powell's office said": read on from the owner's name.
			index = passage.firstTokenFrom(owner.end()) - 1;
			written = index;
		}
		else if (placeOwner >= 0) {
			// "Saudi Arabia's foreign minister has said": the country
			// owns the office, and the description is written from its
			// first word.
			index = placeOwner;
		}
		else if (!DETERMINERS.contains(tokens.get(index).key()) && !quantified
				&& !OWNERS.contains(tokens.get(index).key())) {
			return barePluralFrom(passage, index, until);
		}
		int last = -1;
		for (int j = index + 1; j < tokens.size() && j - index <= MAX_DESCRIPTION
				&& tokens.get(j).start() < until; j++) {
			Token token = tokens.get(j);
			if (!joined(passage.masked(), tokens.get(j - 1).end(), token.start())
					|| DESCRIPTION_STOPS.contains(token.key()) || isCue(token.key()) || madeRemarks(passage, j)
					|| DETERMINERS.contains(token.key()) && j == index + 1
					|| token.key().equals("read") && DOCUMENTS.contains(tokens.get(j - 1).key())) {
				break; // "the email read": the document's verb
			}
			if (!CONNECTIVES.contains(token.key()) && !DETERMINERS.contains(token.key())) {
				last = j;
			}
			if (token.possessive() && (token.capitalised() || j + 1 >= tokens.size()
					|| !joined(passage.masked(), token.end(), tokens.get(j + 1).start()))) {
				break; // "the paper's editorial board" reads on; a name's possessive ends
			}
		}
		if (last < 0 && tokens.get(index).key().equals("another")) {
			return another(tokens.get(index)); // "tweeted another"
		}
		if (last < 0 || quantified && !plural(tokens.get(last))) {
			return null;
		}
		return description(passage, Math.min(written, index), last);
	}

	/**
	 * The last token of a run of at most three capitalised words from {@code index} that
	 * ends in a possessive, as a country's or a body's name owns an office ("Saudi
	 * Arabia's foreign minister"); -1 when the words there are no such run.
	 */
	private static int capitalisedOwner(Passage passage, int index) {
		List<Token> tokens = passage.tokens();
		for (int j = index; j < tokens.size() && j - index < 3; j++) {
			Token token = tokens.get(j);
			if (!token.capitalised() || PRONOUNS.contains(token.key()) || DETERMINERS.contains(token.key()) || j > index
					&& !Tokens.onlySpaceBetween(passage.masked(), tokens.get(j - 1).end(), token.start())) {
				return -1;
			}
			if (token.possessive()) {
				return j;
			}
		}
		return -1;
	}

	/**
	 * A {@link #barePlural} read forwards from token {@code index}, its noun right before
	 * a speech verb: {@code "…," federal prosecutors wrote}.
	 */
	private static Subject barePluralFrom(Passage passage, int index, int until) {
		List<Token> tokens = passage.tokens();
		for (int k = index; k < tokens.size() - 1 && k - index < MAX_DESCRIPTION
				&& tokens.get(k).start() < until; k++) {
			if (k > index && !joined(passage.masked(), tokens.get(k - 1).end(), tokens.get(k).start())) {
				return null;
			}
			if (followedByCue(passage, k)) {
				return barePlural(passage, index, k);
			}
		}
		return null;
	}

	/**
	 * Words that relate a common noun to someone else: "a friend of", "an aide to", "a
	 * spokesman for".
	 */
	private static final Set<String> RELATIONS = Set.of("of", "to", "for", "with");

	/** A bracketed acronym and the comma after it: {@code (IRGC),}. */
	private static final Pattern BRACKETED_COMMA = Pattern.compile("\\([^()]{1,20}\\)\\s*,");

	/** Words inside a description that never end it. */
	private static final Set<String> CONNECTIVES = Set.of("of", "for", "at", "from", "with", "the", "a", "an");

	/**
	 * Whether only spaces, or the dot of a title ("Sen. Marco Rubio"), stand between two
	 * words of one phrase.
	 */
	private static boolean joined(String masked, int from, int to) {
		if (to - from > 3 || to <= from) {
			return false;
		}
		boolean dot = false;
		for (int i = from; i < to; i++) {
			char c = masked.charAt(i);
			if (c == '.') {
				dot = true;
			}
			else if (!Character.isWhitespace(c)) {
				return false;
			}
		}
		if (!dot) {
			return true;
		}
		int start = from;
		while (start > 0 && Character.isLetter(masked.charAt(start - 1))) {
			start--;
		}
		return masked.charAt(from) == '.' && NameVocabulary.isTitle(masked.substring(start, from));
	}

	/**
	 * An unnamed speaker described before its verb, read backwards from token k to a
	 * determiner: {@code a spokesman for committee Democrats said},
	 * {@code the board said}.
	 */
	private static Subject descriptionEndingAt(Passage passage, int k) {
		List<Token> tokens = passage.tokens();
		Token head = tokens.get(k);
		if (head.key().equals("another")) {
			return another(head); // "Yet another said"
		}
		if (!describesSpeaker(head)) {
			return null;
		}
		for (int j = k - 1; j >= -1 && k - j <= MAX_DESCRIPTION; j--) {
			if (j < 0 || !joined(passage.masked(), tokens.get(j).end(), tokens.get(j + 1).start())) {
				return percentOf(passage, j + 1, k) ? description(passage, j + 1, k) : barePlural(passage, j + 1, k);
			}
			Token token = tokens.get(j);
			if (QUANTIFIERS.contains(token.key()) && plural(head)) {
				return description(passage, j, k); // "some protesters chanted"
			}
			if (DETERMINERS.contains(token.key()) && !(j + 1 < k && tokens.get(j + 1).key().equals("of"))) {
				if (token.key().equals("one") && !token.capitalised() && j + 1 < k
						&& !tokens.get(j + 1).key().equals("of")) {
					return null; // "one" only as "one of the ..." or "one employee":
									// otherwise a
									// number
				}
				return description(passage, j, k);
			}
			if (DESCRIPTION_STOPS.contains(token.key()) || isCue(token.key())) {
				return null;
			}
		}
		return null;
	}

	/**
	 * Whether tokens [from, k] are a share of people, a plural person noun after a number
	 * and "percent of": {@code 25 percent of likely Republican voters say}. They speak,
	 * not whoever the clause before them named.
	 */
	private static boolean percentOf(Passage passage, int from, int k) {
		List<Token> tokens = passage.tokens();
		if (k - from < 3 || !Character.isDigit(tokens.get(from).key().charAt(0))
				|| !tokens.get(from + 1).key().equals("percent") || !tokens.get(from + 2).key().equals("of")
				|| !plural(tokens.get(k)) || !personNoun(tokens.get(k).key())) {
			return false;
		}
		for (int j = from + 3; j < k; j++) {
			String key = tokens.get(j).key();
			if (DESCRIPTION_STOPS.contains(key) || LINKS.contains(key) || isCue(key) || tokens.get(j).possessive()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * People named by a plural noun without a determiner, at the start of a clause:
	 * {@code federal prosecutors wrote}, {@code Iranian officials said},
	 * {@code "…," protesters chanted}. Kept as written; they name nobody. The words
	 * before the noun must all modify it: no function word, verb or possessive.
	 */
	private static Subject barePlural(Passage passage, int from, int k) {
		List<Token> tokens = passage.tokens();
		Token head = tokens.get(k);
		if (!plural(head) || !personNoun(head.key())) {
			return null;
		}
		for (int j = from; j < k; j++) {
			Token token = tokens.get(j);
			String key = token.key();
			if (DESCRIPTION_STOPS.contains(key) || CONNECTIVES.contains(key) || DETERMINERS.contains(key)
					|| QUANTIFIERS.contains(key) || LINKS.contains(key) || isCue(key) || token.possessive()
					|| !Character.isLetter(key.charAt(0))) {
				return null;
			}
		}
		return description(passage, from, k);
	}

	/**
	 * Words that link the head of a description to whom it belongs ("a spokesman for the
	 * mayor", "a source close to the campaign", "an aide familiar with his thinking").
	 */
	private static final Set<String> LINKS = Set.of("for", "of", "with", "to", "at", "from", "in", "inside", "within",
			"close", "familiar", "near", "loyal", "allied");

	/**
	 * An unnamed speaker whose description ends in the object of a preposition, read
	 * backwards from token k to its determiner: in {@code a spokesman for the mayor said}
	 * and {@code another source familiar with Cruz's thinking said} the spokesman and the
	 * source speak, never the mayor or Cruz. The head is the word before the first link.
	 */
	private static Subject headedDescriptionEndingAt(Passage passage, int k) {
		List<Token> tokens = passage.tokens();
		int firstLink = -1;
		for (int j = k - 1; j >= 0 && k - j <= MAX_DESCRIPTION + 4; j--) {
			Token token = tokens.get(j);
			if (!joined(passage.masked(), token.end(), tokens.get(j + 1).start()) || isCue(token.key())) {
				return null;
			}
			boolean link = LINKS.contains(token.key());
			if (link) {
				firstLink = j;
				continue;
			}
			if (INDEFINITE_PERSONS.contains(token.key()) && firstLink == j + 1) {
				// "someone in the audience shouted": the pronoun is the head
				String written = passage.masked().substring(token.start(), tokens.get(k).end());
				return written.indexOf(QuoteScanner.MASK) >= 0 ? null : new Subject(SubjectType.DESCRIPTION, null,
						written, token.key(), token.start(), tokens.get(k).end());
			}
			boolean counted = QUANTIFIERS.contains(token.key()) && firstLink > j + 1
					&& plural(tokens.get(firstLink - 1));
			boolean opens = DETERMINERS.contains(token.key()) || token.key().equals("another") || counted;
			if (opens && firstLink > j + 1 && (j == 0 || !LINKS.contains(tokens.get(j - 1).key()))) {
				Token head = tokens.get(firstLink - 1);
				if (head.key().endsWith("ing") && firstLink - 2 > j) {
					head = tokens.get(firstLink - 2); // "another source speaking to Fox
														// News"
				}
				if (head.capitalised() || !describesSpeaker(head) || !personNoun(head.key())) {
					return null;
				}
				Subject named = j > 0 ? subjectEndingAt(passage, j - 1) : null;
				if (named != null && named.type() == SubjectType.NAMED && named.mention().kind() == SpeakerKind.PERSON
						&& passage.masked().substring(tokens.get(j - 1).end(), token.start()).strip().equals(",")) {
					return named; // "Sam Lau, the communications director for the party
									// said": an apposition left without its closing comma
				}
				String written = passage.masked().substring(token.start(), tokens.get(k).end());
				if (written.indexOf(QuoteScanner.MASK) >= 0) {
					return null;
				}
				return new Subject(SubjectType.DESCRIPTION, null, written, head.key(), token.start(),
						tokens.get(k).end());
			}
			if (DESCRIPTION_STOPS.contains(token.key()) && !opens) {
				return null;
			}
		}
		return null;
	}

	/** Pronouns for someone unnamed that head a description: "someone in the crowd". */
	private static final Set<String> INDEFINITE_PERSONS = Set.of("someone", "somebody", "anyone", "anybody");

	/** Nouns for people that head a description although they end in no agent suffix. */
	private static final Set<String> PERSON_NOUNS = Set.of("source", "sources", "official", "officials", "aide",
			"aides", "spokesman", "spokeswoman", "spokesperson", "person", "people", "member", "members", "ally",
			"allies", "friend", "friends", "staff", "staffer", "insider", "insiders", "operative", "operatives",
			"attorney", "attorneys", "expert", "experts", "analyst", "analysts", "delegate", "delegates", "chief",
			"head", "one", "man", "men", "woman", "women", "resident", "residents", "student", "students", "veteran",
			"veterans", "candidate", "candidates", "businessman", "businesswoman", "billionaire", "mogul", "magnate",
			"incumbent", "hopeful", "rival", "actress", "neurosurgeon", "host", "republican", "democrat");

	/**
	 * Whether a noun names a person or people: a listed noun, a role noun, or an agent
	 * noun ("adviser", "director", "strategist", "historian").
	 */
	static boolean personNoun(String key) {
		String singular = key.endsWith("s") ? key.substring(0, key.length() - 1) : key;
		return PERSON_NOUNS.contains(key)
				|| ROLE_NOUNS.contains(key) && !DOCUMENTS.contains(key) && !STATEMENT_NOUNS.contains(key)
						&& !OUTLET_NOUNS.contains(key)
				|| singular.length() > 4 && !NOT_AGENTS.contains(singular)
						&& (singular.endsWith("er") || singular.endsWith("or") || singular.endsWith("ist")
								|| singular.endsWith("ian") || singular.endsWith("ant") || singular.endsWith("ee"));
	}

	/** Words in "-er" or "-or" that name nobody, though they end like agent nouns. */
	private static final Set<String> NOT_AGENTS = Set.of("together", "whether", "however", "never", "ever", "other",
			"another", "rather", "further", "after", "under", "over", "either", "neither", "later", "former", "latter",
			"earlier", "sooner", "longer", "larger", "bigger", "better", "greater", "higher", "lower", "border",
			"order", "corner", "number", "chapter", "letter", "matter", "paper", "power", "water", "winter", "summer",
			"october", "november", "december", "september", "error", "factor", "sector", "minor", "major", "tenor",
			"favor", "labor", "honor", "humor", "behavior");

	/** Role nouns that name an outlet rather than a person. */
	private static final Set<String> OUTLET_NOUNS = Set.of("daily", "website", "site", "paper", "newspaper", "agency",
			"channel", "outlet", "weekly", "magazine");

	/**
	 * "another" standing alone for one more of the people just quoted ("Another tweeted",
	 * "said another"): kept as written, it names nobody.
	 */
	private static Subject another(Token token) {
		return new Subject(SubjectType.DESCRIPTION, null, token.text(), token.key(), token.start(), token.end());
	}

	/**
	 * Whether a word can end the description of a speaker: not a statement ("a
	 * statement"), a time ("Wednesday") or a function word.
	 */
	private static boolean describesSpeaker(Token head) {
		String key = head.key();
		return !(DESCRIPTION_STOPS.contains(key) || CONNECTIVES.contains(key) || head.possessive()
				|| DETERMINERS.contains(key) || STATEMENT_NOUNS.contains(key) && !DOCUMENTS.contains(key)
				|| NameVocabulary.CALENDAR.contains(key) || key.equals("decision") || key.equals("ruling")
				|| Character.isDigit(key.charAt(0)) && !key.endsWith("-old")); // "the
																				// 46-year-old"
	}

	private static Subject description(Passage passage, int from, int to) {
		if (!describesSpeaker(passage.tokens().get(to))) {
			return null;
		}
		List<Token> tokens = passage.tokens();
		if (STATEMENT_NOUNS.contains(tokens.get(to).key()) && !tokens.get(from).key().equals("the")) {
			return null; // "issued a statement saying": its issuer speaks; "the statement
							// said"
		}
		String written = passage.masked().substring(tokens.get(from).start(), tokens.get(to).end());
		if (written.indexOf(QuoteScanner.MASK) >= 0) {
			return null;
		}
		return new Subject(SubjectType.DESCRIPTION, null, written, tokens.get(to).key(), tokens.get(from).start(),
				tokens.get(to).end());
	}

	/**
	 * The people a relative "who" right before the verb stands for, when a description of
	 * them ends before its comma: in
	 * {@code Obama wasn't treated as credibly by his show's
	 * listeners, who wondered if "…"} the listeners wonder, not Obama; so does a person
	 * named right before the comma. Null when token k is no such "who", or another name
	 * stands before it (found as it is).
	 */
	private static Subject relativeAntecedent(Passage passage, int k, int from) {
		List<Token> tokens = passage.tokens();
		if (k < 1 || !tokens.get(k).key().equals("who") || tokens.get(k - 1).start() < from
				|| !passage.masked().substring(tokens.get(k - 1).end(), tokens.get(k).start()).strip().equals(",")) {
			return null;
		}
		Mention named = passage.mentionCovering(tokens.get(k - 1).start());
		if (named != null) {
			// "an endorsement from a Senate colleague, from Mike Lee, who declared": the
			// person right before "who" speaks, even as the object of a preposition.
			Subject person = named.kind() == SpeakerKind.PERSON ? subjectEndingAt(passage, k - 1) : null;
			return person != null && person.type() == SubjectType.NAMED ? person : null;
		}
		int head = k - 1;
		if (!plural(tokens.get(head)) || !personNoun(tokens.get(head).key())) {
			return null;
		}
		int first = head;
		while (first > 0 && head - first < MAX_DESCRIPTION
				&& joined(passage.masked(), tokens.get(first - 1).end(), tokens.get(first).start())) {
			String key = tokens.get(first - 1).key();
			if (DETERMINERS.contains(key) || OWNERS.contains(key)) {
				first--;
				break;
			}
			if (DESCRIPTION_STOPS.contains(key) || LINKS.contains(key) || isCue(key)
					|| !Character.isLetter(key.charAt(0))) {
				break;
			}
			first--;
		}
		return description(passage, first, head);
	}

	/**
	 * The subject of a verb starting at {@code verbStart}, looked for in [from,
	 * verbStart).
	 */
	static Subject subject(Passage passage, int clauseFrom, int verbStart) {
		int from = Math.max(clauseFrom, verbStart - MAX_CLAUSE);
		Subject owner = nameBeforeOwnAdverbial(passage, from, verbStart);
		if (owner != null) {
			return owner;
		}
		Subject relativeHead = beforeLongRelative(passage, from, verbStart);
		if (relativeHead != null) {
			return relativeHead;
		}
		String masked = passage.masked();
		boolean[] skipped = new boolean[verbStart - from];
		Matcher matcher = RELATIVE_CLAUSE.matcher(masked).region(from, verbStart);
		while (matcher.find()) {
			for (int i = matcher.start(); i < matcher.end(); i++) {
				skipped[i - from] = true;
			}
		}
		List<Token> tokens = passage.tokens();
		int k = passage.lastTokenBy(verbStart);
		while (k >= 0 && tokens.get(k).start() >= from
				&& (skipped[tokens.get(k).start() - from] || isSkippable(tokens.get(k)))) {
			k--;
		}
		if (k < 0 || tokens.get(k).start() < from) {
			return null;
		}
		Token token = tokens.get(k);
		Subject relative = relativeAntecedent(passage, k, from);
		if (relative != null) {
			return relative;
		}
		if (token.key().equals("and") || token.key().equals("but")) { // "..., but
																		// admitted"
			return new Subject(SubjectType.ELIDED, null, null, null, token.start(), token.end());
		}
		Token verb = tokens.get(passage.firstTokenFrom(verbStart));
		// "Albright urged women to vote for Hillary Clinton, saying": a participle after
		// a comma hangs on the main clause, so the name ending that clause is its object;
		// so does a verb after "and" or "but" ("... attacks from Donald Trump, but
		// admitted"), whose subject is asked for with the conjunction as the verb.
		boolean coordinated = verb.key().equals("and") || verb.key().equals("but");
		boolean participle = verb.key().endsWith("ing") || coordinated;
		// "A county official responded by saying", "incurred boos upon saying": a
		// participle after such a preposition hangs too.
		boolean hanging = participle && (coordinated || masked.substring(token.end(), verbStart).contains(",")
				|| GERUND_PREPOSITIONS.contains(token.key()));
		Subject adjacent = hanging ? null : subjectEndingAt(passage, k);
		boolean blank = masked.substring(token.end(), verbStart).isBlank();
		if (!hanging && (blank || onlySkipped(masked, skipped, from, token.end(), verbStart))
				&& (adjacent == null || afterPreposition(passage, adjacent.start()))) {
			Subject wider = headedDescriptionEndingAt(passage, k);
			adjacent = wider != null ? wider : adjacent != null ? adjacent : descriptionEndingAt(passage, k);
			if (wider == null && adjacent != null && adjacent.type() == SubjectType.DESCRIPTION
					&& afterCircumstance(passage, adjacent.start())) {
				adjacent = null; // "Beck, who has in the past described Trump as": the
									// object of a preposition is no subject
			}
			Subject person = adjacent == null ? null : personBeforePreposition(passage, adjacent.start());
			if (person != null) {
				adjacent = person; // "Michael Hanlon of the Brookings Institution said"
			}
			if (!blank && adjacent != null && adjacent.type() == SubjectType.DESCRIPTION && !personNoun(adjacent.key())
					&& !DOCUMENTS.contains(adjacent.key())) {
				adjacent = null; // past a clause only a person's description or a
									// document:
									// "A county official, speaking on condition of
									// anonymity, said", "The complaint, which was filed
									// Friday, alleged"
			}
		}
		// "Sam Lorry, a contestant who worked alongside Kay Harlow, said": a long
		// apposition ends in a name of its own, but the person it describes speaks.
		String closing = masked.substring(token.end(), verbStart).strip();
		// Also after an acronym in brackets: "…, Vice Head of the Iranian Revolutionary
		// Guard Corps (IRGC), stated".
		if (!hanging && (closing.equals(",") || closing.equals("),") || BRACKETED_COMMA.matcher(closing).matches())) {
			Subject head = appositionHead(passage, from, k);
			if (head != null) {
				return head.distant();
			}
		}
		if (!hanging && closing.isEmpty()) {
			// "Aws Al-Khafaji, Secretary-General of the Abu Al-Fadhl Al-Abbas Brigades
			// said": an office in title case left without its closing comma.
			Subject head = beforeUnclosedOffice(passage, from, k);
			if (head != null) {
				return head.distant();
			}
		}
		if (adjacent != null) {
			return adjacent;
		}
		// Further back: the nearest name that is not the object of a preposition ("at the
		// Grand Hotel", "in Iowa"); for a participle ("..., telling the crowd") the
		// sentence's subject, the earliest such name, since the participle hangs on the
		// main clause - unless a speech verb follows a name ("..., Nefzi said, adding").
		Subject nearest = null;
		Subject free = null;
		for (int i = hanging ? k : k - 1; i >= 0 && tokens.get(i).start() >= from && k - i < MAX_LOOKBACK; i--) {
			if (skipped[tokens.get(i).start() - from]) {
				continue;
			}
			Subject candidate = subjectEndingAt(passage, i);
			if (candidate == null) {
				candidate = hanging ? descriptionBeforeCue(passage, i) : null;
				if (candidate == null) {
					continue;
				}
			}
			if (nearest == null) {
				nearest = candidate;
			}
			if (!afterPreposition(passage, candidate.start()) && !(hanging && ownedObject(passage, candidate, from))) {
				free = candidate;
				if (!participle || hanging && followedByCue(passage, i)) {
					break;
				}
			}
			i = passage.firstTokenFrom(candidate.start());
		}
		Subject chosen = free != null ? free : nearest;
		if (free == null && hanging && !coordinated) {
			// "One aide inside the tower tried to play down Harlow's remarks, saying": a
			// described subject opening the clause speaks. Otherwise nobody: the
			// participle hangs on the clause's subject, which is never a preposition's
			// object ("Lund compared himself to Harlow, saying" with Lund not known as a
			// name is not Harlow's).
			chosen = openingDescription(passage, from, k);
		}
		if (chosen == null && participle && !coordinated) {
			chosen = issuer(passage, from, k);
		}
		return chosen == null ? null : chosen.distant();
	}

	/** Words before a noun that make a speech verb's "-s" form that noun. */
	private static final Set<String> NOUN_OPENERS = Set.of("the", "a", "an", "these", "those", "such");

	/** Adjectives that stand between such a word and a noun: "the false claims". */
	private static final Set<String> CLAIM_ADJECTIVES = Set.of("false", "new", "recent", "latest", "earlier",
			"repeated", "similar", "baseless", "unfounded", "bogus", "wild", "outlandish", "dubious", "many",
			"several");

	/**
	 * Whether the speech verb at i, in its "-s" form, is a noun there: right after an
	 * article or a demonstrative, or after one and an adjective of the list ("the
	 * claims", "the false claims"), and "states" after a capitalised word that names no
	 * person ("Gulf Arab states will take"). "The board claims" and "Trump states that"
	 * stay verbs, and "his claims" is left to the owner's statement (ownedStatement).
	 */
	private static boolean cueAsNoun(Passage passage, int i) {
		List<Token> tokens = passage.tokens();
		String key = tokens.get(i).key();
		if (!key.endsWith("s") || i == 0) {
			return false;
		}
		Token previous = tokens.get(i - 1);
		if (key.equals("states") && !tokens.get(i).capitalised() && previous.capitalised()) {
			Mention mention = passage.mentionCovering(previous.start());
			return mention == null || mention.kind() != SpeakerKind.PERSON;
		}
		return NOUN_OPENERS.contains(previous.key())
				|| i > 1 && CLAIM_ADJECTIVES.contains(previous.key()) && NOUN_OPENERS.contains(tokens.get(i - 2).key());
	}

	/** Owners that tie an adverbial after a name to that name: "in his reaction". */
	private static final Set<String> ADVERBIAL_OWNERS = Set.of("his", "her", "their");

	/**
	 * A person named before an adverbial of their own and the verb, as agencies write it:
	 * {@code Rezai in his reaction to Netanyahu's statement said:} is Rezai's, not the
	 * name nearest the verb. The name is no preposition's object and owns nothing; only
	 * the adverbial stands between it and the verb, with no speech verb inside.
	 */
	private static Subject nameBeforeOwnAdverbial(Passage passage, int from, int verbStart) {
		List<Token> tokens = passage.tokens();
		List<Mention> mentions = passage.mentions();
		for (int m = passage.firstMentionFrom(from); m < mentions.size(); m++) {
			Mention mention = mentions.get(m);
			if (mention.start() >= verbStart) {
				return null;
			}
			if (!person(mention) || afterPreposition(passage, mention.start())) {
				continue;
			}
			int next = passage.firstTokenFrom(mention.end());
			if (next + 2 >= tokens.size() || !tokens.get(next).key().equals("in")
					|| !ADVERBIAL_OWNERS.contains(tokens.get(next + 1).key())
					|| !blank(passage.masked(), mention.end(), tokens.get(next).start())) {
				return null;
			}
			if (passage.masked().indexOf(',', mention.end(), verbStart) >= 0) {
				return null;
			}
			for (int t = next; t < tokens.size() && tokens.get(t).start() < verbStart; t++) {
				if (isCue(tokens.get(t).key())) {
					return null;
				}
			}
			return new Subject(SubjectType.NAMED, mention, mention.asWritten(), null, mention.start(), mention.end(),
					false);
		}
		return null;
	}

	/**
	 * Whether a candidate is the owner of a statement inside the clause rather than its
	 * subject: in {@code Lund's team shrugged off Harlow's remarks, saying} Harlow owns
	 * the object, and the participle hangs on the clause's subject. An owner opening the
	 * clause ({@code Harlow's office released ..., saying}) is not ruled out here.
	 */
	private static boolean ownedObject(Passage passage, Subject candidate, int from) {
		return candidate.mention() != null && candidate.mention().possessive()
				&& candidate.start() > passage.tokens().get(passage.firstTokenFrom(from)).start();
	}

	/**
	 * The person a long apposition before the verb describes: the first person named in
	 * [from, k] that a comma and a lower-case word or determiner follow, not a
	 * preposition's object ({@code Sam Lorry, a contestant who worked alongside Kay
	 * Harlow, said}). Null when there is none.
	 */
	private static Subject appositionHead(Passage passage, int from, int k) {
		List<Token> tokens = passage.tokens();
		String masked = passage.masked();
		for (int t = passage.firstTokenFrom(from); t < k; t++) {
			Mention named = passage.mentionEndingAt(tokens.get(t).end());
			if (named == null || named.possessive() || named.kind() != SpeakerKind.PERSON
					|| afterPreposition(passage, named.start())) {
				continue;
			}
			Token next = tokens.get(t + 1);
			if (masked.substring(tokens.get(t).end(), next.start()).strip().equals(",")
					&& (DETERMINERS.contains(next.key()) || !next.capitalised() && !CONNECTIVES.contains(next.key())
							|| titledApposition(passage, t + 1, k))) {
				return Subject.named(named);
			}
			return null;
		}
		return null;
	}

	/**
	 * The person named in [from, k] before a comma and an office in title case that runs
	 * to token k, the verb right after it ({@code Aws Al-Khafaji, Secretary-General of
	 * the Abu Al-Fadhl Al-Abbas Brigades said}); null otherwise.
	 */
	private static Subject beforeUnclosedOffice(Passage passage, int from, int k) {
		List<Token> tokens = passage.tokens();
		for (int t = passage.firstTokenFrom(from); t < k; t++) {
			Mention named = passage.mentionEndingAt(tokens.get(t).end());
			if (named == null || named.possessive() || named.kind() != SpeakerKind.PERSON
					|| afterPreposition(passage, named.start())
					|| !passage.masked()
						.substring(tokens.get(t).end(), tokens.get(t + 1).start())
						.strip()
						.equals(",")) {
				continue;
			}
			return titledApposition(passage, t + 1, k) ? Subject.named(named) : null;
		}
		return null;
	}

	/**
	 * Whether tokens {@code first} to {@code k} are an office in title case that names no
	 * person ({@code Hussein Salami, Deputy Commander of the Iranian Revolutionary Guard
	 * Corps, stated}): a title first, then no person's name, so that the office's
	 * institution is no subject. A list of names ({@code Salami, President Ali Larijani,
	 * said}) names a person after the title.
	 */
	private static boolean titledApposition(Passage passage, int first, int k) {
		List<Token> tokens = passage.tokens();
		if (!tokens.get(first).capitalised() || !NameVocabulary.isTitleKey(tokens.get(first).key())) {
			return false;
		}
		int from = tokens.get(first).start();
		int to = tokens.get(k).end();
		for (Mention mention : passage.mentions()) {
			if (mention.kind() == SpeakerKind.PERSON && mention.start() < to && mention.end() > from) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The person or description opening the clause before a relative "who" whose clause
	 * runs, over commas of its own, to a comma right before the verb: {@code The Iraqi
	 * premier who met with Massoud Barzani, Nechirvan Barzani and other officials, said}
	 * is the premier's, not the last name in the list. Null otherwise.
	 */
	private static Subject beforeLongRelative(Passage passage, int from, int verbStart) {
		String masked = passage.masked();
		if (!masked.substring(from, verbStart).stripTrailing().endsWith(",")) {
			return null;
		}
		List<Token> tokens = passage.tokens();
		int first = passage.firstTokenFrom(from);
		int last = passage.lastTokenBy(verbStart);
		for (int t = first + 1; t <= last; t++) {
			if (!tokens.get(t).key().equals("who") || tokens.get(t).capitalised()) {
				continue;
			}
			String gap = masked.substring(tokens.get(t - 1).end(), tokens.get(t).start()).strip();
			if (!gap.isEmpty() && !gap.equals(",")) {
				return null;
			}
			Subject named = subjectEndingAt(passage, t - 1);
			Subject subject = named != null && named.type() == SubjectType.NAMED ? named
					: headedDescriptionEndingAt(passage, t - 1);
			if (subject == null) {
				subject = descriptionEndingAt(passage, t - 1);
			}
			boolean person = subject != null && (subject.type() == SubjectType.NAMED && person(subject.mention())
					|| subject.type() == SubjectType.DESCRIPTION && personNoun(subject.key()));
			return person && blank(masked, from, subject.start()) ? subject : null;
		}
		return null;
	}

	/** Heads of a description that speak for a body of people. */
	private static final Set<String> BODY_HEADS = Set.of("campaign", "office", "team", "staff");

	/**
	 * A description opening the clause at {@code from} and ending before token k: a
	 * determiner, "One" or an owner's possessive, at most two more words up to a person
	 * noun ("One operative", "A spokeswoman for the House Armed Services Committee",
	 * "Ryan's campaign"), read on over connectives and capitalised words. Null when the
	 * clause opens otherwise.
	 */
	private static Subject openingDescription(Passage passage, int from, int k) {
		List<Token> tokens = passage.tokens();
		int first = passage.firstTokenFrom(from);
		if (first >= k || !blank(passage.masked(), from, tokens.get(first).start())) {
			return null;
		}
		Token opener = tokens.get(first);
		boolean owner = opener.possessive() && opener.capitalised();
		if (!owner && !DETERMINERS.contains(opener.key())) {
			return null;
		}
		for (int h = first + 1; h < k && h - first <= 3; h++) {
			Token token = tokens.get(h);
			if (!joined(passage.masked(), tokens.get(h - 1).end(), token.start()) || token.capitalised()
					|| DESCRIPTION_STOPS.contains(token.key()) || isCue(token.key())) {
				return null;
			}
			if (personNoun(token.key()) || BODY_HEADS.contains(token.key())) {
				int end = h;
				for (int j = h + 1; j < k && joined(passage.masked(), tokens.get(j - 1).end(), tokens.get(j).start())
						&& (CONNECTIVES.contains(tokens.get(j).key()) || tokens.get(j).capitalised()); j++) {
					if (tokens.get(j).capitalised()) {
						end = j;
					}
				}
				String written = passage.masked().substring(opener.start(), tokens.get(end).end());
				return new Subject(SubjectType.DESCRIPTION, null, written, token.key(), opener.start(),
						tokens.get(end).end());
			}
		}
		return null;
	}

	/** Verbs of issuing a document that do not end in "-ed". */
	private static final Set<String> ISSUING = Set.of("sent", "put", "gave", "made", "wrote", "sends", "puts", "gives");

	/**
	 * The described issuer of a document that a participle quotes:
	 * {@code The town released a statement Wednesday saying ...},
	 * {@code Her campaign quickly sent out an email to supporters stating, ...}. The
	 * issuer opens the clause with a determiner or an owner and ends right before the
	 * verb of issuing, which stands before "a"/"an" and the document.
	 */
	private static Subject issuer(Passage passage, int from, int k) {
		List<Token> tokens = passage.tokens();
		int document = -1;
		for (int j = k; j >= 0 && k - j < 6 && tokens.get(j).start() >= from; j--) {
			String key = tokens.get(j).key();
			if (DOCUMENTS.contains(key) || STATEMENT_NOUNS.contains(key)) {
				document = j;
				break;
			}
		}
		int article = document - 1;
		while (article > 0 && document - article < 3 && !tokens.get(article).key().equals("a")
				&& !tokens.get(article).key().equals("an")) {
			article--;
		}
		if (document < 0 || article <= 0 || !Set.of("a", "an").contains(tokens.get(article).key())) {
			return null;
		}
		int verb = article - 1;
		if (tokens.get(verb).key().equals("out") && verb > 0) {
			verb--; // "put out", "sent out"
		}
		int end = verb - 1;
		while (end >= 0 && isSkippable(tokens.get(end))) {
			end--;
		}
		Token issued = tokens.get(verb);
		if (end < 0 || tokens.get(end).start() < from || issued.capitalised()
				|| !(issued.key().endsWith("ed") || ISSUING.contains(issued.key()))) {
			return null;
		}
		Subject named = subjectEndingAt(passage, end);
		if (named != null) {
			return named;
		}
		int first = passage.firstTokenFrom(from);
		String opener = tokens.get(first).key();
		if (end - first < 1 || end - first > 4 || !(DETERMINERS.contains(opener) || OWNERS.contains(opener))
				|| opener.equals("this")) {
			return null;
		}
		for (int j = first + 1; j <= end; j++) {
			if (!joined(passage.masked(), tokens.get(j - 1).end(), tokens.get(j).start())
					|| DESCRIPTION_STOPS.contains(tokens.get(j).key()) || isCue(tokens.get(j).key())) {
				return null;
			}
		}
		String written = passage.masked().substring(tokens.get(first).start(), tokens.get(end).end());
		return new Subject(SubjectType.DESCRIPTION, null, written, tokens.get(end).key(), tokens.get(first).start(),
				tokens.get(end).end());
	}

	/**
	 * Whether only spaces, commas and skipped clauses stand in [at, to): {@code A county
	 * official, speaking on condition of anonymity, said}.
	 */
	private static boolean onlySkipped(String masked, boolean[] skipped, int from, int at, int to) {
		boolean afterSkipped = false;
		for (int i = at; i < to; i++) {
			char c = masked.charAt(i);
			if (skipped[i - from]) {
				afterSkipped = true;
			}
			else if (c == ',' && afterSkipped) {
				afterSkipped = false; // the comma that closes a skipped clause
			}
			else if (!Character.isWhitespace(c)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether a speech verb follows token i, with only adverbs between:
	 * {@code Nefzi said}.
	 */
	private static boolean followedByCue(Passage passage, int i) {
		List<Token> tokens = passage.tokens();
		int next = i + 1;
		while (next < tokens.size() && isSkippable(tokens.get(next))) {
			next++;
		}
		// "the United States": a capitalised verb form inside a run of names is a name.
		return next < tokens.size() && isCue(tokens.get(next).key()) && !tokens.get(next).key().endsWith("ing")
				&& !tokens.get(next).capitalised()
				&& Tokens.onlySpaceBetween(passage.masked(), tokens.get(next - 1).end(), tokens.get(next).start());
	}

	/**
	 * A description ending at token i that a speech verb follows: {@code the spokesman
	 * for the party said ..., adding}.
	 */
	private static Subject descriptionBeforeCue(Passage passage, int i) {
		if (!followedByCue(passage, i)) {
			return null;
		}
		// "he sounded a rare note of ...": a bare cue after a description is a noun.
		String cue = passage.tokens().get(i + 1).key();
		boolean finite = cue.endsWith("ed") || cue.endsWith("s") || cue.equals("said") || cue.equals("told")
				|| cue.equals("wrote");
		return finite ? descriptionEndingAt(passage, i) : null;
	}

	/**
	 * The subject of "and said" when the same clause opened with a speech verb right
	 * after a name: {@code De Blasio said the move was made by Bill Bratton and said,
	 * "..."} is De Blasio's. Null when no such verb precedes.
	 */
	static Subject elidedSubject(Passage passage, int clauseFrom, int andStart) {
		List<Token> tokens = passage.tokens();
		int k = passage.lastTokenBy(andStart);
		for (int i = k; i > 0 && tokens.get(i).start() >= clauseFrom && k - i < MAX_LOOKBACK; i--) {
			Token token = tokens.get(i);
			String before = tokens.get(i - 1).key();
			if (isCue(token.key()) && !token.capitalised() && !before.equals("to") && !PASSIVE.contains(before)) {
				Subject subject = subject(passage, clauseFrom, token.start());
				return subject != null && subject.adjacent() && subject.type() != SubjectType.ELIDED ? subject : null;
			}
		}
		return null;
	}

	private static final Set<String> PREPOSITIONS = Set.of("in", "at", "on", "with", "to", "for", "of", "from", "by",
			"about", "against", "into", "near", "outside", "inside", "over", "under", "toward", "towards", "than",
			"like", "behind", "between", "among", "through", "during", "after", "before", "across");

	/** Prepositions that tie a person to the body they belong to. */
	private static final Set<String> AFFILIATIONS = Set.of("of", "at", "from", "with");

	/**
	 * The person named right before the preposition that the phrase starting at the
	 * offset follows: in {@code Tessa Lindqvist of the county board said} Lindqvist
	 * speaks, not the board. Null when no person stands there.
	 */
	private static Subject personBeforePreposition(Passage passage, int start) {
		List<Token> tokens = passage.tokens();
		int i = passage.firstTokenFrom(start) - 1;
		if (i >= 0 && DETERMINERS.contains(tokens.get(i).key())) {
			i--;
		}
		if (i < 1 || !AFFILIATIONS.contains(tokens.get(i).key())
				|| !Tokens.onlySpaceBetween(passage.masked(), tokens.get(i - 1).end(), tokens.get(i).start())) {
			return null;
		}
		Subject person = subjectEndingAt(passage, i - 1);
		return person != null && person.type() == SubjectType.NAMED && person.mention().kind() == SpeakerKind.PERSON
				? person : null;
	}

	/**
	 * Prepositions whose gerund hangs on the clause's subject: "responded by saying",
	 * "incurred a wave of boos upon saying", "attack a friend without saying".
	 */
	private static final Set<String> GERUND_PREPOSITIONS = Set.of("by", "upon", "without", "after", "before", "while",
			"when", "since");

	/**
	 * Prepositions of time and place, whose object never speaks: "in the past", "at one
	 * point". Not "with" ("with the union calling her …") nor "on" or "of", which may
	 * belong to a description before them.
	 */
	private static final Set<String> CIRCUMSTANCES = Set.of("in", "at", "during", "after", "before", "since",
			"throughout", "into", "within", "among", "across", "around", "inside");

	/** Whether one of {@link #CIRCUMSTANCES} stands right before the words at start. */
	private static boolean afterCircumstance(Passage passage, int start) {
		return afterOneOf(passage, start, CIRCUMSTANCES);
	}

	/**
	 * Whether the phrase starting at the offset follows a preposition ("in Iowa", "at the
	 * Grand Hotel").
	 */
	private static boolean afterPreposition(Passage passage, int start) {
		return afterOneOf(passage, start, PREPOSITIONS);
	}

	/**
	 * Whether one of the words stands right before the words at start, or before their
	 * determiner.
	 */
	private static boolean afterOneOf(Passage passage, int start, Set<String> words) {
		List<Token> tokens = passage.tokens();
		int i = passage.firstTokenFrom(start) - 1;
		if (i >= 0 && DETERMINERS.contains(tokens.get(i).key())) {
			i--;
		}
		return i >= 0 && words.contains(tokens.get(i).key())
				&& Tokens.onlySpaceBetween(passage.masked(), tokens.get(i).end(), tokens.get(i + 1).start());
	}

	/**
	 * A name, pronoun, "the" + role noun, or a possessive + statement noun ending at
	 * token k.
	 */
	private static Subject subjectEndingAt(Passage passage, int k) {
		List<Token> tokens = passage.tokens();
		Token token = tokens.get(k);
		if (PRONOUNS.contains(token.key())) {
			return new Subject(SubjectType.PRONOUN, null, token.text(), token.key(), token.start(), token.end());
		}
		Mention named = passage.mentionEndingAt(token.end());
		if (named != null && !named.possessive()) {
			return Subject.named(named);
		}
		if (ROLE_NOUNS.contains(token.key()) && k > 0) {
			int article = tokens.get(k - 1).key().equals("the") ? k - 1
					: k > 1 && tokens.get(k - 2).key().equals("the") ? k - 2 : -1;
			if (article >= 0) {
				String written = passage.masked().substring(tokens.get(article).start(), token.end());
				return new Subject(SubjectType.ROLE_NOUN, null, written, token.key(), tokens.get(article).start(),
						token.end());
			}
		}
		if (STATEMENT_NOUNS.contains(token.key()) && k > 0) {
			Token owner = tokens.get(k - 1);
			if (Set.of("his", "her", "its").contains(owner.key())) {
				String pronoun = switch (owner.key()) {
					case "his" -> "he";
					case "her" -> "she";
					default -> "it";
				};
				return new Subject(SubjectType.PRONOUN, null, owner.text(), pronoun, owner.start(), owner.end());
			}
			Mention mention = passage.mentionEndingAt(owner.end());
			if (mention != null && mention.possessive()) {
				return Subject.named(mention);
			}
		}
		return null;
	}

	/**
	 * {@code X: "..."} and lead-ins such as
	 * {@code Following are excerpts from his article:}.
	 */
	private static Subject colonSubject(Passage passage, int last, int from) {
		Subject subject = subjectEndingAt(passage, last);
		if (subject != null) {
			return subject;
		}
		Subject office = officeOfInstitution(passage, last);
		if (office != null) {
			return office;
		}
		// "... excerpts from an interview with Hassan Nasrallah, which aired on ...:"
		// names him earlier.
		List<Token> tokens = passage.tokens();
		for (int i = last - 1; i >= 0 && tokens.get(i).start() >= from && last - i < MAX_LOOKBACK; i--) {
			Subject nearest = subjectEndingAt(passage, i);
			if (nearest != null && nearest.type() != SubjectType.ROLE_NOUN) {
				return nearest.distant();
			}
		}
		return null;
	}

	/**
	 * Whether the clause opens with a word that makes what follows up to a colon its
	 * topic, not its speaker: a digest's "Regarding Vice President Joseph Biden's
	 * comments on …: "…"" goes on quoting the speaker before, and Biden is spoken about.
	 */
	private static boolean topicLabel(Passage passage, int clauseFrom) {
		int first = passage.firstTokenFrom(clauseFrom);
		return first < passage.tokens().size() && TOPIC_OPENERS.contains(passage.tokens().get(first).key());
	}

	/**
	 * Whether everything before the quotation at {@code open} in its paragraph is a topic
	 * label ("Regarding Vice President Joseph Biden's comments on …:"): the quotation
	 * then opens the paragraph as far as its speaker goes.
	 */
	static boolean topicLabelBefore(Passage passage, int open) {
		String before = passage.masked().substring(0, open).strip();
		return before.endsWith(":") && topicLabel(passage, 0) && before.indexOf(':') == before.length() - 1;
	}

	/**
	 * Words that open a label naming a topic: "Regarding …:", "Concerning …:". Not "On"
	 * nor "Asked", after which a subject follows: "On July 6, Sanders made the following
	 * comment:", "Asked which county was his favorite, he demurred:".
	 */
	private static final Set<String> TOPIC_OPENERS = Set.of("regarding", "concerning", "re");

	/**
	 * The person opening a label set off by a comma from its apposition ({@code Mojtaba
	 * Zolnour, former deputy representative of the Supreme Leader to the Revolutionary
	 * Guards:}), when the subject found before the colon at {@code subjectStart} is
	 * inside that apposition: only titles stand before the person in the clause, and no
	 * speech verb stands between the comma and the colon; null otherwise.
	 */
	private static Subject apposedLabel(Passage passage, int clauseFrom, int subjectStart, int last) {
		List<Token> tokens = passage.tokens();
		Mention mention = passage.mentionFrom(clauseFrom);
		if (mention == null || mention.start() >= subjectStart || mention.kind() != SpeakerKind.PERSON
				|| mention.possessive()) {
			return null;
		}
		int named = passage.firstTokenFrom(mention.start());
		for (int t = passage.firstTokenFrom(clauseFrom); t < named; t++) {
			if (!tokens.get(t).capitalised()) {
				return null;
			}
		}
		int after = passage.firstTokenFrom(mention.end());
		if (after > last || !passage.masked().substring(mention.end(), tokens.get(after).start()).strip().equals(",")) {
			return null;
		}
		for (int t = after; t <= last; t++) {
			if (isCue(tokens.get(t).key())) {
				return null;
			}
		}
		return Subject.named(mention);
	}

	/**
	 * "IRGC Commander:", "Kata'ib Hizbullah Spokesman:": an office of the institution
	 * named right before it, held by someone the label does not name. The speaker is that
	 * unnamed person (kept as written), never the institution.
	 */
	private static Subject officeOfInstitution(Passage passage, int last) {
		List<Token> tokens = passage.tokens();
		Token title = tokens.get(last);
		if (!NameVocabulary.isTitle(title.text()) || last == 0) {
			return null;
		}
		Mention institution = passage.mentionEndingAt(tokens.get(last - 1).end());
		if (institution == null || institution.kind() == SpeakerKind.PERSON || institution.possessive()
				|| !passage.masked().substring(institution.end(), title.start()).isBlank()) {
			return null;
		}
		return new Subject(SubjectType.DESCRIPTION, null, passage.masked().substring(institution.start(), title.end()),
				title.key(), institution.start(), title.end());
	}

	private static Tag accordingTo(Passage passage, int to, int open, String cue) {
		Token toToken = passage.tokens().get(to);
		Mention mention = passage.mentionFrom(toToken.end());
		Subject subject = null;
		if (mention != null && mention.end() <= open) {
			String between = passage.masked().substring(toToken.end(), mention.start()).strip();
			if (between.isEmpty() || between.equalsIgnoreCase("the")) {
				subject = Subject.named(mention);
			}
		}
		if (subject == null && to + 1 < passage.tokens().size()) {
			subject = subjectAt(passage, to + 1, open);
			if (subject == null) {
				subject = closedRun(passage, to + 1, open);
			}
		}
		if (subject == null || subject.end() > open) {
			return null;
		}
		String rest = passage.masked().substring(subject.end(), open).strip();
		boolean adjacent = rest.equals(",") || rest.equals(":");
		return new Tag(cue, subject, adjacent, adjacent || rest.endsWith(","), false, open);
	}

	/**
	 * "Reuters quoted an Iranian official as saying": the speaker is the one quoted, not
	 * the quoter.
	 */
	private static Subject quotedAsSaying(Passage passage, int from, int asIndex) {
		List<Token> tokens = passage.tokens();
		for (int i = asIndex - 1; i >= 0 && tokens.get(i).start() >= from && asIndex - i < MAX_LOOKBACK; i--) {
			String key = tokens.get(i).key();
			if (key.equals("quoted") || key.equals("cited") || key.equals("quoting") || key.equals("citing")) {
				Mention quoted = passage.mentionFrom(tokens.get(i).end());
				if (quoted != null && quoted.end() <= tokens.get(asIndex).start()) {
					return new Subject(SubjectType.NAMED, quoted, quoted.asWritten(), null, quoted.start(),
							quoted.end());
				}
				return null;
			}
		}
		return subject(passage, from, tokens.get(asIndex).start());
	}

	enum SubjectType {

		/** A person, outlet or institution named in the text. */
		NAMED,
		/** he, she, it, they; also his/her/its before a statement noun. */
		PRONOUN,
		/** "the general", "the website". */
		ROLE_NOUN,
		/** "... and added": the subject of the previous tag. */
		ELIDED,
		/**
		 * "a spokesman for the campaign", "the board": an unnamed speaker, kept as
		 * written.
		 */
		DESCRIPTION

	}

	/**
	 * A tag's subject: the mention when named, else the pronoun or role noun
	 * ({@code key}) as written. {@code adjacent} is false when found by looking back past
	 * other words.
	 */
	record Subject(SubjectType type, Mention mention, String asWritten, String key, int start, int end,
			boolean adjacent) {

		Subject(SubjectType type, Mention mention, String asWritten, String key, int start, int end) {
			this(type, mention, asWritten, key, start, end, true);
		}

		/** A mention as the subject, as written. */
		static Subject named(Mention mention) {
			return new Subject(SubjectType.NAMED, mention, mention.asWritten(), null, mention.start(), mention.end());
		}

		Subject distant() {
			return new Subject(type, mention, asWritten, key, start, end, false);
		}

	}

	/**
	 * Whose text a sentence announcing what follows names, between {@code from} and
	 * {@code to}: "The following is his op-ed", "Following are excerpts from Abbas's
	 * article", "Below is the article by Faisal Abbas". Null when it names nobody ("The
	 * following is an example").
	 */
	static Tag announcedBy(Passage passage, int from, int to) {
		List<Token> tokens = passage.tokens();
		for (int i = passage.firstTokenFrom(from); i < tokens.size() && tokens.get(i).end() <= to; i++) {
			Token token = tokens.get(i);
			Subject subject = possessivePronoun(token);
			if (subject == null) {
				Mention mention = passage.mentionFrom(token.start());
				boolean byWhom = i > 0 && tokens.get(i - 1).key().equals("by");
				if (mention != null && mention.start() == token.start() && (mention.possessive() || byWhom)) {
					subject = Subject.named(mention);
				}
				else if (token.key().equals("by")) {
					// "by leading Sunni scholar Yousuf Al-Qaradhawi"
					subject = i + 1 < tokens.size() && tokens.get(i + 1).end() <= to
							? personAfterDescription(passage, i + 1, to) : null;
				}
			}
			if (subject != null) {
				return new Tag(":", subject, false, true, false, to);
			}
		}
		return null;
	}

	/** "his" or "her" as the owner's pronoun, resolved like "he" or "she"; else null. */
	private static Subject possessivePronoun(Token token) {
		String key = token.key();
		return key.equals("his") || key.equals("her") ? new Subject(SubjectType.PRONOUN, null, token.text(),
				key.equals("his") ? "he" : "she", token.start(), token.end()) : null;
	}

	/**
	 * A speaker tag: the cue as written (":" for a colon), the subject, whether the cue
	 * stands right at the quotation, whether the quotation is a full statement (after
	 * "that", a comma or a colon) rather than a phrase inside the author's words, which
	 * side of the quotation it is on, and where it ends.
	 */
	record Tag(String cue, Subject subject, boolean adjacent, boolean direct, boolean trailing, int end) {
	}

}
