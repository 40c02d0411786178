package org.analecta.parser;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.analecta.parser.CoreferenceTracker.Entry;
import org.analecta.parser.NameVocabulary.Gender;
import org.analecta.parser.ParsedReport.Speaker;
import org.analecta.parser.ParsedReport.SpeakerKind;
import org.analecta.parser.SpeakerTagMatcher.Subject;

/**
 * Tells a flow's coreference tracker, paragraph by paragraph in reading order, whom its
 * names, pronouns and descriptions mean: each person, outlet and institution named (with
 * a role set off beside it), each "he", "she" or "they" chained to the name it follows
 * up, and each description ("the minister") to the one person it fits; and learns the
 * genders a resolved pronoun shows. The quotations' attribution (AttributionRun) then
 * asks the tracker who a tag's words mean.
 */
final class FlowCoreference {

	/** Conjunctions that open a subordinate clause. */
	private static final Set<String> SUBORDINATORS = Set.of("when", "after", "while", "before", "because", "if",
			"until", "since", "although", "though", "whether");

	// Precompiled: String.split/matches/replaceAll with these compiled the pattern on
	// every call, and they run per token, tag or quotation.
	private static final Pattern LEADING_THE = Pattern.compile("^(?i)the\\s+");

	/** How many words an adverbial opening a sentence may have before its comma. */
	private static final int MAX_ADVERBIAL_WORDS = 6;

	/** How many words a sentence-opening description may have after "The". */
	private static final int MAX_DESCRIBED_WORDS = 3;

	/** How far an opening clause may run before its comma. */
	private static final int MAX_OPENING_CLAUSE_WORDS = 40;

	/**
	 * Words that open a clause before a sentence's subject: participles of being asked or
	 * speaking, subordinating conjunctions, and prepositions ("In an interview with Rusty
	 * Humphries, Ham made it clear").
	 */
	private static final Set<String> OPENING_CLAUSE_WORDS = Stream
		.concat(SUBORDINATORS.stream(),
				Stream.of("asked", "pressed", "questioned", "challenged", "speaking", "responding", "reacting",
						"referring", "addressing", "appearing", "talking", "writing", "interviewed", "commenting",
						"turning", "answering", "discussing", "once", "unlike", "like", "despite", "following",
						"during", "in", "at", "on"))
		.collect(Collectors.toUnmodifiableSet());

	/** Conjunctions that may open a sentence before its subject. */
	private static final Set<String> OPENING_CONJUNCTIONS = Set.of("but", "and", "yet");

