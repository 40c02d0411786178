package org.analecta.parser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.analecta.parser.CoreferenceTracker.Entry;
import org.analecta.parser.NameVocabulary.Gender;
import org.analecta.parser.ParsedReport.Footnote;
import org.analecta.parser.ParsedReport.FootnoteRef;
import org.analecta.parser.ParsedReport.Paragraph;
import org.analecta.parser.ParsedReport.Quote;
import org.analecta.parser.ParsedReport.QuoteKind;
import org.analecta.parser.ParsedReport.Section;
import org.analecta.parser.ParsedReport.Speaker;
import org.analecta.parser.ParsedReport.SpeakerKind;
import org.analecta.parser.QuoteScanner.QuoteSpan;
import org.analecta.parser.SpeakerTagMatcher.Subject;
import org.analecta.parser.SpeakerTagMatcher.SubjectType;
import org.analecta.parser.SpeakerTagMatcher.Tag;

/**
 * Attribution of one report's quotations. Each section is one flow (a quotation may run
 * over its paragraphs), each footnote another. Within a flow, quotations are taken in
 * order: a term check first, then the tag before the quotation, the tag after it, the tag
 * of the quotation just before it ({@code "...," Grossi said. "..."}), and a lead-in
 * ending the previous paragraph with a colon. Confidence falls from an explicit tag at
 * the quotation (0.95) through a tag further off (0.85), an "and added" (0.8), a pronoun
 * (0.75), a role noun (0.7), to a lead-in in the previous paragraph (four fifths of
 * that); unresolved tags keep the words as written with no speaker (0.3), and untagged
 * statements have neither (0.2). Phrases inside the author's sentence lose 0.05.
 *
 * <p>
 * Before a paragraph's quotations are attributed, {@link FlowCoreference} tells the
 * flow's tracker whom its names, pronouns and descriptions mean; {@link FollowingTags}
 * reads the tags that come after a quotation's own sentence (signatures, "So said X").
 */
final class AttributionRun {

	/**
	 * Subjects a lead-in sentence may have: a name, or a description the tracker resolves
	 * ("the firebrand cleric hinted that …").
	 */
	private static final Set<SubjectType> LEAD_IN_SUBJECTS = Set.of(SubjectType.NAMED, SubjectType.ROLE_NOUN,
			SubjectType.PRONOUN, SubjectType.DESCRIPTION);

	/** How many paragraphs open a flow as its lead. */
	private static final int LEAD_PARAGRAPHS = 4;

	/** Heads of institutions besides those names end in: "the US mission". */
	private static final Set<String> MORE_INSTITUTION_HEADS = Set.of("mission", "military", "navy", "militia",
			"delegation", "consulate", "regime");

	/**
	 * Offices the author names with their holder ("President Hal Brenner"): "the
	 * president" is whoever the prose gave that title, never someone it did not.
	 */
	private static final Set<String> OFFICES = Set.of("president", "general", "minister", "ambassador", "senator",
			"governor", "mayor", "secretary", "premier", "king", "emir", "prince", "ayatollah", "sheikh", "imam",
			"speaker", "chairman", "chairwoman", "judge", "justice", "congressman", "congresswoman", "representative");

	/**
	 * Person nouns for someone who speaks for or beside the person the prose is about.
	 */
	private static final Set<String> BESIDE_A_PERSON = Set.of("source", "official", "aide", "spokesman", "spokeswoman",
			"spokesperson", "person", "member", "ally", "friend", "staff", "staffer", "insider", "operative",
			"attorney", "lawyer", "expert", "analyst", "delegate", "one", "man", "woman", "resident", "student",
			"veteran", "rival", "host", "adviser", "advisor", "interviewer", "moderator", "reporter", "questioner",
			"supporter", "voter", "protester", "critic", "opponent", "deputy", "assistant", "heckler", "narrator",
			"announcer", "caller", "translator", "interpreter", "representative", "son", "daughter", "wife", "husband",
			"brother", "sister", "father", "mother", "nephew", "niece", "cousin", "widow", "relative");

	private static final Pattern COMPOUND_TITLE_END = Pattern.compile("-(in-chief|general)$");

	private static final Pattern POSSESSIVE_END = Pattern.compile("[’']s$");

	private static final Pattern NOTHING_BETWEEN = Pattern.compile("[\\s.,;:—–-]*");

	/**
	 * A tag between the two halves of one sentence it quotes: ""It can be predicted,"
	 * said Zibakalam, that "from today …"".
	 */
	private static final Pattern THAT_BETWEEN = Pattern.compile("\\s*,?\\s*that\\s*");

	private static final Pattern APPOSITION = Pattern.compile("\\s*,[^\"“”;:" + QuoteScanner.MASK + "]*[.,]\\s*");

	private static final long FLOW = CoreferenceTracker.PARAGRAPHS_A_FLOW * CoreferenceTracker.PARAGRAPH;

	private static final long PARAGRAPH = CoreferenceTracker.PARAGRAPH;

	/** How many words of its own a paragraph that says little has at most. */
	private static final int FEW_WORDS = 8;

	/** Most words of another story's headline linked between paragraphs. */
	private static final int MAX_LINKED_HEADLINE_WORDS = 20;

	/** How many words a paragraph that says little has at most, quotations included. */
	private static final int FEW_QUOTED_WORDS = 40;

	private static final Pattern OPENING_CONJUNCTION = Pattern
		.compile("\\s*(?:(?:But|And|Yet),?|(?:Instead|Still|Indeed|However|Specifically|Later|Then|Also),)\\s+");

	/**
	 * Articles and owners that open a noun's description: "the email", "his website", "a
	 * spokesman".
	 */
	private static final Set<String> NOUN_OPENERS = Set.of("the", "a", "an", "his", "her", "its", "their", "this",
			"that");

	/** Things that say something written on them, besides the tag reader's documents. */
	private static final Set<String> EXTRA_DOCUMENTS = Set.of("website", "video", "piece", "page", "site");

	/** A party member described by state: "Texas Republican", "Vermont Democrat". */
	private static final Pattern PARTY_MEMBER = Pattern.compile("\\s(?:Republican|Democrat)$");

	/** Heads for someone who works for an outlet: "the CNN reporter". */
	private static final Set<String> JOURNALISTS = Set.of("reporter", "correspondent", "anchor", "host", "journalist",
			"interviewer", "presenter", "anchorman", "anchorwoman", "moderator");

	/** Speech verbs that say their subject spoke before ("he added"). */
	/** "but" or "and" between a quotation's closing mark and the next's opening. */
	private static final Pattern JOINING_CONJUNCTION = Pattern.compile("(?<=[\"”])\\s+(?:but|and)\\s+(?=[\"“])");

	/** The confidence of a quotation under a lead-in that names only its speaker. */
	private static final double SOLE_PERSON_OF_LEAD = 0.6;

	/** How many paragraphs back an office written as a name finds its holder. */
	private static final int ROLE_REACH_OF_OFFICE = 3;

	/** How many words a topic line over a quotation may have. */
	private static final int MAX_TOPIC_LINE_WORDS = 20;

	private static final Set<String> GOING_ON = Set.of("added", "adds", "continued", "continues");

	private final List<Section> sections;

	private final List<Footnote> footnotes;

	final ReportNames reportNames;

	private final MentionFinder finder;

	private final CoreferenceTracker body = new CoreferenceTracker();

	private final Map<Integer, Long> citedAt = new HashMap<>();

	private final List<Placed> results = new ArrayList<>();

	/**
	 * Tokens of each paragraph and footnote text, by identity: the first pass and the
	 * flows both need them, and a paragraph without quotations is its own masked text
	 * (tokenising costs a tenth of parse time). Tokens only cache values computed from
	 * their own text, so sharing them changes nothing.
	 */
	private final Map<String, List<Tokens.Token>> tokensOf = new IdentityHashMap<>();

	/**
	 * @param titledTranscript whether the report's title announces a transcript, as a
	 * lead would
	 * @param title the report's title, which may announce one person's speech
	 * ({@code Remarks by …}); null when none
	 */
	AttributionRun(SpeakerNames names, List<Section> sections, List<Footnote> footnotes, boolean titledTranscript,
			String title) {
		this.sections = sections;
		this.footnotes = footnotes;
		this.announcedTranscript = titledTranscript;
		OutletGazetteer outlets = new OutletGazetteer(names,
				footnotes.stream().map(Footnote::outlet).filter(o -> o != null).toList());
		this.reportNames = new ReportNames(names, outlets);
		MentionFinder firstPass = new MentionFinder(outlets, word -> false);
		for (Section section : sections) {
			for (Paragraph paragraph : section.paragraphs()) {
				if (!headline(paragraph.text())) {
					firstPass.findPersons(paragraph.text(), tokens(paragraph.text())).forEach(reportNames::learn);
				}
			}
		}
		for (Footnote footnote : footnotes) {
			firstPass.findPersons(footnote.text(), tokens(footnote.text())).forEach(reportNames::learn);
		}
		this.finder = new MentionFinder(outlets, reportNames::knownSurname);
		this.announcedTranscript |= dialogue(sections);
		this.announcedSpeech = titledSpeech(title);
		this.interviewee = titledInterviewee(title);
	}

	/**
	 * The one a title says is interviewed ({@code Interview with Iraqi Prime Minister
	 * al-Maliki}, {@code Q&A with Vice President Joe Biden}), whose words the answers
	 * ({@code A: …}) of the questions and answers under it are; null for any other title.
	 */
	private final Speaker interviewee;

	private Speaker titledInterviewee(String title) {
		if (title == null) {
			return null;
		}
		Matcher with = INTERVIEW_WITH.matcher(title);
		if (!with.find()) {
			return null;
		}
		List<Tokens.Token> tokens = tokens(title);
		for (Mention mention : finder.find(title, tokens)) {
			if (mention.start() >= with.end() && mention.kind() == SpeakerKind.PERSON) {
				String name = reportNames.person(mention.name());
				return new Speaker(name, mention.role() != null ? mention.role() : reportNames.firstRole(name),
						SpeakerKind.PERSON);
			}
		}
		return null;
	}

	private static final Pattern INTERVIEW_WITH = Pattern.compile("(?i)\\b(?:interview|q ?& ?a|conversation) with\\b");

	/**
	 * A title that is the name of one person's speech: {@code Remarks by His Excellency
	 * Sheikh Mohammed bin Abdulrahman Al-Thani, Prime Minister …}, {@code Speech by …},
	 * {@code Nasrallah's full speech: …} (not {@code Nasrallah's speech: …}, over a
	 * report about it). The text under it is that person's words, as under an announcing
	 * paragraph ({@code Flow.announcedSpeech}).
	 */
	private OpenTurn titledSpeech(String title) {
		if (title == null) {
			return null;
		}
		Matcher named = NAMED_SPEECH.matcher(title);
		boolean full = FULL_SPEECH.matcher(title).find();
		if (!named.lookingAt() && !full) {
			return null;
		}
		List<Tokens.Token> tokens = tokens(title);
		Passage passage = new Passage(title, tokens, finder.find(title, tokens));
		Mention mention = speechSpeaker(passage, full ? 0 : named.end());
		return mention == null ? null
				: new OpenTurn(new Speaker(reportNames.person(mention.name()), mention.role(), SpeakerKind.PERSON),
						mention.asWritten(), ANNOUNCED_SPEECH_CONFIDENCE);
	}

	/** A possessive name's "full speech", "full text" opening a title. */
	private static final Pattern FULL_SPEECH = Pattern
		.compile("(?i)^\\S[^:]{0,80}['’]s (?:full|complete) (?:speech|text|address|remarks|sermon|statement)\\b");

	/**
	 * A title or a report's first paragraph naming the speech it gives: {@code Remarks by
	 * …},
	 * {@code Speech by Hezbollah Secretary General Sayyed Hassan Nasrallah on April 8,
	 * 2018 …}, {@code Full speech of …}, {@code Full text of the address by …}.
	 */
	private static final Pattern NAMED_SPEECH = Pattern.compile("(?i)\\s*\\[?(?:(?:the )?(?:full|complete) )?"
			+ "(?:text of (?:the |an? )?)?(?:remarks|speech|address|statement|sermon|lecture|message|"
			+ "keynote(?: address| speech)?)\\s(?:as delivered\\s)?(?=by\\s|of\\s)");

	/**
	 * How sure the words under an announcement are its speaker's, before the turn's own
	 * discount.
	 */
	private static final double ANNOUNCED_SPEECH_CONFIDENCE = 0.7;

	/**
	 * The person whose speech a title or an announcing paragraph names after
	 * {@code from}: the first person named there, after "by"
	 * ({@code … by Ayatollah Khamenei}; the office's capitalised words may stand between,
	 * {@code by Hezbollah Secretary General
	 * Sayyed Hassan Nasrallah}), after a speech noun's "of", or owning a speech noun
	 * ({@code Nasrallah's (full) address}). Null when that first person is none of these,
	 * or "by" names a translator or an interviewer.
	 */
	private static Mention speechSpeaker(Passage passage, int from) {
		List<Tokens.Token> tokens = passage.tokens();
		for (Mention mention : passage.mentions()) {
			if (mention.kind() != SpeakerKind.PERSON || mention.start() < from) {
				continue;
			}
			int at = passage.firstTokenFrom(mention.start());
			int link = at - 1;
			while (link >= 0 && at - link <= MAX_OFFICE_WORDS && tokens.get(link).capitalised()) {
				link--;
			}
			boolean byline = link >= 1 && tokens.get(link).key().equals("by")
					&& !NOT_THE_SPEAKERS_BY.contains(tokens.get(link - 1).key())
					|| link >= 1 && tokens.get(link).key().equals("of")
							&& SPEECH_NOUNS.contains(tokens.get(link - 1).key());
			return byline || ownsSpeech(passage, mention, false) ? mention : null;
		}
		return null;
	}

	/**
	 * Whether the mention owns a speech noun right after it ("Nasrallah's (full) speech";
	 * also "X's interview" when {@code interview}).
	 */
	private static boolean ownsSpeech(Passage passage, Mention mention, boolean interview) {
		List<Tokens.Token> tokens = passage.tokens();
		int after = passage.firstTokenFrom(mention.end());
		if (after < tokens.size() && FULL_WORDS.contains(tokens.get(after).key())) {
			after++;
		}
		return mention.possessive() && after < tokens.size() && (SPEECH_NOUNS.contains(tokens.get(after).key())
				|| interview && tokens.get(after).key().equals("interview"));
	}

	/** Words between a speech's owner and its noun: "Nasrallah's full speech". */
	private static final Set<String> FULL_WORDS = Set.of("full", "complete");

	/** Most capitalised words of an office between "by" and the name after it. */
	private static final int MAX_OFFICE_WORDS = 6;

	/** Nouns of what one person says or writes in full. */
	private static final Set<String> SPEECH_NOUNS = Set.of("speech", "sermon", "remarks", "address", "statement",
			"article", "column", "lecture", "message", "letter", "briefing", "text");

	/** Verbs whose "by" names someone other than the speaker. */
	private static final Set<String> NOT_THE_SPEAKERS_BY = Set.of("translated", "compiled", "edited", "conducted",
			"prepared", "moderated", "hosted", "interviewed", "produced", "aired", "broadcast", "accompanied",
			"introduced", "chaired");

	/** A news network's mark on its transcripts: "THIS IS A RUSH TRANSCRIPT." */
	private static final Pattern RUSH_TRANSCRIPT = Pattern.compile("(?i)^\\s*this is a rush transcript\\b");

	/**
	 * Whether the text is a transcript by its own lines, whatever its lead says: a
	 * network's rush-transcript notice, two reporters' questions ("QUESTION:", "Q:"), or
	 * two speakers who each open at least two paragraphs with their label, as an
	 * interview's host and guest do ("Press TV: …", "Hamad: …"). Such a text's answers
	 * run over several paragraphs, which go on with the turn before them.
	 */
	private boolean dialogue(List<Section> sections) {
		int questions = 0;
		Map<String, Integer> turnsBy = new HashMap<>();
		for (Section section : sections) {
			for (Paragraph paragraph : section.paragraphs()) {
				String text = paragraph.text();
				if (RUSH_TRANSCRIPT.matcher(text).find()) {
					return true;
				}
				List<TranscriptLines.Turn> turns = TranscriptLines.find(text, reportNames::knownSurname,
						reportNames::knownOutlet);
				if (turns.isEmpty() || turns.getFirst().labelStart() > 0
						&& !text.substring(0, turns.getFirst().labelStart()).isBlank()) {
					continue;
				}
				TranscriptLines.Turn turn = turns.getFirst();
				if (TranscriptLines.isQuestionLabel(turn.label())) {
					questions++;
				}
				else if (turn.person() != null || turn.outlet() != null) {
					turnsBy.merge(NameVocabulary.key(turn.label()), 1, Integer::sum);
				}
			}
		}
		return questions >= 2 || turnsBy.values().stream().filter(n -> n >= 2).count() >= 2;
	}

	/**
	 * Whether a paragraph is a headline in title case ("Lynch Closes The Door On
	 * Clinton"), every word capitalised: its capitalised words are not names, and nobody
	 * it seems to name is an antecedent.
	 */
	boolean headline(String text) {
		if (text.length() > 250) {
			return false;
		}
		int capitalised = 0;
		for (Tokens.Token token : tokens(text)) {
			if (Character.isLetter(token.text().charAt(0))) {
				if (!token.capitalised()) {
					return false;
				}
				if (token.text().length() >= 4) {
					capitalised++;
				}
			}
		}
		return capitalised >= 3;
	}

