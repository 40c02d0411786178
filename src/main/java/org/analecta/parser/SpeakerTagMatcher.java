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
 *
 * <p>
 * This class reads the tag's shape around the quotation; {@link TagSubjects} finds the
 * subject before a verb, {@link SpeakerDescriptions} the speakers named by what they are,
 * and {@link SpeechCues} holds the speech verbs and the grammar around them.
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

	static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they");

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

	/** A participle of speech set off after a name that a quotation's tag ends with. */
	private static final Pattern SPEAKING_AFTER_NAME = Pattern
		.compile("\\s*,\\s*(speaking|addressing)\\s+(?:to|in|at|on|before|during)\\s");

	/** An adverbial set off by commas: ", in the interview with CNBC in Riyadh,". */
	private static final Pattern ADVERBIAL = Pattern.compile("\\s*,\\s*(?:in|on|at|during|after|speaking) ");

	/** One more part of an apposition, up to its comma. */
	private static final Pattern APPOSITION_PART = Pattern.compile("[^,;:\"“”" + QuoteScanner.MASK + "]{1,120},\\s*");

	/** Most parts an apposition between a name and its cue has. */
	private static final int MAX_APPOSITION_PARTS = 4;

	/** A generation after a name: "Brent Bozell III", "Martin Luther King Jr.". */
	private static final Pattern GENERATION = Pattern.compile(",?\\s+(?:Jr\\.?|Sr\\.?|II|III|IV)\\b\\.?");

	/**
	 * How far back (in words) a cue or a subject is looked for: a tag is near its
	 * quotation.
	 */
	static final int MAX_LOOKBACK = 60;

	/** Longest stretch of text (in characters) taken as one clause. */
	static final int MAX_CLAUSE = 1500;

	private SpeakerTagMatcher() {
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
		if (tail.equals(":") && (lastToken.key().equals("read") || lastToken.key().equals("reads")) && last > 0
				&& tokens.get(last - 1).start() >= clauseFrom) {
			// "The text on the poster read:": the document's text, which its issuer
			// speaks.
			Subject document = SpeakerDescriptions.descriptionEndingAt(passage, last - 1);
			if (document != null && document.type() == SubjectType.DESCRIPTION
					&& SpeakerDescriptions.ISSUED.containsKey(document.key())) {
				return new Tag(lastToken.text(), document, true, true, false, open);
			}
		}
		if (tail.endsWith(":") && !SpeechCues.isCue(lastToken.key())
				&& !topicLabel(passage, clauseFrom, masked.lastIndexOf(':', open))) {
			Subject subject = colonSubject(passage, last, clauseFrom);
			if (subject != null && closesBracketBeforeColon(masked, clauseFrom, subject, open)) {
				// "the anchorman declared (parentheses added by the author, M.K.):": the
				// note's writer only explains the quotation; the verb's subject speaks.
				subject = null;
			}
			if (subject == null) {
				subject = officeLabel(passage, clauseFrom, last);
			}
			Subject apposed = subject == null ? null : apposedLabel(passage, clauseFrom, subject.start(), last);
			if (apposed == null && subject != null) {
				apposed = quotedApposed(passage, clauseFrom, subject.start(), last);
			}
			if (apposed != null) {
				// "Mojtaba Zolnour, former deputy representative of the Supreme Leader to
				// the Revolutionary Guards: "..."": the label's person speaks, not the
				// body
				// that ends the apposition.
				return new Tag(":", apposed, true, true, false, open);
			}
			if (subject != null) {
				colon = new Tag(":", subject, true, true, false, open);
				boolean object = TagSubjects.afterPreposition(passage, subject.start())
						|| addressed(passage, subject.start());
				// "Araghchi said, as quoted by IRGC mouthpiece Mashregh News:": the paper
				// that quotes him ends the lead-in; the verb's subject speaks.
				boolean quoting = AS_QUOTED_BY.matcher(masked).region(clauseFrom, subject.start()).find();
				if (subject.type() == SubjectType.NAMED && subject.adjacent() && !object && !quoting) {
					return colon;
				}
				Subject reporter = subject.adjacent() ? null : reporterBefore(passage, clauseFrom, subject.start());
				Subject actor = subject.adjacent() || reporter != null ? null
						: subjectOfVerbBefore(passage, clauseFrom, subject.start());
				if (actor != null) {
					// "Reporter takes Maschal to task:": the one the verb acts on
					// listens; its subject speaks.
					colon = new Tag(":", actor.distant(), false, true, false, open);
				}
				else if (reporter != null) {
					// "Lund said the vote was a "..." and that Harlow had learned: "...":
					// a name inside what a speech verb reports is spoken about; the
					// verb's subject speaks.
					colon = new Tag(":", reporter.distant(), false, true, false, open);
				}
				else if (object || !subject.adjacent()
						&& (!person(subject.mention()) || inRelativeClause(passage, clauseFrom, subject.start())
								|| inPrepositionalPhrase(passage, clauseFrom, subject.start()))) {
					// "Ada Lin, D-Ore., delivered a blunt message to the mayor:": the
					// one the lead-in is addressed to listens; the person opening it
					// speaks. So in a digest's "• Khamenei met with IRGC commanders and
					// discussed IRGC political participation:", whatever the verb.
					int first = passage.firstTokenFrom(clauseFrom);
					Tag opening = first >= tokens.size() ? null
							: openingSubject(passage,
									BULLETS.matcher(masked).region(clauseFrom, tokens.get(first).start()).matches()
											? tokens.get(first).start() : clauseFrom,
									subject.start());
					Subject writer = opening == null ? writerInOutlet(passage, clauseFrom, subject) : null;
					if (opening != null) {
						colon = new Tag(":", opening.subject(), false, true, false, open);
					}
					else if (writer != null) {
						colon = new Tag(":", writer, false, true, false, open);
					}
					else if (!person(subject.mention())) {
						// "In his sermon he drew reference to the fallout after the Green
						// Movement in 2009:": the pronoun after the opening phrase
						// speaks.
						Subject pronoun = pronounSubject(passage, clauseFrom, subject.start());
						colon = pronoun == null ? colon : new Tag(":", pronoun, false, true, false, open);
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
	 * The subject of the verb whose object is the name at {@code nameStart}, when a
	 * person, a role or a description opens the clause and the verb follows it ("The
	 * reporter takes Maschal to task:"); null when anything else stands between, or the
	 * word before the name is no verb of the present or past.
	 */
	private static Subject subjectOfVerbBefore(Passage passage, int clauseFrom, int nameStart) {
		List<Token> tokens = passage.tokens();
		int verb = passage.firstTokenFrom(nameStart) - 1;
		if (verb > 0 && SpeakerDescriptions.DETERMINERS.contains(tokens.get(verb).key())) {
			verb--;
		}
		int first = passage.firstTokenFrom(clauseFrom);
		if (verb <= first || tokens.get(verb).capitalised() || !SpeechCues.finiteVerb(tokens.get(verb).key())
				|| !Tokens.onlySpaceBetween(passage.masked(), tokens.get(verb).end(), tokens.get(verb + 1).start())) {
			return null;
		}
		Subject subject = TagSubjects.subjectAt(passage, first, tokens.get(verb).start());
		if (subject == null && verb == first + 1 && TranscriptLines.ROLE_LABELS.contains(tokens.get(first).key())) {
			// A headline's or a caption's "Reporter takes …": the role without its
			// article.
			Token role = tokens.get(first);
			subject = new Subject(SubjectType.DESCRIPTION, null, role.text(), role.key(), role.start(), role.end());
		}
		return subject != null && subject.end() == tokens.get(verb - 1).end()
				&& (subject.type() == SubjectType.ROLE_NOUN || subject.type() == SubjectType.DESCRIPTION
						|| person(subject.mention())) ? subject : null;
	}

	/**
	 * The paper that quotes or reports the speaker: ", as quoted by", ", as reported by".
	 */
	private static final Pattern AS_QUOTED_BY = Pattern.compile(",\\s{1,3}as (?:quoted|reported|cited) (?:by|in)\\s");

	/**
	 * Whether a relative clause set off by a comma opens between {@code clauseFrom} and a
	 * name: "Khamenei spoke about Ashura, which commemorates the battle in which the
	 * Prophet's grandson, Husayn ibn Ali, was killed:" speaks of Husayn; Khamenei speaks.
	 */
	private static boolean inRelativeClause(Passage passage, int clauseFrom, int nameStart) {
		List<Token> tokens = passage.tokens();
		for (int i = passage.firstTokenFrom(clauseFrom) + 1; i < tokens.size()
				&& tokens.get(i).start() < nameStart; i++) {
			String key = tokens.get(i).key();
			if ((key.equals("which") || key.equals("who") || key.equals("whose") || key.equals("whom"))
					&& passage.masked().substring(tokens.get(i - 1).end(), tokens.get(i).start()).contains(",")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a name stands at the end of a phrase a preposition opens a few words before
	 * it, no verb between: "… discussed the death sentence of Shi'a cleric and prominent
	 * dissident Sheikh Nimr al-Nimr that was issued by Saudi courts:" speaks of him.
	 */
	private static boolean inPrepositionalPhrase(Passage passage, int clauseFrom, int nameStart) {
		List<Token> tokens = passage.tokens();
		int first = passage.firstTokenFrom(clauseFrom);
		for (int i = passage.firstTokenFrom(nameStart) - 1; i > first
				&& passage.firstTokenFrom(nameStart) - i <= MAX_PHRASE_BEFORE_NAME; i--) {
			String key = tokens.get(i).key();
			if (PHRASE_PREPOSITIONS.contains(key) && !tokens.get(i).capitalised()) {
				return true;
			}
			String gap = passage.masked().substring(tokens.get(i).end(), tokens.get(i + 1).start());
			if (SpeechCues.finiteVerb(key) && !tokens.get(i).capitalised() || gap.indexOf(',') >= 0
					|| gap.indexOf(';') >= 0 || gap.indexOf(':') >= 0) {
				return false; // a clause of its own, or a list, between them
			}
		}
		return false;
	}

	private static final Set<String> PHRASE_PREPOSITIONS = Set.of("of", "about", "against", "on", "for", "with");

	/** Most words between a preposition and the name ending its phrase. */
	private static final int MAX_PHRASE_BEFORE_NAME = 7;

	/** Words that open the object of "added" when it adds a thing, not words. */
	private static final Set<String> THING_DETERMINERS = Set.of("this", "these", "a", "an", "the", "its", "their",
			"his", "her", "new", "more");

	/**
	 * Whether "added" at token {@code i} takes a thing for its object ("added this
	 * designation", "added a new rule") with nothing setting off what follows before the
	 * quotation at {@code open}: no speech. "added the following:" and "added a warning,
	 * saying" still lead words in.
	 */
	private static boolean addedAThing(Passage passage, int i, int open) {
		List<Token> tokens = passage.tokens();
		if (i + 2 >= tokens.size() || !THING_DETERMINERS.contains(tokens.get(i + 1).key())
				|| tokens.get(i + 2).capitalised() || tokens.get(i + 2).key().equals("following")
				|| tokens.get(i + 2).start() >= open) {
			return false;
		}
		String between = passage.masked().substring(tokens.get(i).end(), open);
		return between.indexOf(':') < 0 && between.indexOf(',') < 0;
	}

	/** What may stand before a list item's first word: spaces, bullets, dashes. */
	private static final Pattern BULLETS = Pattern.compile("[\\s\u2022\u25AA\u25CF*\u2013\u2014-]*");

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
			"argues", "declared", "insisted", "claimed", "claims", "warned", "warns", "stressed", "stresses",
			"emphasized", "emphasizes", "emphasised", "emphasises", "asserted", "asserts", "replied", "replies",
			"admitted", "admits", "acknowledged", "acknowledges", "maintained", "maintains", "contended", "contends");

	/**
	 * The subject of the first speech verb in [clauseFrom, before), when one stands there
	 * with its subject before it; null otherwise.
	 */
	private static Subject reporterBefore(Passage passage, int clauseFrom, int before) {
		List<Token> tokens = passage.tokens();
		for (int i = passage.firstTokenFrom(clauseFrom); i < tokens.size() && tokens.get(i).end() <= before; i++) {
			Token token = tokens.get(i);
			if (SpeechCues.isCue(token.key()) && !token.capitalised() && !token.key().endsWith("ing")
					&& !(i > 0 && (SpeechCues.PASSIVE.contains(tokens.get(i - 1).key())
							|| tokens.get(i - 1).key().equals("to")))) {
				Subject subject = TagSubjects.subject(passage, clauseFrom, token.start());
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
		if (i >= 0 && SpeakerDescriptions.DETERMINERS.contains(tokens.get(i).key())) {
			i--;
		}
		return i >= 0 && SpeechCues.ADDRESSING.contains(tokens.get(i).key())
				&& Tokens.onlySpaceBetween(passage.masked(), tokens.get(i).end(), tokens.get(i + 1).start());
	}

	private static Tag cued(Passage passage, int clauseFrom, int cueFrom, int open, int last) {
		List<Token> tokens = passage.tokens();
		String masked = passage.masked();
		Tag inTheWordsOf = inTheWordsOf(passage, cueFrom, open, last);
		if (inTheWordsOf != null) {
			return inTheWordsOf;
		}
		for (int i = last; i >= 0 && tokens.get(i).start() >= cueFrom && last - i < MAX_LOOKBACK; i--) {
			Token token = tokens.get(i);
			String key = token.key();
			if (key.equals("to") && i > 0 && tokens.get(i - 1).key().equals("according")
					&& tokens.get(i - 1).start() >= cueFrom) {
				return accordingTo(passage, i, open, "according to");
			}
			if (i > 0 && i + 1 <= last && tokens.get(i - 1).key().equals("as") && tokens.get(i - 1).start() >= cueFrom
					&& tokens.get(i + 1).key().equals("by") && SpeechCues.isCue(key) && !key.equals("quoted")
					&& !key.equals("cited")) {
				// "As declared by President Obama in the White House, the agreement had
				// been "…"": the one after "by" speaks, as after "according to".
				Tag by = accordingTo(passage, i + 1, open, "as " + key + " by");
				if (by != null) {
					return by;
				}
			}
			if (key.equals("quote") && i > 0 && tokens.get(i - 1).key().equals("to")
					&& tokens.get(i - 1).start() >= cueFrom) {
				// "To quote Professor Finkelstein again, "…"": the one quoted speaks, as
				// after "according to".
				Tag quoted = accordingTo(passage, i, open, "to quote");
				if (quoted != null) {
					return quoted;
				}
			}
			Subject words = inTheirWords(passage, i, open);
			if (words != null) {
				return new Tag(token.text(), words, false, false, false, open);
			}
			Subject issuer = issuedStatementThat(passage, clauseFrom, i, open);
			if (issuer != null) {
				return new Tag(token.text(), issuer, false, false, false, open);
			}
			Subject owner = ownedStatement(passage, i, open);
			if (owner == null) {
				owner = statementOf(passage, i, open);
			}
			if (owner != null) {
				String link = masked.substring(token.end(), open).strip();
				boolean direct = link.endsWith(":") || link.endsWith(",");
				return new Tag(token.text(), owner, false, direct, false, open);
			}
			boolean phrasal = i > 0 && SpeechCues.phrasalCue(passage, i - 1) && !key.equals("on");
			if (SpeechCues.cueAsNoun(passage, i)) {
				continue; // "the false claims of the board": a noun
			}
			if ((key.equals("added") || key.equals("adds")) && addedAThing(passage, i, open)) {
				continue; // "The State Department added this designation in 2019 …"
			}
			if (i > 0 && i < last && SpeechCues.isCue(tokens.get(i - 1).key()) && !tokens.get(i - 1).capitalised()
					&& !bareForm(tokens.get(i - 1).key())
					&& Tokens.onlySpaceBetween(masked, tokens.get(i - 1).end(), token.start())) {
				// "The IDF said published documents "prove …"": an adjective, where a
				// word stands between it and the quotation ("which Will claims affirmed
				// "…"" has the verb) and a verb's form, not a noun's ("the secretary of
				// state said"), stands before it.
				continue;
			}
			if (!SpeechCues.isCue(key) && !asPutIt(passage, i) && !phrasal && !perfectWritten(passage, i)
					|| (i > 0 && (SpeechCues.passive(tokens, i) || SpeechCues.reducedPassive(passage, i)
							|| tokens.get(i - 1).key().equals("to") && !SpeechCues.wentOnTo(tokens, i)
									&& SpeechCues.hadToSay(tokens, i) < 0))
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
			// "Tinubu said; "…"": a semicolon written for the colon.
			boolean adjacent = between.isEmpty() || between.equals(",") || between.equals(":") || between.equals(";")
					|| COMMA_THAT.matcher(between).matches();
			boolean direct = !SpeechCues.CHARACTERISING.contains(key) && (adjacent || between.endsWith(",")
					|| between.endsWith(":") || ENDS_WITH_THAT.matcher(between).matches()
					|| ENDS_WITH_AS_SAYING.matcher(between).matches());
			Subject subject;
			// "described the groups as "…," saying": a quotation between "as" and the
			// participle makes no "as saying"
			boolean quotedAs = (key.equals("saying") || key.equals("stating")) && i > 0
					&& tokens.get(i - 1).key().equals("as")
					&& Tokens.onlySpaceBetween(masked, tokens.get(i - 1).end(), token.start());
			// "Kayhan also quoted the spiritual leader Rachid al-Ghannouchi, saying that
			// "…"": the one quoted says it, as with "as saying".
			Subject quotedThenSaying = quotedAs || !(key.equals("saying") || key.equals("stating"))
					|| !masked.substring(tokens.get(i - 1).end(), token.start()).strip().equals(",") ? null
							: quotedPersonBefore(passage, clauseFrom, i);
			if (quotedThenSaying != null) {
				quotedAs = true;
				subject = quotedThenSaying;
			}
			else if (quotedAs) {
				subject = quotedAsSaying(passage, clauseFrom, i - 1);
			}
			else {
				// "The email went on to say": the subject is that of "went"; "X had
				// the following to say": of "had"; "Carson said ... but was
				// referring": that of "was".
				int had = SpeechCues.hadToSay(tokens, i);
				int verb = phrasal ? i - 1
						: had >= 0 ? had : i > 2 && tokens.get(i - 1).key().equals("to") ? i - 3
								: i > 0 && SpeechCues.PASSIVE.contains(tokens.get(i - 1).key())
										&& Tokens.onlySpaceBetween(masked, tokens.get(i - 1).end(), token.start())
												? i - 1 : i;
				subject = verb == i ? parenthetical(passage, i, open) : null;
				if (subject == null && verb == i) {
					subject = participleAfterRelative(passage, clauseFrom, i);
				}
				if (subject == null) {
					subject = TagSubjects.subject(passage, clauseFrom, tokens.get(verb).start());
				}
				if (subject == null) {
					subject = openingRun(passage, clauseFrom, verb);
				}
				if (subject == null) {
					subject = officeAfterComma(passage, clauseFrom, verb);
				}
			}
			// "Said Dorothy Poynter, …": an inverted tag; "Describing the deal as …"
			// opens with a participle, whose object is no speaker.
			if (subject == null && blank(masked, clauseFrom, token.start()) && !key.endsWith("ing")) {
				subject = TagSubjects.subjectAt(passage, i + 1, open); // "Said Dorothy
																		// Poynter, who
				// grew up with Ali, "...""
			}
			if (subject == null) {
				return null;
			}
			// "Katz said a posting quoted al-Yamani as saying": the one quoted speaks.
			if (subject.type() == SubjectType.NAMED && !quotedAs && !REPORTING.contains(key)
					&& subject.end() <= token.start()
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
	 * Whether token {@code i} is "written" after "has", "have" or "had" and not before an
	 * object or an agent: "Westmacott has written in the Guardian that "…"" tags as
	 * "wrote" does; "has written a book in which" and "had been written by" are no tags.
	 */
	private static boolean perfectWritten(Passage passage, int i) {
		List<Token> tokens = passage.tokens();
		return i > 0 && i + 1 < tokens.size() && tokens.get(i).key().equals("written")
				&& PERFECT.contains(tokens.get(i - 1).key()) && !NOT_WHAT_WAS_WRITTEN.contains(tokens.get(i + 1).key());
	}

	private static final Set<String> PERFECT = Set.of("has", "have", "had");

	/** Words after "written" that open its object or its agent, not what it says. */
	private static final Set<String> NOT_WHAT_WAS_WRITTEN = Set.of("by", "a", "an", "the", "his", "her", "their", "its",
			"this", "these", "those", "several", "many", "two", "three", "dozens", "hundreds", "books", "articles");

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

	/** Most characters between the one "in the words of" names and the quotation. */
	private static final int MAX_WORDS_OF_REST = 60;

	private static final Pattern END_OF_SENTENCE = Pattern.compile("[.!?\\n]");

	/**
	 * {@code In the words of Al-Obaidi in his column, "..."}: the one after "of" speaks,
	 * as after "according to", whatever the lead-in says of him after that; null when the
	 * lead-in has no such phrase.
	 */
	private static Tag inTheWordsOf(Passage passage, int cueFrom, int open, int last) {
		List<Token> tokens = passage.tokens();
		for (int i = Math.max(0, last - MAX_LOOKBACK); i + 4 <= last; i++) {
			if (tokens.get(i).start() >= cueFrom && tokens.get(i).key().equals("in")
					&& tokens.get(i + 1).key().equals("the") && OWN_WORDS.contains(tokens.get(i + 2).key())
					&& tokens.get(i + 3).key().equals("of")) {
				Tag tag = accordingTo(passage, i + 3, open, "in the words of");
				// Only for the quotation its own sentence leads in: after "In the words
				// of
				// Khomeini:" a slogan inside the passage quoted is his no more than the
				// passage around it is.
				String rest = tag == null ? "" : passage.masked().substring(tag.subject().end(), open);
				return tag == null || rest.length() > MAX_WORDS_OF_REST || END_OF_SENTENCE.matcher(rest).find() ? null
						: tag;
			}
		}
		return null;
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
	 * Tehran to "work together …"", "Macron's call for Israel to stop bombing "these
	 * babies …"" (at most two words of what is asked after its "to").
	 */
	private static final Set<String> APPEALS = Set.of("appeal", "appeals", "call", "calls", "plea", "advocacy",
			"demand", "demands");

	private static final Pattern APPEAL_LINK = Pattern
		.compile("(?:of|for|to|(?:for|on)\\s[^,;:.]{1,60}?\\sto(?:\\s[a-z]+){0,2})");

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
		// "Iran quoted Ahmadinejad's remarks as "…"": the remarks quoted are his; after
		// any other verb ("described his remarks as "…"") the words are the describer's.
		boolean quotedAs = !appeal && link.equals("as");
		// Nothing between ("X said Lin's comments "are baseless"") makes the noun the
		// subject of someone else's words about it.
		if (link.isEmpty() || !(appeal ? APPEAL_LINK.matcher(link).matches() : STATEMENT_LINK.matcher(link).matches()
				|| PROMISES.contains(noun.key()) && link.equals("to") || quotedAs)) {
			return null;
		}
		for (int k = i - 1; k >= 0 && i - k <= MAX_OWNED_MODIFIERS + 1; k--) {
			Token owner = tokens.get(k);
			if (!Tokens.onlySpaceBetween(masked, owner.end(), tokens.get(k + 1).start())) {
				return null;
			}
			Subject possessor = possessivePronoun(owner);
			if (possessor != null) {
				return !quotedAs || quotingVerbRightBefore(passage, owner.start()) ? possessor : null;
			}
			Mention mention = passage.mentionEndingAt(owner.end());
			if (mention != null && mention.possessive()) {
				return !quotedAs || quotingVerbRightBefore(passage, mention.start()) ? Subject.named(mention) : null;
			}
			if (quotedAs) {
				continue;
			}
			// "The county senator's answer was that ...": resolved like "the senator".
			Subject role = owner.possessive() ? ownerRole(passage, k) : null;
			if (role != null) {
				return role;
			}
			if (owner.possessive() || SpeakerDescriptions.DETERMINERS.contains(owner.key())
					|| SpeakerDescriptions.OWNERS.contains(owner.key())
					|| SpeakerDescriptions.DESCRIPTION_STOPS.contains(owner.key())) {
				return null;
			}
		}
		return null;
	}

	/**
	 * Whether "quoted", "cited", "quoting" or "citing" stands right before the offset.
	 */
	private static boolean quotingVerbRightBefore(Passage passage, int at) {
		int before = passage.firstTokenFrom(at) - 1;
		return before >= 0 && QUOTING_VERBS.contains(passage.tokens().get(before).key())
				&& Tokens.onlySpaceBetween(passage.masked(), passage.tokens().get(before).end(), at);
	}

	/**
	 * {@code Netanyahu issued a statement that he "rejects …"}: a statement noun at token
	 * i after an issuing verb and an article, then "that" and the clause the quotation
	 * ends: the issuer, the verb's subject; null otherwise.
	 */
	private static Subject issuedStatementThat(Passage passage, int clauseFrom, int i, int open) {
		List<Token> tokens = passage.tokens();
		if (!STATEMENTS_ISSUED.contains(tokens.get(i).key()) || i < 2 || i + 1 >= tokens.size()
				|| !tokens.get(i + 1).key().equals("that") || tokens.get(i + 1).start() >= open
				|| !SpeakerDescriptions.DETERMINERS.contains(tokens.get(i - 1).key())
				|| !ISSUING_VERBS.contains(tokens.get(i - 2).key()) || tokens.get(i - 2).start() < clauseFrom) {
			return null;
		}
		Subject subject = TagSubjects.subject(passage, clauseFrom, tokens.get(i - 2).start());
		// "Netanyahu on Wednesday issued": the verb's own subject, a few words before it
		// at most, not a name further back ("Mulgrew said he hopes the day sends a
		// message that").
		return subject != null && subject.end() <= tokens.get(i - 2).start()
				&& (subject.type() == SubjectType.NAMED || subject.type() == SubjectType.PRONOUN
						|| subject.type() == SubjectType.ROLE_NOUN)
				&& i - 2 - passage.firstTokenFrom(subject.end()) <= MAX_WORDS_BEFORE_ISSUING ? subject : null;
	}

	private static final int MAX_WORDS_BEFORE_ISSUING = 3;

	private static final Set<String> STATEMENTS_ISSUED = Set.of("statement", "letter", "message", "announcement",
			"communique", "note");

	private static final Set<String> ISSUING_VERBS = Set.of("issued", "released", "sent", "published", "posted",
			"issues", "releases", "sends", "publishes", "posts");

	/**
	 * {@code reported the statement of commander Mohammad Ali Jafari: "…"}: a statement
	 * noun at token i, "of", at most a few lower-case words of an office, and a person
	 * named right before the quotation's link; that person, else null.
	 */
	private static Subject statementOf(Passage passage, int i, int open) {
		List<Token> tokens = passage.tokens();
		Token noun = tokens.get(i);
		if (!OWNED_STATEMENTS.contains(noun.key()) || noun.possessive() || i + 2 >= tokens.size()
				|| !tokens.get(i + 1).key().equals("of") || tokens.get(i + 1).capitalised()) {
			return null;
		}
		String masked = passage.masked();
		for (int k = i + 2; k < tokens.size() && k - i - 2 <= MAX_OWNED_MODIFIERS + 1
				&& tokens.get(k).start() < open; k++) {
			Mention mention = passage.mentionFrom(tokens.get(k).start());
			if (mention != null && mention.start() == tokens.get(k).start()) {
				return person(mention) && mention.end() <= open
						&& STATEMENT_LINK.matcher(masked.substring(mention.end(), open).strip()).matches()
						&& !masked.substring(mention.end(), open).isBlank() ? Subject.named(mention) : null;
			}
			if (tokens.get(k).capitalised()) {
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
		if (!SpeakerDescriptions.ROLE_NOUNS.contains(key) || !SpeakerDescriptions.personNoun(key)) {
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
			if (tokens.get(j).possessive() || SpeakerDescriptions.DESCRIPTION_STOPS.contains(tokens.get(j).key())) {
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
		if (!SpeechCues.putIt(tokens, i)) {
			return false;
		}
		for (int j = i - 1; j >= 0 && i - j <= 8; j--) {
			if (tokens.get(j).key().equals("as")) {
				return true;
			}
		}
		return false;
	}

	static boolean blank(String text, int from, int to) {
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
		Tag tag = tagAfter(passage, after, until);
		return tag == null ? null : citedBy(passage, tag, until);
	}

	/** ", citing" or ", quoting" and a person right after a tag. */
	private static final Pattern CITING = Pattern.compile("\\s*,\\s*(?:citing|quoting)\\s+");

	/**
	 * The person an outlet's tag, or an unnamed writing's, goes on to cite ({@code "…,"
	 * the Daily Sabah publication said, citing Erdoğan.}, {@code "…," said the headline
	 * of the paper's main article, quoting Sgt. Kamil Çelikkaya}): the words are that
	 * person's; the tag as it is otherwise.
	 */
	private static Tag citedBy(Passage passage, Tag tag, int until) {
		Mention outlet = tag.subject().mention();
		boolean unnamed = tag.subject().type() == SubjectType.DESCRIPTION
				|| tag.subject().type() == SubjectType.ROLE_NOUN;
		if (!unnamed && (outlet == null || outlet.kind() != SpeakerKind.OUTLET) || tag.end() >= until) {
			return tag;
		}
		Matcher citing = CITING.matcher(passage.masked()).region(tag.end(), until);
		if (!citing.lookingAt()) {
			return tag;
		}
		Mention cited = passage.mentionFrom(citing.end());
		if (cited == null || cited.start() != citing.end() || cited.kind() != SpeakerKind.PERSON || cited.possessive()
				|| cited.end() > until) {
			return tag;
		}
		return new Tag(tag.cue(), Subject.named(cited), tag.adjacent(), tag.direct(), tag.trailing(), cited.end());
	}

	private static Tag tagAfter(Passage passage, int after, int until) {
		List<Token> tokens = passage.tokens();
		int first = passage.firstTokenFrom(after);
		if (first >= tokens.size() || tokens.get(first).start() >= until) {
			return null;
		}
		Token head = tokens.get(first);
		int gapEnd = head.start();
		if (gapEnd > after && head.capitalised() && NameFolding.isApostrophe(passage.masked().charAt(gapEnd - 1))) {
			gapEnd--; // the 'ayn opening a name: "…," 'Abd Al-Bari 'Atwan said
		}
		if (!COMMAS_AND_SPACE.matcher(passage.masked().substring(after, gapEnd)).matches()) {
			return null;
		}
		if (head.key().equals("as") && !head.capitalised()) {
			return after(passage, head.end(), until); // "...," as Cruz said on the radio
		}
		Tag quotedOne = quotedAfter(passage, first, until);
		if (quotedOne != null) {
			return quotedOne;
		}
		Tag participle = afterOpeningParticiple(passage, after, first, until);
		if (participle != null) {
			return participle;
		}
		if (head.key().equals("according") && first + 1 < tokens.size() && tokens.get(first + 1).key().equals("to")) {
			Subject subject = TagSubjects.subjectAt(passage, first + 2, until);
			if (subject == null) {
				subject = closedRun(passage, first + 2, until);
			}
			return subject == null ? null : new Tag("according to", subject, true, true, true, subject.end());
		}
		// "...," Read said: a capitalised word a speech verb follows is the subject (Ian
		// Read), not an inverted "read".
		boolean subjectFirst = head.capitalised() && passage.mentionCovering(head.start()) != null
				&& SpeechCues.trailingCueAt(passage, head.end(), until) >= 0;
		// "…," describing the pace as: a participle has no subject after it, and what
		// follows it is its object.
		if ((SpeechCues.isCue(head.key()) || head.key().equals("read")) && !SpeechCues.ADDRESSING.contains(head.key())
				&& !subjectFirst && !head.key().endsWith("ing")) {
			Subject subject = TagSubjects.subjectAt(passage, first + 1, until);
			if (subject == null) {
				return null;
			}
			Subject named = subject.type() == SubjectType.NAMED ? null : apposedPerson(passage, subject.end(), until);
			if (named == null && subject.type() != SubjectType.NAMED) {
				// "said the Council President for the month of May, Ambassador
				// Thomas-Greenfield": the name set off after the description's phrase.
				named = apposedPerson(passage, afterQualifyingPhrase(passage, subject.end(), until), until);
			}
			if (named == null && subject.type() == SubjectType.ROLE_NOUN) {
				// "asked the director of the Al-Ahram Centre for Political and Strategic
				// Studies Abdel-Moneim Said.": the name ends the office's phrase, and the
				// tag.
				named = personEndingPhrase(passage, subject.end(), until);
			}
			Subject speaker = named != null ? named : subject;
			return new Tag(head.text(), speaker, true, true, true, speaker.end());
		}
		Subject subject = TagSubjects.subjectAt(passage, first, until);
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
		// "…," the foreign minister, in the interview in Riyadh, said: an office set
		// off from its verb by an adverbial.
		boolean adverbial = subject.type() == SubjectType.ROLE_NOUN && apposition.lookingAt()
				&& ADVERBIAL.matcher(passage.masked()).region(resume, until).lookingAt();
		if ((subject.type() == SubjectType.NAMED || subject.type() == SubjectType.DESCRIPTION || adverbial)
				&& apposition.lookingAt()) {
			// "an intelligence source, who was not ..., told"; "Harry Bond, 30, of
			// Raleigh, N.C., said": the apposition runs to the comma a cue follows.
			int end = apposition.end();
			for (int part = 1; part < MAX_APPOSITION_PARTS
					&& SpeechCues.trailingCueAt(passage, end, until) < 0; part++) {
				Matcher more = APPOSITION_PART.matcher(passage.masked()).region(end, until);
				if (!more.lookingAt()) {
					break;
				}
				end = more.end();
			}
			resume = SpeechCues.trailingCueAt(passage, end, until) >= 0 ? end : apposition.end();
		}
		if (resume == subject.end() && person(subject.mention())) {
			resume = afterAffiliation(passage, resume, until); // "X of the Y Institute
																// said"
		}
		else if (resume == subject.end() && subject.type() == SubjectType.ROLE_NOUN) {
			// "the leader of the resistance movement said"
			resume = afterAffiliation(passage, resume, until);
		}
		else if (resume == subject.end() && subject.type() == SubjectType.DESCRIPTION
				&& SpeakerDescriptions.personNoun(subject.key())) {
			resume = afterPlace(passage, resume, until); // "a staffer in the room
															// wondered"
		}
		if (subject.type() == SubjectType.DESCRIPTION && resume == subject.end()) {
			Subject writer = writerAfterBy(passage, subject, until);
			if (writer != null) {
				// "…," the post by Abdul Razak Artan reportedly reads: its writer
				// speaks.
				subject = writer;
				resume = writer.end();
			}
		}
		int next = SpeechCues.trailingCueAt(passage, resume, until);
		if (subject.type() == SubjectType.ROLE_NOUN || subject.type() == SubjectType.DESCRIPTION) {
			// "…," its spokesman, Jaafar Al Husseini, told: the name the description
			// stands beside is the speaker.
			Subject named = apposedPerson(passage, subject.end(), until);
			int comma = named == null ? -1 : passage.masked().indexOf(',', named.end());
			int cue = comma < 0 || comma >= until ? -1 : SpeechCues.trailingCueAt(passage, comma + 1, until);
			if (cue >= 0 && passage.masked().substring(named.end(), tokens.get(cue).start()).strip().equals(",")) {
				subject = named;
				next = cue;
				resume = comma + 1;
			}
		}
		if (next < 0 && (subject.type() == SubjectType.ROLE_NOUN || subject.type() == SubjectType.DESCRIPTION)) {
			Subject widened = coordinated(passage, subject, until);
			if (widened != null) {
				subject = widened;
				resume = widened.end();
				next = SpeechCues.trailingCueAt(passage, resume, until);
			}
		}
		if (next < 0 && person(subject.mention()) && resume == subject.end()) {
			Subject pair = coordinatedNames(passage, subject, until);
			int end = pair == null ? -1 : afterAffiliation(passage, pair.end(), until);
			if (pair != null && SpeechCues.trailingCueAt(passage, end, until) >= 0) {
				subject = pair;
				resume = end;
				next = SpeechCues.trailingCueAt(passage, resume, until);
			}
		}
		if (next < 0 && person(subject.mention()) && resume == subject.end()) {
			int end = unopenedRelative(passage, resume, until);
			if (end == resume) {
				end = unclosedApposition(passage, resume, until);
			}
			if (end > resume) {
				resume = end;
				next = SpeechCues.trailingCueAt(passage, resume, until);
			}
		}
		if (next >= 0 && (resume > subject.end()
				|| Tokens.onlySpaceBetween(passage.masked(), tokens.get(next - 1).end(), tokens.get(next).start()))) {
			return new Tag(tokens.get(next).text(), subject, true, true, true, tokens.get(next).end());
		}
		Matcher speaking = SPEAKING_AFTER_NAME.matcher(passage.masked()).region(resume, until);
		if (next < 0 && person(subject.mention()) && resume == subject.end() && speaking.lookingAt()) {
			// "…," Sheikh Naim Qassem, speaking to Lebanese TV channels: the verb is left
			// out, the participle says he spoke.
			return new Tag(speaking.group(1), subject, true, true, true, speaking.end());
		}
		int quoted = passiveQuotedAsSaying(passage, resume, until);
		if (quoted >= 0) {
			return new Tag(tokens.get(quoted).text(), subject, true, true, true, tokens.get(quoted).end());
		}
		return null;
	}

	/**
	 * Participles that open a sentence by saying how its subject spoke of something:
	 * "Describing the deal as "…," Trump said", "Comparing America to "…," Khamenei
	 * further said".
	 */
	private static final Set<String> CHARACTERISING = Set.of("describing", "calling", "comparing", "likening",
			"labelling", "labeling", "dubbing", "branding", "terming", "characterizing", "characterising", "hailing",
			"deriding", "praising");

	/**
	 * Participles of speech that open a sentence whose subject said what follows them:
	 * "Warning that its passage "does not mark the end …," Obama signed".
	 */
	private static final Set<String> SPEAKING_OPENERS = Set.of("warning", "insisting", "saying", "noting", "arguing",
			"declaring", "stressing", "promising", "acknowledging", "admitting", "complaining", "claiming", "vowing",
			"pledging", "asserting", "explaining", "emphasizing", "emphasising", "predicting", "conceding");

	/**
	 * The subject of the main clause, when the quotation closes a participle's clause
	 * opening the sentence ({@code Comparing America to "the famous cat …," Khamenei
	 * further said that …}): the one the participle's words are; null otherwise.
	 */
	private static Tag afterOpeningParticiple(Passage passage, int after, int first, int until) {
		String masked = passage.masked();
		// The quotation's opening mark, then the sentence's start a few words before it:
		// a comma between them would end the participle's clause before the quotation.
		int open = Math.max(masked.lastIndexOf('"', after - 2), masked.lastIndexOf('“', after - 2));
		if (open < 0) {
			return null;
		}
		int start = open;
		while (start > 0 && open - start < MAX_PARTICIPLE_CLAUSE
				&& !(".!?".indexOf(masked.charAt(start - 1)) >= 0 && Character.isWhitespace(masked.charAt(start)))) {
			start--;
		}
		if (start > 0 && open - start >= MAX_PARTICIPLE_CLAUSE) {
			return null;
		}
		List<Token> tokens = passage.tokens();
		int opener = participleOpening(passage, start, first, open);
		if (opener < 0) {
			// "DENVER, Feb. 17 -- Warning that …": past a dateline's dash, when the
			// sentence itself opens with no participle ("Comparing the board — a body
			// of pilots — to "…"" keeps its own).
			String clause = masked.substring(start, open);
			int dash = Math.max(clause.lastIndexOf("--"), Math.max(clause.lastIndexOf('—'), clause.lastIndexOf('–')));
			opener = dash < 0 ? -1 : participleOpening(passage, start + dash + 1, first, open);
		}
		if (opener < 0) {
			return null;
		}
		Subject subject = TagSubjects.subjectAt(passage, first, until);
		if (subject == null || subject.type() != SubjectType.NAMED && subject.type() != SubjectType.PRONOUN
				|| subject.end() >= until) {
			return null;
		}
		return new Tag(tokens.get(opener).text(), subject, false, false, true, subject.end());
	}

	/**
	 * The token of a capitalised participle of speech or characterisation opening the
	 * text at {@code start}, before token {@code first} and with no comma between it and
	 * the quotation at {@code open}; -1 otherwise.
	 */
	private static int participleOpening(Passage passage, int start, int first, int open) {
		List<Token> tokens = passage.tokens();
		int opener = passage.firstTokenFrom(start);
		if (opener >= first) {
			return -1;
		}
		Token token = tokens.get(opener);
		return (CHARACTERISING.contains(token.key()) || SPEAKING_OPENERS.contains(token.key())) && token.capitalised()
				&& token.end() <= open && passage.masked().substring(token.end(), open).indexOf(',') < 0 ? opener : -1;
	}

	/** Most characters of a participle's clause before its quotation. */
	private static final int MAX_PARTICIPLE_CLAUSE = 160;

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
		if ((head.equals("so") || head.equals("thus")) && SpeechCues.isCue(tokens.get(first + 1).key())
				&& !SpeechCues.ADDRESSING.contains(tokens.get(first + 1).key())) {
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
			Subject subject = TagSubjects.subjectAt(passage, passage.firstTokenFrom(of.end()), until);
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
	 * ({@code the Council President for the month of May,}, {@code Deputy Ambassador and
	 * Charge d'Affaires to New Delhi,}): a preposition or "and" and at most six more
	 * words naming no person; {@code from} when there is none.
	 */
	private static int afterQualifyingPhrase(Passage passage, int from, int until) {
		List<Token> tokens = passage.tokens();
		int first = passage.firstTokenFrom(from);
		// Also the rest of a phrase the description stopped in at "and": "deputy foreign
		// minister for international and legal affairs, Abbas Araqchi".
		if (first >= tokens.size()
				|| !QUALIFYING_PREPOSITIONS.contains(tokens.get(first).key()) && !tokens.get(first).key().equals("and")
				|| tokens.get(first).capitalised()
				|| !passage.masked().substring(from, tokens.get(first).start()).isBlank()) {
			return from;
		}
		for (int t = first + 1; t < tokens.size() && t - first <= 6 && tokens.get(t).end() <= until; t++) {
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

	private static final Set<String> QUALIFYING_PREPOSITIONS = Set.of("for", "of", "in", "at", "from", "to");

	/**
	 * The person named right at the end of a description's qualifying phrase, which runs
	 * without punctuation from {@code from} ("of the Al-Ahram Centre for Political and
	 * Strategic Studies Abdel-Moneim Said"), when nothing but a stop or a comma follows
	 * the name before {@code until}; null otherwise.
	 */
	private static Subject personEndingPhrase(Passage passage, int from, int until) {
		List<Token> tokens = passage.tokens();
		String masked = passage.masked();
		int first = passage.firstTokenFrom(from);
		if (first >= tokens.size() || !QUALIFYING_PREPOSITIONS.contains(tokens.get(first).key())
				|| tokens.get(first).capitalised() || !masked.substring(from, tokens.get(first).start()).isBlank()) {
			return null;
		}
		for (int t = first + 1; t < tokens.size() && t - first <= MAX_QUALIFYING_WORDS
				&& tokens.get(t).end() <= until; t++) {
			if (!masked.substring(tokens.get(t - 1).end(), tokens.get(t).start()).isBlank()) {
				return null;
			}
			Mention mention = passage.mentionCovering(tokens.get(t).start());
			if (mention == null || mention.kind() != SpeakerKind.PERSON) {
				continue;
			}
			String rest = masked.substring(Math.min(mention.end(), until), until).strip();
			return mention.start() == tokens.get(t).start() && !mention.possessive() && mention.end() <= until
					&& (rest.isEmpty() || rest.equals(".") || rest.startsWith(",")) ? Subject.named(mention) : null;
		}
		return null;
	}

	/** Most words of a description's qualifying phrase before the name that ends it. */
	private static final int MAX_QUALIFYING_WORDS = 12;

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
					|| FIRST_PERSON.contains(token.key()) || SpeakerDescriptions.DETERMINERS.contains(token.key())
					|| NameVocabulary.CALENDAR.contains(token.key()) || j > first
							&& !Tokens.onlySpaceBetween(passage.masked(), tokens.get(j - 1).end(), token.start())) {
				return null;
			}
			int next = j + 1;
			if (next < tokens.size() && SpeechCues.isCue(tokens.get(next).key()) && !tokens.get(next).capitalised()
					&& SpeechCues.trailingCueAt(passage, token.end(), until) == next
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
		Subject second = TagSubjects.subjectAt(passage, and + 1, until);
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
		if (i == 0 || verb.capitalised() || verb.key().endsWith("ing") || SpeechCues.ADDRESSING.contains(verb.key())
				|| SpeechCues.CHARACTERISING.contains(verb.key()) || !REPORTING.contains(verb.key())
				|| !masked.substring(tokens.get(i - 1).end(), verb.start()).strip().equals(",")) {
			return null;
		}
		Subject subject = TagSubjects.subjectAt(passage, i + 1, open);
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
	 * An office written without an article after an opening phrase and its comma:
	 * {@code Pointing to the talks, FM Spokesman said:}; as {@link #openingRun}, for a
	 * run that ends in a title.
	 */
	private static Subject officeAfterComma(Passage passage, int clauseFrom, int verb) {
		List<Token> tokens = passage.tokens();
		if (verb == 0 || !NameVocabulary.isTitleKey(tokens.get(verb - 1).key())) {
			return null;
		}
		int comma = passage.masked().lastIndexOf(',', tokens.get(verb).start());
		return comma < clauseFrom ? null : openingRun(passage, comma + 1, verb);
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
				&& !FIRST_PERSON.contains(token.key()) && !SpeakerDescriptions.DETERMINERS.contains(token.key())
				&& !SpeakerDescriptions.DESCRIPTION_STOPS.contains(token.key())
				&& !NameVocabulary.CALENDAR.contains(token.key());
	}

	/**
	 * Whether the subject ends a note in brackets, opened after {@code clauseFrom}, that
	 * closes right before the lead-in's colon.
	 */
	private static boolean closesBracketBeforeColon(String masked, int clauseFrom, Subject subject, int open) {
		int colon = masked.lastIndexOf(':', open);
		if (colon < subject.end() || !masked.substring(subject.end(), colon).strip().equals(")")) {
			return false;
		}
		int bracket = masked.lastIndexOf('(', subject.start());
		// "The mayor (Kay Lund):" names the speaker in the bracket; a note has words of
		// its own before the name.
		return bracket >= clauseFrom && masked.indexOf(')', bracket) >= subject.end()
				&& !masked.substring(bracket + 1, subject.start()).isBlank();
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
					|| SpeakerDescriptions.DESCRIPTION_STOPS.contains(token.key())
					|| SpeakerDescriptions.DETERMINERS.contains(token.key())
					|| SpeakerDescriptions.OWNERS.contains(token.key()) || token.possessive()
					|| SpeechCues.isCue(token.key())) {
				return null;
			}
			if (SpeechCues.trailingCueAt(passage, token.end(), until) == j + 1) {
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
		if (!opener.equals("who") && !SpeakerDescriptions.DETERMINERS.contains(opener)) {
			return from;
		}
		for (int j = open + 1; j < tokens.size() && j - open <= MAX_UNCLOSED && tokens.get(j).start() < until; j++) {
			Token token = tokens.get(j);
			String gap = masked.substring(tokens.get(j - 1).end(), token.start());
			String mark = gap.strip();
			// A party's acronym in brackets stays inside: "Saeed Mamuzini, a Kurdistan
			// Democratic Party (KDP) official from Mosul told Rudaw".
			if (!gap.isBlank() && !gap.equals(".") && !mark.equals("(") && !mark.equals(")")) {
				return from; // punctuation: the apposition is closed, or runs on
			}
			if (SpeechCues.isCue(token.key()) && !token.capitalised()) {
				String before = tokens.get(j - 1).key();
				boolean clausesOwn = before.equals("who") || before.equals("that") || before.equals("and")
						|| SpeechCues.isSkippable(tokens.get(j - 1));
				return clausesOwn || j - open < 3 || token.key().endsWith("ing") ? from : tokens.get(j - 1).end();
			}
		}
		return from;
	}

	/**
	 * The end of a relative clause after a person's name whose opening comma is missing
	 * ({@code Ali Saeedi who heads the Ideological-Political Bureau …, on Friday told}):
	 * "who" right after the name, at most {@link #MAX_UNCLOSED} words to the comma a
	 * speech verb follows. {@code from} when there is none.
	 */
	private static int unopenedRelative(Passage passage, int from, int until) {
		List<Token> tokens = passage.tokens();
		String masked = passage.masked();
		int open = passage.firstTokenFrom(from);
		if (open >= tokens.size() || !tokens.get(open).key().equals("who")
				|| !masked.substring(from, tokens.get(open).start()).isBlank()) {
			return from;
		}
		for (int j = open + 1; j < tokens.size() && j - open <= MAX_UNCLOSED && tokens.get(j).start() < until; j++) {
			String gap = masked.substring(tokens.get(j - 1).end(), tokens.get(j).start()).strip();
			if (gap.equals(",")) {
				int comma = masked.indexOf(',', tokens.get(j - 1).end());
				return SpeechCues.trailingCueAt(passage, comma + 1, until) >= 0 ? comma + 1 : from;
			}
			if (!gap.isEmpty() || SpeechCues.isCue(tokens.get(j).key())) {
				return from; // "Lund who said …": the clause's own verb
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

	/** The participles of "quoted as …": "saying", "telling reporters". */
	private static final Set<String> QUOTED_AS = Set.of("saying", "stating", "telling", "writing", "declaring");

	private static int passiveQuotedAsSaying(Passage passage, int from, int until) {
		List<Token> tokens = passage.tokens();
		int be = passage.firstTokenFrom(from);
		if (be + 3 >= tokens.size() || tokens.get(be + 3).start() >= until
				|| !SpeechCues.PASSIVE.contains(tokens.get(be).key())
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
				&& QUOTED_AS.contains(cue) ? as + 1 : -1;
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
		if (first + 1 < tokens.size() && tokens.get(first).capitalised()
				&& NameVocabulary.AFFILIATIONS.contains(tokens.get(first).key())
				&& blank(passage.masked(), tokens.get(first).end(), tokens.get(first + 1).start())) {
			first++; // "Republican Rob Ortt took aim": the party is no part of a name
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

	/**
	 * The person a lead-in opens with when it ends in the outlet they wrote in: "Blaise
	 * Misztal on Turkey's track record, in The Daily Caller:" is Misztal's; null when the
	 * subject is no outlet after "in" or no person's name opens the lead-in.
	 */
	private static Subject writerInOutlet(Passage passage, int clauseFrom, Subject subject) {
		if (!TagSubjects.writtenIn(passage, subject)) {
			return null;
		}
		List<Token> tokens = passage.tokens();
		int first = passage.firstTokenFrom(clauseFrom);
		if (first >= tokens.size() || tokens.get(first).start() >= subject.start()
				|| !blank(passage.masked(), clauseFrom, tokens.get(first).start())) {
			return null;
		}
		Mention mention = passage.mentionFrom(tokens.get(first).start());
		return mention != null && mention.start() == tokens.get(first).start() && person(mention)
				&& !mention.possessive() ? Subject.named(mention) : null;
	}

	/** Conjunctions that may open a sentence before its subject. */
	static final Set<String> SENTENCE_CONJUNCTIONS = Set.of("but", "and", "yet");

	/**
	 * The first "he" or "she" in [from, to) after a word for a speech ("In his sermon
	 * [Khutbah] he drew reference to …"), as a subject: the one a lead-in's clause opens
	 * with after its opening phrase. Null when none stands there.
	 */
	private static Subject pronounSubject(Passage passage, int from, int to) {
		List<Token> tokens = passage.tokens();
		boolean speech = false;
		for (int t = passage.firstTokenFrom(from); t < tokens.size() && tokens.get(t).start() < to; t++) {
			String key = tokens.get(t).key();
			speech |= SpeakerDescriptions.STATEMENT_NOUNS.contains(key);
			if ((key.equals("he") || key.equals("she")) && speech) {
				return new Subject(SubjectType.PRONOUN, null, tokens.get(t).text(), key, tokens.get(t).start(),
						tokens.get(t).end());
			}
		}
		return null;
	}

	/** Words after a name that make it no sentence subject ("Lin and Park", "Lin or"). */
	private static final Set<String> OPENS_NO_PREDICATE = Set.of("and", "or", "of", "who", "whose", "which", "that",
			"in", "at", "on", "for", "from", "with", "to", "by");

	/**
	 * A tag closing the sentence that a quotation stands inside:
	 * {@code Couple exposure with a
	 * "candidate who is a lightning rod" and Clevelanders get nervous, said Christine Link.}
	 * It follows a comma and nothing but an apposition or an adverbial follows it.
	 */
	static Tag closing(Passage passage, int after, int until) {
		String masked = passage.masked();
		for (int comma = nextTagBreak(masked, after, after, until); comma >= 0; comma = nextTagBreak(masked, after,
				comma + 1, until)) {
			Tag tag = after(passage, comma + 1, until);
			if (tag == null || tag.subject().type() == SubjectType.DESCRIPTION && tag.cue().equals("according to")) {
				continue;
			}
			String rest = masked.substring(Math.min(tag.end(), until), until).strip();
			// "said X": the verb before the name, which ends the tag.
			boolean inverted = tag.end() == tag.subject().end() && tag.subject().start() > comma + 1;
			Matcher listener = LISTENER.matcher(rest);
			if (SpeechCues.ADDRESSING.contains(tag.cue().toLowerCase(Locale.ROOT)) && listener.lookingAt()) {
				rest = rest.substring(listener.end()).strip(); // "… told reporters,
																// adding that
				// …"
			}
			// "said X in an interview …" and "X told reporters outside his hotel …":
			// where and when the speaker said it, no clause of its own (after "X told"
			// it runs to the sentence's end, or to an apposition: "X said in an address
			// on Friday, his first since …"; "X noted in his column, as he has done …"
			// goes on with a clause of its own).
			boolean circumstance = CIRCUMSTANCE.matcher(rest).lookingAt() && rest.indexOf(QuoteScanner.MASK) < 0
					&& (inverted ? person(tag.subject().mention())
							: (person(tag.subject().mention()) || tag.subject().type() == SubjectType.PRONOUN)
									&& !CLAUSE_AFTER_COMMA.matcher(rest).find());
			if (rest.isEmpty() || rest.startsWith(".") || rest.startsWith(",") || rest.length() <= 30 || circumstance) {
				return new Tag(tag.cue(), tag.subject().distant(), false, false, true, tag.end());
			}
		}
		return null;
	}

	/**
	 * A comma that a clause of its own follows ("…, as he has done", "…, adding"), not an
	 * apposition or a list ("…, his first since …", "…, Bahrain and Egypt").
	 */
	private static final Pattern CLAUSE_AFTER_COMMA = Pattern.compile(
			",\\s*(?:as|while|when|because|although|though|but|and|or|which|who|where|if|so|that|he|she|it|they|we|i|[a-z]+ing)\\b");

	/**
	 * Where and when a person said it, after the name that closes the sentence: "…, said
	 * Iraqi Foreign Minister Fuad Hussein in an interview with Asharq Al-Awsat on the
	 * sidelines of …".
	 */
	private static final Pattern CIRCUMSTANCE = Pattern
		.compile("(?:in|at|on|during|while|after|before|when|to|outside|ahead\\s+of)\\s+\\S");

	/**
	 * The one a tag's "told" names, up to four lower-case words: "reporters", "the
	 * press", before the sentence's end or where and when it was told ("reporters outside
	 * his hotel").
	 */
	private static final Pattern LISTENER = Pattern
		.compile("(?:\\p{Ll}+\\s){0,3}\\p{Ll}+(?=[,.]|\\s+(?:in|at|on|during|after|before|outside|ahead)\\s)");

	/**
	 * The next comma from {@code from}, or the next closing mark of a later quotation
	 * whose comma stands inside it ({@code are not just "…," according to Zawahiri}); -1
	 * when none comes before {@code until}.
	 */
	private static int nextTagBreak(String masked, int after, int from, int until) {
		for (int i = from; i < until && i < masked.length(); i++) {
			char c = masked.charAt(i);
			if (c == ',' || (c == '”' || c == '"') && i > 0
					&& (masked.charAt(i - 1) == QuoteScanner.MASK || masked.charAt(i - 1) == ',')
					&& !commaOutsideQuotations(masked, after, i)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * Whether a comma of the prose stands between two positions: "heard "…" from one
	 * side, and "…," Reyes said" sets the later quotation and its tag apart.
	 */
	private static boolean commaOutsideQuotations(String masked, int from, int to) {
		for (int i = masked.indexOf(',', from); i >= 0 && i < to; i = masked.indexOf(',', i + 1)) {
			if (i == 0 || masked.charAt(i - 1) != QuoteScanner.MASK) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Where the cue after a person's affiliation starts ({@code Michael Hanlon of the
	 * Brookings Institution said}): the end of a phrase of at most seven words opened by
	 * "of", "at", "from" or "with" that a speech verb follows, else {@code from}.
	 */
	private static int afterAffiliation(Passage passage, int from, int until) {
		return afterPhrase(passage, from, until, SpeakerDescriptions.AFFILIATIONS);
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
			if (!SpeakerDescriptions.joined(passage.masked(), tokens.get(j - 1).end(), tokens.get(j).start())) {
				return from;
			}
			if (SpeechCues.trailingCueAt(passage, tokens.get(j - 1).end(), until) == j) {
				return j - 1 > first ? tokens.get(j - 1).end() : from;
			}
		}
		return from;
	}

	static boolean person(Mention mention) {
		return mention != null && mention.kind() == SpeakerKind.PERSON && !mention.possessive();
	}

	/**
	 * {@code X: "..."} and lead-ins such as
	 * {@code Following are excerpts from his article:}.
	 */
	private static Subject colonSubject(Passage passage, int last, int from) {
		Subject subject = TagSubjects.subjectEndingAt(passage, last);
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
			Subject nearest = TagSubjects.subjectEndingAt(passage, i);
			if (nearest != null && nearest.type() != SubjectType.ROLE_NOUN) {
				return nearest.distant();
			}
		}
		return null;
	}

	/**
	 * A clip transcript's label that names only an office, opening the paragraph:
	 * {@code Egyptian MP: "…"} under a summary naming "Egyptian MP Mahmoud Badr". Two or
	 * three capitalised words ending in a title; the office, which is resolved to the
	 * person who holds it nearby. Null otherwise.
	 */
	private static Subject officeLabel(Passage passage, int clauseFrom, int last) {
		List<Token> tokens = passage.tokens();
		int first = passage.firstTokenFrom(clauseFrom);
		if (clauseFrom != 0 || first >= tokens.size() || last - first < 1 || last - first > 2
				|| !NameVocabulary.isTitleKey(tokens.get(last).key())) {
			return null;
		}
		for (int t = first; t <= last; t++) {
			if (!tokens.get(t).capitalised() || tokens.get(t).possessive() || t > first
					&& !Tokens.onlySpaceBetween(passage.masked(), tokens.get(t - 1).end(), tokens.get(t).start())) {
				return null;
			}
		}
		String written = passage.masked().substring(tokens.get(first).start(), tokens.get(last).end());
		return new Subject(SubjectType.ROLE_NOUN, null, written, tokens.get(last).key(), tokens.get(first).start(),
				tokens.get(last).end());
	}

	/**
	 * Whether the clause opens with a word that makes what follows up to a colon its
	 * topic, not its speaker: a digest's "Regarding Vice President Joseph Biden's
	 * comments on …: "…"" goes on quoting the speaker before, and Biden is spoken about.
	 */
	private static boolean topicLabel(Passage passage, int clauseFrom, int colon) {
		List<Token> tokens = passage.tokens();
		int first = passage.firstTokenFrom(clauseFrom);
		if (first >= tokens.size()) {
			return false;
		}
		Token opener = tokens.get(first);
		if (TOPIC_OPENERS.contains(opener.key())) {
			return true;
		}
		// A roundup's bullet "On elements supporting ISIL: "…"" or "Resolving the Syrian
		// crisis: "…"": a short label without a comma, opened by "On" or "About" or by a
		// gerund, names what the speaker of the run speaks about.
		String label = passage.masked().substring(opener.start(), Math.max(opener.start(), colon));
		if (!opener.capitalised() || label.indexOf(',') >= 0 || label.indexOf(QuoteScanner.MASK) >= 0
				|| QuoteClassifier.words(label) > MAX_TOPIC_LABEL_WORDS) {
			return false;
		}
		return LABEL_PREPOSITIONS.contains(opener.key()) || opener.key().length() > 5 && opener.key().endsWith("ing")
				&& !SpeechCues.isCue(opener.key()) && !SpeechCues.SPEAKING.contains(opener.key())
				|| nameAndTopic(passage, first, colon);
	}

	/**
	 * Whether a label is a name and one common noun: {@code IRGC uniqueness: "…"} in a
	 * list of a speaker's points names the point's topic, where {@code Hamas
	 * spokesman:} or {@code Kayhan editorial:} name who speaks.
	 */
	private static boolean nameAndTopic(Passage passage, int first, int colon) {
		List<Token> tokens = passage.tokens();
		Mention name = passage.mentionFrom(tokens.get(first).start());
		if (name == null || name.start() != tokens.get(first).start() || name.possessive()) {
			return false;
		}
		int n = passage.firstTokenFrom(name.end());
		if (n + 1 < tokens.size() && tokens.get(n + 1).start() < colon || n >= tokens.size()) {
			return false;
		}
		Token noun = tokens.get(n);
		// Not "Kasich resisted:" nor "Lund warns:": a verb's past or present form.
		String key = noun.key();
		boolean verbForm = SpeechCues.isCue(key) || SpeechCues.finiteVerb(key);
		return !verbForm && !noun.capitalised() && !noun.possessive()
				&& Tokens.onlySpaceBetween(passage.masked(), name.end(), noun.start())
				&& passage.masked().substring(noun.end(), colon).isBlank()
				&& !SpeakerDescriptions.ROLE_NOUNS.contains(noun.key())
				&& !SpeakerDescriptions.writtenPiece(noun.key());
	}

	/** Prepositions that open a short topic label of a roundup's bullet. */
	private static final Set<String> LABEL_PREPOSITIONS = Set.of("on", "about");

	/** Most words of a topic label that a preposition or a gerund opens. */
	private static final int MAX_TOPIC_LABEL_WORDS = 8;

	/**
	 * Whether everything before the quotation at {@code open} in its paragraph is a topic
	 * label ("Regarding Vice President Joseph Biden's comments on …:"): the quotation
	 * then opens the paragraph as far as its speaker goes.
	 */
	static boolean topicLabelBefore(Passage passage, int open) {
		String before = passage.masked().substring(0, open).strip();
		return before.endsWith(":") && before.indexOf(':') == before.length() - 1
				&& topicLabel(passage, 0, passage.masked().lastIndexOf(':', open));
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
		return apposedUpToColon(passage, mention, last) ? Subject.named(mention) : null;
	}

	/**
	 * Whether a comma sets off what follows the person's name up to token {@code last},
	 * before the colon, with no speech verb in it: an apposition describing the person.
	 */
	private static boolean apposedUpToColon(Passage passage, Mention mention, int last) {
		List<Token> tokens = passage.tokens();
		int after = passage.firstTokenFrom(mention.end());
		if (after > last || !passage.masked().substring(mention.end(), tokens.get(after).start()).strip().equals(",")) {
			return false;
		}
		for (int t = after; t <= last; t++) {
			if (SpeechCues.isCue(tokens.get(t).key())) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The person a quoting verb names before an apposition that runs to the colon
	 * ({@code He quoted Ali Younsi, adviser to Iranian president Hassan Rouhani:}) when
	 * the subject found before the colon at {@code subjectStart} is inside that
	 * apposition and no speech verb stands in it; null otherwise.
	 */
	private static Subject quotedApposed(Passage passage, int clauseFrom, int subjectStart, int last) {
		List<Token> tokens = passage.tokens();
		int verb = quotingVerbBefore(tokens, passage.firstTokenFrom(clauseFrom), passage.firstTokenFrom(subjectStart));
		if (verb < 0 || verb + 1 > last) {
			return null;
		}
		// "Fars News Agency (FNA) reports comments by: Abdollah Haji Sadeghi, the
		// Supreme Leader's Deputy to the IRGC:": the remarks of the one named.
		int named = verb + 1;
		if (named + 2 <= last && SpeechCues.REMARKS.contains(tokens.get(named).key())
				&& tokens.get(named + 1).key().equals("by")) {
			named += 2;
		}
		Mention mention = passage.mentionFrom(tokens.get(named - 1).end());
		if (mention == null || mention.start() != tokens.get(named).start() || mention.end() >= subjectStart
				|| !person(mention)) {
			return null;
		}
		return apposedUpToColon(passage, mention, last) ? Subject.named(mention) : null;
	}

	/**
	 * An office or a person noun after an institution's name, as a label: {@code IRGC
	 * Commander:}, {@code PA TV host:} (capitalised words of the institution's own, such
	 * as "TV", may stand between), held by someone the label does not name. The speaker
	 * is that unnamed person, kept as written, never the institution; null otherwise.
	 */
	private static Subject officeOfInstitution(Passage passage, int last) {
		List<Token> tokens = passage.tokens();
		Token title = tokens.get(last);
		if (!(NameVocabulary.isTitle(title.text())
				|| !title.capitalised() && SpeakerDescriptions.personNoun(title.key())) || last == 0) {
			return null;
		}
		for (int j = last - 1; j >= 0 && last - j <= MAX_INSTITUTION_WORDS; j--) {
			if (!Tokens.onlySpaceBetween(passage.masked(), tokens.get(j).end(), tokens.get(j + 1).start())) {
				return null;
			}
			Mention institution = passage.mentionEndingAt(tokens.get(j).end());
			if (institution != null) {
				if (institution.kind() == SpeakerKind.PERSON || institution.possessive()) {
					return null;
				}
				return new Subject(SubjectType.DESCRIPTION, null,
						passage.masked().substring(institution.start(), title.end()), title.key(), institution.start(),
						title.end());
			}
			if (!tokens.get(j).capitalised()) {
				return null;
			}
		}
		return null;
	}

	/** Most capitalised words between an institution's name and an office after it. */
	private static final int MAX_INSTITUTION_WORDS = 3;

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
		if (subject != null && mention.kind() != SpeakerKind.PERSON) {
			// "According to Hamas political bureau head Khaled Mash'al,": the body's
			// officer speaks.
			Subject officer = TagSubjects.officerOfBody(passage, to + 1, mention, open);
			subject = officer != null ? officer : subject;
		}
		if (subject == null && to + 1 < passage.tokens().size()) {
			subject = objectPronoun(passage, passage.tokens().get(to + 1), open);
		}
		if (subject == null && to + 1 < passage.tokens().size()) {
			subject = TagSubjects.subjectAt(passage, to + 1, open);
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
	 * "According to him, "…"": an object pronoun after the preposition is the pronoun
	 * subject it stands for; null for any other token, and for a "her" without a comma or
	 * colon after it, which may own what follows ("according to her spokesman",
	 * "according to her "clawback" plan").
	 */
	private static Subject objectPronoun(Passage passage, Token token, int open) {
		String key = switch (token.key()) {
			case "him" -> "he";
			case "her" -> "she";
			case "them" -> "they";
			default -> null;
		};
		if (key == null || token.end() > open) {
			return null;
		}
		String rest = passage.masked().substring(token.end(), open).strip();
		if (key.equals("she") && !rest.startsWith(",") && !rest.startsWith(":")) {
			return null;
		}
		return new Subject(SubjectType.PRONOUN, null, token.text(), key, token.start(), token.end());
	}

	/**
	 * "The paper interviewed Sowlat Mortazavi, director of the election bureau, who
	 * rejected speculations about vote-rigging, calling it "…"": a participle that closes
	 * a relative clause of speech or stance goes on with that clause's subject, the
	 * person the "who" follows (past an apposition). Null otherwise.
	 */
	private static Subject participleAfterRelative(Passage passage, int clauseFrom, int participle) {
		List<Token> tokens = passage.tokens();
		String masked = passage.masked();
		Token cue = tokens.get(participle);
		if (!cue.key().endsWith("ing") || participle < 3
				|| !masked.substring(tokens.get(participle - 1).end(), cue.start()).strip().equals(",")) {
			return null;
		}
		int who = participle - 2;
		while (who > 0 && tokens.get(who).start() >= clauseFrom && !tokens.get(who).key().equals("who")) {
			who--;
		}
		Token relative = tokens.get(who);
		if (!relative.text().equals("who") || relative.start() < clauseFrom
				|| !(SpeechCues.isCue(tokens.get(who + 1).key()) || STANCE.contains(tokens.get(who + 1).key()))) {
			return null;
		}
		List<Mention> mentions = passage.mentions();
		for (int m = passage.firstMentionFrom(relative.start()) - 1; m >= 0; m--) {
			Mention mention = mentions.get(m);
			if (mention.start() < clauseFrom) {
				return null;
			}
			if (mention.kind() != SpeakerKind.PERSON) {
				continue; // a body named in the apposition
			}
			String between = masked.substring(mention.end(), relative.start()).strip();
			boolean apposed = between.equals(",") || between.length() > 2 && between.startsWith(",")
					&& between.endsWith(",") && Character.isLowerCase(between.substring(1).strip().codePointAt(0));
			return apposed && person(mention) ? Subject.named(mention) : null;
		}
		return null;
	}

	/**
	 * Verbs of stance in a relative clause a participle may go on with: "who rejected".
	 */
	private static final Set<String> STANCE = Set.of("rejected", "refuted", "disputed", "defended", "opposed",
			"welcomed", "attacked", "blamed", "downplayed", "hailed");

	/** A person's office after the possessive: " media office ". */
	private static final Pattern OWN_OFFICE = Pattern.compile("\\s+" + SpeakerDescriptions.OWN_OFFICE + "\\s+");

	/**
	 * "Reuters quoted an Iranian official as saying": the speaker is the one quoted, not
	 * the quoter.
	 */
	private static Subject quotedAsSaying(Passage passage, int from, int asIndex) {
		List<Token> tokens = passage.tokens();
		int i = quotingVerbBefore(tokens, from, asIndex);
		if (i < 0) {
			return TagSubjects.subject(passage, from, tokens.get(asIndex).start());
		}
		Subject pronoun = i + 1 == asIndex - 1 ? objectPronoun(tokens.get(i + 1)) : null;
		if (pronoun != null) {
			return pronoun; // "State media quoted him as saying:"
		}
		int be = SpeechCues.PASSIVE.contains(tokens.get(i - 1).key()) ? i - 1 : i - 2;
		if (i > 1 && SpeechCues.passive(tokens, i) && tokens.get(be).start() >= from) {
			// "Shalqam was also cited as stating", "Reyes was quoted by the daily as
			// saying": the one quoted is the subject of "was", not who quoted him.
			return TagSubjects.subject(passage, from, tokens.get(be).start());
		}
		Mention quoted = passage.mentionFrom(tokens.get(i).end());
		return quoted != null && quoted.end() <= tokens.get(asIndex).start()
				? new Subject(SubjectType.NAMED, quoted, quoted.asWritten(), null, quoted.start(), quoted.end()) : null;
	}

	/**
	 * The nearest "quoted", "cited", "quoting" or "citing" before token {@code before},
	 * in the clause from {@code from}; -1 when there is none.
	 */
	private static int quotingVerbBefore(List<Token> tokens, int from, int before) {
		for (int i = before - 1; i >= 0 && tokens.get(i).start() >= from && before - i < MAX_LOOKBACK; i--) {
			if (QUOTING_VERBS.contains(tokens.get(i).key())) {
				return i;
			}
		}
		return -1;
	}

	static final Set<String> QUOTING_VERBS = Set.of("quoted", "cited", "quoting", "citing", "reported", "reports",
			"quotes", "cites");

	/**
	 * The person named right after a "quoted" or "cited" (or "quoting", "citing") in the
	 * clause before token {@code saying} ("quoted the Tunisian leader Rachid
	 * al-Ghannouchi, saying"); null when the one quoted is no person or is not named
	 * there.
	 */
	private static Subject quotedPersonBefore(Passage passage, int from, int saying) {
		List<Token> tokens = passage.tokens();
		int i = quotingVerbBefore(tokens, from, saying);
		Mention quoted = i < 0 ? null : passage.mentionFrom(tokens.get(i).end());
		return person(quoted) && quoted.end() <= tokens.get(saying).start() ? Subject.named(quoted) : null;
	}

	/**
	 * The one quoted after "quoted", "cited" or "reported" at token {@code cue} and
	 * before "as saying" or "as stating": a pronoun ("quoted him as saying") or a person
	 * named right there ("quoted Bagheri Kani as saying", "Fars news agency reported
	 * Jafari as saying"); null otherwise.
	 */
	static Subject quotedObject(Passage passage, int cue) {
		List<Token> tokens = passage.tokens();
		String key = tokens.get(cue).key();
		if (!QUOTING_VERBS.contains(key) || !key.endsWith("ed") || cue + 1 >= tokens.size()) {
			return null;
		}
		Subject quoted = objectPronoun(tokens.get(cue + 1));
		int as = cue + 2;
		if (quoted == null) {
			Mention named = passage.mentionFrom(tokens.get(cue + 1).start());
			if (named == null || named.kind() != SpeakerKind.PERSON || named.start() != tokens.get(cue + 1).start()) {
				// "quoted the president as saying": an office, whose holder the
				// report names.
				Subject office = tokens.get(cue + 1).key().equals("the")
						? TagSubjects.subjectAt(passage, cue + 1, passage.masked().length()) : null;
				Subject piece = office != null && office.type() == SubjectType.ROLE_NOUN ? null
						: outletsPiece(passage, cue + 1);
				if (piece != null) {
					quoted = piece;
					as = passage.firstTokenFrom(piece.end());
				}
				else if (office == null || office.type() != SubjectType.ROLE_NOUN) {
					return null;
				}
				else {
					quoted = office;
					as = passage.firstTokenFrom(office.end());
				}
			}
			else {
				int after = named.end();
				if (named.possessive()) {
					// "quoted Abdul Mahdi's media office as saying": his office speaks
					// for
					// him.
					Matcher office = OWN_OFFICE.matcher(passage.masked())
						.region(named.end(), passage.masked().length());
					if (!office.lookingAt()) {
						return null;
					}
					after = office.end();
					named = new Mention(named.start(), named.end(), named.asWritten(), named.name(), named.role(),
							named.kind(), false);
				}
				quoted = Subject.named(named);
				as = passage.firstTokenFrom(after);
			}
		}
		return as + 1 < tokens.size() && tokens.get(as).key().equals("as")
				&& QUOTED_AS.contains(tokens.get(as + 1).key()) ? quoted : null;
	}

	/**
	 * An outlet's piece after an article, its name in capitalised words ("a Saba
	 * article", "the Kayhan editorial"), as the outlet that speaks through it; null
	 * otherwise.
	 */
	private static Subject outletsPiece(Passage passage, int article) {
		List<Token> tokens = passage.tokens();
		if (!SpeakerDescriptions.DETERMINERS.contains(tokens.get(article).key())) {
			return null;
		}
		int noun = article + 1;
		while (noun < tokens.size() && noun - article <= SpeakerDescriptions.MAX_OUTLET_NAME_WORDS
				&& tokens.get(noun).capitalised()) {
			noun++;
		}
		if (noun >= tokens.size() || !OUTLET_PIECES.contains(tokens.get(noun).key())
				|| SpeakerDescriptions.outletNameBefore(passage, noun) != article + 1
				|| !QuoteScanner.quotationFree(passage.masked(), tokens.get(article).start(), tokens.get(noun).end())) {
			return null;
		}
		String name = SpeakerDescriptions.outletName(passage, article + 1, noun - 1);
		if (name == null) {
			return null;
		}
		int start = tokens.get(article + 1).start();
		Mention outlet = new Mention(start, tokens.get(noun).end(),
				passage.masked().substring(tokens.get(article).start(), tokens.get(noun).end()), name, null,
				SpeakerKind.OUTLET, false);
		return Subject.named(outlet);
	}

	/**
	 * Pieces an outlet puts out that a wire quotes: "quoted a Saba article as saying".
	 */
	private static final Set<String> OUTLET_PIECES = Set.of("article", "report", "editorial", "statement");

	/**
	 * {@code "…," Iranian state media quoted him as saying}: a few words naming the
	 * quoting outlet, then "quoted" and the one quoted, who speaks. Null otherwise.
	 */
	private static Tag quotedAfter(Passage passage, int first, int until) {
		List<Token> tokens = passage.tokens();
		for (int k = first; k < tokens.size() && k - first <= MAX_QUOTING_WORDS && tokens.get(k).start() < until; k++) {
			Subject quoted = quotedObject(passage, k);
			if (quoted == null) {
				quoted = quotedEndingSentence(passage, k);
			}
			if (quoted != null && quoted.end() < until
					&& QuoteScanner.quotationFree(passage.masked(), tokens.get(first).start(), tokens.get(k).start())) {
				return new Tag(tokens.get(k).text(), quoted, true, true, true, quoted.end());
			}
		}
		return null;
	}

	/**
	 * {@code "…" Resalat quoted oil minister Rostam Ghasemi.}: a press review's line, the
	 * person named after "quoted" at token {@code cue}, his role before his name, and the
	 * sentence ending with the name. Null otherwise.
	 */
	private static Subject quotedEndingSentence(Passage passage, int cue) {
		List<Token> tokens = passage.tokens();
		if (!tokens.get(cue).key().equals("quoted") || cue + 1 >= tokens.size()) {
			return null;
		}
		// Past the organisations of the role ("former IRGC commander").
		List<Mention> mentions = passage.mentions();
		Mention named = null;
		for (int m = passage.firstMentionFrom(tokens.get(cue).end()); m < mentions.size() && named == null; m++) {
			named = person(mentions.get(m)) ? mentions.get(m) : null;
		}
		if (named == null || named.possessive()) {
			return null;
		}
		String masked = passage.masked();
		String between = masked.substring(tokens.get(cue).end(), named.start());
		String after = masked.substring(named.end()).stripLeading();
		return between.chars().allMatch(c -> Character.isLetter(c) || c == ' ' || c == '-')
				&& (after.isEmpty() || after.startsWith(".") && (after.length() == 1 || after.charAt(1) == ' '))
						? Subject.named(named) : null;
	}

	/**
	 * The one named after "by" right after a description of a document or a statement
	 * ("the post by Abdul Razak Artan", "a statement by the IRGC"); null otherwise.
	 */
	private static Subject writerAfterBy(Passage passage, Subject description, int until) {
		String key = description.key();
		if (key == null || !SpeakerDescriptions.writtenPiece(key)) {
			return null;
		}
		List<Token> tokens = passage.tokens();
		int by = passage.firstTokenFrom(description.end());
		if (by + 1 >= tokens.size() || !tokens.get(by).key().equals("by") || tokens.get(by).capitalised()
				|| !Tokens.onlySpaceBetween(passage.masked(), description.end(), tokens.get(by).start())) {
			return null;
		}
		Mention writer = passage.mentionFrom(tokens.get(by + 1).start());
		return writer != null && writer.start() == tokens.get(by + 1).start() && !writer.possessive()
				&& writer.end() <= until ? Subject.named(writer) : null;
	}

	/** "him", "her" or "them" as the subject pronoun it stands for; else null. */
	private static Subject objectPronoun(Token token) {
		String pronoun = switch (token.key()) {
			case "him" -> "he";
			case "her" -> "she";
			case "them" -> "they";
			default -> null;
		};
		return pronoun == null ? null
				: new Subject(SubjectType.PRONOUN, null, token.text(), pronoun, token.start(), token.end());
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
							? SpeakerDescriptions.personAfterDescription(passage, i + 1, to) : null;
				}
			}
			if (subject != null) {
				return new Tag(":", subject, false, true, false, to);
			}
		}
		return null;
	}

	/**
	 * The piece a sentence announcing what follows ends on, between {@code from} and its
	 * full stop at {@code stop}, read as the same sentence with a colon would be: "The
	 * following are the main points of the editorial." gives "the editorial". Null when
	 * the sentence ends on no such piece.
	 */
	static Tag announcedPiece(Passage passage, int from, int stop) {
		int last = passage.lastTokenBy(stop);
		if (last < 0 || passage.tokens().get(last).start() < from) {
			return null;
		}
		Subject subject = TagSubjects.subjectEndingAt(passage, last);
		return subject != null && subject.type() == SubjectType.ROLE_NOUN && ANNOUNCED_PIECES.contains(subject.key())
				? new Tag(":", subject, false, true, false, stop) : null;
	}

	/** Pieces a lead with a full stop may name as what follows. */
	private static final Set<String> ANNOUNCED_PIECES = Set.of("article", "editorial", "column", "op-ed", "piece",
			"essay", "post", "speech", "sermon", "statement");

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