	private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "they", "i", "we");

	/** The author's third-person pronouns that show a person's gender. */
	private static final Map<String, Gender> PRONOUN_GENDERS = Map.of("he", Gender.MALE, "his", Gender.MALE, "him",
			Gender.MALE, "himself", Gender.MALE, "she", Gender.FEMALE, "her", Gender.FEMALE, "hers", Gender.FEMALE,
			"herself", Gender.FEMALE);

	/** Words that make a name before another name its employer or patron. */
	private static final Set<String> STAFF_WORDS = Set.of("spokesman", "spokeswoman", "spokesperson", "adviser",
			"advisor", "aide", "consultant", "strategist", "pollster", "campaign", "manager", "chairman", "chairwoman",
			"chair", "director", "press", "secretary", "staffer", "lawyer", "attorney", "surrogate", "supporter",
			"ally", "donor", "communications", "senior", "chief", "deputy", "national", "political", "policy",
			"foreign", "top", "longtime", "former", "friend", "biographer", "speechwriter", "backer", "running", "mate",
			"counsel", "economic", "digital", "field", "finance", "organizer");

	/** Words that open a sentence's subject, never an adverbial before it. */
	private static final Set<String> SUBJECT_OPENERS = Set.of("he", "she", "the", "they", "i", "we", "it");

	/** Words that open a clause of its own inside an opening clause. */
	private static final Set<String> SUBORDINATE_CLAUSE_WORDS = Set.of("that", "whether", "if", "who", "which");

	/** How many paragraphs back an office ("the minister") finds its holder. */
	private static final int ROLE_REACH = 3;

	private final AttributionRun run;

	private final int flow;

	private final CoreferenceTracker tracker;

	private final List<String> masked;

	private final List<Passage> passages;

	private final List<int[]> sentences;

	FlowCoreference(AttributionRun run, int flow, CoreferenceTracker tracker, List<String> masked,
			List<Passage> passages, List<int[]> sentences) {
		this.run = run;
		this.flow = flow;
		this.tracker = tracker;
		this.masked = masked;
		this.passages = passages;
		this.sentences = sentences;
	}

	/**
	 * For each mention of the passage, in order, whether it stands in a relative clause:
	 * after a lower-case "who" or "which" of its sentence, with no comma between. One
	 * pass over the tokens and the text.
	 */
	private static boolean[] inWhoClause(Passage passage, List<Mention> mentions, int[] starts) {
		boolean[] inside = new boolean[mentions.size()];
		List<Tokens.Token> tokens = passage.tokens();
		String masked = passage.masked();
		int t = 0;
		int whoEnd = -1;
		int commaAfter = -1;
		for (int m = 0; m < mentions.size(); m++) {
			int at = mentions.get(m).start();
			for (; t < tokens.size() && tokens.get(t).start() < at; t++) {
				if ((tokens.get(t).key().equals("who") || tokens.get(t).key().equals("which"))
						&& !tokens.get(t).capitalised()) {
					whoEnd = tokens.get(t).end();
					commaAfter = masked.indexOf(',', whoEnd);
				}
			}
			int sentenceStart = starts[Sentences.indexOf(starts, at)];
			inside[m] = whoEnd >= sentenceStart && whoEnd <= at && (commaAfter < 0 || commaAfter >= at);
		}
		return inside;
	}

	void register(int p) {
		Passage passage = passages.get(p);
		if (run.headline(masked.get(p))) { // the masked text's tokens are already made
			return;
		}
		int[] starts = sentences.get(p);
		int lastSentence = -1;
		int personSubjectSentence = -1;
		Mention previousPerson = null;
		int chained = 0;
		int[] clauseEnds = openingClauseEnds(p);
		List<Mention> mentions = passage.mentions();
		boolean[] inWhoClause = inWhoClause(passage, mentions, starts);
		for (int m = 0; m < mentions.size(); m++) {
			Mention mention = mentions.get(m);
			chained = chainPronouns(p, chained, mention.start(), clauseEnds);
			boolean modifier = m + 1 < mentions.size() && modifies(passage, mention, mentions.get(m + 1));
			int sentence = Sentences.indexOf(starts, mention.start());
			int clauseEnd = clauseEnds[sentence];
			boolean inOpeningClause = mention.start() < clauseEnd;
			int subjectFrom = clauseEnd > 0 && !inOpeningClause ? clauseEnd : starts[sentence];
			boolean pronounSubject = clauseEnd > 0 && subjectPronounAt(passage, clauseEnd) >= 0;
			boolean personLike = mention.kind() == SpeakerKind.PERSON && Antecedents.personLike(passage, mention,
					previousPerson != null && Sentences.indexOf(starts, previousPerson.start()) == sentence
							? previousPerson : null);
			// The sentence's subject, roughly: its first name, standing near its
			// start.
			// Never a name in a relative clause: "The Iraqi premier who met with
			// Kurdistan Region President Massoud Barzani, ..., said".
			// "BEIRUT (AA) - Hezbollah said": the dateline's agency opens no sentence
			boolean credit = datelineCredit(passage.masked(), mention);
			// "In Kim's statement, he retaliated": the statement's owner is the one the
			// pronoun after it stands for, as a subject would be ("in" before a name
			// otherwise makes it a place's).
			boolean owner = mention.possessive() && ownStatementOpening(passage, mention);
			personLike |= owner;
			boolean subject = owner || !mention.possessive() && !modifier && !inOpeningClause && !credit
					&& (personLike || mention.kind() != SpeakerKind.PERSON) && !inWhoClause[m]
					&& (sentence != lastSentence && !opensWithPronoun(p, starts[sentence]) && !pronounSubject
							&& passage.firstTokenFrom(mention.start()) - passage.firstTokenFrom(subjectFrom) <= 12
							|| besideCue(passage, mention));
			// "MEMRI posted translations of a sermon by Sheikh Muhammad Al-Jazouli …. He
			// criticized": the author of the words the sentence is about, when no person
			// is its subject.
			if (!subject && personLike && sentence != personSubjectSentence && authorOfWords(passage, mention)) {
				subject = true;
			}
			if (subject && mention.kind() == SpeakerKind.PERSON) {
				personSubjectSentence = sentence;
			}
			if (!mention.possessive() && !modifier && !inOpeningClause && !credit) {
				lastSentence = sentence;
			}
			long position = AttributionRun.position(flow, p, mention.start());
			Speaker speaker = speakerOf(mention, position);
			tracker.add(position, speaker, mention.asWritten(), genderOf(speaker, mention.role()), subject,
					personLike || mention.kind() != SpeakerKind.PERSON);
			int first = passage.firstTokenFrom(mention.start());
			if (mention.kind() == SpeakerKind.PERSON && first > 0) {
				Tokens.Token before = passage.tokens().get(first - 1);
				String title = passage.masked().substring(before.start(), mention.start()).strip();
				// "Sen. Cruz", "Iran's Supreme Leader, Ayatollah Khamenei"; never
				// "fit to be president, Clinton ripped into".
				if (NameVocabulary.isTitle(before.text()) && title.length() <= before.text().length() + 1
						&& !MentionFinder.titleCompletesVerb(passage.tokens(), first)) {
					tracker.title(position, speaker.name(), title);
				}
				String outlet = outletBefore(passage, m, mention);
				if (outlet != null) {
					tracker.title(position, speaker.name(), outlet);
				}
			}
			if (mention.kind() == SpeakerKind.PERSON && !mention.possessive()) {
				String apposition = apposedRole(passage, mention);
				if (apposition != null) {
					tracker.title(position, speaker.name(), apposition);
				}
			}
			if (mention.kind() == SpeakerKind.PERSON) {
				previousPerson = mention;
			}
		}
		chainPronouns(p, chained, Integer.MAX_VALUE, clauseEnds);
		chainReportingPronouns(p, clauseEnds);
		learnGenders(p);
	}

	/**
	 * The description set off after a person's name, as their role: "Fazil Fatlawi, a
	 * member of the Iraqi Parliament said", "Ali Rabiei, the administration's spokesman,"
	 * - so that a later "the MP" or "the spokesman" is that person. It opens with "a",
	 * "an" or "the" and runs to the next comma, or to a speech verb, within
	 * {@link #MAX_APPOSITION_WORDS} words; else null.
	 */
	private static String apposedRole(Passage passage, Mention person) {
		String text = passage.masked();
		int at = person.end();
		// Set off by commas, or by dashes: "Zabihullah Mujahid – the spokesman of the
		// Islamic Emirate (the Afghan Taliban organization) – has condemned".
		String closing = at + 3 < text.length() && text.charAt(at) == ' ' && DASHES.indexOf(text.charAt(at + 1)) >= 0
				&& text.charAt(at + 2) == ' ' ? String.valueOf(text.charAt(at + 1)) : ",";
		int opened = closing.equals(",") ? at + 2 : at + 3;
		if (opened >= text.length() || closing.equals(",") && (text.charAt(at) != ',' || text.charAt(at + 1) != ' ')) {
			return null;
		}
		List<Tokens.Token> tokens = passage.tokens();
		int first = passage.firstTokenFrom(opened);
		if (first >= tokens.size() || tokens.get(first).start() != opened) {
			return null;
		}
		// "Suhail Al Mazrouei, Minister of Energy and Infrastructure,": an office in
		// title case without its article, as long as it names nobody else.
		boolean office = tokens.get(first).capitalised() && NameVocabulary.isTitle(tokens.get(first).text());
		if (!APPOSITION_OPENERS.contains(tokens.get(first).text()) && !office) {
			return null;
		}
		if (office) {
			Mention next = passage.mentionFrom(opened);
			int close = text.indexOf(',', opened);
			if (close < 0 || next != null && next.kind() == SpeakerKind.PERSON && next.start() < close) {
				return null;
			}
		}
		int end = first;
		int aside = -1;
		for (int t = first + 1; t < tokens.size() && t - first <= MAX_APPOSITION_WORDS; t++) {
			Tokens.Token token = tokens.get(t);
			String gap = text.substring(tokens.get(t - 1).end(), token.start());
			if (!closing.equals(",") && gap.strip().equals("(") && aside < 0) {
				aside = t; // the brackets' words are no part of the role
				continue;
			}
			if (aside >= 0) {
				// Inside the brackets up to ")", which the closing dash must follow.
				if (gap.strip().startsWith(")")) {
					return gap.strip().substring(1).strip().equals(closing)
							? text.substring(tokens.get(first).start(), tokens.get(end).end()) : null;
				}
				if (!gap.isBlank()) {
					return null;
				}
				continue;
			}
			// Left open before the verb only after a name that opens the
			// sentence: in "In an interview with hosts Joe Scarborough and
			// Mika Brzezinski, the candidate stated" the description is the
			// main clause's subject.
			boolean cue = gap.isBlank() && SpeechCues.isCue(token.key())
					&& QuoteClassifier.opensSentence(text, person.start());
			if (!gap.isBlank() || cue) {
				return closesApposition(gap, closing) || cue
						? text.substring(tokens.get(first).start(), tokens.get(end).end()) : null;
			}
			end = t;
		}
		// The paragraph's end after its last word closes it as a gap would.
		boolean last = end == tokens.size() - 1 && end - first < MAX_APPOSITION_WORDS;
		return last && closesApposition(text.substring(tokens.get(end).end()), closing)
				? text.substring(tokens.get(first).start(), tokens.get(end).end()) : null;
	}

	/**
	 * Whether the text after an apposition's last word closes it: its closing mark, or
	 * for one set off by a comma the sentence's end ("…, said Javaid Rehman, the new
	 * Special Rapporteur on human rights in Iran.").
	 */
	private static boolean closesApposition(String gap, String closing) {
		String mark = gap.strip();
		return mark.equals(closing) || closing.equals(",") && mark.equals(".");
	}

	private static final String DASHES = "–—-";

	/**
	 * Whether a person's name in its possessive opens the clause as the owner of what it
	 * says ("In Kim Jong-un's own statement he retaliated"): the one a pronoun after it
	 * stands for, as its subject would be.
	 */
	private static boolean ownStatementOpening(Passage passage, Mention mention) {
		if (mention.kind() != SpeakerKind.PERSON) {
			return false;
		}
		List<Tokens.Token> tokens = passage.tokens();
		int first = passage.firstTokenFrom(mention.start());
		int next = passage.firstTokenFrom(mention.end());
		if (first == 0 || !OPENING_FRAMES.contains(tokens.get(first - 1).key())) {
			return false;
		}
		for (int k = next; k < tokens.size() && k <= next + 2; k++) {
			if (SpeakerDescriptions.STATEMENT_NOUNS.contains(tokens.get(k).key())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Prepositions that frame a clause in someone's statement: "In Kim's statement, …".
	 */
	private static final Set<String> OPENING_FRAMES = Set.of("in", "during");

	/**
	 * Whether a mention is the wire service credited in a dateline ("AMMAN, Jordan, Aug.
	 * 16 (UPI) -- Arab press roundup"): it wrote the copy and is no subject of a
	 * sentence, so no later "it" is the wire's.
	 */
	static boolean datelineCredit(String text, Mention mention) {
		int before = mention.start() - 1;
		int after = mention.end();
		if (before < 0 || text.charAt(before) != '(' || after >= text.length() || text.charAt(after) != ')') {
			return false;
		}
		int i = after + 1;
		while (i < text.length() && text.charAt(i) == ' ') {
			i++;
		}
		return i < text.length() && DASHES.indexOf(text.charAt(i)) >= 0;
	}

	/**
	 * An office written without an article, every word capitalised and the last a title
	 * ("Substitute Friday Prayers Leader"), as agencies open a sentence with it.
	 */
	static boolean officeWithoutArticle(Subject subject) {
		String[] words = subject.asWritten().split(" ");
		return words.length >= 2 && NameVocabulary.isTitleKey(subject.key()) && capitalised(words, 0, words.length);
	}

	/** Whether every one of the words in [from, to) opens with a capital. */
	static boolean capitalised(String[] words, int from, int to) {
		for (int i = from; i < to; i++) {
			if (words[i].isEmpty() || !Character.isUpperCase(words[i].charAt(0))) {
				return false;
			}
		}
		return true;
	}

	/** One or two lower-case words between an outlet and a name: "correspondent". */
	private static final Pattern JOB_WORDS = Pattern.compile("(?:[a-z]+ )?[a-z]+");

	/** Articles that open a description set off after a name. */
	private static final Set<String> APPOSITION_OPENERS = Set.of("a", "an", "the");

	/** Longest description after a name taken for the person's role. */
	private static final int MAX_APPOSITION_WORDS = 12;

	/**
	 * The outlet a person's name stands right after, as their employer: "CNN's Brianna
	 * Keilar", "CNN correspondent Brianna Keilar" (at most two lower-case words between);
	 * else null. A later "the CNN reporter" is that person.
	 */
	private static String outletBefore(Passage passage, int m, Mention person) {
		if (m == 0) {
			return null;
		}
		Mention outlet = passage.mentions().get(m - 1);
		if (outlet.kind() != SpeakerKind.OUTLET || outlet.end() > person.start()) {
			return null;
		}
		String between = passage.masked().substring(outlet.end(), person.start()).strip();
		if (!between.isEmpty() && !JOB_WORDS.matcher(between).matches()) {
			return null;
		}
		return passage.masked().substring(outlet.start(), person.start()).strip();
	}

	/**
	 * The author's own pronoun going on about the person a sentence opens with, before
	 * anyone else is named in it ("Lund dismissed concerns that he's bucking his county
	 * by backing the mayor"), shows that person's gender. A sentence with both a "he" and
	 * a "she" there shows nothing.
	 */
	private void learnGenders(int p) {
		Passage passage = passages.get(p);
		int[] starts = sentences.get(p);
		List<Mention> mentions = passage.mentions();
		List<Tokens.Token> tokens = passage.tokens();
		for (int m = 0; m < mentions.size(); m++) {
			Mention mention = mentions.get(m);
			int sentence = Sentences.indexOf(starts, mention.start());
			if (m > 0 && Sentences.indexOf(starts, mentions.get(m - 1).start()) == sentence) {
				continue; // not the first one named in its sentence
			}
			if (mention.kind() != SpeakerKind.PERSON || mention.possessive()) {
				continue;
			}
			int limit = Sentences.end(starts, sentence, masked.get(p).length());
			for (int n = m + 1; n < mentions.size() && mentions.get(n).start() < limit; n++) {
				if (mentions.get(n).kind() == SpeakerKind.PERSON) {
					limit = mentions.get(n).start();
					break;
				}
			}
			Gender shown = Gender.UNKNOWN;
			for (int t = passage.firstTokenFrom(mention.end()); t < tokens.size()
					&& tokens.get(t).start() < limit; t++) {
				Gender gender = PRONOUN_GENDERS.getOrDefault(tokens.get(t).key(), Gender.UNKNOWN);
				if (gender != Gender.UNKNOWN && shown != Gender.UNKNOWN && gender != shown) {
					shown = Gender.UNKNOWN;
					break;
				}
				if (gender != Gender.UNKNOWN) {
					shown = gender;
				}
			}
			long position = AttributionRun.position(flow, p, mention.start());
			tracker.learn(position, speakerOf(mention, position).name(), shown);
		}
	}

	/**
	 * Whether the sentence starting there opens with "He" or "She": that is its subject,
	 * and a name further on ("He nodded to his second place behind Kay Lund") is not.
	 */
	boolean opensWithPronoun(int p, int sentenceStart) {
		Passage passage = passages.get(p);
		int t = passage.firstTokenFrom(sentenceStart);
		if (t >= passage.tokens().size()) {
			return false;
		}
		Tokens.Token token = passage.tokens().get(t);
		return (token.key().equals("he") || token.key().equals("she"))
				&& Chars.blankBefore(masked.get(p), token.start(), sentenceStart);
	}

	/**
	 * The author's own "He ..." opening a sentence, resolved like a tag's pronoun and
	 * kept as that person's mention, so that a later "he said" goes on with the person
	 * the prose goes on about. Takes the sentences from index {@code from} that open
	 * before {@code until}; returns the next index.
	 */
	private int chainPronouns(int p, int from, int until, int[] clauseEnds) {
		int[] starts = sentences.get(p);
		Passage passage = passages.get(p);
		int sentence = from;
		for (; sentence < starts.length && starts[sentence] < until; sentence++) {
			int t = passage.firstTokenFrom(starts[sentence]);
			if (t >= passage.tokens().size()) {
				continue;
			}
			if (!Chars.blankBefore(masked.get(p), passage.tokens().get(t).start(), starts[sentence])) {
				continue;
			}
			t = afterOpeningAdverbial(p, t, Sentences.end(starts, sentence, masked.get(p).length()));
			t = afterConjunction(passage, t);
			int clauseEnd = clauseEnds[sentence];
			int afterClause = clauseEnd > 0 ? subjectPronounAt(passage, clauseEnd) : -1;
			if (afterClause >= 0) {
				t = afterClause; // "Asked about her own vote ..., she replied:"
			}
			else if (clauseEnd > 0 && theAt(passage, clauseEnd)) {
				// "Commenting on the situation in Yemen, the cleric urged ...": the
				// description is the main clause's subject.
				t = passage.firstTokenFrom(clauseEnd);
			}
			int reporter = reportingDescription(p, t, Sentences.end(starts, sentence, masked.get(p).length()));
			if (reporter >= 0) {
				chainDescription(p, reporter);
			}
			Tokens.Token token = passage.tokens().get(t);
			String key = contracted(token.key());
			if (key.equals("the")
					|| token.possessive() && token.capitalised() && NameVocabulary.isPlace(token.bare())) {
				chainDescription(p, t); // also "Venezuela's president said …"
			}
			if (!(key.equals("he") || key.equals("she"))) {
				continue;
			}
			long position = AttributionRun.position(flow, p, token.start());
			Speaker inClause = afterClause >= 0 ? soleObjectOfClause(p, starts[sentence], clauseEnd, key) : null;
			if (inClause != null) {
				tracker.add(position, inClause, token.text(), genderOf(inClause, inClause.role()), true, true);
				continue;
			}
			keepPronoun(position, key, token.text());
		}
		return sentence;
	}

	/**
	 * The "the" of a definite description that reports the sentence from its end, as its
	 * source: "…, the minister said.", "…, according to the minister." A tag without a
	 * quotation still names who the prose is about. -1 when the sentence from token
	 * {@code from} to offset {@code end} closes otherwise.
	 */
	private int reportingDescription(int p, int from, int end) {
		Passage passage = passages.get(p);
		List<Tokens.Token> tokens = passage.tokens();
		String text = masked.get(p);
		int last = from;
		while (last + 1 < tokens.size() && tokens.get(last + 1).end() <= end) {
			last++;
		}
		if (last - from < 4 || !text.substring(tokens.get(last).end(), end).strip().matches("[.;]?")) {
			return -1;
		}
		for (int the = last - 1; the > from && last - the <= MAX_DESCRIBED_WORDS + 1; the--) {
			if (!tokens.get(the).key().equals("the") || tokens.get(the).capitalised()) {
				continue;
			}
			String before = text.substring(tokens.get(the - 1).end(), tokens.get(the).start()).strip();
			boolean according = the >= 2 && tokens.get(the - 1).key().equals("to")
					&& tokens.get(the - 2).key().equals("according") && before.isEmpty();
			boolean tagged = before.equals(",") && SpeechCues.isCue(tokens.get(last).key())
					&& !tokens.get(last).capitalised();
			if (!according && !tagged) {
				return -1;
			}
			for (int j = the + 1; j < (tagged ? last : last + 1); j++) {
				if (!Tokens.onlySpaceBetween(text, tokens.get(j - 1).end(), tokens.get(j).start())) {
					return -1;
				}
			}
			return the;
		}
		return -1;
	}

	/**
	 * The author's own "he"/"she" at the position, resolved like a tag's pronoun and, on
	 * firm evidence, kept as that person's mention as a sentence subject.
	 */
	private void keepPronoun(long position, String key, String asWritten) {
		Entry entry = tracker.pronoun(key, position, AttributionRun.position(flow, 0, 0));
		if (entry != null && !tracker.lastWasWeak()) {
			learnGender(position, entry, key);
			tracker.add(position, entry.speaker(), asWritten, genderOf(entry.speaker(), entry.speaker().role()), true,
					entry.personLike());
		}
	}

	/**
	 * The one person an opening clause names, when a pronoun of a fitting gender is the
	 * main clause's subject and nothing says the name belongs to a clause of its own:
	 * "When the interview steered Allen toward the 2016 field, he offered" goes on with
	 * Allen; "Asked about her vote in the event that Clinton faces Trump, she replied"
	 * does not go on with Clinton. Null when there is none or several.
	 */
	private Speaker soleObjectOfClause(int p, int sentenceStart, int clauseEnd, String pronoun) {
		Passage passage = passages.get(p);
		List<Tokens.Token> tokens = passage.tokens();
		Gender other = pronoun.equals("she") ? Gender.MALE : Gender.FEMALE;
		Speaker found = null;
		for (Mention mention : passage.mentions()) {
			if (mention.start() < sentenceStart || mention.start() >= clauseEnd
					|| mention.kind() != SpeakerKind.PERSON) {
				continue;
			}
			for (int t = passage.firstTokenFrom(sentenceStart); t < passage.firstTokenFrom(mention.start()); t++) {
				if (SUBORDINATE_CLAUSE_WORDS.contains(tokens.get(t).key())) {
					return null; // "in the event that Clinton faces"
				}
			}
			long position = AttributionRun.position(flow, p, mention.start());
			Speaker speaker = speakerOf(mention, position);
			if (mention.possessive() || genderOf(speaker, mention.role()) == other
					|| found != null && !found.name().equals(speaker.name())) {
				return null;
			}
			found = speaker;
		}
		return found;
	}

	/**
	 * The author's "he said" in a sentence of reported speech, set off by commas inside
	 * it ("A wall would not only address the flow of criminals, she said, but also ...")
	 * or ending it ({@link #endsReportedSentence}), resolved like a tag's pronoun and
	 * kept as that person's mention, so that the next paragraph's "she said" still
	 * reaches her.
	 */
	private void chainReportingPronouns(int p, int[] clauseEnds) {
		Passage passage = passages.get(p);
		List<Tokens.Token> tokens = passage.tokens();
		String text = masked.get(p);
		for (int t = 1; t + 1 < tokens.size(); t++) {
			Tokens.Token pronoun = tokens.get(t);
			if (!(pronoun.key().equals("he") || pronoun.key().equals("she"))
					|| !SpeechCues.isCue(tokens.get(t + 1).key())
					|| !text.substring(tokens.get(t - 1).end(), pronoun.start()).strip().equals(",")) {
				continue;
			}
			boolean inside = t + 2 < tokens.size()
					&& text.substring(tokens.get(t + 1).end(), tokens.get(t + 2).start()).strip().equals(",")
					&& Character.isLetter(text.charAt(tokens.get(t - 1).end() - 1));
			if (inside || endsReportedSentence(p, t, clauseEnds)) {
				keepPronoun(AttributionRun.position(flow, p, pronoun.start()), pronoun.key(), pronoun.text());
			}
		}
	}

	/**
	 * Whether the "he said" at token {@code t} ends its sentence, but for a short
	 * adverbial, and the sentence quotes nothing: "The CHP has never endorsed military
	 * interventions, he said." reports someone's words without quotation marks, and the
	 * next paragraph's "…," he stated" goes on with the same person.
	 */
	private boolean endsReportedSentence(int p, int t, int[] clauseEnds) {
		int[] starts = sentences.get(p);
		String text = masked.get(p);
		Passage passage = passages.get(p);
		int sentence = Sentences.indexOf(starts, passage.tokens().get(t).start());
		int end = Sentences.end(starts, sentence, text.length());
		// "When the interview steered Allen toward the roads, he offered his views":
		// the main clause's subject after an opening clause, read by chainPronouns.
		if (clauseEnds[sentence] > 0 && subjectPronounAt(passage, clauseEnds[sentence]) == t) {
			return false;
		}
		return passage.firstTokenFrom(end) - 1 - t <= MAX_AFTER_PRONOUN_TAG
				&& text.substring(starts[sentence], end).indexOf(QuoteScanner.MASK) < 0;
	}

	/**
	 * The most words a sentence-ending "he said" tag and its adverbial may run to.
	 */
	private static final int MAX_AFTER_PRONOUN_TAG = 6;

	/**
	 * The subject's first token, after a short adverbial opening the sentence ("Still, he
	 * called ...", "With that in mind, he's campaigning ...", "Instead, the Vermont
	 * senator is sticking ..."): when a comma closes the sentence's first few words, none
	 * of them a name or a word that could be one ("As for Quint Varro, he ..." goes on
	 * with Varro, whom the mention finder may not know), nor a speech verb, the token
	 * after it; else the sentence's first token {@code t} itself.
	 */
	private int afterOpeningAdverbial(int p, int t, int sentenceEnd) {
		Passage passage = passages.get(p);
		List<Tokens.Token> tokens = passage.tokens();
		String text = masked.get(p);
		if (SUBJECT_OPENERS.contains(contracted(tokens.get(t).key()))) {
			return t;
		}
		for (int j = t; j < tokens.size() && j - t < MAX_ADVERBIAL_WORDS; j++) {
			Tokens.Token token = tokens.get(j);
			Mention named = passage.mentionFrom(token.start());
			if (token.start() >= sentenceEnd || SpeechCues.isCue(token.key())
					|| named != null && named.start() == token.start() || j > t && token.nameWord()) {
				return t;
			}
			int gap = j + 1 < tokens.size() ? tokens.get(j + 1).start() : text.length();
			String between = text.substring(token.end(), Math.min(gap, sentenceEnd));
			if (between.strip().equals(",")) {
				return j + 1 < tokens.size() && tokens.get(j + 1).start() < sentenceEnd ? j + 1 : t;
			}
			if (!between.isBlank()) {
				return t;
			}
		}
		return t;
	}

	/**
	 * The index of the first token from the offset when it is one of
	 * {@link #PERSONAL_PRONOUNS} ("she", "he's"), else -1.
	 */
	private static int subjectPronounAt(Passage passage, int offset) {
		int t = passage.firstTokenFrom(offset);
		return t < passage.tokens().size() && PERSONAL_PRONOUNS.contains(contracted(passage.tokens().get(t).key())) ? t
				: -1;
	}

	/** Whether a lower-case "the" is the first word from the offset. */
	private static boolean theAt(Passage passage, int offset) {
		int t = passage.firstTokenFrom(offset);
		return t < passage.tokens().size() && passage.tokens().get(t).text().equals("the");
	}

	/** {@link #openingClauseEnd} of each sentence of paragraph p. */
	private int[] openingClauseEnds(int p) {
		int[] starts = sentences.get(p);
		int[] ends = new int[starts.length];
		for (int sentence = 0; sentence < starts.length; sentence++) {
			ends[sentence] = openingClauseEnd(p, starts[sentence],
					Sentences.end(starts, sentence, masked.get(p).length()));
		}
		return ends;
	}

	/**
	 * Where an opening clause that names people ends ("Asked about Trump's calling
	 * Hillary Clinton a bigot last week, Christie blamed ..."): the offset of the first
	 * comma that a name or a "he"/"she" follows, when the sentence opens with one of
	 * {@link #OPENING_CLAUSE_WORDS}; -1 otherwise, and when a pronoun stands inside the
	 * clause. The sentence's subject is that name or pronoun.
	 */
	int openingClauseEnd(int p, int sentenceStart, int sentenceEnd) {
		Passage passage = passages.get(p);
		List<Tokens.Token> tokens = passage.tokens();
		String text = masked.get(p);
		int t = passage.firstTokenFrom(sentenceStart);
		if (t < tokens.size() && OPENING_CONJUNCTIONS.contains(tokens.get(t).key())) {
			t++;
		}
		if (t >= tokens.size() || tokens.get(t).start() >= sentenceEnd
				|| !OPENING_CLAUSE_WORDS.contains(tokens.get(t).key())) {
			return -1;
		}
		boolean subordinate = false;
		for (int j = t + 1; j < tokens.size() && j - t <= MAX_OPENING_CLAUSE_WORDS; j++) {
			Tokens.Token token = tokens.get(j);
			if (token.start() >= sentenceEnd) {
				return -1;
			}
			int gapEnd = j + 1 < tokens.size() ? Math.min(tokens.get(j + 1).start(), sentenceEnd) : sentenceEnd;
			if (!QuoteScanner.quotationFree(text, token.end(), Math.max(token.end(), gapEnd))) {
				return -1;
			}
			String between = text.substring(token.end(), Math.max(token.end(), gapEnd));
			if (SUBORDINATE_CLAUSE_WORDS.contains(token.key())) {
				subordinate = true;
			}
			else if (PERSONAL_PRONOUNS.contains(token.key()) && !subordinate) {
				// "When Trump held rallies he was received ...", "Though he did not
				// mention Rubio, he made it clear": a pronoun is the main clause's
				// subject. Not the subject of a clause of its own: "Asked whether he
				// was concerned that Donald Trump ..., Ban demurred."
				return -1;
			}
			if (between.strip().equals(",") && j + 1 < tokens.size() && tokens.get(j + 1).start() < sentenceEnd) {
				Tokens.Token after = tokens.get(j + 1);
				if (PERSONAL_PRONOUNS.contains(after.key())) {
					return token.end(); // "Asked about her vote, she replied:"
				}
				if (after.text().equals("the") && !subordinate && passage.mentionCovering(token.start()) == null) {
					// "Commenting on the war in Yemen, the cleric urged"; not an
					// apposition ("that Donald Trump, the nominee, ...").
					return token.end();
				}
				Mention named = passage.mentionFrom(after.start());
				if (named != null && named.start() == after.start()) {
					return token.end();
				}
			}
		}
		return -1;
	}

	/**
	 * The token after a conjunction opening a sentence right before its subject ("But the
	 * former president didn't stop there.", "And he ..."), else {@code t}.
	 */
	private static int afterConjunction(Passage passage, int t) {
		List<Tokens.Token> tokens = passage.tokens();
		if (t + 1 < tokens.size() && OPENING_CONJUNCTIONS.contains(tokens.get(t).key())
				&& SUBJECT_OPENERS.contains(contracted(tokens.get(t + 1).key()))
				&& Tokens.onlySpaceBetween(passage.masked(), tokens.get(t).end(), tokens.get(t + 1).start())) {
			return t + 1;
		}
		return t;
	}

	/** "he's", "she'd" as "he", "she": the pronoun of a contracted verb. */
	private static String contracted(String key) {
		int apostrophe = key.indexOf('\'');
		return apostrophe > 0 && PERSONAL_PRONOUNS.contains(key.substring(0, apostrophe)) ? key.substring(0, apostrophe)
				: key;
	}

	/**
	 * The author's own definite description opening a sentence, "The Vermont senator is
	 * sticking to ...", "The candidate also continued ...": resolved like a tag's role
	 * noun or description and kept as that person's mention, so that a "he said" in the
	 * next paragraph still reaches the person. The head is the first role noun or role
	 * word within a few words of "The", with only spaces between; a possessive head ("The
	 * Florida senator's answer") makes no subject.
	 */
	private void chainDescription(int p, int the) {
		Passage passage = passages.get(p);
		List<Tokens.Token> tokens = passage.tokens();
		String text = masked.get(p);
		for (int j = the + 1; j < tokens.size() && j - the <= MAX_DESCRIBED_WORDS; j++) {
			Tokens.Token head = tokens.get(j);
			if (!Tokens.onlySpaceBetween(text, tokens.get(j - 1).end(), head.start())) {
				return;
			}
			String key = head.bare().toLowerCase(java.util.Locale.ROOT);
			if (CoreferenceTracker.OUTLET_NOUNS.contains(key) || key.indexOf(QuoteScanner.MASK) >= 0) {
				return;
			}
			long position = AttributionRun.position(flow, p, tokens.get(the).start());
			// "The FM", "the PM": an office written short is looked up as the office.
			boolean office = SpeakerDescriptions.ROLE_NOUNS.contains(key) || CoreferenceTracker.hasSynonyms(key);
			Entry entry = office ? tracker.roleNoun(key, position) : tracker.described(key, position);
			if (entry == null && describedPerson(tokens, the, j)) {
				// No role fits, but the description can only go on with the one
				// person the prose is about: "The Democratic front-runner said ..."
				// after a paragraph about Clinton alone.
				entry = tracker.soleSubject(position);
			}
			if (entry == null) {
				if (Antecedents.placeOrBody(key)) {
					return; // "The district saw 30 applicants"
				}
				continue;
			}
			// An office names its holder further on than a description of what the
			// person is: "The Saudi foreign minister called for …" two paragraphs
			// after Prince Faisal last spoke.
			int reach = office ? ROLE_REACH : 1;
			if (entry.speaker().kind() == SpeakerKind.PERSON
					&& tracker.recentSubject(entry.speaker().name(), position, reach)) {
				tracker.add(position, entry.speaker(), text.substring(tokens.get(the).start(), head.end()),
						genderOf(entry.speaker(), entry.speaker().role()), !head.possessive(), entry.personLike());
			}
			return;
		}
	}

	/**
	 * Whether "The" at {@code the} and the words up to {@code head} describe a person:
	 * the head is a person noun ("The Democratic front-runner", "The candidate"), and no
	 * lower-case word between ends in "s" as a verb would ("The deal binds together" has
	 * no person in it).
	 */
	private static boolean describedPerson(List<Tokens.Token> tokens, int the, int head) {
		String key = tokens.get(head).key();
		if (!SpeakerDescriptions.personNoun(key) || key.endsWith("s")) {
			return false;
		}
		for (int j = the + 1; j < head; j++) {
			// A capitalised word is a name, no verb: "The Hamas official".
			if (tokens.get(j).key().endsWith("s") && !tokens.get(j).capitalised()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether a name only qualifies the person named right after it, with nothing but
	 * lower-case words between: "Trump spokeswoman Hope Hicks", "Obama consultant Cornell
	 * Belcher" - the second is the one the sentence is about.
	 */
	private static boolean modifies(Passage passage, Mention mention, Mention next) {
		if (next.kind() != SpeakerKind.PERSON || next.start() <= mention.end()) {
			return false;
		}
		List<Tokens.Token> tokens = passage.tokens();
		int from = passage.firstTokenFrom(mention.end());
		int to = passage.firstTokenFrom(next.start());
		if (to == from && next.role() != null && passage.masked().substring(mention.end(), next.start()).isBlank()) {
			// The staff words are the next mention's role: "Clinton campaign chairman
			// John Podesta".
			return true;
		}
		if (to - from < 1 || to - from > 3) {
			return false;
		}
		for (int t = from; t < to; t++) {
			if (!STAFF_WORDS.contains(tokens.get(t).key())) {
				return false;
			}
		}
		String between = passage.masked().substring(mention.end(), next.start());
		for (int i = 0; i < between.length(); i++) {
			char c = between.charAt(i);
			if (!Character.isLetter(c) && !Character.isWhitespace(c) && c != '-') {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether a person is named as the author of words: "a sermon by X", "an interview
	 * with X".
	 */
	private static boolean authorOfWords(Passage passage, Mention mention) {
		List<Tokens.Token> tokens = passage.tokens();
		int by = passage.firstTokenFrom(mention.start()) - 1;
		if (by < 1 || !Tokens.onlySpaceBetween(passage.masked(), tokens.get(by).end(), mention.start())
				|| !Tokens.onlySpaceBetween(passage.masked(), tokens.get(by - 1).end(), tokens.get(by).start())) {
			return false;
		}
		String work = tokens.get(by - 1).key();
		String preposition = tokens.get(by).key();
		return (preposition.equals("by") || preposition.equals("with") && work.equals("interview"))
				&& (SpeakerDescriptions.STATEMENT_NOUNS.contains(work) || work.endsWith("s")
						&& SpeakerDescriptions.STATEMENT_NOUNS.contains(work.substring(0, work.length() - 1)));
	}

	/**
	 * Whether a speech verb stands right before or after the mention: "Romero said",
	 * "said Varro".
	 */
	private static boolean besideCue(Passage passage, Mention mention) {
		List<Tokens.Token> tokens = passage.tokens();
		int before = passage.firstTokenFrom(mention.start()) - 1;
		if (before >= 0 && SUBORDINATORS.contains(tokens.get(before).key())) {
			// "Renner did not sound sure when Varro asked whether ...": whoever
			// speaks
			// in a subordinate clause is not whom the sentence is about.
			return false;
		}
		// Also past a description set off before the name: "that the guild's founder,
		// Tom Reyes, had described".
		int reach = before >= 0
				&& passage.masked().substring(tokens.get(before).end(), mention.start()).strip().equals(",") ? 6 : 3;
		for (int t = before; t >= 0 && t > before - reach; t--) {
			if (tokens.get(t).key().equals("that")) {
				// "pointing out that the paper's Robert Costa had reported": the
				// name speaks in what the sentence's subject says.
				return false;
			}
		}
		if (before >= 0 && SpeechCues.isCue(tokens.get(before).key())) {
			// "he said Renner", "Lund says Harlow": the verb has its subject already,
			// the name is what was said. Only a verb that opens its clause (after a
			// quotation, a comma or the sentence start) is inverted: "..., said
			// Varro"; never one whose object a person is ("Tom Reyes, 45, criticized
			// Mike Pompeo": the comma closes the subject's apposition).
			return (before == 0 || !PERSONAL_PRONOUNS.contains(tokens.get(before - 1).key())
					&& !wordBefore(passage.masked(), tokens.get(before).start()))
					&& !SpeechCues.ADDRESSING.contains(tokens.get(before).key());
		}
		int after = passage.firstTokenFrom(mention.end());
		if (after + 1 < tokens.size() && tokens.get(after).key().equals("who")) {
			after++; // "General Alireza Tangsiri, who said that ..."
		}
		while (after < tokens.size() && SpeechCues.isSkippable(tokens.get(after))) {
			after++;
		}
		if (after < tokens.size() && tokens.get(after).key().endsWith("ing")
				&& passage.masked().substring(mention.end(), tokens.get(after).start()).contains(",")) {
			// "Trump went after Bush, calling him ...": the participle is the
			// sentence subject's, not the object's.
			return false;
		}
		return after < tokens.size() && SpeechCues.isCue(tokens.get(after).key());
	}

	/**
	 * Whether a letter or digit is the last non-space character before the offset.
	 */
	private static boolean wordBefore(String text, int offset) {
		int i = offset - 1;
		while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
			i--;
		}
		return i >= 0 && Character.isLetterOrDigit(text.charAt(i));
	}

	Speaker speakerOf(Mention mention, long position) {
		return switch (mention.kind()) {
			case PERSON -> {
				String name = run.reportNames.person(mention.name(), mention.role());
				String role = mention.role();
				if (role == null) {
					role = tracker.latestRole(name, position);
				}
				if (role == null) {
					role = run.reportNames.firstRole(name);
				}
				yield new Speaker(name, role, SpeakerKind.PERSON);
			}
			case OUTLET -> {
				String name = run.reportNames.outlet(mention.name());
				String role = mention.role() != null ? mention.role() : tracker.latestRole(name, position);
				yield new Speaker(name, role, SpeakerKind.OUTLET);
			}
			case INSTITUTION ->
				new Speaker(LEADING_THE.matcher(mention.name()).replaceFirst(""), null, SpeakerKind.INSTITUTION);
		};
	}

	/**
	 * A "he" or "she" resolved on firm evidence shows the person's gender to every later
	 * pronoun of the report.
	 */
	void learnGender(long position, Entry entry, String pronoun) {
		if (entry.speaker().kind() == SpeakerKind.PERSON && (pronoun.equals("he") || pronoun.equals("she"))) {
			tracker.learn(position, entry.speaker().name(), pronoun.equals("she") ? Gender.FEMALE : Gender.MALE);
		}
	}

	Gender genderOf(Speaker speaker, String role) {
		if (speaker.kind() != SpeakerKind.PERSON) {
			return NameVocabulary.genderOfRole(role);
		}
		Gender gender = NameVocabulary.genderOfRole(role, speaker.name());
		if (gender == Gender.UNKNOWN) {
			gender = run.reportNames.gender(speaker.name());
			if (gender == Gender.UNKNOWN) {
				gender = NameVocabulary.genderOfPersonsName(speaker.name());
			}
		}
		return gender;
	}

}