	/**
	 * Whether a paragraph is a rule between items, as live blogs and wire stories set
	 * them: three or more of {@code _ * - – — = ~ #}, and nothing else but spaces and
	 * dots ("___.", "* * *", "---").
	 */
	static boolean isRule(String text) {
		if (text.length() > 40) {
			return false;
		}
		int marks = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ("_*-\u2013\u2014=~#".indexOf(c) >= 0) {
				marks++;
			}
			else if (c != '.' && !Chars.isWhitespace(c)) {
				return false;
			}
		}
		return marks >= 3;
	}

	private List<Tokens.Token> tokens(String text) {
		return tokensOf.computeIfAbsent(text, Tokens::of);
	}

	/**
	 * The report's turns follow a lead such as "Following are excerpts from an interview
	 * ...", as MEMRI's transcripts do: its turns run to the end of the text, across the
	 * sections a short line of the transcript may have opened ("Host: Even in Turkey?"
	 * read as a heading). A news article quoting a few turns of a broadcast goes back to
	 * its own prose after them.
	 */
	private boolean announcedTranscript;

	/**
	 * Whether the last section ended with such a lead, so that a transcript whose turns
	 * open the next section under a heading of its own ("Dream 2 TV, June 24, 2013")
	 * follows it.
	 */
	private boolean leadEndedLastSection;

	/**
	 * The speaker announced at the end of an earlier section, whose quotations open the
	 * sections under the headings after it (see {@code Flow.leadForNextSection}); null
	 * when none.
	 */
	private Attribution leadOverHeadings;

	/** The heading of the section whose flow is being read. */
	private String sectionHeading;

	/** Whether a section before the current one has paragraphs. */
	private boolean proseBefore;

	/**
	 * The speaker of a text the report announced as someone's, in full ("The following is
	 * the full text of the speech delivered … by Ayatollah Khamenei"): the paragraphs
	 * after the announcement, across headings, are that speaker's words (see
	 * {@code Flow.announcedSpeech}); null when none, or once a transcript's labels take
	 * over.
	 */
	private OpenTurn announcedSpeech;

	/**
	 * A speaker whose words go on in the paragraphs that follow, without a label or a
	 * quotation mark of their own: a transcript's turn, or an announced speech.
	 */
	private record OpenTurn(Speaker speaker, String label, double confidence) {
	}

	List<Quote> run() {
		int flow = 0;
		for (Section section : sections) {
			List<String> texts = section.paragraphs().stream().map(Paragraph::text).toList();
			List<List<FootnoteRef>> refs = section.paragraphs()
				.stream()
				.map(paragraph -> paragraph.footnoteRefs()
					.stream()
					.sorted(Comparator.comparingInt(FootnoteRef::offset))
					.toList())
				.toList();
			sectionHeading = section.heading();
			new Flow(flow, texts, refs, section.index(), null, body, null, Long.MAX_VALUE).process();
			body.sectionRead(position(flow, 0, 0), texts.size());
			proseBefore |= !texts.isEmpty();
			leadEndedLastSection = !texts.isEmpty() && Flow.EXCERPTS.matcher(texts.getLast()).find();
			for (int p = 0; p < refs.size(); p++) {
				for (FootnoteRef ref : refs.get(p)) {
					citedAt.putIfAbsent(ref.number(), position(flow, p, texts.get(p).length()));
				}
			}
			flow++;
		}
		for (Footnote footnote : footnotes) {
			long limit = citedAt.getOrDefault(footnote.number(), Long.MAX_VALUE);
			new Flow(flow, List.of(footnote.text()), List.of(List.of()), null, footnote.number(),
					new CoreferenceTracker(), body, limit)
				.process();
			flow++;
		}
		results.sort(Comparator.comparingLong(Placed::position));
		return results.stream().map(Placed::quote).toList();
	}

	static long position(int flow, int paragraph, int offset) {
		return flow * FLOW + paragraph * PARAGRAPH + Math.min(offset, PARAGRAPH - 1);
	}

	private record Placed(long position, Quote quote) {
	}

	/**
	 * A resolved speaker with the words that named it and how sure the resolution is;
	 * {@code end} is where, in its paragraph, the quotation and its tag end, from which a
	 * quotation may go on.
	 */
	private record Attribution(Speaker speaker, String asWritten, String cue, double confidence, int paragraph,
			int tagEnd, boolean trailing, int end) {

		Attribution(Speaker speaker, String asWritten, String cue, double confidence, int paragraph, int tagEnd,
				boolean trailing) {
			this(speaker, asWritten, cue, confidence, paragraph, tagEnd, trailing, -1);
		}

	}

	/** One section or footnote. */
	private final class Flow {

		private final int flow;

		private final List<String> texts;

		private final List<List<FootnoteRef>> refs;

		private final Integer section;

		private final Integer footnote;

		private final CoreferenceTracker tracker;

		private final CoreferenceTracker fallback;

		private final long fallbackLimit;

		private List<String> masked;

		private List<Passage> passages;

		private List<int[]> sentences;

		/** The names, pronouns and descriptions of the flow, told to its tracker. */
		private FlowCoreference coreference;

		/** The tags after a quotation's own sentence. */
		private FollowingTags followingTags;

		private final Map<Integer, Attribution> lastInParagraph = new HashMap<>();

		/**
		 * The quotations taken as terms (titles, scare quotes), which leave the
		 * sentence's tag to the next one.
		 */
		private final Set<QuoteSpan> terms = Collections.newSetFromMap(new IdentityHashMap<>());

		Flow(int flow, List<String> texts, List<List<FootnoteRef>> refs, Integer section, Integer footnote,
				CoreferenceTracker tracker, CoreferenceTracker fallback, long fallbackLimit) {
			this.flow = flow;
			this.texts = texts;
			this.refs = refs;
			this.section = section;
			this.footnote = footnote;
			this.tracker = tracker;
			this.fallback = fallback;
			this.fallbackLimit = fallbackLimit;
		}

		/**
		 * Whether no quotation in [from, to) of the masked paragraph is longer than a
		 * term of a few words ({@code Secretary Blinken also deplored the repression of
		 * "the extraordinary protests" led by women and girls.} still reports his words).
		 */
		private static boolean termsOnly(String maskedText, int from, int to) {
			int words = 0;
			boolean inWord = false;
			for (int i = from; i < to; i++) {
				char c = maskedText.charAt(i);
				if (c == QuoteScanner.MASK) {
					if (!inWord && ++words > MAX_TERM_WORDS) {
						return false;
					}
					inWord = true;
				}
				else if (Character.isWhitespace(c)) {
					inWord = false;
				}
				else if (c != '"' && c != '“' && c != '”' && ".,!?".indexOf(c) < 0) {
					inWord = false;
					words = 0;
				}
			}
			return true;
		}

		/** Most words of a quoted term that a lead-in sentence may hold. */
		private static final int MAX_TERM_WORDS = 4;

		void process() {
			List<QuoteSpan> spans = QuoteScanner.scan(texts);
			masked = QuoteScanner.mask(texts, spans);
			passages = new ArrayList<>();
			sentences = new ArrayList<>();
			for (String text : masked) {
				List<Tokens.Token> tokens = tokens(text);
				passages.add(new Passage(text, tokens, finder.find(text, tokens)));
				sentences.add(Sentences.starts(text));
			}
			coreference = new FlowCoreference(AttributionRun.this, flow, tracker, masked, passages, sentences);
			// A name over the report's first paragraph, right under the headline, is its
			// portrait's caption ("Palestinian Authority President Mahmoud Abbas"), not
			// the speaker of a section of quotations.
			headingPerson = section == null || !proseBefore ? null : headingPerson(sectionHeading);
			if (section != null && footnote == null) {
				creditedPiece(spans);
			}
			followingTags = new FollowingTags(masked, passages, sentences);
			int next = 0;
			for (int p = 0; p < texts.size(); p++) {
				if (isRule(texts.get(p))) {
					tracker.discourseBreak(position(flow, p, 0));
				}
				coreference.register(p);
				if (saysLittle(p)) {
					tracker.transparentParagraph(position(flow, p, 0));
				}
				if (footnote == null && SUMMARY_LEAD.matcher(masked.get(p)).find()) {
					summarized = summarizedSpeaker(p);
				}
				int transcriptFrom = footnote == null ? transcript(p, spans) : Integer.MAX_VALUE;
				boolean unquoted = (next >= spans.size() || spans.get(next).firstParagraph() != p)
						&& (next == 0 || spans.get(next - 1).lastParagraph() < p);
				if (transcriptFrom == Integer.MAX_VALUE) {
					if (openTurn == null && footnote == null) {
						openTurn = announcedSpeech;
					}
					if (footnote == null && openTurn != null && goesOnWithTurn(p, spans, next)) {
						continueTurn(p);
						// Its quotations are the speaker's own quoting, as inside a turn.
						transcriptFrom = 0;
					}
					else if (!OMISSION.matcher(texts.get(p)).matches()) {
						// "[...]" leaves words out of the same speech, which goes on
						// after it.
						openTurn = null;
					}
				}
				if (transcriptFrom == Integer.MAX_VALUE && footnote == null && p > 0
						&& (unquoted || opensUnmarked(p, spans, next))) {
					unmarkedBlockQuote(p, unquoted);
				}
				if (transcriptFrom == Integer.MAX_VALUE && footnote == null) {
					writtenAfterColon(p, spans);
				}
				if (unquoted && footnote == null && openTurn == null) {
					openTurn = labelAlone(p);
				}
				if (unquoted && footnote == null && transcriptFrom == Integer.MAX_VALUE) {
					OpenTurn announced = announcedSpeech(p);
					if (announced != null) {
						announcedSpeech = announced;
						openTurn = announced;
					}
				}
				for (; next < spans.size() && spans.get(next).firstParagraph() == p; next++) {
					QuoteSpan span = spans.get(next);
					QuoteSpan previous = next > 0 ? spans.get(next - 1) : null;
					QuoteSpan following = next + 1 < spans.size() ? spans.get(next + 1) : null;
					if (span.open() < transcriptFrom || namedInsideTurn(span)) {
						attribute(span, previous, following);
					}
				}
			}
			if (footnote == null) {
				leadOverHeadings = leadForNextSection();
			}
		}

		/**
		 * The speaker a section's closing lead announces ("The following are excerpted
		 * remarks by Khamenei on the United States …"), for the quotations alone that
		 * open the sections after it; kept over sections of headings and such quotations
		 * only, and null after any other section.
		 */
		private Attribution leadForNextSection() {
			boolean onlyQuotations = masked.stream().allMatch(Flow::quotationOnly);
			if (onlyQuotations) {
				return leadOverHeadings;
			}
			int last = masked.size() - 1;
			int[] starts = sentences.get(last);
			int from = starts[starts.length - 1];
			Tag lead = leadIn(last, from);
			Attribution announced = lead == null ? null : resolve(lead, last, from);
			if (lead != null && lead.subject().key() != null && WRITINGS.contains(lead.subject().key())) {
				// "In an article in the daily Al-Nahar, journalist Michel Kilo criticized
				// …. The following are excerpts from the article:" over headed excerpts:
				// the article is Kilo's, as over excerpts right below it.
				Attribution writer = writerOf(last, lead.subject().key());
				announced = writer != null ? writer : announced;
			}
			if (lead == null && quotationOnly(masked.get(last)) && personSpeaks(lastInParagraph.get(last))) {
				// "The following are excerpts from a public address delivered by …
				// Ahmadinejad" over his quotations: a section that ends with one person's
				// quotation alone goes on with them under the next heading.
				Attribution quoted = lastInParagraph.get(last);
				return new Attribution(quoted.speaker(), quoted.asWritten(), quoted.cue(),
						quoted.confidence() * GOING_ON_UNDER_HEADING, last, -1, false);
			}
			if (announced == null || announced.speaker() == null) {
				announced = writerOfExcerptedPiece(last);
			}
			return announced != null && announced.speaker() != null ? announced : null;
		}

		/**
		 * The writer of the piece a sentence of paragraph q announces excerpts of, where
		 * that sentence is not the paragraph's lead-in ("The following are excerpts from
		 * an English translation of the article posted August 25, 2014 on the Al-Arabiya
		 * website. The Arabic article was published the same day in Al-Sharq Al-Awsat."):
		 * the person a recent sentence introduces as writing it; null when no sentence
		 * announces such excerpts or nobody is introduced.
		 */
		private Attribution writerOfExcerptedPiece(int q) {
			Matcher piece = EXCERPTED_PIECE.matcher(masked.get(q));
			return piece.find() ? writerOf(q, piece.group(1).toLowerCase(Locale.ROOT)) : null;
		}

		/** "excerpts from an English translation of the article": the piece, its noun. */
		private static final Pattern EXCERPTED_PIECE = Pattern.compile("(?i)\\b(?:the )?following (?:are|is) "
				+ "(?:the |some )?(?:translated )?excerpts? (?:from|of) (?:an? |the )?(?:[\\p{L}-]+ ){0,3}?"
				+ "(?:of (?:the |his |her |this )?)?(article|editorial|column|op-ed|essay|sermon|speech|lecture)\\b");

		/** A sentence after a quotation that says who said it: "That's what …". */
		private static final Pattern THATS_WHAT = Pattern.compile("\\s*(?:That['’]s|That is|That was) what\\s+");

		/** How much surer a speaker going on under a new heading is than where quoted. */
		private static final double GOING_ON_UNDER_HEADING = 0.8;

		/**
		 * The speaker whose remarks the rest of the flow summarises, after a lead such as
		 * "The following summarizes his comments:" (the Middle East Forum's event
		 * summaries): an untagged quotation there is that speaker's. Null before such a
		 * lead, or when it names nobody.
		 */
		private Attribution summarized;

		/**
		 * The person this section's heading names and nothing else ("Supreme Leader
		 * Ayatollah Ali Khamenei" over his quotations, as the Iran Primer sets them out):
		 * the speaker of the section's untagged quotations. Null for any other heading.
		 */
		private Speaker headingPerson;

		private static final double HEADING_PERSON = 0.6;

		/** Nothing, or "The", before a paper's name opening a heading. */
		private static final Pattern OPENING_ARTICLE = Pattern.compile("\\s*(?:The\\s+)?");

		private Speaker headingPerson(String heading) {
			if (heading == null || heading.isBlank() || heading.length() > 80
					|| HeaderFurniture.isFurniture(heading, null)) {
				return null; // "Select Page": a button's label left between the parts
			}
			List<Tokens.Token> tokens = tokens(heading);
			List<Mention> mentions = finder.find(heading, tokens);
			int colon = heading.indexOf(':');
			if (!mentions.isEmpty() && colon >= mentions.getFirst().end()
					&& mentions.getFirst().kind() == SpeakerKind.OUTLET && !mentions.getFirst().possessive()
					&& heading.substring(mentions.getFirst().end(), colon).isBlank()
					&& OPENING_ARTICLE.matcher(heading.substring(0, mentions.getFirst().start())).matches()) {
				// "Resalat: Iran Has Become an Influential Force on a Global Scale": a
				// press review's paper and its headline over the paper's words.
				return new Speaker(reportNames.outlet(mentions.getFirst().name()), null, SpeakerKind.OUTLET);
			}
			Speaker titled = titledNameHeading(heading, tokens, mentions);
			if (titled != null) {
				return titled;
			}
			if (mentions.size() != 1 || mentions.getFirst().kind() != SpeakerKind.PERSON
					|| mentions.getFirst().possessive()) {
				return null;
			}
			Mention mention = mentions.getFirst();
			for (Tokens.Token token : tokens) {
				boolean inName = token.start() >= mention.start() && token.end() <= mention.end();
				if (!inName && !NameVocabulary.isTitle(token.text()) && !NameVocabulary.isPartyState(token.text())) {
					return null; // "Khamenei's Speech", "Reactions to Khamenei"; a
									// lawmaker's "(R-TN)" goes with the name
				}
			}
			String name = reportNames.person(mention.name());
			String role = mention.role() != null ? mention.role() : reportNames.firstRole(name);
			if (role == null && name.indexOf(' ') > 0 && !NameVocabulary.hasKnownGivenName(name)) {
				return null; // "Key Insights": capitalised words, nobody the report
								// shows as a person
			}
			return new Speaker(name, role, SpeakerKind.PERSON);
		}

		/**
		 * Whether the tag closing the sentence right after a quotation that ends with a
		 * comma outweighs the tag before it. After a tag further back, any closing tag
		 * does but an outlet's relaying verb after a named speaker ("Khamenei said that
		 * "…," Mehr reported"). After a tag right before the quotation, only a person's
		 * own ("Moscow believes that "…," Sergey Ryabkov said"), and only over a tag
		 * whose subject is no person.
		 */
		private boolean closingTagOutweighs(Tag before, QuoteSpan span, QuoteSpan following) {
			if (before.adjacent() && SpeakerTagMatcher.person(before.subject().mention())) {
				return false;
			}
			Tag closing = SpeakerTagMatcher.after(passages.get(span.lastParagraph()), span.after(),
					tagUntil(span, following));
			if (closing == null || !closesSentence(closing, span, following)) {
				return false;
			}
			boolean relayed = SpeakerTagMatcher.QUOTING_VERBS.contains(closing.cue().toLowerCase(Locale.ROOT));
			return before.adjacent() ? SpeakerTagMatcher.person(closing.subject().mention()) && !relayed
					: !(relayed && before.subject().type() == SubjectType.NAMED);
		}

		/**
		 * A heading that is a person's office in title case and then the name, the office
		 * running over small words ("Senior Foreign Affairs Advisor to the Supreme Leader
		 * Ali Akbar Velayati"), as a digest of officials' quotations heads each one's
		 * words; null otherwise. The office holds a title word, every other word of it is
		 * capitalised or one of {@link #OFFICE_LINKS}, and the name ends the heading.
		 */
		private Speaker titledNameHeading(String heading, List<Tokens.Token> tokens, List<Mention> mentions) {
			if (mentions.isEmpty()) {
				return null;
			}
			Mention person = mentions.getLast();
			if (person.kind() != SpeakerKind.PERSON || person.possessive() || person.end() != heading.strip().length()
					|| person.name().indexOf(' ') < 0) {
				return null;
			}
			int nameStart = heading.indexOf(person.name(), person.start());
			if (nameStart <= 0) {
				return null;
			}
			boolean title = false;
			for (Tokens.Token token : tokens) {
				if (token.start() >= nameStart) {
					break;
				}
				if (!token.capitalised() && !OFFICE_LINKS.contains(token.key())) {
					return null;
				}
				title |= NameVocabulary.isTitle(token.text());
			}
			String office = heading.substring(0, nameStart).strip();
			return title ? new Speaker(reportNames.person(person.name()), office, SpeakerKind.PERSON) : null;
		}

		private static final Set<String> OFFICE_LINKS = Set.of("to", "the", "of", "for", "and");

		/**
		 * A press review's piece under a heading that credits it ("Editorial in Saudi
		 * Al-Watan", "Commentary by Tariq al-Hamid in pan-Arab Al-Sharq al-Awsat",
		 * "Al-Watan, Egypt, October 2"): the section's text is the piece, translated
		 * without quotation marks, and the writer or else the paper is its speaker. Taken
		 * only when the section opens with prose that is not the report's own about the
		 * piece: no quotation first, no lead-in colon, no mention of the writer or paper.
		 */
		private void creditedPiece(List<QuoteSpan> spans) {
			Speaker speaker = sectionHeading == null || sectionHeading.length() > 100 || texts.isEmpty() ? null
					: creditedWriter(sectionHeading);
			if (speaker == null || !spans.isEmpty() && spans.getFirst().firstParagraph() == 0
					&& Chars.blankBefore(texts.getFirst(), spans.getFirst().open(), 0)) {
				return;
			}
			String opening = masked.getFirst();
			String surname = speaker.name().substring(speaker.name().lastIndexOf(' ') + 1);
			if (endsWithLeadInColon(opening) || opening.contains(surname)) {
				return; // the report's own prose about the piece: "In an article in
						// Al-Hayat, columnist X wrote: …" quotes it the usual way
			}
			String text = String.join("\n\n", texts.stream().map(String::strip).toList());
			if (QuoteClassifier.words(text) < 4 * QuoteClassifier.SCARE_QUOTE_WORDS) {
				return;
			}
			add(position(flow, 0, 0), new Quote(text, speaker, speaker.name(), null, section, 0, null,
					texts.size() > 1 ? QuoteKind.BLOCK : QuoteKind.DIRECT, CREDITED_PIECE));
		}

		private static final double CREDITED_PIECE = 0.6;

		/** "Editorial in …", "Commentary by X in …": a piece's kind, writer and paper. */
		private static final Pattern CREDIT_LINE = Pattern
			.compile("(?i:(?:an? |the )?(?:editorial|commentary|comment|article|column|op-ed|opinion piece|analysis|"
					+ "report|interview|letter)(?: by (?<writer>[^,]{3,60}?))? in )(?<paper>\\p{L}.{1,60})");

		/**
		 * "Al-Watan, Egypt, October 2": a paper, its place and the day it ran the piece.
		 */
		private static final Pattern DATED_PAPER = Pattern.compile("(?<paper>[^,]{2,40}),(?: [^,]{2,30},)? "
				+ "(?:(?:January|February|March|April|May|June|July|August|September|October|November|December) "
				+ "\\d{1,2}|\\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|"
				+ "November|December))(?:,? \\d{4})?\\.?");

		private Speaker creditedWriter(String heading) {
			String line = heading.strip();
			Matcher credit = CREDIT_LINE.matcher(line);
			String writer = null;
			String paper;
			if (credit.matches()) {
				writer = credit.group("writer");
				paper = credit.group("paper");
			}
			else {
				Matcher dated = DATED_PAPER.matcher(line);
				if (!dated.matches()) {
					return null;
				}
				paper = dated.group("paper");
			}
			if (writer != null) {
				List<Mention> people = finder.find(writer, tokens(writer));
				if (people.size() == 1 && people.getFirst().kind() == SpeakerKind.PERSON
						&& people.getFirst().asWritten().length() >= writer.strip().length() - 1) {
					String name = reportNames.person(people.getFirst().name());
					return new Speaker(name, reportNames.firstRole(name), SpeakerKind.PERSON);
				}
				return null;
			}
			List<Mention> outlets = finder.find(paper, tokens(paper));
			if (outlets.isEmpty() || outlets.getLast().kind() != SpeakerKind.OUTLET
					|| outlets.getLast().end() < paper.strip().length() - 1) {
				return null;
			}
			return new Speaker(outlets.getLast().name(), null, SpeakerKind.OUTLET);
		}

		private Attribution summarizedSpeaker(int p) {
			Tag tag = SpeakerTagMatcher.announcedBy(passages.get(p), 0, masked.get(p).length());
			Attribution attribution = tag == null ? null : resolve(tag, p, 0);
			return attribution == null || attribution.speaker() == null ? null : new Attribution(attribution.speaker(),
					attribution.asWritten(), attribution.cue(), 0.6, p, -1, false);
		}

		/**
		 * Whether a quotation inside a transcript turn is someone's the speaker names
		 * right before it: {@code The strangest thing is when John Kerry says: "We have
		 * not closed our eyes ..."} quotes Kerry. Any other quotation in a turn is the
		 * speaker's own quoting, part of the turn.
		 */
		private boolean namedInsideTurn(QuoteSpan span) {
			int p = span.firstParagraph();
			int[] starts = sentences.get(p);
			int sentenceStart = starts[Sentences.indexOf(starts, span.open())];
			Tag tag = SpeakerTagMatcher.before(passages.get(p), sentenceStart, sentenceStart, span.open());
			return tag != null && tag.adjacent() && tag.subject().type() == SubjectType.NAMED
					&& tag.subject().mention().kind() == SpeakerKind.PERSON;
		}

		/**
		 * Whether the paragraph names nobody and, outside its quotations, has at most
		 * {@link #FEW_WORDS} words: a subheading, a quotation alone or with a short tag.
		 * A quotation of more than {@link #FEW_QUOTED_WORDS} words is a speech of its
		 * own, whose words may have put someone else in the reader's mind: only when they
		 * name no person does the reader's "he" after it still go back past it.
		 */
		private boolean saysLittle(int p) {
			Passage passage = passages.get(p);
			if (!passage.mentions().isEmpty()) {
				return false;
			}
			if (words(passage.tokens(), FEW_WORDS) > FEW_WORDS) {
				return linkedHeadline(p);
			}
			List<Tokens.Token> all = tokens(texts.get(p));
			return words(all, FEW_QUOTED_WORDS) <= FEW_QUOTED_WORDS || finder.find(texts.get(p), all)
				.stream()
				.noneMatch(mention -> mention.kind() == SpeakerKind.PERSON);
		}

		/**
		 * Whether paragraph p, which names nobody, is another story's headline linked
		 * between the paragraphs ("Iran could produce enough nuclear material for a bomb
		 * within weeks, says Saudi foreign minister"): no quotation, at most
		 * {@link #MAX_LINKED_HEADLINE_WORDS} words, and no stop at its end.
		 */
		private boolean linkedHeadline(int p) {
			String text = masked.get(p).strip();
			return !text.isEmpty() && text.indexOf(QuoteScanner.MASK) < 0
					&& Character.isLetterOrDigit(text.charAt(text.length() - 1)) && text.indexOf('\n') < 0
					&& words(passages.get(p).tokens(), MAX_LINKED_HEADLINE_WORDS) <= MAX_LINKED_HEADLINE_WORDS;
		}

		/** The words among the tokens, counted up to one past the limit. */
		private static int words(List<Tokens.Token> tokens, int limit) {
			int words = 0;
			for (int t = 0; t < tokens.size() && words <= limit; t++) {
				if (Character.isLetter(tokens.get(t).text().charAt(0))) {
					words++;
				}
			}
			return words;
		}

		/** The names transcript labels gave so far, by their last word. */
		private final Map<String, String> labelledNames = new HashMap<>();

		/**
		 * Transcript turns in paragraph p; returns the offset from which quotations
		 * belong to a turn.
		 */
		private int transcript(int p, List<QuoteSpan> spans) {
			List<TranscriptLines.Turn> turns = TranscriptLines.find(texts.get(p),
					surname -> knownLabelName(surname) || otherTurnsLabel(p, surname), reportNames::knownOutlet);
			if (interviewee == null) {
				// "A: …" is an answer only under a title that says whose: elsewhere it is
				// the author's prose, its quotations read as any others.
				turns = turns.stream().filter(turn -> !TranscriptLines.isAnswerLabel(turn.label())).toList();
			}
			if (turns.isEmpty()) {
				return Integer.MAX_VALUE;
			}
			for (QuoteSpan span : spans) {
				if (span.firstParagraph() < p && span.lastParagraph() >= p) {
					return Integer.MAX_VALUE; // inside a multi-paragraph quotation: not a
												// transcript
				}
			}
			announcedSpeech = null; // the labels say who speaks from here on
			// In a headline every word is capitalised, so the label before its colon may
			// hold more than a name ("Carly Fiorina Endorses Ted Cruz: I Am ...", "Just
			// Leaked: ..."): it speaks only as far as it names someone the report names.
			boolean headline = headline(texts.get(p));
			for (TranscriptLines.Turn turn : turns) {
				if (TranscriptLines.isQuestionLabel(turn.label())) {
					// "QUESTION: …" or "Q: …" opens a briefing's or an interview's
					// transcript, whose answers run over paragraphs; the reporter's
					// question is nobody's quotation.
					announcedTranscript = true;
					openTurn = null;
					continue;
				}
				long position = position(flow, p, turn.labelStart());
				Speaker speaker = null;
				double confidence = 0.5;
				if (TranscriptLines.isAnswerLabel(turn.label())) {
					// "A: …" after "Q: …" under "Interview with …": the interviewee
					// answers; elsewhere such a line is nobody's turn.
					if (!announcedTranscript) {
						continue;
					}
					speaker = interviewee;
					confidence = 0.75;
				}
				if (turn.outlet() != null) {
					// "The Paper: …": an outlet's question in a briefing, among people's
					// turns; elsewhere such a line is a digest's headline.
					if (headline || !(announcedTranscript || personTurnNear(p))) {
						continue;
					}
					speaker = new Speaker(reportNames.outlet(turn.outlet()), null, SpeakerKind.OUTLET);
					confidence = 0.85;
				}
				if (turn.person() == null && turn.outlet() == null && TranscriptLines.office(turn.label()) != null) {
					// "CROWN PRINCE: …": in a transcript, the one whose role holds the
					// office; elsewhere such a line ("Editor: …") is no turn.
					if (headline || !(announcedTranscript || personTurnNear(p))) {
						continue;
					}
					Speaker holder = officeHolder(turn.label(), position);
					if (holder != null) {
						speaker = holder;
						confidence = 0.75;
					}
				}
				String named = turn.person() == null ? null
						: headline ? reportNames.knownPrefix(turn.person().name()) : turn.person().name();
				Speaker titleHolder = named == null || headline ? null
						: labelledTitleHolder(turn.label(), named, position);
				if (titleHolder != null) {
					speaker = titleHolder;
					confidence = 0.75;
					named = null;
				}
				if (named != null) {
					String name = reportNames.person(named);
					if (name.equals(named) && labelledNames.containsKey(named)) {
						name = labelledNames.get(named);
					}
					String role = turn.person().role() != null ? turn.person().role()
							: tracker.latestRole(name, position);
					if (role == null) {
						role = reportNames.firstRole(name);
					}
					speaker = new Speaker(name, role, SpeakerKind.PERSON);
					// "JAKE TAPPER: …" then "TAPPER: …": a transcript shortens its own
					// labels.
					labelledNames.putIfAbsent(name.substring(name.lastIndexOf(' ') + 1), name);
					tracker.add(position, speaker, headline ? named : turn.label(), coreference.genderOf(speaker, role),
							true);
					confidence = 0.85;
				}
				int end = turn.speechStart() + turn.speech().length();
				String label = !headline ? turn.label() : named;
				add(position, new Quote(turn.speech(), speaker, label, ":", section, p,
						note(p, turn.speechStart(), p, end), QuoteKind.DIRECT, confidence));
				boolean runsToTheEnd = texts.get(p).substring(Math.min(end, texts.get(p).length())).isBlank();
				announcedTranscript |= p > 0 ? EXCERPTS.matcher(masked.get(p - 1)).find() : leadEndedLastSection;
				openTurn = speaker != null && !headline && runsToTheEnd && announcedTranscript
						? new OpenTurn(speaker, label, confidence) : null;
			}
			return turns.getFirst().labelStart();
		}

		/**
		 * The person a label names by a title the report gave them, not by their name:
		 * "Sheikh Al-Azhar: …" after "a statement by Sheikh of Al-Azhar Ahmad Al-Tayyeb".
		 * Null when the label's name is a name of the report's, or nobody's role holds
		 * every word of the label.
		 */
		private Speaker labelledTitleHolder(String label, String named, long position) {
			String surname = named.substring(named.lastIndexOf(' ') + 1);
			if (!reportNames.person(named).equals(named) || labelledNames.containsKey(named)
					|| knownLabelName(surname)) {
				return null;
			}
			Entry entry = tracker.roleWithWords(List.of(label.strip().split("\\s+")), position, Integer.MAX_VALUE);
			return entry == null ? null : entry.speaker();
		}

		/**
		 * The person whose role holds every word of an office a transcript's label gives
		 * ("CROWN PRINCE" after "Crown Prince Mohammed bin Salman"); null for any other
		 * label, or when nobody has such a role.
		 */
		private Speaker officeHolder(String label, long position) {
			List<String> office = TranscriptLines.office(label);
			Entry entry = office == null ? null : tracker.roleWithWords(office, position, Integer.MAX_VALUE);
			return entry == null ? null : entry.speaker();
		}

		/**
		 * Whether one of the two paragraphs before or after p opens with a person's turn
		 * (two: a bilingual transcript gives each turn twice).
		 */
		private boolean personTurnNear(int p) {
			for (int q = Math.max(0, p - 2); q <= Math.min(texts.size() - 1, p + 2); q++) {
				if (q != p && TranscriptLines.find(texts.get(q), this::knownLabelName)
					.stream()
					.anyMatch(turn -> turn.person() != null)) {
					return true;
				}
			}
			return false;
		}

		/**
		 * A surname a transcript's label may give alone: the report's, or an earlier
		 * label's.
		 */
		private boolean knownLabelName(String surname) {
			return reportNames.knownSurname(surname) || labelledNames.containsKey(surname);
		}

		/**
		 * Whether a surname alone, in capitals in paragraph p, may label a turn of a
		 * transcript whose other turns already name someone ("INSKEEP:" between "ARIANE
		 * TABATABAI:" and "TABATABAI:"): a word that is no page's label, title, place or
		 * body.
		 */
		private boolean otherTurnsLabel(int p, String surname) {
			String key = NameVocabulary.key(surname);
			return !labelledNames.isEmpty() && texts.get(p).contains(surname.toUpperCase(Locale.ROOT) + ":")
					&& key.length() >= 3 && !NOT_TURN_LABELS.contains(key) && !NameVocabulary.isTitle(surname)
					&& !NameVocabulary.isPlace(surname) && !NameVocabulary.isOrganisation(surname)
					&& !NameVocabulary.FUNCTION_WORDS.contains(key);
		}

		/** A page's labels that open a line as a turn's label would. */
		private static final Set<String> NOT_TURN_LABELS = Set.of("note", "update", "updated", "source", "sources",
				"photo", "editor", "correction", "related", "watch", "read", "listen", "transcript", "video", "audio",
				"caption", "credit", "summary", "background", "context", "disclaimer", "warning", "share", "tags");

		/** Words left out of a transcript: "[...]", "…". */
		private static final Pattern OMISSION = Pattern.compile("\\s*\\[?\\s*(?:\\.{3}|…)\\s*\\]?\\s*");

		/** How a sentence announcing what follows it opens: "The following", "Below". */
		private static final String ANNOUNCING = "(?i)^\\s*(?:the )?(?:following|below) ";

		/**
		 * The same announcement with its noun first: "The following excerpts are from a
		 * sermon by ...".
		 */
		private static final String ANNOUNCED_NOUN = "(?i)^\\s*(?:the )?(?:following|below) (?:excerpts?|transcripts?|"
				+ "translations?|passages?|text) (?:is|are)\\b";

		/**
		 * MEMRI's lead of a transcript: "Following are excerpts from an interview ...",
		 * "Following is the text of the speech ...", "The following excerpts are from a
		 * sermon ...".
		 */
		private static final Pattern EXCERPTS = Pattern.compile(ANNOUNCING
				+ "(?:are|is) (?:an? |the )?(?:(?:full|complete) )?(?:excerpts?|transcripts?|translations?|text)\\b|"
				+ ANNOUNCED_NOUN);

		/**
		 * The transcript turn that ended the last paragraph, which the next paragraphs go
		 * on with (see {@link #goesOnWithTurn}); null when none.
		 */
		private OpenTurn openTurn;

		/** {@link SpeakerDescriptions#ISSUED} for any noun of a statement. */
		private static final Pattern ISSUED_ANY = SpeakerDescriptions
			.issued(SpeakerDescriptions.STATEMENT_NOUNS.stream()
				.map(Pattern::quote)
				.collect(Collectors.joining("|", "(?:", ")")));

		private static final Pattern THAT = Pattern.compile("\\bthat\\s");

		/**
		 * The paragraph, at most {@value #SOURCE_PARAGRAPHS} before paragraph {@code p},
		 * that names the source of the quotations labelled "Quote:" under it, and names
		 * it right after its label; -1 when there is none.
		 */
		private int sourceLine(int p) {
			for (int q = p - 1; q >= Math.max(0, p - SOURCE_PARAGRAPHS); q--) {
				Matcher label = BlockRules.STORY_SOURCE.matcher(masked.get(q));
				if (label.lookingAt()) {
					List<Mention> mentions = passages.get(q).mentions();
					return !mentions.isEmpty() && mentions.getFirst().start() == label.end()
							&& !mentions.getFirst().possessive() ? q : -1;
				}
			}
			return -1;
		}

		private static final int SOURCE_PARAGRAPHS = 6;

		/**
		 * A semicolon written for a colon, right before the quotation ("Tinubu said;
		 * "…""): no clause's end.
		 */
		private static final Pattern SEMICOLON_FOR_COLON = Pattern.compile(";\\s*");

		/**
		 * The one whose statement "the statement" goes on with, named right before the
		 * same noun in this paragraph or the {@value #ISSUED_PARAGRAPHS} before ("The
		 * KRSC statement pointed out that …", then "…," the statement added); null when
		 * there is none.
		 */
		private Attribution ownerOfSame(Subject document, int paragraph) {
			for (int q = paragraph; q >= Math.max(0, paragraph - ISSUED_PARAGRAPHS); q--) {
				Passage passage = passages.get(q);
				List<Mention> mentions = passage.mentions();
				for (int m = mentions.size() - 1; m >= 0; m--) {
					Mention mention = mentions.get(m);
					if (q == paragraph && mention.end() > document.start() || mention.possessive()
							|| mention.kind() == SpeakerKind.PERSON) {
						continue;
					}
					int next = passage.firstTokenFrom(mention.end());
					if (next < passage.tokens().size() && passage.tokens().get(next).key().equals(document.key())
							&& Tokens.onlySpaceBetween(masked.get(q), mention.end(),
									passage.tokens().get(next).start())) {
						Speaker owner = coreference.speakerOf(mention, position(flow, q, mention.start()));
						return new Attribution(owner, document.asWritten(), "issued", 0.6, paragraph, -1, false);
					}
				}
			}
			return null;
		}

		/** How far after "by" a name described before it may start, in chars. */
		private static final int MAX_AGENT_OFFSET = 30;

		private Attribution distributorOfPicture(Subject caption, int paragraph) {
			Matcher put = SpeakerDescriptions.PUT_OUT_BY.matcher(masked.get(paragraph)).region(0, caption.start());
			int by = -1;
			while (put.find()) {
				by = put.end();
			}
			if (by < 0) {
				return null;
			}
			Passage passage = passages.get(paragraph);
			Subject agent = TagSubjects.subjectAt(passage, passage.firstTokenFrom(by), caption.start());
			Mention named = passage.mentionFrom(by);
			if ((agent == null || agent.type() != SubjectType.NAMED) && named != null
					&& named.start() - by <= MAX_AGENT_OFFSET
					&& masked.get(paragraph).substring(by, named.start()).indexOf(',') < 0) {
				agent = Subject.named(named); // "by the pro-ISIS Al-Taqwa Foundation"
			}
			Attribution resolved = agent == null || agent.type() != SubjectType.NAMED ? null
					: resolve(new Tag("issued", agent, false, true, false, by), paragraph, by);
			return resolved == null || resolved.speaker() == null ? null : new Attribution(resolved.speaker(),
					caption.asWritten(), resolved.cue(), Math.min(0.6, resolved.confidence()), paragraph, -1, false);
		}

		/** A credit in brackets that ends its paragraph: " (Yonhap)". */
		private static final Pattern CREDIT_ENDING_PARAGRAPH = Pattern.compile("\\s*\\([^()]{1,40}\\)[.\\s]*");

		/** How many paragraphs back a statement's issuer is looked for. */
		private static final int ISSUED_PARAGRAPHS = 4;

		/**
		 * Who issued the statement, letter or message that "the statement" stands for:
		 * the subject of the latest sentence, in this paragraph before it or the
		 * {@value #ISSUED_PARAGRAPHS} before, that says someone published, issued or
		 * posted one (a news story quotes a statement over several paragraphs, each with
		 * "the statement said") ({@code Akram Al-Kaabi …
		 * published an official statement on his X account …} then {@code The statement
		 * reads: "…"}). Null when no such sentence names a speaker.
		 */
		private Attribution issuerOf(Subject document, int paragraph) {
			if (!SpeakerDescriptions.ISSUED.containsKey(document.key())) {
				return null;
			}
			Pattern issued = SpeakerDescriptions.ISSUED.get(document.key());
			for (int q = paragraph; q >= Math.max(0, paragraph - ISSUED_PARAGRAPHS); q--) {
				String text = masked.get(q);
				int until = q == paragraph ? document.start() : text.length();
				Matcher matcher = issued.matcher(text).region(0, until);
				int verb = -1;
				while (matcher.find()) {
					verb = matcher.start();
				}
				int[] starts = sentences.get(q);
				int from = verb < 0 ? -1 : starts[Sentences.indexOf(starts, verb)];
				if (verb >= 0) {
					// "AFP reported that Riyadh and Oman issued a joint statement": the
					// issuer is in the reported clause, not the one who reports it.
					Matcher that = THAT.matcher(text).region(from, verb);
					while (that.find()) {
						from = that.end();
					}
				}
				if (verb < 0) {
					// "In a statement, Secretary-General Nayef Al-Hajraf said …": the
					// subject of the speech verb after the opening phrase issued it.
					Matcher opening = IN_A.get(document.key()).matcher(text).region(0, until);
					while (opening.find()) {
						from = opening.end();
					}
					verb = from < 0 ? -1 : firstCueInSentence(q, from, until);
					if (verb < 0) {
						continue;
					}
				}
				Subject issuer = TagSubjects.subject(passages.get(q), from, verb);
				if (issuer == null) {
					return ownerOfSame(document, paragraph);
				}
				Attribution resolved = resolve(new Tag("issued", issuer, false, true, false, verb), q, from);
				return resolved == null || resolved.speaker() == null ? null
						: new Attribution(resolved.speaker(), document.asWritten(), resolved.cue(),
								Math.min(0.6, resolved.confidence()), paragraph, -1, false);
			}
			return ownerOfSame(document, paragraph);
		}

		/**
		 * For each noun of {@link SpeakerDescriptions#ISSUED} (the same keys, so that
		 * every noun {@link #issuerOf} reads has one), the phrase opening a sentence with
		 * it: "In a statement, ", "In his letter, ".
		 */
		private static final Map<String, Pattern> IN_A = SpeakerDescriptions.ISSUED.keySet()
			.stream()
			.collect(Collectors.toUnmodifiableMap(noun -> noun, noun -> Pattern
				.compile("\\bIn (?:an?|his|her|its|their) (?:[\\p{L}-]+\\s){0,3}?" + Pattern.quote(noun) + ",\\s")));

		/**
		 * Where the first speech verb after {@code from} in its sentence starts, or -1.
		 */
		private int firstCueInSentence(int q, int from, int until) {
			Passage passage = passages.get(q);
			int[] starts = sentences.get(q);
			int end = Math.min(until, Sentences.end(starts, Sentences.indexOf(starts, from), masked.get(q).length()));
			List<Tokens.Token> tokens = passage.tokens();
			for (int i = passage.firstTokenFrom(from); i < tokens.size() && tokens.get(i).start() < end; i++) {
				if (SpeechCues.isCue(tokens.get(i).key()) && !tokens.get(i).capitalised()) {
					return tokens.get(i).start();
				}
			}
			return -1;
		}

		/**
		 * A paragraph announcing the full text of one person's speech, sermon, remarks or
		 * article ({@code The following is the full text of the speech delivered on
		 * February 18, 2018 by Ayatollah Khamenei},
		 * {@code Below is the text of Nasrallah's
		 * address}): the speaker, who goes on in the paragraphs after it. Null for any
		 * other paragraph, and where "by" names a translator or an interviewer.
		 */
		private OpenTurn announcedSpeech(int p) {
			String text = masked.get(p);
			Matcher announcement = ANNOUNCED_SPEECH.matcher(text);
			boolean announced = announcement.lookingAt();
			if (!announced && flow == 0 && p <= 1) {
				announcement = NAMED_SPEECH.matcher(text);
				announced = announcement.lookingAt();
			}
			boolean excerpts = false;
			if (!announced && endsWithLeadInColon(text)) {
				// "Excerpts from Aws al-Khafaji's interview on Al-Rasheed TV:" over his
				// words without quotation marks
				announcement = ANNOUNCED_EXCERPTS.matcher(text);
				excerpts = announcement.lookingAt();
				announced = excerpts;
			}
			if (!announced || text.contains("interview") && !excerpts) {
				return null;
			}
			Mention mention = excerpts ? excerptsOwner(passages.get(p), announcement.end())
					: speechSpeaker(passages.get(p), announcement.end());
			if (mention == null) {
				return null;
			}
			Speaker speaker = coreference.speakerOf(mention, position(flow, p, mention.start()));
			return speaker.kind() == SpeakerKind.PERSON
					? new OpenTurn(speaker, mention.asWritten(), ANNOUNCED_SPEECH_CONFIDENCE) : null;
		}

		/**
		 * "Following are excerpts from", "Excerpts from", "Below are translated excerpts
		 * of".
		 */
		private static final Pattern ANNOUNCED_EXCERPTS = Pattern
			.compile("(?i)\\s*(?:(?:the )?(?:following|below) (?:are|is) (?:some |more |the )?)?(?:translated )?"
					+ "excerpts? (?:from|of)\\b");

		/**
		 * The person whose piece excerpts come from, named as its owner right after the
		 * announcement: "Aws al-Khafaji's interview", "Nasrallah's speech"; null when the
		 * excerpts are of anyone else's ("an interview with …", whose questions are the
		 * interviewer's).
		 */
		private static Mention excerptsOwner(Passage passage, int from) {
			for (Mention mention : passage.mentions()) {
				if (mention.start() < from) {
					continue;
				}
				boolean owner = mention.kind() == SpeakerKind.PERSON && ownsSpeech(passage, mention, true);
				return owner && passage.masked().substring(from, mention.start()).isBlank() ? mention : null;
			}
			return null;
		}

		/**
		 * "The following is the (full) text of", "Below is a near-verbatim transcript
		 * of".
		 */
		private static final Pattern ANNOUNCED_SPEECH = Pattern.compile(ANNOUNCING
				+ "(?:is|are) (?:the |an? )?(?:(?:full|complete|official|unofficial|translated|english|near-verbatim|"
				+ "verbatim|edited) )*(?:text|transcript|translation)s? (?:of|from)\\b");

		/**
		 * A speaker's label alone on its line, its words in the paragraphs under it:
		 * {@code Ja'far al-Husseini, military spokesman for the Iraqi Hezbollah Brigades:}
		 * then the speech, as translations of broadcasts set it out. The label opens with
		 * a person's name, holds no speech verb and ends with its colon; null for any
		 * other paragraph.
		 */
		private OpenTurn labelAlone(int p) {
			String text = masked.get(p).strip();
			if (text.length() > MAX_LABEL_ALONE || !text.endsWith(":") || p + 1 >= texts.size()) {
				return null;
			}
			Passage passage = passages.get(p);
			List<Mention> mentions = passage.mentions();
			if (mentions.isEmpty() || mentions.getFirst().kind() != SpeakerKind.PERSON
					|| !masked.get(p).substring(0, mentions.getFirst().start()).isBlank()
					|| mentions.getFirst().possessive()) {
				return null;
			}
			for (Tokens.Token token : passage.tokens()) {
				if (SpeechCues.isCue(token.key()) || SpeechCues.ADDRESSING.contains(token.key())) {
					return null; // "Nasrallah said:" leads in a quotation
				}
			}
			Mention name = mentions.getFirst();
			String after = masked.get(p).substring(name.end()).strip();
			if (!after.equals(":") && !after.startsWith(",")) {
				return null; // "Khamenei and the Americans:" is a heading
			}
			// The words under it speak in the first person: "Libby Schaaf, the mayor of
			// Oakland, also spoke out against Trump:" over a paragraph of facts is no
			// turn.
			boolean firstPerson = false;
			for (Tokens.Token token : tokens(texts.get(p + 1))) {
				firstPerson |= FIRST_PERSON.contains(token.key()) && (token.capitalised() || !token.key().equals("i"));
			}
			Speaker speaker = coreference.speakerOf(name, position(flow, p, name.start()));
			return firstPerson && speaker.kind() == SpeakerKind.PERSON ? new OpenTurn(speaker, name.asWritten(), 0.8)
					: null;
		}

		/** Words of someone speaking for themselves. */
		private static final Set<String> FIRST_PERSON = Set.of("i", "we", "us", "our", "my", "me");

		/** Most characters of a label alone on its line. */
		private static final int MAX_LABEL_ALONE = 200;

		/**
		 * Whether paragraph p can go on with the open turn: it has words, opens with no
		 * quotation mark, and no quotation runs into it from before.
		 */
		private boolean goesOnWithTurn(int p, List<QuoteSpan> spans, int next) {
			String text = texts.get(p).strip();
			boolean runInto = next > 0 && spans.get(next - 1).lastParagraph() >= p;
			boolean opensQuoted = next < spans.size() && spans.get(next).firstParagraph() == p
					&& masked.get(p).substring(0, spans.get(next).open()).isBlank();
			// Not a label or a button under the transcript: "Share this Clip:"; nor
			// another
			// speaker's turn whose label names nobody the transcript knows ("Another
			// guest:
			// You claim …").
			return QuoteClassifier.words(text) >= 4 && !endsWithLeadInColon(text) && !runInto && !opensQuoted
					&& !TranscriptLines.opensWithLabel(text) && !editorsNote(text)
					&& !ANNOUNCED_SPEECH.matcher(text).lookingAt() && !NAMED_SPEECH.matcher(text).lookingAt();
		}

		/**
		 * Whether a paragraph is the editor's note in square brackets that a transcript
		 * sets between the speaker's words
		 * ({@code [Nasrallah begins by praising God …]}), or opens or closes one that
		 * runs over paragraphs; not an omission ("[…] Before addressing the subject …").
		 */
		private static boolean editorsNote(String text) {
			int close = text.indexOf(']');
			if (text.startsWith("[")) {
				return close < 0 || close == text.length() - 1;
			}
			return text.endsWith("]") && text.indexOf('[') < 0;
		}

		/**
		 * A paragraph without label or quotation marks after a transcript's turn is more
		 * of that speaker's words: {@code Muhammad Al-Rashed: Since this morning's
		 * announcement ...} then {@code The terrorist Iran is the last that should talk
		 * about human rights ...}. Only in an announced transcript (see
		 * {@link #announcedTranscript}).
		 */
		private void continueTurn(int p) {
			String text = texts.get(p).strip();
			List<FootnoteRef> own = refs.get(p);
			Integer note = own.isEmpty() ? null : own.getLast().number();
			add(position(flow, p, 0), new Quote(text, openTurn.speaker(), openTurn.label(), ":", section, p, note,
					QuoteKind.DIRECT, round(openTurn.confidence() * 0.9)));
		}

		private void attribute(QuoteSpan span, QuoteSpan previous, QuoteSpan following) {
			int p = span.firstParagraph();
			int open = span.open();
			String text = masked.get(p);
			Passage passage = passages.get(p);
			int[] starts = sentences.get(p);
			int sentenceStart = starts[Sentences.indexOf(starts, open)];
			int clauseFrom = Math.max(sentenceStart, open - SpeakerTagMatcher.MAX_CLAUSE);
			for (int i = open - 1; i >= clauseFrom; i--) {
				if (text.charAt(i) == ';' && !SEMICOLON_FOR_COLON.matcher(text).region(i, open).matches()) {
					clauseFrom = i + 1;
					break;
				}
			}
			int cueFrom = clauseFrom;
			// A tag before the previous quotation is not this one's, unless that was a
			// term inside the
			// same clause: Rubio said that by refusing to say "radical Islam," Democrats
			// are "...".
			if (previous != null && previous.lastParagraph() == p && previous.after() <= open
					&& !terms.contains(previous)) {
				cueFrom = Math.max(cueFrom, previous.after());
			}
			long position = position(flow, p, open);
			Integer note = note(p, open, span.lastParagraph(), span.close());
			String quoteText = span.text();
			boolean startsSentence = Chars.blankBefore(text, open, clauseFrom);
			// A digest's topic label ("Regarding …:") names no speaker: the quotation
			// after
			// it goes on like one opening the paragraph.
			boolean startsParagraph = Chars.blankBefore(text, open, 0)
					|| SpeakerTagMatcher.topicLabelBefore(passage, open)
					|| LIST_NUMBER.matcher(text).region(0, open).matches()
					|| EDITORS_NOTE_ALONE.matcher(text).region(0, open).matches();

			if (!span.multiParagraph() && (QuoteClassifier.isTerm(quoteText, passage, open)
					|| span.closed() && (QuoteClassifier.isModifyingName(quoteText, passage, open, span.after())
							|| QuoteClassifier.namedATermAfter(passages.get(span.lastParagraph()), span.after())))) {
				addTerm(position, quoteText, p, note, 0.9);
				terms.add(span);
				return;
			}
			double factor = 1.0;
			Tag tag = SpeakerTagMatcher.before(passage, clauseFrom, cueFrom, open);
			int tagParagraph = p;
			int tagClauseFrom = clauseFrom;
			if (tag != null && span.closed() && quoteText.endsWith(",") && closingTagOutweighs(tag, span, following)) {
				// "In 2009, when Obama offered states money ..., "...," DeSantis said.":
				// a tag
				// that ends the sentence right after the quotation outweighs a speech
				// verb
				// further back; "...," X said the two cases differ opens a new one.
				// Not an outlet's "reported": "Khamenei said that "…," Mehr reported"
				// relays what Khamenei said.
				tag = null;
			}
			if (tag != null && tag.cue().equals(":") && tag.subject().type() == SubjectType.NAMED && span.closed()
					&& quoteText.endsWith(",")) {
				// A label before a quotation with its own tag: in "Asrar: "…," said
				// Ali Akbar Salehi." a paper quotes someone, who speaks; "he said"
				// would be the label's own.
				Tag after = SpeakerTagMatcher.after(passages.get(span.lastParagraph()), span.after(),
						tagUntil(span, following));
				if (after != null && after.subject().type() != SubjectType.PRONOUN
						&& (after.adjacent() || closesSentence(after, span, following))) {
					tag = null;
				}
			}
			if (tag == null && span.closed()) {
				int last = span.lastParagraph();
				int until = tagUntil(span, following);
				tag = SpeakerTagMatcher.after(passages.get(last), span.after(), until);
				if (tag != null && last == p && FollowingTags.inverted(passages.get(last), span.after(), tag)
						&& !FollowingTags.setOff(text, clauseFrom, open)
						&& !FollowingTags.endsSetOff(quoteText, text, span)) {
					// "The US mission on Sunday "unequivocally" condemned the attack": a
					// quotation run into a clause that has its subject already is no
					// "..., said X" - the words after the verb are its object. Set off by
					// a comma it is one: "The answers are "not meeting the demand," says
					// Paul Rieckhoff".
					tag = null;
				}
				if (tag == null && !span.multiParagraph()) {
					// A tag closing the sentence is every quotation's in it: "The promise
					// to
					// "..." and "..." appeals to ..., said Alan Abramowitz."
					tag = SpeakerTagMatcher.closing(passages.get(last), span.after(), tagUntil(span, null));
					if (tag != null) {
						factor = 0.85;
					}
				}
				if (tag != null) {
					tag = new Tag(tag.cue(), tag.subject(), tag.adjacent(), startsSentence, true, tag.end());
					tagParagraph = last;
				}
			}
			if (tag == null && span.closed() && startsParagraph) {
				tag = followingTags.signedOnItsLine(span);
			}
			if (tag == null && span.closed()) {
				// "“Tonight, we returned to fighting in Gaza.” That's what
				// Israeli Defense Minister Israel Katz said after …": the next
				// sentence names who said it.
				int last = span.lastParagraph();
				String after = masked.get(last);
				Matcher what = THATS_WHAT.matcher(after).region(span.after(), after.length());
				Tag said = what.lookingAt() ? SpeakerTagMatcher.openingSubject(passages.get(last), what.end(),
						Math.min(after.length(), what.end() + SpeakerTagMatcher.MAX_CLAUSE)) : null;
				if (said != null && SpeechCues.isCue(said.cue().toLowerCase(Locale.ROOT))) {
					tag = new Tag(said.cue(), said.subject(), false, startsSentence, true, said.end());
					tagParagraph = last;
				}
			}
			// A news site's label for the quotation ("Quote: "…""), the story's source
			// named
			// above it.
			int source = tag == null && BlockRules.QUOTE_LABEL.matcher(text.substring(0, open).strip()).matches()
					? sourceLine(p) : -1;
			if (source >= 0) {
				// "Source: Yermak on Telegram" over "Quote: "…"": the source line names
				// who is quoted.
				Mention named = passages.get(source).mentions().getFirst();
				tag = new Tag(":", Subject.named(named), true, true, false, named.end());
				tagParagraph = source;
				tagClauseFrom = 0;
			}
			// Words that go on with the previous quotation's speaker keep that speaker,
			// whoever the sentence after them names.
			Attribution goesOn = tag == null ? continuation(p, open) : null;
			// Also a quotation of several paragraphs: "“… ¶ “… in common.” David Sassoli
			// wrote in a tweet".
			if (tag == null && goesOn == null && span.closed() && startsSentence) {
				tag = followingTags.taggedInNextSentence(span, following);
				if (tag != null) {
					tag = new Tag(tag.cue(), tag.subject(), tag.adjacent(), true, true, tag.end());
					factor = 0.9;
				}
			}
			if (tag == null && span.closed() && startsParagraph) {
				tag = followingTags.signedBelow(span);
				if (tag == null) {
					tag = followingTags.soSaidBelow(span);
				}
				if (tag != null) {
					tagParagraph = span.lastParagraph() + 1;
					tagClauseFrom = 0;
				}
			}
			Attribution attribution = null;
			// A speech verb after the quotation in its own sentence is its own tag, even
			// one too tangled to read: no earlier speaker may then take the quotation.
			boolean ownTag = tag == null && span.closed() && cueAfter(span);
			Attribution bracketed = null;
			if (tag == null && span.closed()) {
				attribution = bracketed = bracketedSource(span, startsParagraph);
			}
			if (tag == null && goesOn != null && bracketed != null && !startsParagraph && startsSentence
					&& bracketed.speaker().kind() == SpeakerKind.OUTLET
					&& CREDIT_ENDING_PARAGRAPH.matcher(masked.get(span.lastParagraph()))
						.region(span.after(), masked.get(span.lastParagraph()).length())
						.matches()) {
				// "…," he said. "We will make sure …" (Yonhap): the wire's credit ending
				// the story, where the speaker goes on.
				attribution = bracketed = null;
			}
			if (tag == null && attribution == null) {
				attribution = goesOn;
			}
			if (tag == null && attribution == null && startsParagraph && p > 0 && !ownTag) {
				attribution = nextParagraph(p);
			}
			// "Khamenei spoke about Ashura:" over ""…" (IRNA)": the outlet in brackets is
			// where the words were reported; the person the lead-in names, or who spoke
			// the quoted paragraphs above, said them.
			Attribution credited = attribution != null && attribution == bracketed
					&& attribution.speaker().kind() == SpeakerKind.OUTLET ? attribution : null;
			int lead = p > 0 ? pastTopicLines(p - 1) : -1;
			int quotedAbove = p > 0 ? pastOmissions(lead) : -1;
			if (tag == null && (attribution == null || credited != null) && startsParagraph && quotedAbove >= 0
					&& (quotationOnly(masked.get(quotedAbove)) || labelledQuotation(masked.get(quotedAbove)))
					&& lastInParagraph.get(quotedAbove) != null
					&& (credited == null || personSpeaks(lastInParagraph.get(quotedAbove)))) {
				// Quoted paragraphs one after another under one lead-in, or under a
				// speaker's label, share its speaker, also over an omission between them
				// ("Saleh Al-Arouri: "…" [...] "…"").
				Attribution above = lastInParagraph.get(quotedAbove);
				attribution = new Attribution(above.speaker(), above.asWritten(), above.cue(), above.confidence(), p,
						-1, false);
				credited = null;
			}
			int announcedLead = -1;
			if (tag == null && (attribution == null || credited != null) && startsParagraph && p > 0) {
				int[] leadStarts = sentences.get(lead);
				int leadFrom = leadStarts[leadStarts.length - 1];
				tag = leadIn(lead, leadFrom);
				if (tag != null) {
					tag = new Tag(tag.cue(), tag.subject(), tag.adjacent(), true, false, tag.end());
					tagParagraph = lead;
					tagClauseFrom = leadFrom;
					factor = 0.8;
				}
				announcedLead = leadFrom;
			}
			if (tag != null) {
				attribution = resolve(tag, tagParagraph, tagClauseFrom);
				if (credited != null && !personSpeaks(attribution)) {
					attribution = credited;
					tag = null;
					announcedLead = -1;
				}
			}
			if (tag != null && tag.subject().type() == SubjectType.PRONOUN && attribution != null
					&& attribution.speaker() != null) {
				// "Andrabi asserted that Pakistan had never eschewed dialogue …" then,
				// after another minister's words, ""Pakistan has never eschewed dialogue
				// …," he said": the words the report already gave someone are theirs.
				Attribution echoed = echoedParaphrase(quoteText, p, open);
				if (echoed != null && !echoed.speaker().equals(attribution.speaker())
						&& echoed.speaker().kind() == SpeakerKind.PERSON) {
					Speaker wrong = attribution.speaker();
					attribution = new Attribution(echoed.speaker(), attribution.asWritten(), attribution.cue(),
							attribution.confidence(), attribution.paragraph(), attribution.tagEnd(),
							attribution.trailing());
					// The pronoun meant them: the next "he said" goes on with them.
					long pronounAt = position(flow, tagParagraph, tag.subject().start());
					tracker.forget(pronounAt, wrong.name());
					tracker.add(pronounAt, echoed.speaker(), tag.subject().asWritten(),
							coreference.genderOf(echoed.speaker(), echoed.speaker().role()), true);
				}
			}
			if (announcedLead >= 0 && tag != null && tag.subject().key() != null
					&& WRITINGS.contains(tag.subject().key())) {
				// "… excerpts from the article:" after "In an article
				// titled …, the editor … Muhammad 'Abd Al-Hadi 'Allam,
				// slammed the Washington Post": the article is Allam's.
				Attribution writer = writerOf(lead, tag.subject().key());
				attribution = writer != null ? writer : attribution;
			}
			if (announcedLead >= 0 && (attribution == null || attribution.speaker() == null)) {
				// "The following are excerpts:", or "Following are excerpts from the
				// editorial:" where the editorial's writer goes unnamed.
				Attribution announced = announcedByTheSentenceBefore(lead, announcedLead);
				attribution = announced != null ? announced : attribution;
			}
			if (announcedLead >= 0 && (attribution == null || attribution.speaker() == null)) {
				Attribution writer = writerOfExcerptedPiece(lead);
				attribution = writer != null ? writer : attribution;
			}
			if (announcedLead >= 0 && (attribution == null || attribution.speaker() == null)
					&& quotationOnly(masked.get(p))) {
				Attribution sole = onlyPersonOfColonLead(lead);
				attribution = sole != null ? sole : attribution;
			}
			if (tag == null && attribution == null && p == 0 && leadOverHeadings != null && headingPerson == null
					&& quotationOnly(masked.get(p))) {
				// "The following are excerpted remarks by Khamenei on …" then headings
				// ("The United States and the West") over quotations alone.
				attribution = new Attribution(leadOverHeadings.speaker(), leadOverHeadings.asWritten(),
						leadOverHeadings.cue(), leadOverHeadings.confidence() * 0.9, p, -1, false);
			}
			String openingPronoun = tag == null && attribution == null && !ownTag && !startsSentence
					? pronounOpeningTheSentence(p, sentenceStart, open) : null;
			if (tag == null && attribution == null && !ownTag
					&& (startsSentence || openingPronoun != null || nobodyOpensTheSentence(p, sentenceStart, open))) {
				// Reporting prose: "Green says closing campuses is unsustainable. "This
				// approach ..."" -
				// an untagged quotation opening a sentence goes on from the speaker of
				// the sentence before.
				int sentence = Sentences.indexOf(starts, open);
				if (sentence > 0 && sentenceStart - starts[sentence - 1] < SpeakerTagMatcher.MAX_CLAUSE
						&& quotationFreeButTerms(text, starts[sentence - 1], sentenceStart, previous)) {
					Tag before = SpeakerTagMatcher.before(passage, starts[sentence - 1], starts[sentence - 1],
							sentenceStart);
					if (before == null && quotationOnly(masked.get(p).substring(sentenceStart))) {
						// "But Scarborough was just as stubborn. "Have you talked to
						// Fox News?"": a quotation ending the paragraph after a sentence
						// about a person, as one alone in the next paragraph.
						// "On February 15, Varro issued a statement …": the subject after
						// an opening clause.
						int clauseEnd = coreference.openingClauseEnd(p, starts[sentence - 1], sentenceStart);
						int subjectFrom = clauseEnd < 0 ? starts[sentence - 1] : clauseEnd + 1;
						before = SpeakerTagMatcher.openingSubject(passage, subjectFrom, sentenceStart);
					}
					if (before == null && quotationOnly(masked.get(p).substring(sentenceStart))) {
						// "On February 15, the State Department issued a statement on …
						// "The United States calls on …"": the statement's words.
						attribution = issuedInSentence(p, starts[sentence - 1], sentenceStart, p);
					}
					if (before != null) {
						Attribution previousSpeaker = resolve(before, p, starts[sentence - 1]);
						if (previousSpeaker != null && previousSpeaker.speaker() != null && openingPronoun != null
								&& !pronounFits(openingPronoun, previousSpeaker.speaker())) {
							previousSpeaker = null;
						}
						if (previousSpeaker != null && previousSpeaker.speaker() != null) {
							attribution = new Attribution(previousSpeaker.speaker(), previousSpeaker.asWritten(),
									previousSpeaker.cue(), previousSpeaker.confidence() * 0.6, p, -1, false);
							tag = new Tag(before.cue(), before.subject(), false, true, false, before.end());
						}
					}
				}
			}
			if (tag == null && attribution == null && !ownTag && startsSentence && !startsParagraph) {
				attribution = sameSpeakerAfterOneSentence(p, open, starts);
			}
			if (tag == null && attribution == null && startsParagraph && p > 0 && !ownTag) {
				attribution = leadInSentence(p);
			}
			if (tag == null && attribution == null && !ownTag && summarized != null) {
				attribution = summarized;
			}
			if (tag == null && attribution == null && !ownTag && headingPerson != null
					&& QuoteClassifier.words(quoteText) >= 3) {
				attribution = new Attribution(headingPerson, headingPerson.name(), null, HEADING_PERSON, p, -1, false);
			}
			if (attribution != null && tag != null && tag.subject().type() == SubjectType.PRONOUN
					&& namesItsSpeaker(quoteText, attribution.speaker())) {
				attribution = null; // unattributed rather than wrong
			}
			if (attribution == null) {
				untagged(span, quoteText, position, p, note, startsSentence, tag != null);
				return;
			}
			QuoteKind kind = span.multiParagraph() ? QuoteKind.BLOCK
					: tag == null || tag.direct() ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
			double confidence = attribution.confidence() * factor - (kind == QuoteKind.PARTIAL ? 0.05 : 0);
			if (attribution.speaker() == null) {
				confidence = Math.min(confidence, 0.3);
			}
			add(position,
					new Quote(QuoteClassifier.clean(quoteText, kind, span.closed()), attribution.speaker(),
							attribution.asWritten(), attribution.cue(), section, footnote == null ? p : null, note,
							kind, round(confidence)));
			int tagEnd = tag != null && tag.trailing() ? tag.end() : -1;
			lastInParagraph.put(span.lastParagraph(),
					new Attribution(attribution.speaker(), attribution.asWritten(), attribution.cue(),
							attribution.confidence() * factor, span.lastParagraph(), tagEnd, tagEnd >= 0,
							Math.max(tagEnd, span.after())));
		}

		/**
		 * The speaker of the quotation before, in this paragraph, when only one sentence
		 * naming nobody stands between it and this one ("… says Tony Badran, "will
		 * essentially be militia heads …" This leadership will exist alongside notables
		 * …. "If we learned anything from Iraq …""); null otherwise.
		 */
		private Attribution sameSpeakerAfterOneSentence(int p, int open, int[] starts) {
			Attribution earlier = lastInParagraph.get(p);
			if (earlier == null || earlier.speaker() == null || earlier.end() < 0
					|| earlier.speaker().kind() != SpeakerKind.PERSON) {
				return null;
			}
			int sentence = Sentences.indexOf(starts, open);
			// Exactly one sentence starts between the two quotations.
			if (sentence < 1 || starts[sentence - 1] < earlier.end()
					|| sentence >= 2 && starts[sentence - 2] >= earlier.end()) {
				return null;
			}
			String text = masked.get(p);
			Passage passage = passages.get(p);
			int between = starts[sentence - 1];
			if (!QuoteScanner.quotationFree(text, between, starts[sentence])
					|| passage.firstMentionFrom(earlier.end()) < passage.mentions().size()
							&& passage.mentions().get(passage.firstMentionFrom(earlier.end())).start() < open
					|| pronounOpeningTheSentence(p, between, starts[sentence]) != null) {
				return null;
			}
			return new Attribution(earlier.speaker(), earlier.asWritten(), earlier.cue(),
					earlier.confidence() * SAME_SPEAKER_PAST_A_SENTENCE, p, -1, false);
		}

		/**
		 * How much surer the speaker is past one sentence of the writer's than where
		 * named.
		 */
		private static final double SAME_SPEAKER_PAST_A_SENTENCE = 0.5;

		/**
		 * Whether the quotation names the person a "he said" went back to, with a title
		 * or a given name before the surname ("Ambassador Crocker now knows ..."): people
		 * rarely speak of themselves so, so the pronoun found the wrong antecedent, most
		 * likely the one whose description ("The 57-year-old Shiite said") the tracker
		 * could not read. A surname alone stays possible ("the Trump supporters").
		 */
		private static boolean namesItsSpeaker(String quoteText, Speaker speaker) {
			if (speaker == null || speaker.kind() != SpeakerKind.PERSON) {
				return false;
			}
			List<String> names = List.of(speaker.name().split(" "));
			String surname = names.getLast();
			if (surname.length() <= 2) {
				return false;
			}
			Matcher named = Pattern.compile("\\b(\\p{Lu}[\\p{L}.]*)\\s+" + Pattern.quote(surname) + "\\b")
				.matcher(quoteText);
			while (named.find()) {
				String before = named.group(1);
				if (NameVocabulary.isTitle(before) || names.subList(0, names.size() - 1).contains(before)) {
					return true;
				}
			}
			return false;
		}

		/** Whether a tag after the quotation leaves nothing but a short adverbial. */
		private boolean closesSentence(Tag tag, QuoteSpan span, QuoteSpan following) {
			if (tag == null || tag.cue().equals("according to")) {
				return false; // "X said the order was "...," according to the report": X
			}
			int until = tagUntil(span, following);
			String rest = masked.get(span.lastParagraph()).substring(Math.min(tag.end(), until), until).strip();
			if (rest.indexOf(QuoteScanner.MASK) >= 0) {
				return false;
			}
			// "…," Anatol Lieven writes in reference to the fact that …: an adverbial
			// after the verb goes on with its tag, where "X said the two cases differ"
			// opens a clause of its own.
			int space = rest.indexOf(' ');
			return rest.length() <= 30 || space > 0 && TAG_ADVERBIAL_OPENERS.contains(rest.substring(0, space));
		}

		/** Prepositions opening an adverbial that goes on with a tag after its verb. */
		private static final Set<String> TAG_ADVERBIAL_OPENERS = Set.of("in", "on", "at", "during", "after", "before",
				"about", "from", "with", "for", "while", "when");

		/**
		 * Where a tag after the quotation may end: its sentence's end, or the next
		 * quotation's opening mark.
		 */
		private int tagUntil(QuoteSpan span, QuoteSpan following) {
			int last = span.lastParagraph();
			int[] lastStarts = sentences.get(last);
			int until = Sentences.end(lastStarts, Sentences.indexOf(lastStarts, span.close()),
					masked.get(last).length());
			if (following != null && following.firstParagraph() == last) {
				until = Math.min(until, following.open());
			}
			return until;
		}

		/**
		 * The speaker of an earlier sentence of the flow that reports, in the author's
		 * words, what the quotation says: a run of {@link #ECHO_WORDS} words of the
		 * quotation outside any quotation, in a sentence whose tag before the run names a
		 * person ({@code Tahir Hussain Andrabi asserted on Friday that Pakistan had never
		 * eschewed dialogue with any government in Kabul}). Null when none.
		 */
		private Attribution echoedParaphrase(String quoteText, int p, int open) {
			List<Tokens.Token> quoted = Tokens.of(quoteText);
			if (quoted.size() < ECHO_WORDS) {
				return null;
			}
			// Where each word opens a run of the quotation, to compare only there.
			Map<String, List<Integer>> runStarts = new HashMap<>();
			for (int i = 0; i + ECHO_WORDS <= quoted.size(); i++) {
				runStarts.computeIfAbsent(quoted.get(i).key(), key -> new ArrayList<>()).add(i);
			}
			for (int q = 0; q <= p; q++) {
				Passage passage = passages.get(q);
				List<Tokens.Token> tokens = passage.tokens();
				int end = q == p ? open : masked.get(q).length();
				for (int t = 0; t + ECHO_WORDS <= tokens.size() && tokens.get(t + ECHO_WORDS - 1).end() <= end; t++) {
					List<Integer> starts = runStarts.get(tokens.get(t).key());
					if (starts == null || !sameRun(quoted, starts, tokens, t)) {
						continue;
					}
					int[] sentenceStarts = sentences.get(q);
					int sentenceStart = sentenceStarts[Sentences.indexOf(sentenceStarts, tokens.get(t).start())];
					Tag tag = SpeakerTagMatcher.before(passage, sentenceStart, sentenceStart, tokens.get(t).start());
					if (tag == null || tag.subject().type() != SubjectType.NAMED) {
						return null;
					}
					Attribution reporter = resolve(tag, q, sentenceStart);
					return reporter == null || reporter.speaker() == null ? null : reporter;
				}
			}
			return null;
		}

		/**
		 * Whether the {@link #ECHO_WORDS} words from token t are those of the quotation
		 * from one of its starts.
		 */
		private static boolean sameRun(List<Tokens.Token> quoted, List<Integer> starts, List<Tokens.Token> tokens,
				int t) {
			for (int start : starts) {
				int k = 1;
				while (k < ECHO_WORDS && quoted.get(start + k).key().equals(tokens.get(t + k).key())) {
					k++;
				}
				if (k == ECHO_WORDS) {
					return true;
				}
			}
			return false;
		}

		/**
		 * A list item's number or bullet before a quotation that opens the item: a
		 * digest's {@code 1. "…" – Salman Al-Dossary, Al-Sharq al-Awsat, 6/8/2019}.
		 */
		private static final Pattern LIST_NUMBER = Pattern.compile("\\s*(?:\\d{1,3}[.)]|[•·▪●◦‣*])\\s*");

		/**
		 * An editor's note in brackets before a quotation, which opens its paragraph all
		 * the same: "[At this point the broadcast is interrupted.] "Oh beloved of …"".
		 */
		private static final Pattern EDITORS_NOTE_ALONE = Pattern.compile("\\s*\\[[^\\[\\]]{1,200}\\]\\s*");

		/** Words a quotation shares with the author's report of it. */
		private static final int ECHO_WORDS = 6;

		/**
		 * A paragraph that opens with an untagged quotation right after a paragraph that
		 * ends with an attributed one: {@code "...," said Robert Antonacci.} then
		 * {@code "Who cares? ..."} - news prose goes on quoting the same person.
		 */
		private Attribution nextParagraph(int p) {
			Attribution previous = lastInParagraph.get(p - 1);
			if (previous == null || previous.end() < 0 || previous.speaker() == null && previous.asWritten() == null) {
				return null;
			}
			String above = masked.get(p - 1);
			int from = Math.min(previous.end(), above.length());
			if (!QuoteScanner.quotationFree(above, from, above.length())
					|| above.length() - from > 150 && !tagSentenceEnds(p - 1, from)) {
				return null;
			}
			int[] aboveStarts = sentences.get(p - 1);
			if (aboveStarts[aboveStarts.length - 1] >= from && endsWithLeadInColon(above)) {
				// A sentence of its own after the quotation leads in what
				// follows ("In an article, his deputy Ada Lind wrote:").
				return null;
			}
			return new Attribution(previous.speaker(), previous.asWritten(), previous.cue(),
					previous.confidence() * 0.75, p, -1, false);
		}

		/** Whether an attribution names a person as the speaker. */
		private static boolean personSpeaks(Attribution attribution) {
			return attribution != null && attribution.speaker() != null
					&& attribution.speaker().kind() == SpeakerKind.PERSON;
		}

		/**
		 * Whether the words after a trailing tag only finish the tag's own sentence, the
		 * paragraph's last, with no other speech verb: {@code "...," Adelson said during
		 * the interview in Macau, the world's largest gambling hub, ahead of ...} -
		 * however long, they say where and when, and the speaker is still the one
		 * talking.
		 */
		private boolean tagSentenceEnds(int p, int from) {
			int[] starts = sentences.get(p);
			if (starts[starts.length - 1] > from) {
				return false;
			}
			Passage passage = passages.get(p);
			List<Tokens.Token> tokens = passage.tokens();
			for (int t = passage.firstTokenFrom(from); t < tokens.size(); t++) {
				if (SpeechCues.isCue(tokens.get(t).key())) {
					return false;
				}
			}
			return true;
		}

		/**
		 * Whether a speech verb follows the quotation in the rest of its sentence: it has
		 * a tag of its own then, even one too tangled to read ("...," the Vermont senator
		 * and candidate told ABC), and no earlier speaker may take it.
		 */
		private boolean cueAfter(QuoteSpan span) {
			int last = span.lastParagraph();
			int[] starts = sentences.get(last);
			int until = Sentences.end(starts, Sentences.indexOf(starts, span.close()), masked.get(last).length());
			Passage passage = passages.get(last);
			List<Tokens.Token> tokens = passage.tokens();
			int first = passage.firstTokenFrom(span.after());
			for (int t = first; t < tokens.size() && tokens.get(t).start() < until; t++) {
				String key = tokens.get(t).key();
				if (t == first && key.endsWith("ing")) {
					// "…," adding that "…": a participle right after the quotation has
					// no subject of its own and hangs on its speaker.
					continue;
				}
				if (SpeechCues.isCue(key) || key.equals("read") || key.equals("reads")) {
					return true;
				}
			}
			return false;
		}

		/**
		 * A paragraph that opens with an untagged quotation after a paragraph whose last
		 * sentence reports what someone said, without quoting it: {@code Rep. Jerry
		 * Nadler, a Democrat from New York, said the inquiry had gone too far.} then
		 * {@code "..."} - the quotation gives that speaker's own words.
		 */
		private Attribution leadInSentence(int p) {
			int[] aboveStarts = sentences.get(p - 1);
			boolean quotationOnly = quotationOnly(masked.get(p));
			Attribution reporting = reportingSentence(p - 1, aboveStarts[aboveStarts.length - 1],
					masked.get(p - 1).length(), quotationOnly, p);
			return reporting != null || !quotationOnly ? reporting
					: issuedInSentence(p - 1, aboveStarts[aboveStarts.length - 1], masked.get(p - 1).length(), p);
		}

		/**
		 * The issuer of a statement, letter or message that a sentence ({@code from} to
		 * {@code to} of paragraph q) says was published, issued or released, when a
		 * quotation alone follows it: its words are the document's. Null when the
		 * sentence says no such thing or its subject is unknown.
		 */
		private Attribution issuedInSentence(int q, int from, int to, int quoteParagraph) {
			String text = masked.get(q);
			if (!QuoteScanner.quotationFree(text, from, to)) {
				return null;
			}
			Matcher issued = ISSUED_ANY.matcher(text).region(from, to);
			if (!issued.find()) {
				return null;
			}
			int verb = issued.start();
			int subjectFrom = from;
			Matcher that = THAT.matcher(text).region(from, verb);
			while (that.find()) {
				subjectFrom = that.end(); // "AFP reported that Oman issued a statement"
			}
			Subject issuer = TagSubjects.subject(passages.get(q), subjectFrom, verb);
			Attribution resolved = issuer == null ? null
					: resolve(new Tag("issued", issuer, false, true, false, verb), q, subjectFrom);
			return resolved == null || resolved.speaker() == null ? null : new Attribution(resolved.speaker(),
					resolved.asWritten(), "issued", Math.min(0.6, resolved.confidence()), quoteParagraph, -1, false);
		}

		/**
		 * The speaker of a sentence ({@code from} to {@code to} of paragraph q) that
		 * reports someone's words without quoting them, whose own words follow it: its
		 * subject, near its start or the end of an opening clause, with a speech verb, or
		 * with any verb when {@code anyVerb} (what follows is then plainly that subject's
		 * text). Null when the sentence is long, holds a quotation longer than a term, is
		 * a headline or has no such subject.
		 */
		private Attribution reportingSentence(int q, int from, int to, boolean anyVerb, int quoteParagraph) {
			return termsOnly(masked.get(q), from, to)
					? reportingSentenceQuoting(q, from, to, anyVerb, quoteParagraph, MAX_SUBJECT_WORDS) : null;
		}

		/** How many words may stand before the subject of a lead-in sentence's verb. */
		private static final int MAX_SUBJECT_WORDS = 8;

		/**
		 * {@link #reportingSentence} for a sentence that may quote anything, such as the
		 * title of the piece it introduces, its subject at most {@code maxBefore} words
		 * from its start or its opening clause's end.
		 */
		private Attribution reportingSentenceQuoting(int q, int from, int to, boolean anyVerb, int quoteParagraph,
				int maxBefore) {
			String above = masked.get(q);
			if (to - from > SpeakerTagMatcher.MAX_CLAUSE || headline(above)) {
				return null;
			}
			Passage passage = passages.get(q);
			Tag before = SpeakerTagMatcher.before(passage, from, from, to);
			// The speaker is the sentence's subject, near its start or the end of an
			// opening clause: "Lin praised ... in a heavily Democratic state." is Lin's
			// lead-in, not the state's; "When asked to comment on the developments in
			// Tunisia, Khatibzadeh said ..." is Khatibzadeh's.
			int clauseEnd = coreference.openingClauseEnd(q, from, to);
			int subjectFrom = clauseEnd < 0 ? from : clauseEnd;
			// Where the main clause's subject starts: past the comma closing the opening
			// clause.
			int subjectStart = clauseEnd < 0 || passage.firstTokenFrom(clauseEnd) >= passage.tokens().size() ? from
					: passage.tokens().get(passage.firstTokenFrom(clauseEnd)).start();
			if (before != null && before.subject().type() == SubjectType.ELIDED) {
				// "Jamal Khashoggi argues the Houthis have support and believes Riyadh
				// should …": the last verb's subject is the sentence's, after an opening
				// clause ("In his remarks, Erdogan compared ... and said").
				before = SpeakerTagMatcher.openingSubject(passage, subjectStart, to);
			}
			if (before == null && anyVerb) {
				// "Ada Lin is upbeat about the vote." then a paragraph that is only a
				// quotation: its words are what the sentence's subject says about it.
				before = SpeakerTagMatcher.openingSubject(passage, subjectStart, to);
			}
			if (before == null || !LEAD_IN_SUBJECTS.contains(before.subject().type())
					|| passage.firstTokenFrom(before.subject().start())
							- passage.firstTokenFrom(subjectFrom) > maxBefore) {
				// "…, Ali Larijani said.": the speaker's tag closes the sentence, which
				// opens with no one else doing something ("The governor praised …, Tom
				// Harkin said." may lead in the governor's words as well as his).
				before = SpeakerTagMatcher.closing(passage, from, to);
				if (before == null || !LEAD_IN_SUBJECTS.contains(before.subject().type())
						|| someoneElseFirst(passage, subjectStart, before.subject().start())) {
					return null;
				}
			}
			Attribution speaker = resolve(before, q, from);
			if (speaker == null || speaker.speaker() == null) {
				return null;
			}
			return new Attribution(speaker.speaker(), speaker.asWritten(), speaker.cue(), speaker.confidence() * 0.6,
					quoteParagraph, -1, false);
		}

		/**
		 * Whether a person is named between {@code from} and {@code until}, or a
		 * description of a person or a body opens the sentence there ("The governor", "A
		 * county official").
		 */
		private static boolean someoneElseFirst(Passage passage, int from, int until) {
			for (int m = passage.firstMentionFrom(from); m < passage.mentions().size()
					&& passage.mentions().get(m).start() < until; m++) {
				if (passage.mentions().get(m).kind() == SpeakerKind.PERSON) {
					return true;
				}
			}
			return SpeakerDescriptions.openingDescription(passage, from, passage.firstTokenFrom(until)) != null;
		}

		/**
		 * The speaker of the text after a lead that announces it and names nobody ("The
		 * following are excerpts:", the last sentence of paragraph q, starting at
		 * {@code from}): the subject of the sentence before it, which says whose text it
		 * is ("... the newspaper's editor-in-chief Tariq Al-Homayed criticized Qatar's
		 * role. The following are excerpts:").
		 */
		private Attribution announcedByTheSentenceBefore(int q, int from) {
			String lead = masked.get(q);
			if (!(endsWithLeadInColon(lead) || endsWithFullStop(lead))
					|| !ANNOUNCED_TEXT.matcher(lead.substring(from)).find()) {
				return null;
			}
			int[] starts = sentences.get(q);
			int sentence = Sentences.indexOf(starts, from);
			if (sentence > 0) {
				return reportingSentence(q, starts[sentence - 1], from, true, q + 1);
			}
			if (q == 0) {
				return null;
			}
			int[] aboveStarts = sentences.get(q - 1);
			return reportingSentence(q - 1, aboveStarts[aboveStarts.length - 1], masked.get(q - 1).length(), true,
					q + 1);
		}

		/**
		 * The person a recent sentence introduces as writing the piece a lead names ("In
		 * an article titled …, Allam slammed …", "In his column, X wrote"): the speaker
		 * of the first sentence in paragraphs q to q - 2 that mentions "a", "an" or
		 * "his"/"her" and the noun and reports with a speech verb; null when there is
		 * none, or when that speaker is no person.
		 */
		private Attribution writerOf(int q, String noun) {
			Pattern introduced = INTRODUCED_WRITINGS.get(noun);
			for (int paragraph = q; paragraph >= Math.max(0, q - 2); paragraph--) {
				String text = masked.get(paragraph);
				int[] starts = sentences.get(paragraph);
				for (int s = 0; s < starts.length; s++) {
					int end = Sentences.end(starts, s, text.length());
					Matcher piece = introduced.matcher(text).region(starts[s], end);
					if (!piece.find()) {
						continue;
					}
					// The piece's title may stand in the clause before the writer.
					Attribution writer = reportingSentenceQuoting(paragraph, starts[s], end, false, q + 1,
							Integer.MAX_VALUE);
					if (writer != null) {
						// A paper's editorial is the paper's: no writer of it.
						return writer.speaker().kind() == SpeakerKind.PERSON ? writer : null;
					}
					if (piece.group().regionMatches(true, 0, "his ", 0, 4)
							|| piece.group().regionMatches(true, 0, "her ", 0, 4)) {
						// "The preacher, Sheikh Quint Varro, based his sermon on …": the
						// person the sentence names before "his" gave it.
						Mention owner = null;
						for (Mention mention : passages.get(paragraph).mentions()) {
							if (mention.start() >= starts[s] && mention.end() <= piece.start() && !mention.possessive()
									&& mention.kind() == SpeakerKind.PERSON) {
								owner = mention;
							}
						}
						if (owner != null) {
							Speaker speaker = coreference.speakerOf(owner, position(flow, paragraph, owner.start()));
							return speaker.kind() == SpeakerKind.PERSON ? new Attribution(speaker, owner.asWritten(),
									noun, WRITER_NAMED_CONFIDENCE, paragraph, -1, false) : null;
						}
					}
					// "In an article in the Saudi daily Okaz, journalist
					// Fahd Al-Dughaither described the attack as "…"":
					// whatever his verb, the first person the sentence
					// names after the piece wrote it.
					for (Mention mention : passages.get(paragraph).mentions()) {
						if (mention.start() >= piece.end() && mention.end() <= end && !mention.possessive()
								&& mention.kind() == SpeakerKind.PERSON) {
							Speaker speaker = coreference.speakerOf(mention,
									position(flow, paragraph, mention.start()));
							return speaker.kind() == SpeakerKind.PERSON ? new Attribution(speaker, mention.asWritten(),
									noun, WRITER_NAMED_CONFIDENCE, paragraph, -1, false) : null;
						}
					}
					// "The following are excerpts from a Friday sermon delivered … in
					// Baghdad." names nobody; the next sentence may name its preacher.
				}
			}
			return SPOKEN.contains(noun) ? namedPreacher(q) : null;
		}

		/**
		 * The person a paragraph at or up to two before q names as the one who gave the
		 * sermon or speech: "This week, the preacher was Sheikh Ibrahim Madhi"; null when
		 * none is named so.
		 */
		private Attribution namedPreacher(int q) {
			for (int paragraph = q; paragraph >= Math.max(0, q - 2); paragraph--) {
				Matcher named = PREACHER_WAS.matcher(masked.get(paragraph));
				while (named.find()) {
					Mention mention = passages.get(paragraph).mentionFrom(named.end());
					if (mention != null && mention.start() == named.end() && mention.kind() == SpeakerKind.PERSON
							&& !mention.possessive()) {
						Speaker speaker = coreference.speakerOf(mention, position(flow, paragraph, mention.start()));
						return speaker.kind() == SpeakerKind.PERSON ? new Attribution(speaker, mention.asWritten(),
								"sermon", WRITER_NAMED_CONFIDENCE, paragraph, -1, false) : null;
					}
				}
			}
			return null;
		}

		/** Pieces given aloud, whose speaker a report may name as "the preacher". */
		private static final Set<String> SPOKEN = Set.of("sermon", "speech", "lecture");

		/** "the preacher was", "the speaker is", right before the person's name. */
		private static final Pattern PREACHER_WAS = Pattern
			.compile("(?i)\\bthe (?:preacher|speaker|imam|khatib|lecturer) (?:was|is) ");

		/**
		 * How sure the writer of a piece is when only named in the sentence introducing
		 * it.
		 */
		private static final double WRITER_NAMED_CONFIDENCE = 0.6;

		/** Pieces a lead may announce excerpts from, which someone wrote or said. */
		private static final Set<String> WRITINGS = Set.of("article", "editorial", "column", "op-ed", "piece", "essay",
				"post");

		/**
		 * Per piece, "an article", "his recent column", "an October 18, 2023 article":
		 * the words that introduce one ("a translation of the article" refers to one).
		 */
		private static final Map<String, Pattern> INTRODUCED_WRITINGS = Stream
			.concat(WRITINGS.stream(), SPOKEN.stream())
			.collect(Collectors.toUnmodifiableMap(noun -> noun, noun -> Pattern
				.compile("(?i)\\b(?:an?|his|her)\\s+(?:(?!the\\b)[\\w-]+,?\\s+){0,4}?" + Pattern.quote(noun) + "\\b")));

		/** The paragraph at or before q that is no omission mark ("[...]") alone. */
		/**
		 * The one person a lead-in ending with a colon names, where its last sentence
		 * says what follows without a speech verb: "In an article …, former Kremlin
		 * advisor Sergey Karaganov pushed back against …. A Cold War required two sides …
		 * and Russia was not a player:" over his quoted paragraphs. Null when the
		 * paragraph names nobody, or more than one person, and when a speech verb in its
		 * last sentence has a subject of its own.
		 */
		private Attribution onlyPersonOfColonLead(int q) {
			if (!endsWithLeadInColon(masked.get(q))) {
				return null;
			}
			int[] starts = sentences.get(q);
			Passage passage = passages.get(q);
			for (Tokens.Token token : passage.tokens()) {
				if (token.start() >= starts[starts.length - 1] && SpeechCues.isCue(token.key())) {
					return null; // its own verb's subject speaks, named or not
				}
			}
			Speaker only = null;
			String asWritten = null;
			for (Mention mention : passage.mentions()) {
				if (mention.kind() != SpeakerKind.PERSON || mention.possessive()) {
					continue;
				}
				Speaker speaker = coreference.speakerOf(mention, position(flow, q, mention.start()));
				if (speaker.kind() != SpeakerKind.PERSON || only != null && !only.name().equals(speaker.name())) {
					return null;
				}
				if (only == null) {
					only = speaker;
					asWritten = mention.asWritten();
				}
			}
			return only == null ? null : new Attribution(only, asWritten, null, SOLE_PERSON_OF_LEAD, q, -1, false);
		}

		/**
		 * The paragraph above the topic lines that end at q: a selection of someone's
		 * remarks sets each under a line of its own, "— On the Iran nuclear deal" or "—
		 * Does Lavrov ever wish …?", which says what the next quotation is about and
		 * quotes nobody. Such a line opens with a dash, is short and quotes nothing; the
		 * lead-in or the quotation above it goes on over it.
		 */
		private int pastTopicLines(int q) {
			int above = q;
			while (above > 0 && topicLine(masked.get(above))) {
				above--;
			}
			return above;
		}

		private static boolean topicLine(String maskedParagraph) {
			String stripped = maskedParagraph.strip();
			return !stripped.isEmpty() && (stripped.charAt(0) == '\u2014' || stripped.charAt(0) == '\u2013')
					&& stripped.indexOf(QuoteScanner.MASK) < 0 && !stripped.endsWith(".")
					&& QuoteClassifier.words(stripped) <= MAX_TOPIC_LINE_WORDS;
		}

		private int pastOmissions(int q) {
			int above = q;
			while (above > 0 && (OMISSION.matcher(texts.get(above)).matches() || unopenedQuotation(texts.get(above)))) {
				above--;
			}
			return above;
		}

		/**
		 * A paragraph that closes a quotation it never opened, the opening mark dropped
		 * by its writer ("• Military threat is a joke. … did not dare.”" among bulleted
		 * quotations): more of the quoted words, which the run of quotations goes on
		 * over.
		 */
		private static boolean unopenedQuotation(String text) {
			String stripped = text.strip();
			return (stripped.endsWith("\u201d") || stripped.endsWith("\u201d.")) && stripped.indexOf('\u201c') < 0
					&& stripped.indexOf('"') < 0 && stripped.indexOf('\u201d') == stripped.lastIndexOf('\u201d');
		}

		/**
		 * A paragraph that is a speaker's label and a quotation, as MEMRI sets a clip's
		 * excerpts: {@code Saleh Al-Arouri: "The official and final position …"}.
		 */
		private static boolean labelledQuotation(String maskedParagraph) {
			int colon = maskedParagraph.indexOf(':');
			return colon > 0 && colon < MAX_LABEL_CHARS
					&& maskedParagraph.substring(0, colon).indexOf(QuoteScanner.MASK) < 0
					&& QuoteClassifier.words(maskedParagraph.substring(0, colon)) <= MAX_LABEL_WORDS
					&& maskedParagraph.indexOf(QuoteScanner.MASK, colon) >= 0
					&& quotationOnly(OMISSION.matcher(maskedParagraph.substring(colon + 1)).replaceAll(""));
		}

		private static final int MAX_LABEL_CHARS = 60;

		private static final int MAX_LABEL_WORDS = 6;

		/**
		 * Whether a stretch of a paragraph holds no quotation but terms: "… designate the
		 * IRGC as a "Foreign Terrorist Organization" and said that …" reports speech all
		 * the same. {@code previous} is the last quotation before the stretch's end.
		 */
		private boolean quotationFreeButTerms(String text, int from, int to, QuoteSpan previous) {
			if (QuoteScanner.quotationFree(text, from, to)) {
				return true;
			}
			return previous != null && terms.contains(previous) && previous.firstParagraph() == previous.lastParagraph()
					&& previous.open() >= from && previous.after() <= to
					&& QuoteScanner.quotationFree(text, from, previous.open())
					&& QuoteScanner.quotationFree(text, previous.after(), to);
		}

		private static boolean quotationOnly(String maskedParagraph) {
			// "“…” but “…”": two quotations joined by a conjunction are one statement.
			String quotations = maskedParagraph.indexOf(QuoteScanner.MASK) >= 0
					? JOINING_CONJUNCTION.matcher(maskedParagraph).replaceAll(" ") : maskedParagraph;
			for (int i = 0; i < quotations.length(); i++) {
				char c = quotations.charAt(i);
				// "[...]" after the closing mark: an omission, still the quotation's.
				if (!(Character.isWhitespace(c) || c == QuoteScanner.MASK || "\"“”.!?,[]…".indexOf(c) >= 0)) {
					return false;
				}
			}
			return true;
		}

		/**
		 * The tag of the lead-in that paragraph q ends with, its last sentence starting
		 * at {@code from}, or null: a colon after a speech verb or a statement's owner,
		 * or a last sentence announcing what follows with a full stop, as MEMRI's "The
		 * following is his op-ed, in the original English.[1]" does.
		 */
		private Tag leadIn(int q, int from) {
			String lead = masked.get(q);
			if (endsWithLeadInColon(lead)) {
				Tag tag = SpeakerTagMatcher.before(passages.get(q), from, from, lead.lastIndexOf(':') + 1);
				Tag owner = FOLLOWING_LEAD.matcher(lead.substring(from)).find()
						? SpeakerTagMatcher.announcedBy(passages.get(q), from, lead.lastIndexOf(':')) : null;
				if (owner != null && (tag == null || !personal(tag.subject()) && personal(owner.subject()))) {
					// "The following are Zakharova's quotes of the week:": no speech verb
					// before the colon. "… excerpts from Mashour's column in the UAE
					// Al-Arab daily:": the column's writer, not the paper it ran in.
					tag = owner;
				}
				if (tag != null && tag.cue().equals(":")) {
					// "In response, Jamal Abdi, President of the National
					// Iranian American Council (NIAC), released the following
					// statement:": the subject of the verb that issued it, not
					// the last name before the colon.
					Matcher issued = ISSUED_ANY.matcher(lead).region(from, lead.lastIndexOf(':'));
					Subject issuer = issued.find() ? TagSubjects.subject(passages.get(q), from, issued.start()) : null;
					if (issuer != null && issuer.type() == SubjectType.NAMED) {
						tag = new Tag("issued", issuer, tag.adjacent(), tag.direct(), tag.trailing(), tag.end());
					}
				}
				return tag;
			}
			if (!endsWithFullStop(lead) || !FOLLOWING_LEAD.matcher(lead.substring(from)).find()) {
				return null;
			}
			Tag owner = SpeakerTagMatcher.announcedBy(passages.get(q), from, lead.lastIndexOf('.'));
			// "The following are excerpts from the article.": the piece, as with a colon.
			return owner != null ? owner
					: SpeakerTagMatcher.announcedPiece(passages.get(q), from, lead.lastIndexOf('.'));
		}

		/** Whether a tag's subject is a person: one named, or "he" or "his". */
		private static boolean personal(SpeakerTagMatcher.Subject subject) {
			return subject.type() == SubjectType.PRONOUN
					|| subject.mention() != null && subject.mention().kind() == SpeakerKind.PERSON;
		}

		/** A lead announcing a summary of someone's remarks. */
		private static final Pattern SUMMARY_LEAD = Pattern
			.compile(ANNOUNCING + "(?:summari[sz]es|is a summary of)\\b");

		/** A sentence announcing what follows it: "The following is his op-ed". */
		private static final Pattern FOLLOWING_LEAD = Pattern.compile(ANNOUNCING + "(?:is|are)\\b|" + ANNOUNCED_NOUN);

		/**
		 * A sentence announcing that someone's text follows, which needs no owner to say
		 * so: "The following are excerpts:", "Below is the full text of the column." Not
		 * "The following is an example of the rules", which need not quote anyone.
		 */
		private static final Pattern ANNOUNCED_TEXT = Pattern.compile(ANNOUNCING
				+ "(?:is|are) (?:the |an? |some )?(?:(?:full|complete|main|key|translated|english) )?(?:excerpts?|"
				+ "transcripts?|translations?|text|article|editorial|column|op-ed|statement|speech|sermon|interview|"
				+ "letter|post|remarks|points|passages|extracts|highlights|quotes)\\b|" + ANNOUNCED_NOUN);

		/**
		 * Whether a paragraph ends with a colon that leads in what follows, also before
		 * note markers that stayed in the text: {@code He wrote:[5]} in a page saved
		 * without its endnotes.
		 */
		private static boolean endsWithLeadInColon(String paragraph) {
			return FootnoteMarkerScanner.withoutTrailingMarkers(paragraph.strip()).endsWith(":");
		}

		/** Whether a paragraph ends with a full stop, also before note markers. */
		private static boolean endsWithFullStop(String paragraph) {
			return FootnoteMarkerScanner.withoutTrailingMarkers(paragraph.strip()).endsWith(".");
		}

		/**
		 * A paragraph without quotation marks after a lead-in such as {@code stated:} is
		 * the quoted text of an HTML block quotation whose marks the page left to its
		 * style sheet. Only the first such paragraph is taken: where an unmarked
		 * quotation ends cannot be seen.
		 */
		private void unmarkedBlockQuote(int p, boolean unquoted) {
			String lead = masked.get(p - 1);
			String stripped = lead.strip();
			if (!endsWithLeadInColon(stripped) || texts.get(p).isBlank()
					|| QuoteClassifier.words(texts.get(p)) < 2 * QuoteClassifier.SCARE_QUOTE_WORDS
					|| texts.get(p).strip().startsWith("<")) {
				return;
			}
			int[] leadStarts = sentences.get(p - 1);
			int leadFrom = leadStarts[leadStarts.length - 1];
			int colon = lead.lastIndexOf(':');
			Tag tag = SpeakerTagMatcher.before(passages.get(p - 1), leadFrom, leadFrom, colon + 1);
			if (tag == null || tag.cue().equals(":") && tag.subject().type() == SubjectType.NAMED) {
				return; // "Note:", "Folgende Fragen:" - a label, not a lead-in; it needs
						// a verb or "his article:"
			}
			if (!unquoted && EMBEDDED_POSTS.contains(tag.cue().toLowerCase(Locale.ROOT))) {
				// "X tweeted the transcript:" over a paragraph quoting words of its own:
				// the saved page lost the embedded post, and the author goes on.
				return;
			}
			Attribution attribution = resolve(tag, p - 1, leadFrom);
			if (attribution == null || attribution.speaker() == null) {
				return;
			}
			String text = texts.get(p).strip();
			List<FootnoteRef> own = refs.get(p);
			Integer note = own.isEmpty() ? null : own.getLast().number();
			add(position(flow, p, 0), new Quote(text, attribution.speaker(), attribution.asWritten(), attribution.cue(),
					section, p, note, QuoteKind.DIRECT, round(attribution.confidence() * 0.64)));
		}

		/**
		 * A writer's words set after "writes:" in the same paragraph without quotation
		 * marks, as digests and press reviews give them: {@code Dov Zakheim writes: It is
		 * not at all clear … – The Hill}, {@code Kayhan wrote in a note: When …}. The
		 * quotation runs to the paragraph's end, less a credit after a dash. Only writing
		 * verbs lead in so: after "said:" news prose goes on in the author's words.
		 */
		private void writtenAfterColon(int p, List<QuoteSpan> spans) {
			String text = masked.get(p);
			if (text.indexOf("wr") < 0) {
				return; // most paragraphs: without the pattern
			}
			Matcher lead = WRITES_COLON.matcher(text);
			if (!lead.find()) {
				return;
			}
			int after = lead.end();
			for (QuoteSpan span : spans) {
				if (span.firstParagraph() == p && span.open() <= after + 1 && span.open() >= lead.start()) {
					return; // the writer's words are in quotation marks: read as such
				}
			}
			int[] starts = sentences.get(p);
			int from = starts[Sentences.indexOf(starts, lead.start())];
			int colon = text.lastIndexOf(':', after);
			Tag tag = SpeakerTagMatcher.before(passages.get(p), from, from, colon + 1);
			if (tag == null
					|| tag.subject().type() != SubjectType.NAMED && tag.subject().type() != SubjectType.ELIDED) {
				return;
			}
			Attribution attribution = resolve(tag, p, from);
			if (attribution == null || attribution.speaker() == null) {
				return;
			}
			String original = texts.get(p);
			Matcher credit = DASHED_CREDIT.matcher(original);
			int end = credit.find(after) ? credit.start() : original.length();
			String quoteText = original.substring(after, end).strip();
			if (QuoteClassifier.words(quoteText) < 2 * QuoteClassifier.SCARE_QUOTE_WORDS) {
				return;
			}
			List<FootnoteRef> own = refs.get(p);
			Integer note = own.isEmpty() ? null : own.getLast().number();
			add(position(flow, p, after), new Quote(quoteText, attribution.speaker(), attribution.asWritten(),
					attribution.cue(), section, p, note, QuoteKind.DIRECT, round(attribution.confidence() * 0.64)));
		}

		/**
		 * "writes:" or "wrote in a note:" before a capitalised word: a writer's lead-in
		 * within a paragraph.
		 */
		private static final Pattern WRITES_COLON = Pattern
			.compile("\\b(?:writes|wrote)\\b[^:.!?\"“”\n]{0,40}:[ \\t]+(?=[\\p{Lu}\\d])");

		/** A source credited after a dash at a paragraph's end: " – The Hill". */
		private static final Pattern DASHED_CREDIT = Pattern.compile("\\s[–—-]\\s*\\p{Lu}[\\p{L}.&' ]{1,40}\\.?\\s*$");

		/** Cues of a post a saved page shows as an embed, which it often loses. */
		private static final Set<String> EMBEDDED_POSTS = Set.of("tweeted", "tweets", "posted", "posts", "shared");

		/**
		 * The paper a front-page review credits in brackets right after a headline it
		 * quotes: {@code "We will respond to any act of aggression with an iron fist"
		 * (Etemaad), "…" (Kayhan)}. Null unless the brackets open with an outlet's name,
		 * alone or before a comma ("(Vatan-e Emrooz, atop a picture …)"); or, after a
		 * quotation that is its whole paragraph, with a person's name alone, an
		 * epigraph's signature:
		 * {@code "The most potent weapon in the hands of the oppressor is the
		 * mind of the oppressed." (Steve Biko)}.
		 */
		private Attribution bracketedSource(QuoteSpan span, boolean startsParagraph) {
			int p = span.lastParagraph();
			String text = masked.get(p);
			Matcher bracket = BRACKETED_SOURCE.matcher(text).region(span.after(), text.length());
			if (!bracket.lookingAt()) {
				return null;
			}
			String inside = bracket.group(1).strip();
			List<Mention> mentions = finder.find(inside, tokens(inside));
			if (mentions.isEmpty() || mentions.getFirst().start() > 0) {
				return null;
			}
			Mention first = mentions.getFirst();
			if (first.kind() == SpeakerKind.PERSON && startsParagraph && first.end() == inside.length()
					&& text.substring(bracket.end()).isBlank()) {
				Speaker person = new Speaker(reportNames.person(first.name()), null, SpeakerKind.PERSON);
				return new Attribution(person, first.asWritten(), null, BRACKETED_CREDIT, p, -1, false);
			}
			if (first.kind() != SpeakerKind.OUTLET
					|| first.end() < inside.length() && inside.charAt(first.end()) != ',') {
				return null;
			}
			Speaker outlet = new Speaker(reportNames.outlet(first.name()), null, SpeakerKind.OUTLET);
			return new Attribution(outlet, first.asWritten(), null, BRACKETED_CREDIT, p, -1, false);
		}

		private static final double BRACKETED_CREDIT = 0.7;

		/** "(Etemaad)", "(Vatan-e Emrooz, atop a picture …)" right after a quotation. */
		private static final Pattern BRACKETED_SOURCE = Pattern.compile("[ \\t]{0,2}\\(([^()]{2,80})\\)");

		/**
		 * Whether paragraph p opens with words of its own, not a quotation's mark, though
		 * quotations stand inside it: an unmarked block quotation may quote others ("…
		 * identified Mehdi Bazargan as "the man with whom we can work."").
		 */
		private boolean opensUnmarked(int p, List<QuoteSpan> spans, int next) {
			boolean runInto = next > 0 && spans.get(next - 1).lastParagraph() >= p;
			// "IRGC uniqueness: "…"": a topic's label opens a quotation of its own.
			return !runInto && next < spans.size() && spans.get(next).firstParagraph() == p
					&& !masked.get(p).substring(0, spans.get(next).open()).isBlank()
					&& !SpeakerTagMatcher.topicLabelBefore(passages.get(p), spans.get(next).open());
		}

		/**
		 * {@code "...," Grossi said. "..."}: nothing but the previous quotation's tag
		 * stands between.
		 */
		private Attribution continuation(int p, int open) {
			Attribution previous = lastInParagraph.get(p);
			if (previous == null || previous.end() < 0 || previous.end() > open || open - previous.end() > 300) {
				return null;
			}
			String text = masked.get(p);
			String between = text.substring(previous.end(), open);
			// Nothing between, or an apposition closing the tag: "," says Di Li, the
			// chief scientist. "..."
			if (previous.trailing() && (NOTHING_BETWEEN.matcher(between).matches()
					|| APPOSITION.matcher(between).matches() || THAT_BETWEEN.matcher(between).matches())) {
				return new Attribution(previous.speaker(), previous.asWritten(), previous.cue(),
						previous.confidence() - 0.05, p, -1, false);
			}
			// "...," Cruz said in Illinois on Monday. "...": the next sentence opens with
			// more of his words.
			int[] starts = sentences.get(p);
			int sentence = Sentences.indexOf(starts, open);
			boolean prose = proseBetween(p, previous.end(), open);
			if (!previous.trailing() && prose
					&& sentence == Sentences.indexOf(starts, Math.max(0, previous.end() - 1))) {
				// Rubio said that by refusing to say "radical Islam," Democrats are
				// "saying ...": one tag
				// before both quotations of its sentence.
				return new Attribution(previous.speaker(), previous.asWritten(), previous.cue(),
						previous.confidence() - 0.1, p, -1, false);
			}
			boolean next = sentence == Sentences.indexOf(starts, Math.max(0, previous.end() - 1)) + 1;
			if (prose && next && previous.speaker() != null && opensWithPronounFor(p, starts[sentence], previous)) {
				// "...," she says. She wants the candidates "first and foremost to admit
				// ...": the next sentence goes on about the same person, in her words.
				return new Attribution(previous.speaker(), previous.asWritten(), previous.cue(),
						previous.confidence() - 0.15, p, -1, false);
			}
			if (!prose || !Chars.blankBefore(text, open, starts[sentence])
					&& !conjunctionBefore(text, open, starts[sentence])
					&& !nobodyOpensTheSentence(p, starts[sentence], open) || !next) {
				return null;
			}
			return new Attribution(previous.speaker(), previous.asWritten(), previous.cue(),
					previous.confidence() - 0.1, p, -1, false);
		}

		/**
		 * Whether the words of the sentence before a quotation inside it (from
		 * {@code from} to {@code open} of paragraph p) name nobody and hold no speech
		 * verb or pronoun: in "Kayhan argued that …. These fronts constitute "a natural
		 * continuation of the revolution."" the quotation goes on with the sentence
		 * before, as one opening its sentence would. Any capitalised word after the first
		 * may be a name the mention finder does not know.
		 */
		private boolean nobodyOpensTheSentence(int p, int from, int open) {
			Passage passage = passages.get(p);
			int m = passage.firstMentionFrom(from);
			if (m < passage.mentions().size() && passage.mentions().get(m).start() < open) {
				return false;
			}
			List<Tokens.Token> tokens = passage.tokens();
			int first = passage.firstTokenFrom(from);
			for (int i = first; i < tokens.size() && tokens.get(i).start() < open; i++) {
				Tokens.Token token = tokens.get(i);
				// "Adding that "…"": a participle opening the sentence hangs on the
				// speaker before.
				boolean hangingCue = i == first && token.key().endsWith("ing");
				if (SpeechCues.isCue(token.key()) && !hangingCue || SpeakerTagMatcher.PRONOUNS.contains(token.key())
						|| i > first && token.capitalised()) {
					return false;
				}
			}
			return true;
		}

		/**
		 * The "he" or "she" that opens the sentence (after "But" or "And" at most) before
		 * a quotation inside it, when nothing else before the quotation names anyone or
		 * is a speech verb: in "The king said his plans have been blocked. But he expects
		 * Jordan to be a "Western democracy with a constitutional monarchy"" the
		 * quotation goes on with the one the sentence before reports, if the pronoun fits
		 * him. Null otherwise.
		 */
		private String pronounOpeningTheSentence(int p, int from, int open) {
			Passage passage = passages.get(p);
			List<Tokens.Token> tokens = passage.tokens();
			int first = passage.firstTokenFrom(from);
			if (first < tokens.size() && SpeakerTagMatcher.SENTENCE_CONJUNCTIONS.contains(tokens.get(first).key())) {
				first++;
			}
			if (first >= tokens.size() || tokens.get(first).start() >= open
					|| !(tokens.get(first).key().equals("he") || tokens.get(first).key().equals("she"))) {
				return null;
			}
			int m = passage.firstMentionFrom(from);
			if (m < passage.mentions().size() && passage.mentions().get(m).start() < open) {
				return null;
			}
			for (int i = first + 1; i < tokens.size() && tokens.get(i).start() < open; i++) {
				Tokens.Token token = tokens.get(i);
				if (SpeechCues.isCue(token.key()) || SpeechCues.SPEAKING.contains(token.key())
						|| SpeakerTagMatcher.PRONOUNS.contains(token.key()) && !POSSESSIVES.contains(token.key())
						|| token.capitalised() && !NameVocabulary.isPlace(token.bare())) {
					return null; // a place ("expects Jordan to be") is nobody who speaks
				}
			}
			return tokens.get(first).key();
		}

		/** Possessive pronouns, which name no subject of their own ("his son"). */
		private static final Set<String> POSSESSIVES = Set.of("his", "her", "its", "their");

		/**
		 * Whether "he" or "she" may stand for the speaker: no gender known against it.
		 */
		private boolean pronounFits(String pronoun, Speaker speaker) {
			if (speaker.kind() != SpeakerKind.PERSON) {
				return false;
			}
			Gender gender = coreference.genderOf(speaker, speaker.role());
			return gender != (pronoun.equals("she") ? Gender.MALE : Gender.FEMALE);
		}

		/**
		 * Whether the sentence starting there opens with "He" or "She" of the gender of
		 * the previous quotation's speaker.
		 */
		private boolean opensWithPronounFor(int p, int sentenceStart, Attribution previous) {
			if (!coreference.opensWithPronoun(p, sentenceStart)) {
				return false;
			}
			Passage passage = passages.get(p);
			String pronoun = passage.tokens().get(passage.firstTokenFrom(sentenceStart)).key();
			Gender gender = coreference.genderOf(previous.speaker(), previous.speaker().role());
			return pronoun.equalsIgnoreCase(previous.asWritten())
					|| gender == (pronoun.equals("she") ? Gender.FEMALE : Gender.MALE);
		}

		/**
		 * Whether only a conjunction, or a sentence adverb and its comma, opens the
		 * sentence before the quotation: {@code "...," he said. But "..."} and
		 * {@code "...," Reyes said. Instead, "..."} go on with the same speaker's words.
		 */
		private static boolean conjunctionBefore(String text, int open, int sentenceStart) {
			return OPENING_CONJUNCTION.matcher(text).region(sentenceStart, open).matches();
		}

		/**
		 * Whether only the author's prose stands in [from, to) of paragraph p: a title
		 * taken as a term ({@code on CNN's "State of the Union" Sunday}) is part of it.
		 */
		private boolean proseBetween(int p, int from, int to) {
			String text = masked.get(p);
			if (QuoteScanner.quotationFree(text, from, to)) {
				return true;
			}
			List<QuoteSpan> inside = new ArrayList<>();
			for (QuoteSpan term : terms) {
				if (term.firstParagraph() == p && term.lastParagraph() == p && term.open() >= from
						&& term.after() <= to) {
					inside.add(term);
				}
			}
			inside.sort(Comparator.comparingInt(QuoteSpan::open));
			int at = from;
			for (QuoteSpan term : inside) {
				if (!QuoteScanner.quotationFree(text, at, term.open())) {
					return false;
				}
				at = term.after();
			}
			return QuoteScanner.quotationFree(text, at, to);
		}

		private Attribution resolve(Tag tag, int paragraph, int clauseFrom) {
			Subject subject = tag.subject();
			long position = position(flow, paragraph, subject.start());
			return switch (subject.type()) {
				case NAMED -> {
					Entry holder = holderOfOfficeWrittenAsName(subject, paragraph, position);
					if (holder != null) {
						yield corefer(holder, subject, tag, position, 0.8);
					}
					Speaker speaker = coreference.speakerOf(subject.mention(), position);
					double confidence = subject.adjacent() && tag.adjacent() ? 0.95 : 0.85;
					if (speaker.kind() == SpeakerKind.PERSON) {
						// Whoever a tag names is who a later "he said" most likely goes
						// on with.
						// A place the tag matcher took for the speaker ("... in Brooklyn,
						// says") speaks here but is no antecedent of a later "he".
						tracker.add(position, speaker, subject.asWritten(),
								coreference.genderOf(speaker, speaker.role()), true,
								Antecedents.personLike(passages.get(paragraph), subject.mention(), null));
					}
					yield new Attribution(speaker, subject.asWritten(), tag.cue(), confidence, paragraph, -1, false);
				}
				case PRONOUN -> {
					// "Slamming comments made by Trump and other officials, he said": the
					// pronoun is the participle's subject, never a name inside its
					// phrase.
					int participle = openingParticipleBefore(paragraph, subject.start());
					long before = participle < 0 ? position : position(flow, paragraph, participle);
					Entry entry = tracker.pronoun(subject.key(), before, position(flow, 0, 0));
					boolean weak = entry != null && tracker.lastWasWeak();
					if (entry == null && fallback != null) {
						entry = fallback.pronoun(subject.key(), fallbackLimit, fallbackLimit - fallbackLimit % FLOW);
						weak = entry != null && fallback.lastWasWeak();
					}
					// An outlet speaks through its articles ("The website stressed ...
					// It stated:"); another "it" after a document is the document.
					if (subject.key().equals("it")
							&& (entry == null || weak || entry.speaker().kind() != SpeakerKind.OUTLET)) {
						String document = document(paragraph, subject.start(),
								entry == null || weak ? Long.MIN_VALUE : entry.position());
						if (document != null) {
							// "Varro issued a statement on Monday. "…," it said.": the
							// sentence before says whose document it is.
							int[] starts = sentences.get(paragraph);
							int sentence = Sentences.indexOf(starts, subject.start());
							Attribution issuer = sentence < 1 ? null
									: issuedInSentence(paragraph, starts[sentence - 1], starts[sentence], paragraph);
							yield issuer != null
									? new Attribution(issuer.speaker(), document, tag.cue(), issuer.confidence(),
											paragraph, -1, false)
									: new Attribution(null, document, tag.cue(), 0.3, paragraph, -1, false);
						}
					}
					if ((entry == null || weak || !entry.subject())
							&& GOING_ON.contains(tag.cue().toLowerCase(Locale.ROOT))) {
						Entry last = lastSpeakerGoingOn(paragraph, subject.key(), position);
						if (last != null) {
							entry = last;
							weak = false;
						}
					}
					if ((entry == null || weak) && !GOING_ON.contains(tag.cue().toLowerCase(Locale.ROOT))) {
						Entry quoted = lastQuotedGoingOn(paragraph, subject.key(), position);
						if (quoted != null) {
							entry = quoted; // "Caşın said "…" in reference to …" then
											// ""…," he
											// said"
							weak = false;
						}
					}
					// An unresolved or weakly resolved pronoun names nobody: the
					// quotation stays unattributed.
					if (entry == null || weak) {
						yield null;
					}
					coreference.learnGender(position, entry, subject.key());
					yield corefer(entry, subject, tag, position, 0.75);
				}
				case ROLE_NOUN -> {
					Speaker paper = outletOfPieceBefore(subject, paragraph);
					if (paper != null) {
						yield new Attribution(paper, subject.asWritten(), tag.cue(), 0.65, paragraph, -1, false);
					}
					Entry entry = tracker.roleNoun(subject.key(), roleModifiers(subject), position);
					if (entry != null && otherAffiliation(subject, entry.speaker())) {
						// "The Kremlin spokesman" is not the White House spokesman
						// named last.
						entry = null;
					}
					if (entry == null && fallback != null) {
						entry = fallback.roleNoun(subject.key(), fallbackLimit);
					}
					if (entry == null) {
						entry = byOfficeOrOnlyPerson(subject, position);
					}
					if (entry == null) {
						entry = reporterBefore(subject, paragraph, clauseFrom, position);
					}
					double sure = 0.7;
					if (entry == null) {
						entry = onlyPersonQuoted(subject, position);
						sure = ONLY_PERSON_QUOTED;
					}
					if (entry == null) {
						entry = reviewedOutlet(subject, position);
					}
					Attribution named = entry == null ? namedAfterLead(subject, tag, paragraph) : null;
					yield named != null ? named : corefer(entry, subject, tag, position, sure);
				}
				case DESCRIPTION -> {
					Entry holder = officeHolder(subject, paragraph, position);
					if (holder != null) {
						// A leader's office speaks for its leader.
						yield corefer(holder, subject, tag, position, 0.7);
					}
					// "Iran's spokesman" is as definite as "the spokesman", and so is a
					// description labelling the words after it ("PA TV host: "…"").
					boolean definite = subject.asWritten().regionMatches(true, 0, "the ", 0, 4)
							|| OWNED_OFFICE.matcher(subject.asWritten()).matches() || ":".equals(tag.cue());
					Entry entry = !definite ? null
							: SpeakerDescriptions.ROLE_NOUNS.contains(subject.key())
									|| CoreferenceTracker.hasSynonyms(subject.key())
									|| CoreferenceTracker.OUTLET_NOUNS.contains(subject.key())
											? tracker.roleNoun(subject.key(), roleModifiers(subject), position)
											: tracker.described(subject.key(), position);
					if (definite && entry == null) {
						entry = institutionAgain(subject, position);
					}
					if (definite && entry == null) {
						entry = byOfficeOrOnlyPerson(subject, position);
					}
					if (definite && entry == null) {
						entry = reporterBefore(subject, paragraph, clauseFrom, position);
					}
					double sure = 0.65;
					if (definite && entry == null) {
						entry = onlyPersonQuoted(subject, position);
						sure = entry != null ? ONLY_PERSON_QUOTED : sure;
					}
					if (definite && entry == null) {
						entry = reviewedOutlet(subject, position);
						sure = entry != null ? ONLY_PERSON_QUOTED : sure;
					}
					if (definite && entry == null) {
						entry = describedInstitution(subject, position);
					}
					if (definite && entry == null) {
						entry = countrysMinistry(subject, paragraph, position);
					}
					if (!definite && entry == null && (SpeakerDescriptions.DOCUMENTS.contains(subject.key())
							|| subject.key().equals("paper"))) {
						String[] words = subject.asWritten().split(" ");
						String known = knownOrganisationBefore(Arrays.copyOfRange(words, 1, words.length));
						if (known != null) {
							// "A recent Brookings paper stated": a study of the
							// organisation's own, as "the Hamas statement" is.
							Speaker institution = new Speaker(known, null, SpeakerKind.INSTITUTION);
							yield new Attribution(institution, subject.asWritten(), tag.cue(), 0.7, paragraph, -1,
									false);
						}
					}
					if (definite && entry == null && SpeakerDescriptions.ISSUED.containsKey(subject.key())) {
						String[] words = subject.asWritten().substring(4).split(" ");
						String known = knownOrganisationBefore(words);
						if (known != null) {
							// "the Hamas statement added": the organisation's own.
							Speaker institution = new Speaker(known, null, SpeakerKind.INSTITUTION);
							yield new Attribution(institution, subject.asWritten(), tag.cue(), 0.75, paragraph, -1,
									false);
						}
						Attribution issuer = issuerOf(subject, paragraph);
						if (issuer != null) {
							yield issuer;
						}
					}
					if (definite && entry == null && subject.key().equals("caption")) {
						Attribution distributor = distributorOfPicture(subject, paragraph);
						if (distributor != null) {
							yield distributor;
						}
					}
					if (!definite && FlowCoreference.officeWithoutArticle(subject)) {
						// "Substitute Friday Prayers Leader added:": the
						// person whose role holds every word of the office.
						List<String> words = List.of(subject.asWritten().split(" "));
						entry = tracker.roleWithWords(words, position, 3);
						if (entry == null && words.size() > 2) {
							// A role read short ("Prayers Leader" of "Friday Prayers
							// Leader", the weekday cut off): its last two words.
							entry = tracker.roleWithWords(words.subList(words.size() - 2, words.size()), position, 3);
						}
					}
					if (entry == null) {
						Speaker body = institutionSpokenFor(subject, paragraph);
						if (body != null) {
							yield new Attribution(body, subject.asWritten(), tag.cue(), 0.6, paragraph, -1, false);
						}
						Speaker outlet = outletOfReporter(subject, paragraph);
						if (outlet != null) {
							yield new Attribution(outlet, subject.asWritten(), tag.cue(), 0.6, paragraph, -1, false);
						}
					}
					if (entry == null && definite) {
						Attribution named = namedAfterLead(subject, tag, paragraph);
						if (named != null) {
							yield named;
						}
					}
					Speaker paper = entry == null ? newspaperByName(subject) : null;
					if (paper != null) {
						// "Riyadh Daily says …", "The Gulf Times says …": a name ending
						// in a
						// newspaper's word is the newspaper, which "the paper" goes on
						// with.
						tracker.add(position, paper, subject.asWritten(), Gender.UNKNOWN, true);
						yield new Attribution(paper, subject.asWritten(), tag.cue(), 0.7, paragraph, -1, false);
					}
					yield entry != null ? corefer(entry, subject, tag, position, sure)
							: new Attribution(null, subject.asWritten(), tag.cue(), 0.3, paragraph, -1, false);
				}
				case ELIDED -> {
					Attribution previous = lastInParagraph.get(paragraph);
					Subject opening = TagSubjects.elidedSubject(passages.get(paragraph), clauseFrom, subject.start());
					if (opening != null) {
						previous = resolve(new Tag(tag.cue(), opening, false, tag.direct(), tag.trailing(), tag.end()),
								paragraph, clauseFrom);
					}
					if (previous != null && previous.speaker() != null) {
						yield new Attribution(previous.speaker(), previous.asWritten(), tag.cue(),
								Math.min(0.8, previous.confidence()), paragraph, -1, false);
					}
					if (opening != null && opening.type() != SubjectType.NAMED) {
						// "The columnist said Obama ... and suggested": the
						// columnist, whom nobody may be named for; never the
						// name nearest to "and".
						yield previous;
					}
					Subject earlier = TagSubjects.subject(passages.get(paragraph), clauseFrom, subject.start());
					if (earlier == null || earlier.type() == SubjectType.ELIDED) {
						yield null;
					}
					Attribution resolved = resolve(
							new Tag(tag.cue(), earlier, false, tag.direct(), tag.trailing(), tag.end()), paragraph,
							clauseFrom);
					yield resolved == null ? null : new Attribution(resolved.speaker(), resolved.asWritten(), tag.cue(),
							Math.min(0.8, resolved.confidence()), paragraph, -1, false);
				}
			};
		}

		/** The least confidence of a quotation given to someone by a tag of its own. */
		private static final double OWN_TAG = 0.8;

		/**
		 * The person a quotation of this paragraph or the one before was attributed to,
		 * for a "he" or "she" when nobody else of a fitting gender has been named since
		 * that person: the one a reader hears going on. Null otherwise.
		 */
		private Entry lastQuotedGoingOn(int paragraph, String pronoun, long position) {
			if (!pronoun.equals("he") && !pronoun.equals("she")) {
				return null;
			}
			for (int q = paragraph; q >= Math.max(0, paragraph - 1); q--) {
				Attribution last = lastInParagraph.get(q);
				if (last == null) {
					continue;
				}
				if (last.confidence() < OWN_TAG) {
					return null; // given by a lead-in, not a tag of its own: a long
									// quotation may have named others since
				}
				Speaker speaker = last.speaker();
				Gender gender = pronoun.equals("she") ? Gender.FEMALE : Gender.MALE;
				Entry entry = speaker == null || speaker.kind() != SpeakerKind.PERSON ? null
						: tracker.latestOf(speaker.name(), gender, position);
				return entry == null || tracker.otherPersonBetween(speaker.name(), entry.position(), position) ? null
						: entry;
			}
			return null;
		}

		/**
		 * The person "he added" goes on with when the pronoun alone is not clear, or
		 * points at someone who is no sentence subject (named in passing): whoever the
		 * latest quotation of this paragraph or of the two before was attributed to, when
		 * that is a person the pronoun fits. "Added" says that its subject spoke before:
		 * {@code "...," Rabiei said.} then a paragraph of paraphrase naming Zarif in
		 * passing, then {@code He added that "..."}. A paragraph before that reports what
		 * someone said without quoting it counts as a quotation of theirs.
		 */
		private Entry lastSpeakerGoingOn(int paragraph, String pronoun, long position) {
			if (!pronoun.equals("he") && !pronoun.equals("she")) {
				return null;
			}
			for (int q = paragraph; q >= Math.max(0, paragraph - 2); q--) {
				Attribution last = lastInParagraph.get(q);
				if (last == null && q < paragraph) {
					// "Falih al-Fayyadh said that the government …" reports his words
					// as a quotation would.
					int[] starts = sentences.get(q);
					int from = starts[starts.length - 1];
					last = reportingSentence(q, from, masked.get(q).length(), false, paragraph);
					if (last == null && termsOnly(masked.get(q), from, masked.get(q).length())) {
						// "… and that Haftar has an indispensable role, said Mezran, a
						// senior fellow …": whoever the tag closing it names said it,
						// whoever the words speak about.
						Tag closing = SpeakerTagMatcher.closing(passages.get(q), from, masked.get(q).length());
						last = closing == null || closing.subject().type() != SubjectType.NAMED ? null
								: resolve(closing, q, from);
					}
				}
				if (last != null) {
					Speaker speaker = last.speaker();
					return speaker == null || speaker.kind() != SpeakerKind.PERSON ? null : tracker
						.latestOf(speaker.name(), pronoun.equals("she") ? Gender.FEMALE : Gender.MALE, position);
				}
			}
			return null;
		}

		/**
		 * Whether a role noun's capitalised words ("the Kremlin spokesman") name an
		 * affiliation the speaker's role does not hold, while the role names another
		 * ("White House spokesman").
		 */
		private static boolean otherAffiliation(Subject subject, Speaker speaker) {
			String role = speaker.role();
			if (role == null || speaker.kind() != SpeakerKind.PERSON) {
				return false;
			}
			String written = subject.asWritten();
			List<String> affiliation = capitalisedBeforeHead(
					written.regionMatches(true, 0, "the ", 0, 4) ? written.substring(4) : written);
			if (affiliation.isEmpty()) {
				return false;
			}
			List<String> roleWords = Stream.of(role.split("[\\s,]+"))
				.map(word -> POSSESSIVE_END.matcher(word).replaceAll(""))
				.toList();
			boolean holds = affiliation.stream().anyMatch(roleWords::contains);
			boolean namesAnother = roleWords.stream()
				.anyMatch(word -> !word.isEmpty() && Character.isUpperCase(word.charAt(0))
						&& !NameVocabulary.isTitle(word) && !affiliation.contains(word));
			return !holds && namesAnother;
		}

		/**
		 * The capitalised words of a description (its article left off) before its last
		 * word or an "of", without a possessive's "'s": "Foreign Ministry" of "Foreign
		 * Ministry spokesman", "Kremlin" of "Kremlin spokesman".
		 */
		private static List<String> capitalisedBeforeHead(String description) {
			String[] words = description.split(" ");
			List<String> capitalised = new ArrayList<>();
			for (int i = 0; i < words.length - 1 && !words[i].equals("of"); i++) {
				if (!words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0))) {
					capitalised.add(POSSESSIVE_END.matcher(words[i]).replaceAll(""));
				}
			}
			return capitalised;
		}

		/**
		 * The lower-case words between a definite role noun's article and the noun: "the
		 * prime minister" → [prime]. Empty for any other subject, and when a word is
		 * capitalised ({@link #byOfficeOrOnlyPerson} matches those).
		 */
		private static List<String> roleModifiers(Subject subject) {
			String written = subject.asWritten();
			if (!written.regionMatches(true, 0, "the ", 0, 4)) {
				return List.of();
			}
			String[] words = written.substring(4).split(" ");
			if (words.length < 2 || !words[words.length - 1].equalsIgnoreCase(subject.key())) {
				return List.of();
			}
			List<String> modifiers = new ArrayList<>();
			for (int i = 0; i < words.length - 1; i++) {
				String word = words[i];
				if (word.isEmpty() || !word.chars().allMatch(Character::isLowerCase)) {
					return List.of();
				}
				modifiers.add(word);
			}
			return modifiers;
		}

		/**
		 * The person a definite description of one person in a tag that fits nobody's
		 * role stands for: the person whose role holds the description's capitalised
		 * words ("the Foreign Ministry official" for the Foreign Ministry's
		 * spokesperson), else {@link #onlyPersonDescribed}.
		 */
		private Entry byOfficeOrOnlyPerson(Subject subject, long position) {
			String written = subject.asWritten();
			if (!definitePersonDescription(written)) {
				return null;
			}
			String key = headBeforeOf(written.substring(4));
			// The capitalised words before the head ("Foreign Ministry"); for someone
			// beside a person or an office the head too ("the White House spokesman" is
			// not the White House chief of staff), but not for "official", which any
			// office holder is.
			List<String> wanted = capitalisedBeforeHead(written.substring(4));
			if (!wanted.isEmpty() && !key.equals("official")
					&& (BESIDE_A_PERSON.contains(key) || OFFICES.contains(key))) {
				wanted.add(key);
			}
			Entry entry = tracker.roleWithWords(wanted, position, 3);
			if (entry == null && JOURNALISTS.contains(key) && wanted.size() > 1) {
				// "the CNN reporter" after "CNN's Brianna Keilar": the outlet says who.
				entry = tracker.roleWithWords(wanted.subList(0, wanted.size() - 1), position, 3);
			}
			return entry != null ? entry : onlyPersonDescribed(subject, position);
		}

		/**
		 * Whether the name an entry stands for is followed by a speech verb there
		 * ("Dmitry Peskov told the media"): a person the prose reports as speaking.
		 */
		private boolean spokeThere(Entry entry) {
			long position = entry.position();
			if (position / FLOW != flow) {
				return false;
			}
			Passage passage = passages.get((int) (position % FLOW / PARAGRAPH));
			int m = passage.firstMentionFrom((int) (position % PARAGRAPH));
			if (m >= passage.mentions().size()) {
				return false;
			}
			Mention mention = passage.mentions().get(m);
			return mention.start() == position % PARAGRAPH
					&& TagSubjects.followedByCue(passage, passage.lastTokenBy(mention.end()));
		}

		/**
		 * Whether the prose brings in an official it does not name ("An Israeli official
		 * said …") from the start of paragraph {@code first} of this flow up to a
		 * position in it: "the official" may then be that one, whom a "he" after it may
		 * also have been taken for the person named before.
		 */
		private boolean unnamedOfficialSince(int first, long to) {
			int last = (int) (to % FLOW / PARAGRAPH);
			for (int p = Math.max(0, first); p <= last && p < masked.size(); p++) {
				String text = masked.get(p);
				Matcher matcher = UNNAMED_OFFICIAL.matcher(text);
				int end = p == last ? (int) Math.min(to % PARAGRAPH, text.length()) : text.length();
				if (matcher.region(0, end).find()) {
					return true;
				}
			}
			return false;
		}

		private static final Pattern UNNAMED_OFFICIAL = Pattern
			.compile("\\b(?:[Aa]n?|[Aa]nother|[Oo]ne)\\s+(?:[\\p{L}-]+\\s+){0,3}official\\b");

		/**
		 * The one person the report has quoted so far, for a definite description of one
		 * person that nothing nearer resolves: a report about one speaker calls him "the
		 * IS leader" under a heading of its own, or "the Leader". Someone beside a person
		 * ("the spokesman") or an office ("the minister") is that speaker only when the
		 * speaker's role says so.
		 */
		private static final double ONLY_PERSON_QUOTED = 0.5;

		/**
		 * A press review's unnamed writer ("The author argues: "…"" after "Yediot
		 * Aharonot notes …") is the paper it reviews: the outlet a pronoun would stand
		 * for, named at most two paragraphs before; null otherwise.
		 */
		private Entry reviewedOutlet(Subject subject, long position) {
			if (!UNNAMED_WRITERS.contains(subject.key()) || !subject.asWritten().regionMatches(true, 0, "the ", 0, 4)) {
				return null;
			}
			Entry outlet = tracker.pronoun("it", position, position(flow, 0, 0));
			return outlet != null && outlet.speaker().kind() == SpeakerKind.OUTLET
					&& (position - outlet.position()) / PARAGRAPH <= 2 ? outlet : null;
		}

		/**
		 * The outlet whose piece "the writer" or "the author" wrote, named right before
		 * the piece in this paragraph or the one before ("A hard-line Javon Online
		 * editorial criticized … The writer argued"): the capitalised words before the
		 * last piece named. Null when the piece has a byline ("… article by …"), a
		 * person's name stands before it, or no such piece is named.
		 */
		private Speaker outletOfPieceBefore(Subject subject, int paragraph) {
			if (!UNNAMED_WRITERS.contains(subject.key()) || !subject.asWritten().regionMatches(true, 0, "the ", 0, 4)) {
				return null;
			}
			for (int p = paragraph; p >= Math.max(0, paragraph - 1); p--) {
				Passage passage = passages.get(p);
				List<Tokens.Token> tokens = passage.tokens();
				int last = p == paragraph ? passage.lastTokenBy(subject.start()) : tokens.size() - 1;
				for (int noun = last; noun >= 1; noun--) {
					if (!WRITINGS.contains(tokens.get(noun).key())) {
						continue;
					}
					if (noun + 1 < tokens.size() && tokens.get(noun + 1).key().equals("by")) {
						return null;
					}
					int first = SpeakerDescriptions.outletNameBefore(passage, noun);
					String name = first < 0 ? null : SpeakerDescriptions.outletName(passage, first, noun - 1);
					return name == null ? null : new Speaker(name, null, SpeakerKind.OUTLET);
				}
			}
			return null;
		}

		/** Nouns for the unnamed writer of a piece a press review quotes. */
		private static final Set<String> UNNAMED_WRITERS = Set.of("author", "writer", "editorialist");

		/**
		 * An office a country or a body owns: "Iran's spokesman", "Saudi Arabia's envoy".
		 */
		private static final Pattern OWNED_OFFICE = Pattern
			.compile("(?:\\p{Lu}[\\p{L}.-]*\\s){0,2}\\p{Lu}[\\p{L}.-]*['’]s\\s\\p{Ll}+");

		private Entry onlyPersonQuoted(Subject subject, long position) {
			String written = subject.asWritten();
			// A capitalised head is a title here ("The Leader", "the Iranian Minister"),
			// unless the words name an outlet ("The Guardian").
			if (!written.regionMatches(true, 0, "the ", 0, 4) || written.contains("'s ") || written.contains("’s ")
					|| properName(written.substring(4)) && reportNames.knownOutlet(written)) {
				return null;
			}
			String head = headBeforeOf(written.substring(4));
			if (head.endsWith("s") || !SpeakerDescriptions.personNoun(head)
					|| MentionFinder.INSTITUTION_HEADS.contains(head)) {
				return null;
			}
			Speaker only = null;
			long lastQuoted = -1;
			for (Placed placed : results) {
				Speaker speaker = placed.quote().speaker();
				if (placed.position() >= position || speaker == null || speaker.kind() != SpeakerKind.PERSON) {
					continue;
				}
				if (only != null && !only.name().equals(speaker.name())) {
					return null;
				}
				only = speaker;
				lastQuoted = Math.max(lastQuoted, placed.position());
			}
			// A title of several capitalised words ("the Tehran Friday Prayer Leader")
			// names an office the report would have given its holder: the speaker's role
			// must hold it.
			List<String> title = capitalisedBeforeHead(written.substring(4));
			String role = only == null || only.role() == null ? "" : only.role().toLowerCase(Locale.ROOT);
			if (title.size() >= 2 && !title.stream().allMatch(word -> role.contains(word.toLowerCase(Locale.ROOT)))) {
				return null;
			}
			boolean post = BESIDE_A_PERSON.contains(head) || OFFICES.contains(head);
			if (only == null
					|| post && (only.role() == null || !only.role().toLowerCase(Locale.ROOT).contains(head)
							|| otherAffiliation(subject, only))
					|| tracker.otherPersonBetween(only.name(), lastQuoted, position)) {
				return null;
			}
			return tracker.latestOf(only.name(), Gender.UNKNOWN, position);
		}

		/**
		 * Participles that work as prepositions: "Following are excerpts …; in it, he".
		 */
		private static final Set<String> PREPOSITION_PARTICIPLES = Set.of("following", "according", "regarding",
				"concerning", "including", "during", "notwithstanding", "considering");

		/** An opening phrase naming whom the sentence's subject spoke with. */
		private static final Pattern INTERVIEW_WITH = Pattern
			.compile("(?:In|During)\\s+(?:an?|his|her|the)\\s+(?:[\\w-]+\\s+){0,3}"
					+ "(?:interview|conversation|meeting|talk|phone call|call)\\s+with\\s");

		/**
		 * Where the sentence of paragraph p starts when it opens with a participle's
		 * phrase, or a phrase naming whom its subject spoke with, and the comma closing
		 * that phrase comes right before {@code at} ("Slamming recent comments …, he
		 * said", "In an interview with …, he said"); -1 otherwise. No name inside the
		 * phrase is the pronoun after it.
		 */
		private int openingParticipleBefore(int p, int at) {
			String text = masked.get(p);
			int[] starts = sentences.get(p);
			int start = starts[Sentences.indexOf(starts, at)];
			Passage passage = passages.get(p);
			int first = passage.firstTokenFrom(start);
			if (first >= passage.tokens().size() || passage.tokens().get(first).start() >= at) {
				return -1;
			}
			// "In an interview with host Dawood Al-Shirian, …, he said": the one
			// interviewed, never the host.
			if (INTERVIEW_WITH.matcher(text).region(start, at).lookingAt()
					&& text.substring(start, at).stripTrailing().endsWith(",")) {
				return start;
			}
			Tokens.Token opening = passage.tokens().get(first);
			if (!opening.capitalised() || !opening.key().endsWith("ing") || opening.key().length() < 6
					|| PREPOSITION_PARTICIPLES.contains(opening.key()) || text.substring(start, at).indexOf(';') >= 0
					|| !text.substring(start, at).stripTrailing().endsWith(",")
					|| text.indexOf(',', start) < text.substring(start, at).stripTrailing().length() + start - 1) {
				return -1;
			}
			return start;
		}

		/**
		 * The person a generic description in a tag stands for ("the source reported",
		 * "the official confirmed") when the sentence before it in the paragraph reports
		 * that person's words: {@code Ali Daqqa told ARA News that … raided a building.
		 * "…," the official confirmed.} Null for any other description or sentence.
		 */
		private Entry reporterBefore(Subject subject, int paragraph, int clauseFrom, long position) {
			if (!GENERIC_SOURCES.contains(subject.key()) || subject.asWritten().split(" ").length != 2) {
				return null;
			}
			int[] starts = sentences.get(paragraph);
			int sentence = Sentences.indexOf(starts, clauseFrom);
			if (sentence == 0
					|| !QuoteScanner.quotationFree(masked.get(paragraph), starts[sentence - 1], starts[sentence])) {
				return null;
			}
			Tag reported = SpeakerTagMatcher.before(passages.get(paragraph), starts[sentence - 1], starts[sentence - 1],
					starts[sentence]);
			if (reported == null || reported.subject().type() != SubjectType.NAMED
					|| reported.subject().mention().kind() != SpeakerKind.PERSON) {
				return null;
			}
			Speaker speaker = coreference.speakerOf(reported.subject().mention(),
					position(flow, paragraph, reported.subject().start()));
			return tracker.latestOf(speaker.name(), Gender.UNKNOWN, position);
		}

		/**
		 * Agency news describes the one it quotes in its lead and names him in the next
		 * paragraph ("The commander of Iran's Revolutionary Guards says … "even if they
		 * know it's a lie."" and then "Hossein Salami, the commander of …, told …"): for
		 * a definite description in one of the flow's first {@link #LEAD_PARAGRAPHS}
		 * paragraphs that nothing before resolves, when no person is named before it in
		 * the flow, the person a speech tag opening the next paragraph names. Null
		 * otherwise.
		 */
		private Attribution namedAfterLead(Subject subject, Tag tag, int paragraph) {
			// "U.S. officials said": a group, not the one person the next paragraph
			// names.
			if (subject.key() == null || subject.key().endsWith("s")) {
				return null;
			}
			if (paragraph >= LEAD_PARAGRAPHS || paragraph + 1 >= passages.size()
					|| !subject.asWritten().regionMatches(true, 0, "the ", 0, 4) && !subject.asWritten().contains("'s ")
							&& !subject.asWritten().contains("’s ")) {
				return null;
			}
			boolean namedBefore = false;
			for (int q = 0; q <= paragraph && !namedBefore; q++) {
				int upTo = q == paragraph ? subject.start() : Integer.MAX_VALUE;
				namedBefore = passages.get(q)
					.mentions()
					.stream()
					.anyMatch(m -> m.kind() == SpeakerKind.PERSON && m.start() < upTo);
			}
			int next = paragraph + 1;
			int[] starts = sentences.get(next);
			String text = masked.get(next);
			int end = starts.length > 1 ? starts[1] : text.length();
			Tag opening = SpeakerTagMatcher.before(passages.get(next), 0, 0, end);
			String raw = texts.get(next);
			boolean quotedFirst = QUOTATION_OPENS.matcher(raw).lookingAt();
			for (int c = 1; quotedFirst && opening == null && c < end && c < raw.length(); c++) {
				// Or the tag after the quotations opening the paragraph: "\"They have to
				// change their policies\" and \"…,\" Adel Al-Jubeir told reporters".
				if (raw.charAt(c) == '"' || raw.charAt(c) == '\u201d') {
					opening = SpeakerTagMatcher.after(passages.get(next), c + 1, end);
				}
			}
			if (opening == null || opening.subject().type() != SubjectType.NAMED
					|| opening.subject().mention().kind() != SpeakerKind.PERSON) {
				return null;
			}
			Mention named = opening.subject().mention();
			// The name opens the paragraph, after its titles at most ("Chief Commander"),
			// or tags the quotations that open it.
			String before = text.substring(0, named.start());
			if (!(quotedFirst ? ONLY_QUOTATIONS.matcher(before).matches() : TITLES_ONLY.matcher(before).matches())) {
				return null;
			}
			// After a caption or a mention that named someone, only a name whose title or
			// apposition holds the description's head word ("Hossein Salami, the
			// commander of …" for "The commander of …").
			if (namedBefore && !headNear(passages.get(next), subject.key(), named.end() + MAX_APPOSITION_CHARS)) {
				return null;
			}
			Speaker speaker = coreference.speakerOf(named, position(flow, next, named.start()));
			return new Attribution(speaker, subject.asWritten(), tag.cue(), 0.6, paragraph, -1, false);
		}

		/** Whether a word of the passage before {@code until} is the head word. */
		private static boolean headNear(Passage passage, String head, int until) {
			for (Tokens.Token token : passage.tokens()) {
				if (token.start() >= until) {
					return false;
				}
				if (token.key().equalsIgnoreCase(head)) {
					return true;
				}
			}
			return false;
		}

		/** How far after a name its apposition may hold the head of a description. */
		private static final int MAX_APPOSITION_CHARS = 80;

		/** Nothing but quotations, joined by "and", before a tag's name. */
		private static final Pattern ONLY_QUOTATIONS = Pattern
			.compile("(?:[\\s\"\u201c\u201d,.!?" + QuoteScanner.MASK + "]|\\band\\b)*");

		/** A paragraph that opens with a quotation. */
		private static final Pattern QUOTATION_OPENS = Pattern.compile("\\s*[\"\u201c]");

		/** At most four capitalised words: the titles before a name. */
		private static final Pattern TITLES_ONLY = Pattern.compile("\\s*(?:\\p{Lu}[\\p{L}.-]*\\s+){0,4}");

		/**
		 * Words for someone quoted without a name, which the sentence before may give.
		 */
		private static final Set<String> GENERIC_SOURCES = Set.of("source", "official", "officer", "activist",
				"witness", "resident", "spokesman", "spokeswoman", "spokesperson");

		/** Nouns for a group that the prose calls by its kind after naming it. */
		private static final Set<String> GENERIC_BODIES = Set.of("group", "militia", "movement", "organization",
				"organisation", "faction");

		/**
		 * The institution named before that a definite description of its kind in lower
		 * case refers to again ("the ministry", "the foreign ministry"), or, for "the
		 * group" and its like, the organisation that was a subject just before; null for
		 * any other description.
		 */
		private Entry institutionAgain(Subject subject, long position) {
			List<String> words = List.of(subject.asWritten().substring(4).split(" "));
			if (words.size() == 1) {
				// "The Ministry said": the head alone, capitalised as some pages write
				// it.
				words = List.of(words.getFirst().toLowerCase(Locale.ROOT));
			}
			String head = words.getLast();
			if (GENERIC_BODIES.contains(head) && words.size() <= 3) {
				// "the group", "the Lebanese group", "the Iran-backed militia": the
				// organisation named last, whatever its name says it is
				return tracker.latestOrganisation(position);
			}
			if (words.size() > 2 || !MentionFinder.INSTITUTION_HEADS.contains(head)
					|| words.stream().anyMatch(word -> !word.equals(word.toLowerCase(Locale.ROOT)))) {
				return null;
			}
			Entry institution = tracker.institution(words, position);
			// "a statement issued by Hezbollah … in which the party said": a party whose
			// name does not say it is one is the organisation named last.
			return institution == null && head.equals("party") ? tracker.latestOrganisation(position) : institution;
		}

		/**
		 * "his office", "Abdul Mahdi's media office", "the prime minister's office": the
		 * one whose office it is in group 1 (a pronoun, or a name or role ending in its
		 * possessive).
		 */
		private static final Pattern OFFICE_OF = Pattern
			.compile("(his|her|.+?)(?:['\u2019]s?)?\\s+" + SpeakerDescriptions.OWN_OFFICE, Pattern.CASE_INSENSITIVE);

		/**
		 * The person whose office a description names ("his office said", "Abdul Mahdi's
		 * media office", "the prime minister's office"); null for any other description
		 * or when nobody is found.
		 */
		private Entry officeHolder(Subject subject, int paragraph, long position) {
			Matcher office = OFFICE_OF.matcher(subject.asWritten());
			if (!office.matches()) {
				return null;
			}
			String holder = office.group(1).toLowerCase(Locale.ROOT);
			if (holder.equals("his") || holder.equals("her")) {
				Entry entry = tracker.pronoun(holder.equals("his") ? "he" : "she", position, position(flow, 0, 0));
				return entry == null || tracker.lastWasWeak() || entry.speaker().kind() != SpeakerKind.PERSON ? null
						: entry;
			}
			Passage passage = passages.get(paragraph);
			int ownerEnd = subject.start() + office.end(1);
			for (int m = passage.firstMentionFrom(Math.max(0, subject.start() - 60)); m < passage.mentions().size()
					&& passage.mentions().get(m).start() < ownerEnd; m++) {
				Mention mention = passage.mentions().get(m);
				if (mention.possessive() && mention.kind() == SpeakerKind.PERSON && mention.end() >= ownerEnd
						&& mention.end() <= ownerEnd + 2) {
					Speaker speaker = coreference.speakerOf(mention, position);
					return new Entry(position, speaker, mention.asWritten(), Gender.UNKNOWN, true, true);
				}
			}
			if (!holder.startsWith("the ")) {
				return null;
			}
			String[] role = holder.substring(4).split(" ");
			return tracker.roleNoun(role[role.length - 1], List.of(role).subList(0, role.length - 1), position);
		}

		/** "an official at …", "a senior source in …". */
		private static final Pattern SPOKESPERSON_OF = Pattern
			.compile("(?:an?|the) (?:[a-z-]+ ){0,2}(?:source|official)s? (?:at|of|from|in) ");

		/**
		 * A spokesperson no earlier name can be ("a spokesperson from Taiwan's defense
		 * ministry", "a Foreign Ministry spokesman"): the institution speaks through
		 * them. "The spokesman" may be the one named before, and is looked for as a role
		 * first.
		 */
		private static final Pattern SOME_SPOKESPERSON = Pattern
			.compile("(?i)an? (?:[^\\s]+ ){0,4}?spokes(?:man|woman|person)\\b");

		/**
		 * Who speaks for an institution without a name of their own. Not a spokesman or a
		 * commander: an office one person holds, who is that person, named or not.
		 */
		private static final Set<String> SPOKESPEOPLE = Set.of("source", "official");

		/**
		 * The institution an unnamed source or official speaks for, named inside the
		 * description ("a Foreign Ministry source", "an official at the Iranian Foreign
		 * Ministry"); null for any other description.
		 */
		private Speaker institutionSpokenFor(Subject subject, int paragraph) {
			// The institution before the head ("a Foreign Ministry source"), or after
			// "at",
			// "of", "from" or "in" ("an official at the Foreign Ministry"); not "a source
			// close to Hezbollah".
			int until;
			if (SPOKESPERSON_OF.matcher(subject.asWritten()).lookingAt()
					|| SOME_SPOKESPERSON.matcher(subject.asWritten()).lookingAt()) {
				until = subject.end();
			}
			else if (SPOKESPEOPLE.contains(subject.key())) {
				until = subject.end() - subject.key().length();
			}
			else {
				return null;
			}
			Passage passage = passages.get(paragraph);
			for (int m = passage.firstMentionFrom(subject.start()); m < passage.mentions().size()
					&& passage.mentions().get(m).end() <= until; m++) {
				Mention mention = passage.mentions().get(m);
				if (mention.kind() == SpeakerKind.INSTITUTION) {
					return coreference.speakerOf(mention, position(flow, paragraph, mention.start()));
				}
			}
			return null;
		}

		/**
		 * The outlet an unnamed reporter of it speaks for: "According to a Khabar Online
		 * correspondent, "…"" – the capitalised words between the article and the head,
		 * which name no person. Null for any other description.
		 */
		private Speaker outletOfReporter(Subject subject, int paragraph) {
			if (!REPORTERS.contains(subject.key()) || !INDEFINITE.matcher(subject.asWritten()).lookingAt()) {
				return null;
			}
			Passage passage = passages.get(paragraph);
			int head = passage.lastTokenBy(subject.end());
			int first = SpeakerDescriptions.outletNameBefore(passage, head);
			if (first < 1 || passage.tokens().get(first - 1).start() != subject.start()) {
				return null; // the words between the article and the head are no name
			}
			String name = SpeakerDescriptions.outletName(passage, first, head - 1);
			return name == null ? null : new Speaker(name, null, SpeakerKind.OUTLET);
		}

		/** An outlet's reporters, whom a report may leave unnamed. */
		private static final Set<String> REPORTERS = Set.of("correspondent", "reporter", "correspondents", "reporters");

		private static final Pattern INDEFINITE = Pattern.compile("(?i)an? ");

		/**
		 * An institution a definite description names by its country and kind ("the US
		 * mission", "the Israeli army", "the Saudi embassy"), kept as a mention so that a
		 * later "it said" is the institution too; null for any other description.
		 */
		private Entry describedInstitution(Subject subject, long position) {
			String written = subject.asWritten();
			String[] words = written.substring(4).split(" ");
			String head = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
			if (words.length < 2
					|| !MentionFinder.INSTITUTION_HEADS.contains(head) && !MORE_INSTITUTION_HEADS.contains(head)) {
				return null;
			}
			// "the Lebanon-based main Hezbollah organization": the organisation its own
			// name
			// names, whatever else describes it.
			String name = knownOrganisationBefore(words);
			if (name == null && (words.length > 3 || !FlowCoreference.capitalised(words, 0, words.length - 1))) {
				return null; // "the new government", "the party's office"
			}
			Speaker institution = new Speaker(name != null ? name : written.substring(4), null,
					SpeakerKind.INSTITUTION);
			tracker.add(position, institution, written, Gender.UNKNOWN, true, false);
			return new Entry(position, institution, written, Gender.UNKNOWN, true, false);
		}

		/**
		 * The ministry "the foreign ministry" or "the ministry" stands for in a story
		 * about one country's act ("Saudi Arabia on Friday condemned …, the foreign
		 * ministry said in a statement. … "…," the ministry said."): that country's,
		 * named as a ministry's name is written ("Saudi Arabia's Foreign Ministry"), when
		 * a sentence of this paragraph or the two before opens with the country and says
		 * which ministry. Null otherwise.
		 */
		private Entry countrysMinistry(Subject subject, int paragraph, long position) {
			String written = subject.asWritten().toLowerCase(Locale.ROOT);
			Matcher description = LOWER_CASE_MINISTRY.matcher(written);
			if (!written.equals("the ministry") && !description.matches()) {
				return null;
			}
			String office = written.equals("the ministry") ? null : description.group(1);
			String country = null;
			for (int q = paragraph; q >= Math.max(0, paragraph - 2) && (country == null || office == null); q--) {
				String text = masked.get(q);
				int until = q == paragraph ? subject.start() : text.length();
				if (office == null) {
					Matcher named = LOWER_CASE_MINISTRY.matcher(text).region(0, until);
					while (named.find()) {
						office = named.group(1).toLowerCase(Locale.ROOT);
					}
				}
				for (int start : sentences.get(q)) {
					if (start < until && country == null) {
						country = countryOpening(text, start);
					}
				}
			}
			if (country == null || office == null) {
				return null;
			}
			StringBuilder name = new StringBuilder(country).append("'s");
			for (String word : office.split(" ")) {
				name.append(' ').append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
			}
			Speaker institution = new Speaker(name.toString(), null, SpeakerKind.INSTITUTION);
			tracker.add(position, institution, subject.asWritten(), Gender.UNKNOWN, true, false);
			return new Entry(position, institution, subject.asWritten(), Gender.UNKNOWN, true, false);
		}

		/**
		 * "the foreign ministry", "the defence ministry": a ministry by what it is for,
		 * as a description and inside the prose.
		 */
		private static final Pattern LOWER_CASE_MINISTRY = Pattern.compile("\\b[Tt]he (\\p{Ll}+ ministry)\\b");

		/**
		 * The country a sentence opens with as its subject ("Saudi Arabia on Friday
		 * condemned …"), as written, or null.
		 */
		private String countryOpening(String text, int start) {
			int at = start;
			while (at < text.length() && !Character.isLetter(text.charAt(at))) {
				at++;
			}
			Matcher words = COUNTRY_WORDS.matcher(text).region(at, text.length());
			if (!words.lookingAt()) {
				return null;
			}
			String[] parts = words.group(1).split(" ");
			for (int n = parts.length; n >= 1; n--) {
				String candidate = String.join(" ", Arrays.copyOfRange(parts, 0, n));
				if (KnownPlaces.isKnown(candidate) && NameVocabulary.isPlace(parts[n - 1])) {
					return candidate;
				}
			}
			return null;
		}

		/** Up to three capitalised words opening a sentence. */
		private static final Pattern COUNTRY_WORDS = Pattern.compile("(\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+){0,2})\\b");

		/**
		 * The known organisation's name ({@link KnownOrganisations}) of up to three words
		 * right before a description's last word, or an acronym right before it ("the
		 * ISPR statement"), or null.
		 */
		private static String knownOrganisationBefore(String[] words) {
			for (int from = Math.max(0, words.length - 4); from < words.length - 1; from++) {
				String name = String.join(" ", Arrays.copyOfRange(words, from, words.length - 1));
				if (KnownOrganisations.contains(name)) {
					return name;
				}
			}
			// "the ISPR statement": an acronym right before the document is its body's
			String before = words.length >= 2 ? words[words.length - 2] : "";
			return NameVocabulary.isAcronym(before) && !NameVocabulary.isPlace(before) ? before : null;
		}

		/**
		 * Whether a description is definite and headed by one person ("the retired
		 * neurosurgeon", "the Commander-in-chief of the IRGC"), not by something of
		 * someone's ("the ad's narrator") nor a capitalised name ("The New Yorker").
		 */
		private static boolean definitePersonDescription(String written) {
			if (!written.regionMatches(true, 0, "the ", 0, 4) || written.contains("'s ") || written.contains("’s ")
					|| properName(written.substring(4))) {
				return false;
			}
			String key = headBeforeOf(written.substring(4));
			return !key.endsWith("s") && SpeakerDescriptions.personNoun(key);
		}

		/**
		 * The person a definite description in a tag that fits nobody's role stands for
		 * when the prose is about that one person ("Mehr News quoted Gen. Jafari ... ¶
		 * '…,' added the commander-in-chief of the IRGC"): the sole subject of this
		 * paragraph and the one before ({@link CoreferenceTracker#soleSubject}). A head
		 * for someone beside a person ("the spokesman", "the aide") or for an office the
		 * author would have given its holder ("the president") names nobody, unless a
		 * news lead called someone so before naming anyone ({@link #leadCalledSomeone}).
		 */
		private Entry onlyPersonDescribed(Subject subject, long position) {
			String key = headBeforeOf(subject.asWritten().substring(4));
			if (key.equals("official")) {
				// Any office holder is an official: after "Russian presidential spokesman
				// Dmitry Peskov told the media", "the Kremlin official said" is the one
				// person just named in an office.
				Entry sole = tracker.soleSubject(position);
				return sole != null && sole.speaker().role() != null
						&& !NameVocabulary.addressOrRankOnly(sole.speaker().role()) && spokeThere(sole)
						&& !unnamedOfficialSince((int) (sole.position() % FLOW / PARAGRAPH) - 1, position) ? sole
								: null;
			}
			if ((BESIDE_A_PERSON.contains(key) || OFFICES.contains(key))
					&& !leadCalledSomeone(key, (int) (position % FLOW / PARAGRAPH))) {
				return null;
			}
			return tracker.soleSubject(position);
		}

		/**
		 * Whether one of the flow's first {@link #LEAD_PARAGRAPHS} paragraphs before p,
		 * before it names any person, calls someone by this head (or, for a spokesperson,
		 * another word for the post) at the start of a sentence or after a dateline's
		 * dash, without an article or an owner: "Foreign Ministry spokesman condemned the
		 * joint statement …", "TEHRAN (MNA) – The Commander-in-chief of the IRGC has said
		 * …". Agency news names the person only after such a lead, and "the spokesman"
		 * then is that person; "a spokesman for Cameron" is someone else.
		 */
		private boolean leadCalledSomeone(String head, int p) {
			// A lead is the flow's first paragraphs; looking no further keeps this
			// linear.
			for (int q = 0; q < Math.min(p, LEAD_PARAGRAPHS) && q < passages.size(); q++) {
				Passage passage = passages.get(q);
				int firstPerson = passage.mentions()
					.stream()
					.filter(m -> m.kind() == SpeakerKind.PERSON)
					.mapToInt(Mention::start)
					.min()
					.orElse(Integer.MAX_VALUE);
				List<Tokens.Token> tokens = passage.tokens();
				String text = masked.get(q);
				int[] starts = sentences.get(q);
				for (int t = 0; t < tokens.size() && tokens.get(t).start() < firstPerson; t++) {
					if (!sameHead(compoundHead(tokens.get(t).key()), head)) {
						continue;
					}
					int first = t;
					while (first > 0 && tokens.get(first - 1).capitalised() && !tokens.get(first - 1).possessive()
							&& !NOUN_OPENERS.contains(tokens.get(first - 1).key())) {
						first--;
					}
					if (first > 0 && tokens.get(first - 1).key().equals("the")) {
						first--;
					}
					else if (first > 0 && tokens.get(first - 1).possessive()
							&& NameVocabulary.isPlace(tokens.get(first - 1).bare())) {
						// "Saudi Arabia's ambassador to the United States": a country's
						// office, as definite as "the ambassador".
						first--;
						while (first > 0 && tokens.get(first - 1).capitalised()
								&& NameVocabulary.isPlace(tokens.get(first - 1).text())) {
							first--;
						}
					}
					else if (first > 0 && (tokens.get(first - 1).possessive()
							|| NOUN_OPENERS.contains(tokens.get(first - 1).key()))) {
						continue; // "A spokesman for …", "Trump's spokesman"
					}
					int at = tokens.get(first).start();
					String before = text.substring(first == 0 ? 0 : tokens.get(first - 1).end(), at).strip();
					boolean sentenceStart = starts[Sentences.indexOf(starts, at)] == at;
					if (sentenceStart || before.endsWith("–") || before.endsWith("—") || before.endsWith("-")
							|| MentionFinder.DATELINE_COLON.matcher(text.substring(0, at)).matches()) {
						return true;
					}
				}
			}
			return false;
		}

		/**
		 * Whether every word of a description without "of" is capitalised, as in a name.
		 */
		private static boolean properName(String description) {
			if (description.contains(" of ") || PARTY_MEMBER.matcher(description).find()) {
				return false; // "the Texas Republican" is a person
			}
			String[] words = description.split(" ");
			return FlowCoreference.capitalised(words, 0, words.length);
		}

		/**
		 * A newspaper named by capitalised words that end in a newspaper's word ("Riyadh
		 * Daily", "The Gulf Times", "Arab News"), the article left off; null for any
		 * other description.
		 */
		private static Speaker newspaperByName(Subject subject) {
			String written = subject.asWritten().strip();
			Matcher owner = PLACE_OWNER.matcher(written);
			if (owner.lookingAt()) {
				// "Saudi Arabia's Riyadh Daily": the country the paper is of.
				if (!NameVocabulary.isPlace(owner.group(1))) {
					return null;
				}
				written = written.substring(owner.end());
			}
			String name = written.regionMatches(true, 0, "the ", 0, 4) ? written.substring(4) : written;
			// "the ISIS-affiliated Amaq News Agency", "the state-run Fars News Agency":
			// the paper's name after its adjectives.
			name = PAPER_ADJECTIVES.matcher(name).replaceFirst("");
			String[] words = name.split(" ");
			if (words.length < 2 || words.length > MAX_NEWSPAPER_WORDS || !properName(name)
					|| !NEWSPAPER_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT)) || name.contains("'")
					|| name.contains("’")) {
				return null;
			}
			return new Speaker(name, null, SpeakerKind.OUTLET);
		}

		/** A place's possessive before a newspaper's name, its last word captured. */
		private static final Pattern PLACE_OWNER = Pattern.compile("(?:\\p{Lu}\\p{L}+\\s)?(\\p{Lu}\\p{L}+)['’]s\\s");

		/** Words that end a newspaper's name. */
		private static final Set<String> NEWSPAPER_WORDS = Set.of("daily", "times", "post", "news", "gazette", "herald",
				"tribune", "chronicle", "telegraph", "observer", "journal", "weekly", "agency");

		/** Adjectives before a paper's name, lower-case or hyphened: "state-run". */
		private static final Pattern PAPER_ADJECTIVES = Pattern
			.compile("^(?:(?:\\p{Ll}+|\\p{L}+-\\p{Ll}+(?:-\\p{Ll}+)?)\\s){1,2}(?=\\p{Lu})");

		private static final int MAX_NEWSPAPER_WORDS = 4;

		/** Two heads for one post: "spokesperson" and "spokesman" alike. */
		private static boolean sameHead(String a, String b) {
			return a.equals(b) || a.startsWith("spokes") && b.startsWith("spokes");
		}

		/** "commander-in-chief" → "commander", "secretary-general" → "secretary". */
		private static String compoundHead(String key) {
			return COMPOUND_TITLE_END.matcher(key).replaceFirst("");
		}

		/**
		 * The head of a description without its "of" phrase, as a key:
		 * "Commander-in-chief of the IRGC" → "commander", "presumptive Republican
		 * nominee" → "nominee".
		 */
		private static String headBeforeOf(String description) {
			int of = description.indexOf(" of ");
			String words = of < 0 ? description : description.substring(0, of);
			String head = words.substring(words.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
			return compoundHead(head);
		}

		/**
		 * The document an "it" before the offset goes on with: a document noun after a
		 * determiner or an owner ("The email ... it reads", "On his website, ... it now
		 * says") in this sentence or the one before, written after the entity the tracker
		 * found ({@code after}, a position). Documents speak as written, like "the
		 * statement said"; null if there is none.
		 */
		private String document(int p, int offset, long after) {
			Passage passage = passages.get(p);
			List<Tokens.Token> tokens = passage.tokens();
			int[] starts = sentences.get(p);
			int sentence = Sentences.indexOf(starts, offset);
			int from = starts[Math.max(0, sentence - 1)];
			for (int t = passage.firstTokenFrom(offset) - 1; t > 0 && tokens.get(t).start() >= from; t--) {
				Tokens.Token token = tokens.get(t);
				if (position(flow, p, token.start()) <= after) {
					return null;
				}
				if (!SpeakerDescriptions.DOCUMENTS.contains(token.key()) && !EXTRA_DOCUMENTS.contains(token.key())
						|| inOpeningAdverbial(passage, starts[sentence], token, offset)) {
					continue;
				}
				for (int d = t - 1; d >= 0 && t - d <= 3; d--) {
					Tokens.Token before = tokens.get(d);
					if (NOUN_OPENERS.contains(before.key()) || before.possessive()) {
						return passage.masked().substring(before.start(), token.end());
					}
				}
			}
			return null;
		}

		/**
		 * Whether the document noun opens the sentence of the "it" at {@code offset} in a
		 * phrase of its own ("In a recent video, it extols … while it denounces"): the
		 * medium the subject speaks in, not the subject.
		 */
		private static boolean inOpeningAdverbial(Passage passage, int sentenceStart, Tokens.Token document,
				int offset) {
			if (document.start() < sentenceStart) {
				return false;
			}
			int first = passage.firstTokenFrom(sentenceStart);
			int comma = passage.masked().indexOf(',', document.end());
			return first < passage.tokens().size()
					&& TagSubjects.OPENING_PREPOSITIONS.contains(passage.tokens().get(first).key()) && comma >= 0
					&& comma < offset && passage.masked().substring(document.end(), comma).isBlank();
		}

		/**
		 * The person whose office a capitalised "name" after "the" is: "the Special
		 * Rapporteur said" after "said Javaid Rehman, the new Special Rapporteur on human
		 * rights in Iran". Nobody's own name follows "the", so the capitalised words are
		 * an office; the latest person within a few paragraphs whose role holds all of
		 * them holds it. Null for a name opening with a given name, a name not after
		 * "the", and when no such person is near.
		 */
		private Entry holderOfOfficeWrittenAsName(Subject subject, int paragraph, long position) {
			Mention mention = subject.mention();
			if (mention.kind() != SpeakerKind.PERSON || mention.possessive()) {
				return null;
			}
			Passage passage = passages.get(paragraph);
			int first = passage.firstTokenFrom(mention.start());
			if (first == 0 || !passage.tokens().get(first - 1).key().equals("the") || !Tokens
				.onlySpaceBetween(passage.masked(), passage.tokens().get(first - 1).end(), mention.start())) {
				return null;
			}
			List<String> words = List.of(mention.asWritten().split("\\s+"));
			if (NameVocabulary.isGivenNameKey(NameVocabulary.key(words.getFirst()))) {
				return null;
			}
			Entry entry = tracker.roleWithWords(words, position, ROLE_REACH_OF_OFFICE);
			return entry != null && !entry.speaker().name().equals(mention.name()) ? entry : null;
		}

		private Attribution corefer(Entry entry, Subject subject, Tag tag, long position, double confidence) {
			if (entry == null) {
				return new Attribution(null, subject.asWritten(), tag.cue(), 0.3, -1, -1, false);
			}
			Speaker speaker = entry.speaker();
			// The pronoun is itself a mention now: "she added ... She also said" stays
			// with her.
			tracker.add(position, speaker, subject.asWritten(), coreference.genderOf(speaker, speaker.role()), true);
			return new Attribution(speaker, subject.asWritten(), tag.cue(), confidence, -1, -1, false);
		}

		/**
		 * A quotation nobody could be named for. A short one is a scare quote unless a
		 * tag claims it: {@code "I cut it short," he said} with "he" unresolved is still
		 * somebody's words.
		 */
		private void untagged(QuoteSpan span, String quoteText, long position, int p, Integer note,
				boolean startsSentence, boolean tagged) {
			if (!span.multiParagraph() && !tagged && QuoteClassifier.isScareQuote(quoteText)) {
				addTerm(position, quoteText, p, note, 0.6);
				// Part of the author's prose, like a term found before tagging: a tag
				// before it, or a continuation over it, still reaches the next quotation.
				terms.add(span);
				return;
			}
			QuoteKind kind = span.multiParagraph() ? QuoteKind.BLOCK
					: startsSentence ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
			add(position, new Quote(QuoteClassifier.clean(quoteText, kind, span.closed()), null, null, null, section,
					footnote == null ? p : null, note, kind, 0.2));
		}

		private void addTerm(long position, String quoteText, int p, Integer note, double confidence) {
			add(position, new Quote(QuoteClassifier.clean(quoteText, QuoteKind.TERM), null, null, null, section,
					footnote == null ? p : null, note, QuoteKind.TERM, confidence));
		}

		private void add(long position, Quote quote) {
			results.add(new Placed(position, quote));
		}

		/**
		 * The note citing a quotation: a footnote's own number; in a section, the first
		 * marker from the closing quote to the end of that sentence, else one inside the
		 * quotation, else the next one in the paragraph, else the paragraph's last.
		 */
		private Integer note(int firstParagraph, int open, int lastParagraph, int close) {
			if (footnote != null) {
				return footnote;
			}
			List<FootnoteRef> lastRefs = refs.get(lastParagraph);
			int[] starts = sentences.get(lastParagraph);
			int sentenceEnd = Sentences.end(starts, Sentences.indexOf(starts, close),
					masked.get(lastParagraph).length());
			FootnoteRef after = firstRefFrom(lastRefs, close);
			if (after != null && after.offset() <= sentenceEnd) {
				return after.number();
			}
			FootnoteRef inside = firstRefFrom(refs.get(firstParagraph), open + 1);
			if (inside != null && (firstParagraph < lastParagraph || inside.offset() <= close)) {
				return inside.number();
			}
			for (int p = firstParagraph + 1; p <= lastParagraph; p++) {
				FootnoteRef within = firstRefFrom(refs.get(p), 0);
				if (within != null && (p < lastParagraph || within.offset() <= close)) {
					return within.number();
				}
			}
			if (after != null) {
				return after.number();
			}
			List<FootnoteRef> own = refs.get(firstParagraph);
			return own.isEmpty() ? null : own.getLast().number();
		}

	}

	/** The first reference at or after the offset; references come in text order. */
	private static FootnoteRef firstRefFrom(List<FootnoteRef> refs, int offset) {
		int first = SortedLists.firstAtLeast(refs, 0, FootnoteRef::offset, offset);
		return first < refs.size() ? refs.get(first) : null;
	}

	private static double round(double value) {
		return Math.max(0, Math.min(1, Math.round(value * 100) / 100.0));
	}

}
