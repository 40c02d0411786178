package org.analecta.parser;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.analecta.parser.ParsedReport.SpeakerKind;
import org.analecta.parser.Tokens.Token;

/**
 * The subject of a speech verb: the name, pronoun, role noun or description that ends
 * right before the verb, over appositions, relative clauses, adverbials and brackets
 * between them ("Rezai in his reaction to Netanyahu's statement said"), or, failing that,
 * the nearest person named earlier in the clause. Each finder returns a
 * SpeakerTagMatcher.Subject, or null when the clause has none.
 */
final class TagSubjects {

	private TagSubjects() {
	}

	/**
	 * Relative clauses, participles, brackets and sentence adverbs between commas ("The
	 * two lawmakers, however, argue", "The statement, carried by state media, said")
	 * between a subject and its verb, skipped.
	 */
	static final Pattern RELATIVE_CLAUSE = Pattern.compile(",\\s*(?:which|who|whose|whom|where|[a-z]+ing"
			+ "|(?:[a-z]+ed|read|broadcast|written|seen|sent|shown)\\s+(?:by|in|on|at|from|through|via|over)\\s)"
			+ "\\b[^,;" + QuoteScanner.MASK + "]*(?=,)"
			// with what it names described in turn: "which was distributed by
			// Shahaada News, its official propaganda outlet,"
			+ "(?:,\\s*(?:its|his|her|their)\\s[^,;" + QuoteScanner.MASK + "]*(?=,))?|\\([^()]*\\)"
			+ "|,\\s*(?:however|though|meanwhile|too|also|instead|nonetheless|nevertheless|in turn|in fact"
			+ "|for example|for instance|for (?:his|her|their|its) part)(?=\\s*,)");

	/**
	 * What a person writes besides statements, which after a paper's or a body's name
	 * would be something else ("Kennan's paper", not "the Times's paper").
	 */
	private static final Set<String> PERSONS_WRITINGS = Set.of("paper", "study", "memo", "memoir", "memoirs", "diary",
			"thesis");

	/**
	 * A phrase of being interviewed or speaking somewhere, opened by a comma and running
	 * to the verb without the comma that should close it.
	 */
	private static final Pattern UNCLOSED_PARTICIPLE = Pattern
		.compile(",\\s*(?:interviewed|speaking|appearing|talking|quoted)\\s+(?:on|in|to|with|by)\\s+[^,;.:"
				+ QuoteScanner.MASK + "]{1,60}$");

	/**
	 * A subject starting at token {@code index}: a pronoun, "the" + role noun, or a name.
	 */
	static SpeakerTagMatcher.Subject subjectAt(Passage passage, int index, int until) {
		List<Token> tokens = passage.tokens();
		if (index >= tokens.size() || tokens.get(index).start() >= until) {
			return null;
		}
		Token token = tokens.get(index);
		if (SpeakerTagMatcher.PRONOUNS.contains(token.key())) {
			return new SpeakerTagMatcher.Subject(SpeakerTagMatcher.SubjectType.PRONOUN, null, token.text(), token.key(),
					token.start(), token.end());
		}
		SpeakerTagMatcher.Subject countrysOutlet = countrysOutlet(passage, index, until);
		if (countrysOutlet != null) {
			return countrysOutlet;
		}
		if (token.key().equals("the")) {
			// "the IRGC-affiliated Tasnim news agency": the body or outlet named, with
			// what it is in lower case (a capitalised "News Agency" is read as part of
			// the name by the description after "the").
			Mention tied = passage.mentionFrom(token.end());
			if (tied != null && tied.kind() != SpeakerKind.PERSON && tied.end() <= until
					&& (tied.role() == null || Character.isLowerCase(tied.role().codePointAt(0)))
					&& AFFILIATED.matcher(passage.masked().substring(token.start(), tied.start()).strip()).matches()) {
				return new SpeakerTagMatcher.Subject(SpeakerTagMatcher.SubjectType.NAMED, tied,
						passage.masked().substring(token.start(), tied.end()), null, token.start(), tied.end());
			}
		}
		SpeakerTagMatcher.Subject officeHolder = officeHolderAfterThe(passage, index, until);
		if (officeHolder != null) {
			return officeHolder;
		}
		Mention covering = passage.mentionCovering(token.start());
		if (covering != null && covering.possessive()) {
			// "…," Hamas's statement said: the body speaks through its statement.
			int noun = passage.firstTokenFrom(covering.end());
			if (noun < tokens.size() && tokens.get(noun).start() < until
					&& (SpeakerDescriptions.STATEMENT_NOUNS.contains(tokens.get(noun).key())
							|| covering.kind() == SpeakerKind.PERSON
									&& PERSONS_WRITINGS.contains(tokens.get(noun).key()))
					&& Tokens.onlySpaceBetween(passage.masked(), covering.end(), tokens.get(noun).start())) {
				return new SpeakerTagMatcher.Subject(SpeakerTagMatcher.SubjectType.NAMED, covering,
						passage.masked().substring(covering.start(), tokens.get(noun).end()), null, covering.start(),
						tokens.get(noun).end());
			}
		}
		SpeakerTagMatcher.Subject author = documentAuthorFrom(passage, index, until);
		if (author != null) {
			return author;
		}
		SpeakerTagMatcher.Subject described = SpeakerDescriptions.describedName(passage, index, until);
		if (covering != null && !covering.possessive()) {
			// "DoubleLine Capital portfolio manager Bonnie Baha said": the person the
			// words
			// lead to speaks, not the firm or organisation that opens them.
			if (described != null && described.end() > covering.end()) {
				return described;
			}
			Mention member = memberAfterBody(passage, covering, until);
			if (member != null) {
				// "IRGC (…) Navy commander Rear Adm. Tom Reyes said": the body's officer.
				return new SpeakerTagMatcher.Subject(SpeakerTagMatcher.SubjectType.NAMED, member,
						passage.masked().substring(covering.start(), member.end()), null, covering.start(),
						member.end());
			}
			return new SpeakerTagMatcher.Subject(SpeakerTagMatcher.SubjectType.NAMED, covering, covering.asWritten(),
					null, covering.start(), covering.end());
		}
		if (described != null) {
			return described;
		}
		SpeakerTagMatcher.Subject document = bodysDocument(passage, index, until);
		if (document != null) {
			return document;
		}
		if ((token.key().equals("a") || token.key().equals("an")) && index + 1 < tokens.size()) {
			// "declared a prominent TV presenter Tina Kandelaki": the person speaks.
			SpeakerTagMatcher.Subject person = SpeakerDescriptions.personAfterDescription(passage, index + 1, until);
			if (person != null) {
				return person;
			}
		}
		if (token.key().equals("the") && index + 1 < tokens.size()) {
			// "the Zionist Union Party's Nachman Shai told": the person speaks.
			SpeakerTagMatcher.Subject person = SpeakerDescriptions.describedName(passage, index + 1, until);
			if (person != null) {
				return person;
			}
			Mention named = passage.mentionFrom(token.end());
			if (named != null && named.start() < until && named.start() == tokens.get(index + 1).start()
					&& !named.possessive()) {
				// "the RNC member said": the name only qualifies the noun that speaks.
				int next = passage.firstTokenFrom(named.end());
				if (!SpeakerDescriptions.nounGoesOn(passage, next)) {
					return SpeakerTagMatcher.Subject.named(named);
				}
				return SpeakerDescriptions.descriptionFrom(passage, index, until);
			}
			for (int j = index + 1; j < Math.min(tokens.size(), index + 3); j++) {
				if (SpeakerDescriptions.ROLE_NOUNS.contains(tokens.get(j).key())
						&& SpeakerDescriptions.nounGoesOn(passage, j + 1)) {
					break; // "the editorial board", "the campaign director"
				}
				if (SpeakerDescriptions.ROLE_NOUNS.contains(tokens.get(j).key())) {
					String written = passage.masked().substring(token.start(), tokens.get(j).end());
					return new SpeakerTagMatcher.Subject(SpeakerTagMatcher.SubjectType.ROLE_NOUN, null, written,
							tokens.get(j).key(), token.start(), tokens.get(j).end());
				}
			}
		}
		return SpeakerDescriptions.descriptionFrom(passage, index, until);
	}

	/**
	 * "the State Department announcement said", "a Justice Department statement said": a
	 * body's name after an article, then a statement noun. The body speaks through the
	 * document; null otherwise.
	 */
	private static SpeakerTagMatcher.Subject bodysDocument(Passage passage, int index, int until) {
		List<Token> tokens = passage.tokens();
		if (!SpeakerDescriptions.DETERMINERS.contains(tokens.get(index).key()) || index + 1 >= tokens.size()) {
			return null;
		}
		Mention body = passage.mentionFrom(tokens.get(index).end());
		if (body == null || body.start() != tokens.get(index + 1).start() || body.possessive()
				|| body.kind() == SpeakerKind.PERSON || body.end() >= until) {
			return null;
		}
		int noun = passage.firstTokenFrom(body.end());
		if (noun >= tokens.size() || tokens.get(noun).start() >= until
				|| !SpeakerDescriptions.STATEMENT_NOUNS.contains(tokens.get(noun).key())
				|| !Tokens.onlySpaceBetween(passage.masked(), body.end(), tokens.get(noun).start())) {
			return null;
		}
		return new SpeakerTagMatcher.Subject(SpeakerTagMatcher.SubjectType.NAMED, body,
				passage.masked().substring(tokens.get(index).start(), tokens.get(noun).end()), null,
				tokens.get(index).start(), tokens.get(noun).end());
	}

	/**
	 * "says the United Nations Special Rapporteur on the situation of human rights in
	 * Iran, Ahmed Shaheed": the holder named after an office in capitals that "the" at
	 * token {@code index} opens, the office's body before it or not; else null.
	 */
	private static SpeakerTagMatcher.Subject officeHolderAfterThe(Passage passage, int index, int until) {
		List<Token> tokens = passage.tokens();
		Token the = tokens.get(index);
		if (!the.key().equals("the") || index + 1 >= tokens.size()) {
			return null;
		}
		Mention office = passage.mentionFrom(the.end());
		if (office == null || office.start() != tokens.get(index + 1).start()) {
			return null;
		}
		if (office.kind() == SpeakerKind.INSTITUTION) {
			// "the United Nations Special Rapporteur": the body's office.
			Mention next = passage.mentionFrom(office.end());
			office = next != null && Tokens.onlySpaceBetween(passage.masked(), office.end(), next.start()) ? next
					: null;
		}
		Mention holder = office == null ? null : holderApposedToOffice(passage, office, until);
		return holder == null ? null : new SpeakerTagMatcher.Subject(SpeakerTagMatcher.SubjectType.NAMED, holder,
				passage.masked().substring(the.start(), holder.end()), null, the.start(), holder.end());
	}

	/**
	 * The person named after a comma that closes an office written in capitals as if it
	 * were a name ("the United Nations Special Rapporteur on …, Ahmed Shaheed"), in the
	 * same clause, a few words on; null otherwise, and when the "name" opens with a given
	 * name, as a person's own does.
	 */
	private static Mention holderApposedToOffice(Passage passage, Mention office, int until) {
		if (office.kind() != SpeakerKind.PERSON || office.possessive() || office.start() >= until
				|| NameVocabulary.isGivenNameKey(NameVocabulary.key(office.asWritten().split("\\s+")[0]))) {
			return null;
		}
		String masked = passage.masked();
		int comma = masked.indexOf(',', office.end());
		if (comma < 0 || comma >= until
				|| QuoteClassifier.words(masked.substring(office.end(), comma)) > MAX_OFFICE_OBJECT_WORDS
				|| !QuoteScanner.quotationFree(masked, office.end(), comma)
				|| sentenceEndBetween(masked, office.end(), comma)) {
			return null;
		}
		Mention holder = passage.mentionFrom(comma + 1);
		if (holder == null || holder.kind() != SpeakerKind.PERSON || holder.end() > until
				|| !masked.substring(comma + 1, holder.start()).isBlank()) {
			return null;
		}
		String after = masked.substring(holder.end(), until).strip();
		return after.isEmpty() || after.startsWith(".") || after.startsWith(",") ? holder : null;
	}

	private static boolean sentenceEndBetween(String text, int from, int to) {
		for (int i = from; i < to - 1; i++) {
			char c = text.charAt(i);
			if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1))
					&& !(c == '.' && Sentences.afterAbbreviation(text, i))) {
				return true;
			}
		}
		return false;
	}

	/** Most words of an office's object before its holder's name. */
	private static final int MAX_OFFICE_OBJECT_WORDS = 12;

	/**
	 * "according to Iran's Al-Alam News Network", "…," Iran's Fars news agency reported:
	 * the outlet a country's possessive introduces speaks, not the country. Null unless a
	 * place's possessive at token {@code index} is followed right away by an outlet's
	 * name.
	 */
	private static SpeakerTagMatcher.Subject countrysOutlet(Passage passage, int index, int until) {
		List<Token> tokens = passage.tokens();
		Token token = tokens.get(index);
		if (!token.possessive() || index + 1 >= tokens.size() || !NameVocabulary.isPlace(token.bare())) {
			return null;
		}
		Mention outlet = passage.mentionFrom(token.end());
		if (outlet == null || outlet.start() != tokens.get(index + 1).start() || outlet.end() > until
				|| outlet.kind() != SpeakerKind.OUTLET || outlet.possessive()
				|| !Tokens.onlySpaceBetween(passage.masked(), token.end(), outlet.start())) {
			return null;
		}
		return new SpeakerTagMatcher.Subject(SpeakerTagMatcher.SubjectType.NAMED, outlet,
				passage.masked().substring(token.start(), outlet.end()), null, token.start(), outlet.end());
	}

	/**
	 * Whether only adverbs of sequence stand between token k and the verb at
	 * {@code verbStart}, with nothing setting them off: "The Ministry then added".
	 */
	private static boolean onlyAdverbs(Passage passage, int k, int verbStart) {
		List<Token> tokens = passage.tokens();
		int i = k + 1;
		for (; i < tokens.size() && tokens.get(i).start() < verbStart; i++) {
			if (!SEQUENCE_ADVERBS.contains(tokens.get(i).key())
					|| !Tokens.onlySpaceBetween(passage.masked(), tokens.get(i - 1).end(), tokens.get(i).start())) {
				return false;
			}
		}
		return i > k + 1 && passage.masked().substring(tokens.get(i - 1).end(), verbStart).isBlank();
	}

	/** Adverbs that may stand between a subject and its speech verb. */
	private static final Set<String> SEQUENCE_ADVERBS = Set.of("also", "then", "further", "later", "again",
			"subsequently", "likewise", "similarly");

	/**
	 * Where an acronym in brackets right after {@code at} ends, with the space after it
	 * ({@code  (IDF) }); -1 when none stands there. Most calls see no bracket and make no
	 * matcher.
	 */
	private static int acronymBracketEnd(String masked, int at) {
		int open = at;
		while (open < masked.length() && masked.charAt(open) == ' ') {
			open++;
		}
		if (open >= masked.length() || masked.charAt(open) != '(') {
			return -1;
		}
		Matcher acronym = ACRONYM_BRACKET.matcher(masked).region(at, masked.length());
		return acronym.lookingAt() ? acronym.end() : -1;
	}

	/** A bracketed acronym alone: {@code  (IDF) }. */
	private static final Pattern ACRONYM_BRACKET = Pattern.compile("\\s*\\(\\p{Lu}[\\p{Lu}\\d&.-]{1,9}\\)\\s*");

	/** A bracketed acronym and the comma after it: {@code (IRGC),}. */
	static final Pattern BRACKETED_COMMA = Pattern.compile("\\([^()]{1,20}\\)\\s*,");

	/** An editor's note in square brackets: "[another acronym for the Islamic State]". */
	private static final Pattern EDITORS_NOTE = Pattern.compile("\\s?\\[[^\\[\\]]{1,80}\\]");

	/**
	 * The subject of a verb starting at {@code verbStart}, looked for in [from,
	 * verbStart).
	 */
	static SpeakerTagMatcher.Subject subject(Passage passage, int clauseFrom, int verbStart) {
		int from = Math.max(clauseFrom, verbStart - SpeakerTagMatcher.MAX_CLAUSE);
		SpeakerTagMatcher.Subject owner = nameBeforeOwnAdverbial(passage, from, verbStart);
		if (owner != null) {
			return owner;
		}
		SpeakerTagMatcher.Subject relativeHead = beforeLongRelative(passage, from, verbStart);
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
		// "Dmitry Peskov, interviewed on the Rossiya 24 TV channel said:": a
		// participle's phrase left open before the verb is no part of its subject.
		Matcher open = UNCLOSED_PARTICIPLE.matcher(masked).region(from, verbStart);
		if (open.find()) {
			for (int i = open.start(); i < verbStart; i++) {
				skipped[i - from] = true;
			}
		}
		// "…, the Deputy Special Presidential Envoy to the Global Coalition to
		// Counter ISIL [another acronym for the Islamic State], tweeted": the
		// editor's note is no part of the sentence.
		int bracket = masked.indexOf('[', from);
		if (bracket >= 0 && bracket < verbStart) {
			Matcher note = EDITORS_NOTE.matcher(masked).region(from, verbStart);
			while (note.find()) {
				for (int i = note.start(); i < note.end(); i++) {
					skipped[i - from] = true;
				}
			}
		}
		List<Token> tokens = passage.tokens();
		int k = passage.lastTokenBy(verbStart);
		while (k >= 0 && tokens.get(k).start() >= from
				&& (skipped[tokens.get(k).start() - from] || SpeechCues.isSkippable(tokens.get(k)))) {
			k--;
		}
		if (k < 0 || tokens.get(k).start() < from) {
			return null;
		}
		Token token = tokens.get(k);
		SpeakerTagMatcher.Subject relative = SpeakerDescriptions.relativeAntecedent(passage, k, from);
		if (relative == null) {
			relative = writerOfPieceThat(passage, k, from);
		}
		if (relative != null) {
			return relative;
		}
		if (token.key().equals("and") || token.key().equals("but")) { // "..., but
																		// admitted"
			return new SpeakerTagMatcher.Subject(SpeakerTagMatcher.SubjectType.ELIDED, null, null, null, token.start(),
					token.end());
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
				|| GERUND_PREPOSITIONS.contains(token.key())
				|| asksThemItself(tokens, k, passage.firstTokenFrom(verbStart)));
		SpeakerTagMatcher.Subject adjacent = hanging ? null : subjectEndingAt(passage, k);
		if (participle && adjacent != null && adjacent.type() == SpeakerTagMatcher.SubjectType.NAMED
				&& coordinatedAfterPreposition(passage, adjacent.start())) {
			// "reports on the People's Republics of Lugansk and Donetsk writing": the
			// participle hangs on the clause's subject, past the names a preposition
			// governs
			hanging = true;
			adjacent = null;
		}
		boolean blank = masked.substring(token.end(), verbStart).isBlank();
		boolean adverbsOnly = !blank && onlyAdverbs(passage, k, verbStart);
		if (!hanging && (blank || adverbsOnly || onlySkipped(masked, skipped, from, token.end(), verbStart))
				&& (adjacent == null || objectOfPreposition(passage, adjacent.start()))) {
			SpeakerTagMatcher.Subject wider = SpeakerDescriptions.headedDescriptionEndingAt(passage, k);
			adjacent = wider != null ? wider
					: adjacent != null ? adjacent : SpeakerDescriptions.descriptionEndingAt(passage, k);
			if (wider == null && adjacent != null && adjacent.type() == SpeakerTagMatcher.SubjectType.DESCRIPTION
					&& afterCircumstance(passage, adjacent.start())) {
				adjacent = null; // "Beck, who has in the past described Trump as": the
									// object of a preposition is no subject
			}
			SpeakerTagMatcher.Subject person = adjacent == null ? null
					: personBeforePreposition(passage, adjacent.start());
			if (person == null) {
				person = ownerOfStatementOnTopicEndingAt(passage, k);
			}
			if (person != null) {
				adjacent = person; // "Michael Hanlon of the Brookings Institution said"
			}
			// "The Israel Defense Forces (IDF) said": an acronym in brackets is no
			// clause set between a subject and its verb.
			boolean acronymOnly = acronymBracketEnd(masked, token.end()) == verbStart;
			if (!blank && !adverbsOnly && !acronymOnly && adjacent != null
					&& adjacent.type() == SpeakerTagMatcher.SubjectType.DESCRIPTION
					&& !SpeakerDescriptions.personNoun(adjacent.key())
					&& !SpeakerDescriptions.DOCUMENTS.contains(adjacent.key())) {
				adjacent = null; // past a clause only a person's description or a
									// document:
									// "A county official, speaking on condition of
									// anonymity, said", "The complaint, which was filed
									// Friday, alleged"
			}
		}
		// "Sam Lorry, a contestant who worked alongside Kay Harlow, said": a long
		// apposition ends in a name of its own, but the person it describes speaks.
		// Up to the adverbs before the verb: "…, the senior editor of Al-Nahar, strongly
		// criticized".
		int closingEnd = k + 1 < tokens.size() && tokens.get(k + 1).start() < verbStart
				&& !skipped[tokens.get(k + 1).start() - from] ? tokens.get(k + 1).start() : verbStart;
		String closing = unskipped(masked, skipped, from, token.end(), closingEnd);
		closing = (closing.indexOf('[') >= 0 ? EDITORS_NOTE.matcher(closing).replaceAll("") : closing).strip();
		// Also after an acronym in brackets: "…, Vice Head of the Iranian Revolutionary
		// Guard Corps (IRGC), stated".
		if (!hanging && (closing.equals(",") || closing.equals("),") || BRACKETED_COMMA.matcher(closing).matches())) {
			SpeakerTagMatcher.Subject head = appositionHead(passage, from, k);
			if (head != null) {
				return head.distant();
			}
		}
		if (!hanging && closing.isEmpty()) {
			// "Aws Al-Khafaji, Secretary-General of the Abu Al-Fadhl Al-Abbas Brigades
			// said": an office in title case left without its closing comma.
			SpeakerTagMatcher.Subject head = beforeUnclosedOffice(passage, from, k);
			if (head != null) {
				return head.distant();
			}
		}
		if (adjacent != null && adjacent.type() == SpeakerTagMatcher.SubjectType.DESCRIPTION) {
			// "The White House communique noted,": the body speaks through its document.
			SpeakerTagMatcher.Subject document = bodysDocument(passage, passage.firstTokenFrom(adjacent.start()),
					verbStart);
			if (document != null && document.end() == adjacent.end()) {
				adjacent = document;
			}
		}
		SpeakerTagMatcher.Subject paper = adjacent != null && writtenIn(passage, adjacent) ? adjacent : null;
		if (adjacent != null && paper == null) {
			return adjacent;
		}
		// Further back: the nearest name that is not the object of a preposition ("at the
		// Grand Hotel", "in Iowa"); for a participle ("..., telling the crowd") the
		// sentence's subject, the earliest such name, since the participle hangs on the
		// main clause - unless a speech verb follows a name ("..., Nefzi said, adding").
		SpeakerTagMatcher.Subject nearest = null;
		SpeakerTagMatcher.Subject free = null;
		// "As he spoke, Netanyahu issued a threat of his own, warning": the main
		// clause's subject, not the opening clause's.
		int mainFrom = hanging ? mainClauseFrom(passage, from, k) : from;
		for (int i = hanging ? k : k - 1; i >= 0 && tokens.get(i).start() >= mainFrom
				&& k - i < SpeakerTagMatcher.MAX_LOOKBACK; i--) {
			if (skipped[tokens.get(i).start() - from]) {
				continue;
			}
			SpeakerTagMatcher.Subject antecedent = hanging && free == null
					? SpeakerDescriptions.relativeAntecedent(passage, i, from) : null;
			if (antecedent != null) {
				// "President Hadi, who on March 24 sent an urgent letter to GCC leaders
				// asking them": the relative clause's subject asks, even where the
				// name before "who" is a preposition's object.
				free = antecedent;
				break;
			}
			SpeakerTagMatcher.Subject candidate = subjectEndingAt(passage, i);
			if (candidate == null) {
				candidate = hanging ? descriptionBeforeCue(passage, i) : null;
				if (candidate == null) {
					continue;
				}
			}
			if (candidate.type() == SpeakerTagMatcher.SubjectType.NAMED
					&& candidate.mention().kind() != SpeakerKind.PERSON) {
				// "said Harbour Center for Research director Tom Reyes, noting": the body
				// describes the person it leads to.
				SpeakerTagMatcher.Subject described = SpeakerDescriptions.describedName(passage,
						passage.firstTokenFrom(candidate.start()), verbStart);
				Mention member = memberAfterBody(passage, candidate.mention(), verbStart);
				Mention apposed = described == null && member == null
						? personApposedToBodysMember(passage, candidate.mention(), verbStart) : null;
				if (described != null && described.end() > candidate.end()) {
					candidate = described;
				}
				else if (member != null) {
					candidate = new SpeakerTagMatcher.Subject(SpeakerTagMatcher.SubjectType.NAMED, member,
							member.asWritten(), null, candidate.start(), member.end());
				}
				else if (apposed != null) {
					candidate = new SpeakerTagMatcher.Subject(SpeakerTagMatcher.SubjectType.NAMED, apposed,
							apposed.asWritten(), null, candidate.start(), apposed.end());
				}
			}
			if (nearest == null) {
				nearest = candidate;
			}
			if (!objectOfPreposition(passage, candidate.start())
					&& !coordinatedAfterPreposition(passage, candidate.start())
					&& !(hanging && ownedObject(passage, candidate, from))) {
				free = candidate;
				if (!participle || hanging && followedByCue(passage, i)) {
					break;
				}
			}
			i = passage.firstTokenFrom(candidate.start());
		}
		SpeakerTagMatcher.Subject chosen = free != null ? free : nearest;
		if (free == null && hanging && !coordinated) {
			// "One aide inside the tower tried to play down Harlow's remarks, saying": a
			// described subject opening the clause speaks. Otherwise nobody: the
			// participle hangs on the clause's subject, which is never a preposition's
			// object ("Lund compared himself to Harlow, saying" with Lund not known as a
			// name is not Harlow's).
			chosen = SpeakerDescriptions.openingDescription(passage, mainFrom, k);
		}
		if (chosen == null && participle && !coordinated) {
			chosen = SpeakerDescriptions.issuer(passage, from, k);
		}
		if (paper != null && (chosen == null || chosen.type() != SpeakerTagMatcher.SubjectType.NAMED
				|| chosen.mention().kind() != SpeakerKind.PERSON)) {
			return paper; // "An article in Etemad says": nobody but the paper
		}
		return chosen == null ? null : chosen.distant();
	}

	/**
	 * The text from {@code start} to {@code end} without the characters skipped as
	 * relative clauses and notes: ", president of the Union, which represents teachers,"
	 * closes the apposition with its last comma.
	 */
	private static String unskipped(String masked, boolean[] skipped, int from, int start, int end) {
		StringBuilder kept = new StringBuilder(end - start);
		for (int i = start; i < end; i++) {
			if (!skipped[i - from]) {
				kept.append(masked.charAt(i));
			}
		}
		return kept.toString();
	}

	/**
	 * A writer's aside opening a sentence before its clause: "It should be noted that, ".
	 */
	private static final Pattern NOTED_THAT = Pattern.compile("\\s*It (?:should be|must be|is worth|is) "
			+ "(?:noted|noting|mentioned|mentioning|noteworthy|recalled|emphasi[sz]ed|important to note) that,?\\s*");

	/** Words that open a clause before the main one: "As he spoke, …". */
	private static final Set<String> OPENING_SUBORDINATORS = Set.of("as", "while", "when", "after", "before",
			"although", "though", "because", "if", "since", "once", "whereas", "until");

	/**
	 * Where the main clause of a sentence opening at {@code from} starts: after its
	 * opening subordinate clause of a few words and its comma ("As he spoke, …"), else
	 * {@code from}. Only a comma before token {@code k} counts.
	 */
	private static int mainClauseFrom(Passage passage, int from, int k) {
		Matcher noted = NOTED_THAT.matcher(passage.masked()).region(from, passage.tokens().get(k).start());
		if (noted.lookingAt()) {
			// "It should be noted that, on past occasions, Abbas directed harsh criticism
			// at Hamas, saying": the writer's aside opens the sentence, whose clause
			// after it has the subject.
			return mainClauseFrom(passage, noted.end(), k);
		}
		// "Six years earlier, speaking in April 2009 in Prague, the newly elected U.S.
		// President laid …, announcing": a time, then a participle's clause, each with
		// its comma, before the subject.
		Matcher time = OPENING_TIME.matcher(passage.masked()).region(from, passage.tokens().get(k).start());
		if (time.lookingAt()) {
			int after = time.end();
			Matcher participle = OPENING_PARTICIPLE_CLAUSE.matcher(passage.masked())
				.region(after, passage.tokens().get(k).start());
			return participle.lookingAt() ? participle.end() : after;
		}
		List<Token> tokens = passage.tokens();
		int first = passage.firstTokenFrom(from);
		boolean opens = first < k && tokens.get(first).capitalised();
		// "However, even after receiving the note, Kayhan …": sentence adverbs before
		// the subordinator.
		while (first < k && LEADING_ADVERBS.contains(tokens.get(first).key())) {
			first++;
		}
		if (first >= k || !opens || !OPENING_SUBORDINATORS.contains(tokens.get(first).key())
				&& !OPENING_PREPOSITIONS.contains(tokens.get(first).key())) {
			return from;
		}
		int comma = passage.masked().indexOf(',', tokens.get(first).end());
		return comma >= 0 && comma < tokens.get(k).start()
				&& passage.firstTokenFrom(comma) - first <= MAX_OPENING_CLAUSE_WORDS ? comma + 1 : from;
	}

	/**
	 * Prepositions that open a sentence's adverbial before its subject: "In a recent NPR
	 * interview, Qin Gang … delivered a blunt message, stating": the outlet in it is no
	 * subject the participle hangs on.
	 */
	static final Set<String> OPENING_PREPOSITIONS = Set.of("in", "during", "at", "on");

	/**
	 * A time opening a sentence with its comma: "Six years earlier,", "Two days later,".
	 */
	private static final Pattern OPENING_TIME = Pattern
		.compile("\\s*(?:[A-Z][\\w-]*\\s+)(?:[\\w-]+\\s+){0,2}(?:earlier|later|ago),\\s*");

	/**
	 * A participle's clause of at most eight words and its comma: "speaking in Prague, ".
	 */
	private static final Pattern OPENING_PARTICIPLE_CLAUSE = Pattern.compile("[a-z]+ing\\b(?:\\s+[^\\s,;]+){0,7},\\s*");

	/** Words that may come before an opening clause's subordinator. */
	private static final Set<String> LEADING_ADVERBS = Set.of("however", "but", "and", "yet", "even", "still", "only",
			"just", "shortly", "soon", "long", "right");

	/** Longest opening clause skipped that way, in words: "As he spoke". */
	private static final int MAX_OPENING_CLAUSE_WORDS = 8;

	/** Owners that tie an adverbial after a name to that name: "in his reaction". */
	static final Set<String> ADVERBIAL_OWNERS = Set.of("his", "her", "their");

	/**
	 * A person named before an adverbial of their own and the verb, as agencies write it:
	 * {@code Rezai in his reaction to Netanyahu's statement said:} is Rezai's, not the
	 * name nearest the verb. The name is no preposition's object and owns nothing; only
	 * the adverbial stands between it and the verb, with no speech verb inside.
	 */
	static SpeakerTagMatcher.Subject nameBeforeOwnAdverbial(Passage passage, int from, int verbStart) {
		List<Token> tokens = passage.tokens();
		List<Mention> mentions = passage.mentions();
		for (int m = passage.firstMentionFrom(from); m < mentions.size(); m++) {
			Mention mention = mentions.get(m);
			if (mention.start() >= verbStart) {
				return null;
			}
			if (!SpeakerTagMatcher.person(mention) || afterPreposition(passage, mention.start())) {
				continue;
			}
			int next = passage.firstTokenFrom(mention.end());
			if (next + 2 >= tokens.size() || !tokens.get(next).key().equals("in")
					|| !ADVERBIAL_OWNERS.contains(tokens.get(next + 1).key())
					|| !SpeakerTagMatcher.blank(passage.masked(), mention.end(), tokens.get(next).start())) {
				return null;
			}
			if (passage.masked().indexOf(',', mention.end(), verbStart) >= 0) {
				return null;
			}
			for (int t = next; t < tokens.size() && tokens.get(t).start() < verbStart; t++) {
				if (SpeechCues.isCue(tokens.get(t).key())) {
					return null;
				}
			}
			return new SpeakerTagMatcher.Subject(SpeakerTagMatcher.SubjectType.NAMED, mention, mention.asWritten(),
					null, mention.start(), mention.end(), false);
		}
		return null;
	}

	/**
	 * Whether a candidate is the owner of a statement inside the clause rather than its
	 * subject: in {@code Lund's team shrugged off Harlow's remarks, saying} Harlow owns
	 * the object, and the participle hangs on the clause's subject. An owner opening the
	 * clause ({@code Harlow's office released ..., saying}) is not ruled out here.
	 */
	static boolean ownedObject(Passage passage, SpeakerTagMatcher.Subject candidate, int from) {
		return candidate.mention() != null && candidate.mention().possessive()
				&& candidate.start() > passage.tokens().get(passage.firstTokenFrom(from)).start();
	}

	/**
	 * The person a long apposition before the verb describes: the first person named in
	 * [from, k] that a comma and a lower-case word or determiner follow, not a
	 * preposition's object ({@code Sam Lorry, a contestant who worked alongside Kay
	 * Harlow, said}); or the first outlet or body that a comma and an article follow
	 * ({@code the Al-Azaim Foundation, a media outlet linked to the Islamic State
	 * Khorasan Province (ISKP), published}). Null when there is none.
	 */
	static SpeakerTagMatcher.Subject appositionHead(Passage passage, int from, int k) {
		List<Token> tokens = passage.tokens();
		String masked = passage.masked();
		for (int t = reportedClauseStart(passage, from, k); t < k; t++) {
			Mention named = passage.mentionEndingAt(tokens.get(t).end());
			if (named == null || named.possessive() || objectOfPreposition(passage, named.start())) {
				continue;
			}
			if (named.kind() != SpeakerKind.PERSON) {
				int n = passage.firstTokenFrom(tokens.get(t).end());
				if (n < k && ARTICLES.contains(tokens.get(n).key()) && !tokens.get(n).capitalised()
						&& masked.substring(tokens.get(t).end(), tokens.get(n).start()).strip().equals(",")) {
					return SpeakerTagMatcher.Subject.named(named);
				}
				continue;
			}
			int afterName = pastBracketAfterName(masked, tokens.get(t).end());
			int n = passage.firstTokenFrom(afterName);
			if (n >= tokens.size()) {
				return null;
			}
			Token next = tokens.get(n);
			if (masked.substring(afterName, next.start()).strip().equals(",")
					&& (SpeakerDescriptions.DETERMINERS.contains(next.key())
							|| !next.capitalised() && !SpeakerDescriptions.CONNECTIVES.contains(next.key())
							|| titledApposition(passage, n, k))) {
				return SpeakerTagMatcher.Subject.named(named);
			}
			return null;
		}
		return null;
	}

	/**
	 * The first token of the clause a speech verb and "that" report before token k
	 * ({@code Mardom Salari reports that Abou-Mojahed, the Spokesman of …, claims}), or
	 * the first token from {@code from} when none does: the paper that reports is not the
	 * head of the apposition after it.
	 */
	private static int reportedClauseStart(Passage passage, int from, int k) {
		List<Token> tokens = passage.tokens();
		int first = passage.firstTokenFrom(from);
		for (int t = k - 1; t > first; t--) {
			Token that = tokens.get(t);
			if (that.key().equals("that") && !that.capitalised() && SpeechCues.isCue(tokens.get(t - 1).key())) {
				return t + 1;
			}
		}
		return first;
	}

	/**
	 * The person opening the clause after "reports that" at token {@code that}, within
	 * its first words, or null: "ISNA reports that Iranian Deputy Foreign Minister Abbas
	 * Araghchi held a news conference … and said" – the agency reports, the person it
	 * names is the subject of the verb after "and".
	 */
	private static Mention reportedPerson(Passage passage, int that, int until) {
		List<Token> tokens = passage.tokens();
		if (that < 1 || !tokens.get(that).key().equals("that") || tokens.get(that).capitalised()
				|| !REPORTS.contains(tokens.get(that - 1).key()) || that + 1 >= tokens.size()) {
			return null;
		}
		int limit = that + MAX_REPORTED_SUBJECT_WORDS < tokens.size()
				? tokens.get(that + MAX_REPORTED_SUBJECT_WORDS).start() : until;
		for (Mention mention : passage.mentions()) {
			if (mention.start() >= tokens.get(that).end() && mention.start() < Math.min(limit, until)) {
				return mention.kind() == SpeakerKind.PERSON && !mention.possessive() ? mention : null;
			}
		}
		return null;
	}

	/** A paper's or agency's verb of reporting news. */
	private static final Set<String> REPORTS = Set.of("reports", "reported");

	/** Most words of a reported clause before its subject's name ends. */
	private static final int MAX_REPORTED_SUBJECT_WORDS = 8;

	/**
	 * Whether the participle at token {@code verb} takes "them" for its object while
	 * token k before it is a plural noun: "sent an urgent letter to GCC leaders asking
	 * them "…"" has the leaders asked, not asking.
	 */
	private static boolean asksThemItself(List<Token> tokens, int k, int verb) {
		String before = tokens.get(k).key();
		return verb + 1 < tokens.size() && tokens.get(verb + 1).key().equals("them") && before.endsWith("s")
				&& !before.endsWith("ss") && !tokens.get(k).capitalised();
	}

	/**
	 * The person set off by commas right after a body's member described in a word or
	 * two: "A Hezbollah "poet," Atef Moussa, appeared … and said" – the poet speaks, not
	 * Hezbollah. Null unless a person's name and a comma follow so.
	 */
	private static Mention personApposedToBodysMember(Passage passage, Mention body, int until) {
		List<Mention> mentions = passage.mentions();
		int next = passage.firstMentionFrom(body.end());
		if (next >= mentions.size()) {
			return null;
		}
		Mention person = mentions.get(next);
		String masked = passage.masked();
		if (person.kind() != SpeakerKind.PERSON || person.possessive() || person.end() >= until
				|| person.start() - body.end() > MAX_MEMBER_CHARS) {
			return null;
		}
		String between = masked.substring(body.end(), person.start()).strip();
		String after = masked.substring(person.end(), Math.min(masked.length(), person.end() + 1));
		boolean comma = between.endsWith(",") || between.endsWith(",\"") || between.endsWith(",”");
		return comma && between.length() > 1 && after.equals(",") && MEMBER_WORDS.matcher(between).matches() ? person
				: null;
	}

	/** Most characters between a body's name and the person apposed to its member. */
	private static final int MAX_MEMBER_CHARS = 30;

	/** One or two words for the member, or a quoted one, then the comma. */
	private static final Pattern MEMBER_WORDS = Pattern
		.compile("(?:\\p{Ll}[\\p{L}-]*\\s){0,1}(?:\\p{Ll}[\\p{L}-]*|[\"“]" + QuoteScanner.MASK + "+,?[\"”]),?");

	/**
	 * The person with a role named right after a body's name and its acronym in brackets,
	 * which qualify the role ("IRGC (…) Ground Forces Training Deputy Brig. Gen. Ali
	 * Akbar Pour Jamshidian"); null otherwise.
	 */
	private static Mention memberAfterBody(Passage passage, Mention body, int until) {
		if (body.kind() == SpeakerKind.PERSON) {
			return null;
		}
		String masked = passage.masked();
		int at = body.end();
		while (at < masked.length() && masked.charAt(at) == ' ') {
			at++;
		}
		if (at < masked.length() && masked.charAt(at) == '(') {
			int close = masked.indexOf(')', at);
			if (close < 0 || close - at > MAX_ACRONYM_BRACKET) {
				return null;
			}
			at = close + 1;
		}
		Mention next = passage.mentionFrom(at);
		return next != null && next.kind() == SpeakerKind.PERSON && next.role() != null && next.start() < until
				&& !next.possessive() && next.start() > body.end()
				&& onlyOfficeWords(masked.substring(at, next.start())) ? next : null;
	}

	/**
	 * Whether the words between a body and its officer's role only qualify the office:
	 * "Hamas political bureau head Khaled Mash'al", "Hamas military wing spokesman".
	 */
	private static boolean onlyOfficeWords(String between) {
		if (between.isBlank()) {
			return true;
		}
		String[] words = between.strip().split(" ");
		if (words.length > 3) {
			return false;
		}
		for (String word : words) {
			if (!OFFICE_QUALIFIERS.contains(word) && !NameVocabulary.isTitle(word)) {
				return false;
			}
		}
		return true;
	}

	/** Lower-case words that say which of a body's offices a role is. */
	private static final Set<String> OFFICE_QUALIFIERS = Set.of("political", "military", "armed", "senior", "deputy",
			"media", "security", "foreign", "religious", "press", "public", "information", "relations", "affairs",
			"executive", "central", "supreme", "international", "external", "interim", "acting", "wing", "bureau",
			"office", "council", "department", "committee");

	/** Longest bracket of an acronym after a body's name, in chars. */
	private static final int MAX_ACRONYM_BRACKET = 12;

	/**
	 * The offset after a party-and-state bracket at {@code at} ({@code Bob Corker
	 * (R-TN), chairman of …}) or another name in brackets ({@code Mahmoud Abbas (Abu
	 * Mazen), a columnist …}), which stands between a name and its apposition; {@code at}
	 * itself when there is none.
	 */
	static int pastBracketAfterName(String masked, int at) {
		int open = at;
		while (open < masked.length() && masked.charAt(open) == ' ') {
			open++;
		}
		if (open >= masked.length() || masked.charAt(open) != '(') {
			return at;
		}
		int close = masked.indexOf(')', open);
		if (close < 0) {
			return at;
		}
		String inside = masked.substring(open + 1, close);
		return close > open + 3 && close - open <= 14 && NameVocabulary.isPartyState(inside.replace('–', '-'))
				|| OTHER_NAME.matcher(inside).matches() ? close + 1 : at;
	}

	/** A name in brackets after a name: "Abu Mazen", "Abu Obeida". */
	private static final Pattern OTHER_NAME = Pattern.compile("\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){1,3}");

	/**
	 * The person named in [from, k] before a comma and an office in title case that runs
	 * to token k, the verb right after it ({@code Aws Al-Khafaji, Secretary-General of
	 * the Abu Al-Fadhl Al-Abbas Brigades said}); null otherwise.
	 */
	static SpeakerTagMatcher.Subject beforeUnclosedOffice(Passage passage, int from, int k) {
		List<Token> tokens = passage.tokens();
		for (int t = reportedClauseStart(passage, from, k); t < k; t++) {
			Mention named = passage.mentionEndingAt(tokens.get(t).end());
			if (named == null || named.possessive() || named.kind() != SpeakerKind.PERSON
					|| afterPreposition(passage, named.start())) {
				continue;
			}
			int afterName = pastBracketAfterName(passage.masked(), tokens.get(t).end());
			int n = passage.firstTokenFrom(afterName);
			if (n >= tokens.size()
					|| !passage.masked().substring(afterName, tokens.get(n).start()).strip().equals(",")) {
				continue;
			}
			// "Hossein Naqavi, the Parliamentary National Security Committee Spokesman
			// states": "the" before an office in title case that ends in its job.
			boolean theOffice = tokens.get(n).key().equals("the") && !tokens.get(n).capitalised() && n < k
					&& officeWord(tokens.get(k).key()) && allCapitalised(tokens, n + 1, k);
			return titledApposition(passage, theOffice ? n + 1 : n, k) ? SpeakerTagMatcher.Subject.named(named) : null;
		}
		return null;
	}

	/** Whether every token from {@code first} to {@code last} is capitalised. */
	private static boolean allCapitalised(List<Token> tokens, int first, int last) {
		for (int t = first; t <= last; t++) {
			if (!tokens.get(t).capitalised()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether tokens {@code first} to {@code k} are an office in title case that names no
	 * person ({@code Hussein Salami, Deputy Commander of the Iranian Revolutionary Guard
	 * Corps, stated}): a title first or a person noun last, then no person's name, so
	 * that the office's institution is no subject. A list of names
	 * ({@code Salami, President Ali Larijani,
	 * said}) names a person after the title.
	 */
	static boolean titledApposition(Passage passage, int first, int k) {
		List<Token> tokens = passage.tokens();
		// Or an office in title case ending in its person noun: "Claudia Rosett,
		// Journalist-in-Residence, wrote", "Ada Lind, Research Associate, wrote".
		boolean endsInOffice = officeWord(tokens.get(k).key());
		// "Anthony Anton, president and CEO of Washington Restaurant Association
		// stated": a title in lower case opens the office as well.
		boolean titled = NameVocabulary.isTitleKey(tokens.get(first).key());
		if (!tokens.get(first).capitalised() && !titled
				|| !titled && !endsInOffice && !compoundOfficeOf(tokens, first, k)) {
			return false;
		}
		int from = tokens.get(first).start();
		int to = tokens.get(k).end();
		for (Mention mention : passage.mentions()) {
			// The office's own words taken for a name ("Associate") name nobody.
			boolean office = endsInOffice && mention.end() == to;
			if (mention.kind() == SpeakerKind.PERSON && mention.start() < to && mention.end() > from && !office) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether tokens from {@code first} open an office of up to
	 * {@value #MAX_OFFICE_WORDS} words in title case whose last word is a title or a job,
	 * then "of", "at" or "for"
	 * ({@code Policy Director of the National Iranian American Council}, {@code Senior
	 * Fellow at …}).
	 */
	private static boolean compoundOfficeOf(List<Token> tokens, int first, int k) {
		for (int t = first; t < Math.min(k, first + MAX_OFFICE_WORDS); t++) {
			Token word = tokens.get(t);
			if (!word.capitalised()) {
				return false;
			}
			String next = tokens.get(t + 1).key();
			if (t > first && !tokens.get(t + 1).capitalised()
					&& (next.equals("of") || next.equals("at") || next.equals("for"))) {
				return NameVocabulary.isTitleKey(word.key()) || officeWord(word.key());
			}
		}
		return false;
	}

	/** Most words of an office before its "of": "Deputy Policy Director". */
	private static final int MAX_OFFICE_WORDS = 3;

	/**
	 * A word of an office or a job ("associate", "analyst"), also as the head of a
	 * compound ("journalist-in-residence").
	 */
	private static boolean officeWord(String key) {
		int hyphen = key.indexOf('-');
		String head = hyphen > 0 ? key.substring(0, hyphen) : key;
		return Bylines.isRoleWord(key) || Bylines.isRoleWord(head) || SpeakerDescriptions.ROLE_NOUNS.contains(key);
	}

	/**
	 * The person or description opening the clause before a relative "who" whose clause
	 * runs, over commas of its own, to a comma right before the verb: {@code The Iraqi
	 * premier who met with Massoud Barzani, Nechirvan Barzani and other officials, said}
	 * is the premier's, not the last name in the list. Null otherwise.
	 */
	static SpeakerTagMatcher.Subject beforeLongRelative(Passage passage, int from, int verbStart) {
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
			SpeakerTagMatcher.Subject named = subjectEndingAt(passage, t - 1);
			SpeakerTagMatcher.Subject subject = named != null && named.type() == SpeakerTagMatcher.SubjectType.NAMED
					? named : SpeakerDescriptions.headedDescriptionEndingAt(passage, t - 1);
			if (subject == null) {
				subject = SpeakerDescriptions.descriptionEndingAt(passage, t - 1);
			}
			boolean person = subject != null && (subject.type() == SpeakerTagMatcher.SubjectType.NAMED
					&& SpeakerTagMatcher.person(subject.mention())
					|| subject.type() == SpeakerTagMatcher.SubjectType.DESCRIPTION
							&& SpeakerDescriptions.personNoun(subject.key()));
			return person && SpeakerTagMatcher.blank(masked, from, subject.start()) ? subject : null;
		}
		return null;
	}

	/**
	 * Whether only spaces, commas and skipped clauses stand in [at, to): {@code A county
	 * official, speaking on condition of anonymity, said}.
	 */
	static boolean onlySkipped(String masked, boolean[] skipped, int from, int at, int to) {
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
	static boolean followedByCue(Passage passage, int i) {
		List<Token> tokens = passage.tokens();
		int next = i + 1;
		int gapFrom = tokens.get(i).end();
		int acronymEnd = acronymBracketEnd(passage.masked(), gapFrom);
		if (acronymEnd >= 0) {
			// "the Israeli Defense Forces (IDF) said": past the acronym.
			next = passage.firstTokenFrom(acronymEnd);
			gapFrom = acronymEnd - 1;
		}
		while (next < tokens.size() && SpeechCues.isSkippable(tokens.get(next))) {
			next++;
			gapFrom = tokens.get(next - 1).end();
		}
		// "the United States": a capitalised verb form inside a run of names is a name.
		// "the figures published by the board": a passive participle, no verb of theirs
		// ("responded by saying" is one).
		return next < tokens.size() && SpeechCues.isCue(tokens.get(next).key())
				&& !tokens.get(next).key().endsWith("ing") && !tokens.get(next).capitalised()
				&& Tokens.onlySpaceBetween(passage.masked(), gapFrom, tokens.get(next).start())
				&& !(next + 2 < tokens.size() && tokens.get(next + 1).key().equals("by")
						&& !tokens.get(next + 2).key().endsWith("ing"));
	}

	/**
	 * A description ending at token i that a speech verb follows: {@code the spokesman
	 * for the party said ..., adding}.
	 */
	static SpeakerTagMatcher.Subject descriptionBeforeCue(Passage passage, int i) {
		if (!followedByCue(passage, i) || SpeechCues.isSkippable(passage.tokens().get(i))) {
			// "The cleric instead praised": the description ends before its adverb
			return null;
		}
		// "he sounded a rare note of ...": a bare cue after a description is a noun.
		int acronymEnd = acronymBracketEnd(passage.masked(), passage.tokens().get(i).end());
		String cue = passage.tokens().get(acronymEnd >= 0 ? passage.firstTokenFrom(acronymEnd) : i + 1).key();
		boolean finite = cue.endsWith("ed") || cue.endsWith("s") || cue.equals("said") || cue.equals("told")
				|| cue.equals("wrote");
		return finite ? SpeakerDescriptions.descriptionEndingAt(passage, i) : null;
	}

	/**
	 * The subject of "and said" when the same clause opened with a speech verb right
	 * after a name: {@code De Blasio said the move was made by Bill Bratton and said,
	 * "..."} is De Blasio's. Null when no such verb precedes.
	 */
	static SpeakerTagMatcher.Subject elidedSubject(Passage passage, int clauseFrom, int andStart) {
		List<Token> tokens = passage.tokens();
		int k = passage.lastTokenBy(andStart);
		int verb = passage.firstTokenFrom(andStart) + 1;
		// "He pointed to the allegations of some Gulf states and said": a verb in the
		// past after "and" joins another in the past, not a plural noun like "states".
		boolean past = verb < tokens.size() && PAST_CUES.matcher(tokens.get(verb).key()).matches();
		for (int i = k; i > 0 && tokens.get(i).start() >= clauseFrom && k - i < SpeakerTagMatcher.MAX_LOOKBACK; i--) {
			Token token = tokens.get(i);
			String before = tokens.get(i - 1).key();
			Mention reported = reportedPerson(passage, i, andStart);
			if (reported != null) {
				return SpeakerTagMatcher.Subject.named(reported);
			}
			if (SpeechCues.isCue(token.key()) && !token.capitalised() && !before.equals("to")
					&& !SpeechCues.PASSIVE.contains(before) && !(past && token.key().endsWith("s"))) {
				SpeakerTagMatcher.Subject subject = subject(passage, clauseFrom, token.start());
				return subject != null && subject.adjacent() && subject.type() != SpeakerTagMatcher.SubjectType.ELIDED
						? subject : null;
			}
		}
		return null;
	}

	/** Speech verbs in the past: "-ed", "said", "told", "wrote". */
	private static final Pattern PAST_CUES = Pattern.compile("\\p{L}+ed|said|told|wrote");

	static final Set<String> PREPOSITIONS = Set.of("in", "at", "on", "with", "to", "for", "of", "from", "by", "about",
			"against", "into", "near", "outside", "inside", "over", "under", "toward", "towards", "than", "like",
			"behind", "between", "among", "through", "during", "after", "before", "across");

	/**
	 * The person named right before the preposition that the phrase starting at the
	 * offset follows: in {@code Tessa Lindqvist of the county board said} Lindqvist
	 * speaks, not the board. Null when no person stands there.
	 */
	static SpeakerTagMatcher.Subject personBeforePreposition(Passage passage, int start) {
		List<Token> tokens = passage.tokens();
		int i = passage.firstTokenFrom(start) - 1;
		if (i >= 0 && SpeakerDescriptions.DETERMINERS.contains(tokens.get(i).key())) {
			i--;
		}
		// "Behnam Ben Taleblu of the Foundation for the Defence of Democracies told":
		// back
		// over the words of the body's name to the preposition after the person.
		for (int j = i, words = 0; j >= 1 && words < MAX_BODY_WORDS; j--, words++) {
			Token token = tokens.get(j);
			if (!Tokens.onlySpaceBetween(passage.masked(), tokens.get(j - 1).end(), token.start())) {
				return null;
			}
			if (SpeakerDescriptions.AFFILIATIONS.contains(token.key()) && !token.capitalised()) {
				SpeakerTagMatcher.Subject person = subjectEndingAt(passage, j - 1);
				if (person != null && person.type() == SpeakerTagMatcher.SubjectType.NAMED
						&& person.mention().kind() == SpeakerKind.PERSON) {
					return person;
				}
			}
			if (j == i ? !SpeakerDescriptions.AFFILIATIONS.contains(token.key()) && !token.key().equals("for")
					: !token.capitalised() && !BODY_NAME_CONNECTORS.contains(token.key())) {
				return null;
			}
		}
		return null;
	}

	/**
	 * The owner of a statement whose topic ends at token {@code k}, right before the
	 * verb: "Khamenei's June 11, 2023 speech on nuclear weapons stated:" is Khamenei's,
	 * not the weapons'. Null unless a possessive name stands before the statement noun,
	 * with at most a date between them, and the topic is a few words with nothing setting
	 * them off.
	 */
	static SpeakerTagMatcher.Subject ownerOfStatementOnTopicEndingAt(Passage passage, int k) {
		List<Token> tokens = passage.tokens();
		int i = k - 1;
		while (i >= 2 && k - i < MAX_TOPIC_WORDS && !TOPIC_PREPOSITIONS.contains(tokens.get(i).key())) {
			i--;
		}
		if (i < 2 || !TOPIC_PREPOSITIONS.contains(tokens.get(i).key())
				|| !SpeakerDescriptions.STATEMENT_NOUNS.contains(tokens.get(i - 1).key())
				|| !passage.masked()
					.substring(tokens.get(i - 1).start(), tokens.get(k).end())
					.chars()
					.allMatch(c -> Character.isLetterOrDigit(c) || c == ' ' || c == '-' || c == '\'')) {
			return null;
		}
		int j = i - 2;
		while (j >= 0 && i - 2 - j < MAX_DATE_WORDS && (NameVocabulary.CALENDAR.contains(tokens.get(j).key())
				|| Character.isDigit(tokens.get(j).text().charAt(0)))) {
			j--;
		}
		Mention owner = j < 0 ? null : passage.mentionCovering(tokens.get(j).start());
		if (owner == null || !owner.possessive() || owner.end() > tokens.get(j + 1).start()) {
			return null;
		}
		return new SpeakerTagMatcher.Subject(SpeakerTagMatcher.SubjectType.NAMED, owner,
				passage.masked().substring(owner.start(), tokens.get(i - 1).end()), null, owner.start(),
				tokens.get(i - 1).end());
	}

	/** Most words of a statement's topic between its noun and the verb. */
	private static final int MAX_TOPIC_WORDS = 5;

	/** Prepositions opening a statement's topic: "speech on", "article about". */
	private static final Set<String> TOPIC_PREPOSITIONS = Set.of("on", "about", "regarding", "concerning");

	/** Most words of a date between a name and its statement: "June 11, 2023". */
	private static final int MAX_DATE_WORDS = 3;

	/** Most words of a body's name between a person and a description after it. */
	private static final int MAX_BODY_WORDS = 8;

	/**
	 * Lower-case words inside a body's name: "Foundation for the Defense of Democracies".
	 */
	private static final Set<String> BODY_NAME_CONNECTORS = Set.of("of", "for", "the", "and", "on");

	/**
	 * Whether the subject is a paper named after "in" ({@code Emad Khatami, in a short
	 * analysis in Etemad, says}): where the person further back writes, who speaks; the
	 * paper when no person is named before it.
	 */
	static boolean writtenIn(Passage passage, SpeakerTagMatcher.Subject subject) {
		if (subject.type() != SpeakerTagMatcher.SubjectType.NAMED || subject.mention().kind() != SpeakerKind.OUTLET) {
			return false;
		}
		List<Token> tokens = passage.tokens();
		int i = passage.firstTokenFrom(subject.start()) - 1;
		if (i > 0 && tokens.get(i).key().equals("the")) {
			i--;
		}
		return i >= 0 && tokens.get(i).key().equals("in");
	}

	/**
	 * Prepositions whose gerund hangs on the clause's subject: "responded by saying",
	 * "incurred a wave of boos upon saying", "attack a friend without saying".
	 */
	static final Set<String> GERUND_PREPOSITIONS = Set.of("by", "upon", "without", "after", "before", "while", "when",
			"since");

	/**
	 * Prepositions of time and place, whose object never speaks: "in the past", "at one
	 * point". Not "with" ("with the union calling her …") nor "on" or "of", which may
	 * belong to a description before them.
	 */
	static final Set<String> CIRCUMSTANCES = Set.of("in", "at", "during", "after", "before", "since", "throughout",
			"into", "within", "among", "across", "around", "inside");

	/** Whether one of {@link #CIRCUMSTANCES} stands right before the words at start. */
	static boolean afterCircumstance(Passage passage, int start) {
		return afterOneOf(passage, start, CIRCUMSTANCES);
	}

	/**
	 * Whether the words at start are a preposition's object that speaks no more than any
	 * other: not the author of a document before them ("a statement by Netanyahu", "An
	 * editorial by Jubran Tweini, the senior editor of …, strongly criticized").
	 */
	private static boolean objectOfPreposition(Passage passage, int start) {
		return afterPreposition(passage, start) && authorOfDocument(passage, start) < 0
				&& !holderOfOfficeTo(passage, start);
	}

	/**
	 * Whether the person at {@code start} holds the office in title case that runs over
	 * "to the" before them: "Deputy to the Foreign Minister Abbas Araghchi", "Special
	 * Envoy to the Middle East Morgan Ortagus" – the name ends the office, whose holder
	 * it is, and is no object of "to".
	 */
	private static boolean holderOfOfficeTo(Passage passage, int start) {
		Mention person = passage.mentionCovering(start);
		List<Token> tokens = passage.tokens();
		int to = passage.firstTokenFrom(start) - 1;
		if (to >= 0 && tokens.get(to).key().equals("the") && !tokens.get(to).capitalised()) {
			to--;
		}
		return person != null && person.kind() == SpeakerKind.PERSON && to >= 1 && tokens.get(to).key().equals("to")
				&& tokens.get(to - 1).capitalised() && NameVocabulary.isTitleKey(tokens.get(to - 1).key())
				&& Tokens.onlySpaceBetween(passage.masked(), tokens.get(to - 1).end(), tokens.get(to).start());
	}

	/**
	 * Where the document phrase starts whose author the words at start name: "a statement
	 * by Israeli Prime Minister Benjamin Netanyahu", "a statement released by the Israeli
	 * Defense Forces", "a letter from the ministry". The document speaks for its author,
	 * so a tag whose subject the phrase is gives the author's words. -1 when the words at
	 * start are no such author.
	 */
	static int authorOfDocument(Passage passage, int start) {
		List<Token> tokens = passage.tokens();
		String masked = passage.masked();
		int at = passage.firstTokenFrom(start);
		int by = at - 1;
		if (by >= 1 && tokens.get(by).key().equals("the")
				&& Tokens.onlySpaceBetween(masked, tokens.get(by).end(), tokens.get(at).start())) {
			at = by; // "by the Israeli Defense Forces"
			by--;
		}
		if (by < 1 || !(tokens.get(by).key().equals("by") || tokens.get(by).key().equals("from"))
				|| !Tokens.onlySpaceBetween(masked, tokens.get(by).end(), tokens.get(at).start())) {
			return -1;
		}
		int noun = by - 1;
		if (ISSUING_PARTICIPLES.contains(tokens.get(noun).key()) && noun >= 1
				&& Tokens.onlySpaceBetween(masked, tokens.get(noun).end(), tokens.get(by).start())) {
			noun--; // "a statement released by"
		}
		if (!AUTHORED_DOCUMENTS.contains(tokens.get(noun).key())
				|| !Tokens.onlySpaceBetween(masked, tokens.get(noun).end(), tokens.get(noun + 1).start())) {
			return -1;
		}
		int opening = noun - 1;
		if (opening >= 0 && DOCUMENT_ADJECTIVES.contains(tokens.get(opening).key())) {
			opening--; // "a joint statement"
		}
		return opening >= 0 && ARTICLES.contains(tokens.get(opening).key()) ? tokens.get(opening).start() : -1;
	}

	/**
	 * The author of the document phrase starting at token index ("a statement by Israeli
	 * Prime Minister Benjamin Netanyahu"), as the phrase's subject; null when the words
	 * there are no such phrase or run past until.
	 */
	private static SpeakerTagMatcher.Subject documentAuthorFrom(Passage passage, int index, int until) {
		List<Token> tokens = passage.tokens();
		if (!ARTICLES.contains(tokens.get(index).key())) {
			return null;
		}
		int opening = tokens.get(index).start();
		for (int t = index + 2; t < Math.min(tokens.size() - 1, index + 6) && tokens.get(t).start() < until; t++) {
			String by = tokens.get(t).key();
			if (!by.equals("by") && !by.equals("from")) {
				continue;
			}
			int a = t + 1;
			if (authorOfDocument(passage, tokens.get(a).start()) != opening) {
				return outletsReport(passage, index, t, until);
			}
			Mention author = passage.mentionFrom(tokens.get(a).start());
			if (author != null && author.start() == tokens.get(a).start() && author.end() <= until
					&& !author.possessive()) {
				// "a statement by Hamas political bureau head Isma'il Haniyeh": the
				// body's officer.
				SpeakerTagMatcher.Subject officer = author.kind() == SpeakerKind.PERSON ? null
						: officerOfBody(passage, a, author, until);
				Mention writer = officer != null ? officer.mention() : author;
				return new SpeakerTagMatcher.Subject(SpeakerTagMatcher.SubjectType.NAMED, writer,
						passage.masked().substring(opening, writer.end()), null, opening, writer.end());
			}
			// "a statement by harbour master Quint Varro": the person described.
			SpeakerTagMatcher.Subject described = SpeakerDescriptions.personAfterDescription(passage, a, until);
			if (described != null) {
				return described;
			}
			// "a statement released by the Israeli Defense Forces (IDF) said": a body
			// the mention finder does not know, named in capitals after "the".
			if (tokens.get(a).key().equals("the") && a + 1 < tokens.size() && tokens.get(a + 1).capitalised()) {
				return SpeakerDescriptions.descriptionFrom(passage, a, until);
			}
			return null;
		}
		return null;
	}

	/** Only whom a body or outlet is tied to, after "the": "the IRGC-affiliated". */
	private static final Pattern AFFILIATED = Pattern.compile("(?i)the(?:\\s+\\S+-(?:affiliated|linked|backed|based|"
			+ "owned|run|controlled|aligned|funded|sponsored|leaning|oriented)){1,2}");

	/**
	 * The officer named after a body's name at token {@code index} ("Hamas political
	 * bureau head Khaled Mash'al"): the subject of the person whose role holds a title
	 * and runs past the body's mention; null when none does.
	 */
	static SpeakerTagMatcher.Subject officerOfBody(Passage passage, int index, Mention body, int until) {
		SpeakerTagMatcher.Subject officer = subjectAt(passage, index, until);
		return officer != null && officer.end() > body.end() && officer.mention() != null
				&& officer.mention().kind() == SpeakerKind.PERSON && officer.mention().role() != null
				&& Arrays.stream(officer.mention().role().split(" ")).anyMatch(NameVocabulary::isTitle) ? officer
						: null;
	}

	/**
	 * The outlet whose report, investigation or story the phrase at token {@code index}
	 * names, "by" at token {@code by}: a paper's findings are written in its own words
	 * ("According to an investigation by Politico, … the Justice Department quietly
	 * "dropped charges …""), where a study's or a poll's are nobody's quotation; null
	 * when the author is no outlet or other words stand between.
	 */
	private static SpeakerTagMatcher.Subject outletsReport(Passage passage, int index, int by, int until) {
		List<Token> tokens = passage.tokens();
		if (by != index + 2 || !OUTLETS_REPORTS.contains(tokens.get(index + 1).key()) || by + 1 >= tokens.size()
				|| !tokens.get(by).key().equals("by")) {
			return null;
		}
		int a = tokens.get(by + 1).key().equals("the") && by + 2 < tokens.size() ? by + 2 : by + 1;
		Mention author = passage.mentionFrom(tokens.get(a).start());
		return author != null && author.start() == tokens.get(a).start() && author.end() <= until
				&& author.kind() == SpeakerKind.OUTLET && !author.possessive()
						? new SpeakerTagMatcher.Subject(SpeakerTagMatcher.SubjectType.NAMED, author,
								passage.masked().substring(tokens.get(index).start(), author.end()), null,
								tokens.get(index).start(), author.end())
						: null;
	}

	/** What a news outlet publishes in its own words: "an investigation by Politico". */
	private static final Set<String> OUTLETS_REPORTS = Set.of("report", "investigation", "story", "analysis", "review",
			"survey");

	/**
	 * Documents that carry their author's own words: not a report, a study or a poll,
	 * whose findings are nobody's quotation.
	 */
	private static final Set<String> AUTHORED_DOCUMENTS = Set.of("statement", "letter", "email", "e-mail", "memo",
			"memorandum", "message", "tweet", "post", "note", "editorial", "article", "column", "op-ed", "essay",
			"communique", "announcement", "release", "commentary");

	/**
	 * The articles: what opens a document's phrase ("a statement", "An editorial", "the
	 * letter") or a description set after a body's name.
	 */
	private static final Set<String> ARTICLES = Set.of("a", "an", "the");

	/** Participles between a document and its author: "a statement issued by". */
	private static final Set<String> ISSUING_PARTICIPLES = Set.of("released", "issued", "published", "signed", "posted",
			"sent", "written");

	/** Words before a document's noun in such a phrase: "a joint statement". */
	private static final Set<String> DOCUMENT_ADJECTIVES = Set.of("joint", "written", "brief", "short", "new",
			"separate", "official", "formal", "press");

	/**
	 * Whether the phrase starting at the offset follows a preposition ("in Iowa", "at the
	 * Grand Hotel").
	 */
	static boolean afterPreposition(Passage passage, int start) {
		return afterOneOf(passage, start, PREPOSITIONS);
	}

	/**
	 * Whether the words at start are the second of two joined by "and" or "or" after a
	 * preposition: "of Lugansk and Donetsk".
	 */
	private static boolean coordinatedAfterPreposition(Passage passage, int start) {
		List<Token> tokens = passage.tokens();
		int and = passage.firstTokenFrom(start) - 1;
		if (and < 1 || !(tokens.get(and).key().equals("and") || tokens.get(and).key().equals("or"))
				|| !Tokens.onlySpaceBetween(passage.masked(), tokens.get(and).end(), start)) {
			return false;
		}
		Mention before = passage.mentionCovering(tokens.get(and - 1).start());
		int first = before != null ? before.start() : tokens.get(and - 1).start();
		return tokens.get(and - 1).capitalised() && afterPreposition(passage, first);
	}

	/**
	 * Whether one of the words stands right before the words at start, or before their
	 * determiner.
	 */
	static boolean afterOneOf(Passage passage, int start, Set<String> words) {
		List<Token> tokens = passage.tokens();
		int i = passage.firstTokenFrom(start) - 1;
		if (i >= 0 && SpeakerDescriptions.DETERMINERS.contains(tokens.get(i).key())) {
			i--;
		}
		return i >= 0 && words.contains(tokens.get(i).key())
				&& Tokens.onlySpaceBetween(passage.masked(), tokens.get(i).end(), tokens.get(i + 1).start());
	}

	/**
	 * The writer a piece is "by" when "that" or "which" at token k makes the piece the
	 * verb's subject: "Al Watan carried a piece by editor in chief Jamal Khashogji that
	 * said" is Khashogji's; null otherwise.
	 */
	private static SpeakerTagMatcher.Subject writerOfPieceThat(Passage passage, int k, int from) {
		List<Token> tokens = passage.tokens();
		String key = tokens.get(k).key();
		if (k < 3 || !key.equals("that") && !key.equals("which")) {
			return null;
		}
		Mention writer = passage.mentionEndingAt(tokens.get(k - 1).end());
		if (writer == null || writer.kind() != SpeakerKind.PERSON || writer.possessive()
				|| writer.start() < tokens.get(0).start()) {
			return null;
		}
		// "by editor in chief Jamal Khashogji": a role the name does not include may
		// stand between.
		int by = passage.firstTokenFrom(writer.start()) - 1;
		for (int role = 0; role < 3 && by > 0 && !tokens.get(by).key().equals("by")
				&& !tokens.get(by).capitalised(); role++) {
			by--;
		}
		if (by < 1 || tokens.get(by).start() < from || !tokens.get(by).key().equals("by")) {
			return null;
		}
		for (int piece = by - 1; piece >= Math.max(0, by - 2); piece--) {
			String noun = tokens.get(piece).key();
			if (SpeakerDescriptions.writtenPiece(noun)) {
				return SpeakerTagMatcher.Subject.named(writer);
			}
		}
		return null;
	}

	/** A body's organs, through which it speaks: "al Qaeda's general command". */
	private static final Set<String> BODY_ORGANS = Set.of("leadership", "command", "politburo", "wing");

	/** Most lower-case words between a body's possessive and its organ. */
	private static final int MAX_ORGAN_ADJECTIVES = 2;

	/**
	 * A name, pronoun, "the" + role noun, or a possessive + statement noun ending at
	 * token k.
	 */
	static SpeakerTagMatcher.Subject subjectEndingAt(Passage passage, int k) {
		List<Token> tokens = passage.tokens();
		Token token = tokens.get(k);
		if (SpeakerTagMatcher.PRONOUNS.contains(token.key())) {
			return new SpeakerTagMatcher.Subject(SpeakerTagMatcher.SubjectType.PRONOUN, null, token.text(), token.key(),
					token.start(), token.end());
		}
		Mention named = passage.mentionEndingAt(token.end());
		if (named != null && !named.possessive()) {
			return SpeakerTagMatcher.Subject.named(named);
		}
		if (SpeakerDescriptions.ROLE_NOUNS.contains(token.key()) && k > 0
				&& !SpeakerDescriptions.adjectiveBeforeNoun(tokens, k)) {
			int article = tokens.get(k - 1).key().equals("the") ? k - 1
					: k > 1 && tokens.get(k - 2).key().equals("the") ? k - 2 : -1;
			if (article >= 0) {
				String written = passage.masked().substring(tokens.get(article).start(), token.end());
				return new SpeakerTagMatcher.Subject(SpeakerTagMatcher.SubjectType.ROLE_NOUN, null, written,
						token.key(), tokens.get(article).start(), token.end());
			}
		}
		if (SpeakerDescriptions.STATEMENT_NOUNS.contains(token.key()) && k > 0) {
			Token owner = tokens.get(k - 1);
			if (k > 1 && STATEMENT_QUALIFIERS.matcher(owner.key()).matches()) {
				owner = tokens.get(k - 2); // "his 2013 speech", "her latest article"
			}
			if (Set.of("his", "her", "its").contains(owner.key())) {
				String pronoun = switch (owner.key()) {
					case "his" -> "he";
					case "her" -> "she";
					default -> "it";
				};
				return new SpeakerTagMatcher.Subject(SpeakerTagMatcher.SubjectType.PRONOUN, null, owner.text(), pronoun,
						owner.start(), owner.end());
			}
			Mention mention = passage.mentionEndingAt(owner.end());
			if (mention != null && mention.possessive()) {
				return SpeakerTagMatcher.Subject.named(mention);
			}
		}
		if (BODY_ORGANS.contains(token.key())) {
			// "al Qaeda's general command alleges", "Hamas's military wing said": the
			// body speaks through its organ.
			for (int o = k - 1; o >= Math.max(0, k - 1 - MAX_ORGAN_ADJECTIVES); o--) {
				Mention owner = passage.mentionEndingAt(tokens.get(o).end());
				if (owner != null) {
					return owner.possessive() && owner.kind() != SpeakerKind.PERSON
							? SpeakerTagMatcher.Subject.named(owner) : null;
				}
				if (tokens.get(o).capitalised()) {
					return null;
				}
			}
		}
		return null;
	}

	/** A year or a word of when between an owner and a statement: "his 2013 speech". */
	private static final Pattern STATEMENT_QUALIFIERS = Pattern
		.compile("(?:19|20)\\d{2}|latest|recent|annual|last|first|final|new|televised|weekly");

}
