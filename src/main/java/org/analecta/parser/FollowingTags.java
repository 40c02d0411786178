package org.analecta.parser;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.analecta.parser.ParsedReport.SpeakerKind;
import org.analecta.parser.QuoteScanner.QuoteSpan;
import org.analecta.parser.SpeakerTagMatcher.Subject;
import org.analecta.parser.SpeakerTagMatcher.Tag;

/**
 * The tags that name a quotation's speaker after the quotation's own sentence: a
 * signature on the quotation's line or the next ({@code "…" ― Ada Lindqvist}), the tag
 * opening the next sentence
 * ({@code "The Americans begged us to stop." Jaafar al-Husseini, the militia's spokesman, said in 2018.}),
 * and a next paragraph opening {@code So said X}. Each returns the tag, or null.
 */
final class FollowingTags {

	private final List<String> masked;

	private final List<Passage> passages;

	private final List<int[]> sentences;

	FollowingTags(List<String> masked, List<Passage> passages, List<int[]> sentences) {
		this.masked = masked;
		this.passages = passages;
		this.sentences = sentences;
	}

	/**
	 * A quotation that is its own paragraph signed on its line, after a dash and a name
	 * ({@code "..." ― Ada Lindqvist}, as fact checks and collections of quotations set
	 * them) or, for a quotation of whole sentences, after no dash ({@code "…."
	 * Jonathan Schanzer, FDD Senior Vice President}, as think tanks set their experts'
	 * comments, the name alone or with a role after a comma and no speech verb): the tag
	 * of that name, else null. The signature may also stand in the next paragraph
	 * ({@link #signedBelow}).
	 */
	Tag signedOnItsLine(QuoteSpan span) {
		int last = span.lastParagraph();
		String line = masked.get(last);
		int dashes = afterClosingMark(span);
		int at = dashes;
		while (at < line.length() && SIGNATURE_DASHES.indexOf(line.charAt(at)) >= 0) {
			at++;
		}
		if (at - dashes > 2 || at >= line.length()
				|| line.length() - at > (at > dashes ? DASHED_SIGNATURE_LENGTH : SIGNATURE_LENGTH)) {
			return null;
		}
		if (at == dashes) {
			String quoted = span.text().strip();
			// '"…," Lyle Ambrose, Tulsa, Reno': a tag's start, not a signature.
			if (quoted.isEmpty() || ".!?".indexOf(quoted.charAt(quoted.length() - 1)) < 0) {
				return null;
			}
			Tag signer = signer(last, at, false);
			return signer == null || speechVerbFrom(passages.get(last), signer.end()) ? null : signer;
		}
		return signer(last, at, true);
	}

	/**
	 * Whether nothing follows the quotation in its paragraph and another paragraph does.
	 */
	private boolean endsItsParagraphBeforeAnother(QuoteSpan span) {
		int last = span.lastParagraph();
		if (last + 1 >= masked.size()) {
			return false;
		}
		// A note's marker may follow the closing mark: "… international intervention."1
		String rest = masked.get(last).substring(Math.min(afterClosingMark(span), masked.get(last).length())).strip();
		return rest.isEmpty() || NOTE_MARKER.matcher(rest).matches();
	}

	private static final Pattern NOTE_MARKER = Pattern.compile("\\d{1,3}|\\[\\d{1,3}\\]");

	/** The signature of a quotation alone in its paragraph in the next paragraph. */
	Tag signedBelow(QuoteSpan span) {
		int last = span.lastParagraph();
		if (!endsItsParagraphBeforeAnother(span)) {
			return null;
		}
		String next = masked.get(last + 1);
		int dash = 0;
		while (dash < next.length() && Character.isWhitespace(next.charAt(dash))) {
			dash++;
		}
		if (dash >= next.length()) {
			return null;
		}
		boolean dashed = SIGNATURE_DASHES.indexOf(next.charAt(dash)) >= 0;
		Tag writes = dashed ? dashedSpeaker(last + 1, dash + 1) : null;
		if (writes != null) {
			return writes;
		}
		if (next.length() > (dashed ? DASHED_SIGNATURE_LENGTH : SIGNATURE_LENGTH)) {
			return null;
		}
		int credit = dashed ? dash + 1 : dash;
		while (credit < next.length() && Character.isWhitespace(next.charAt(credit))) {
			credit++;
		}
		Matcher piece = BlockRules.PIECE_CREDIT.matcher(next).region(credit, next.length());
		if (piece.lookingAt()) {
			// "From a poem by Sheikh Yousef Al-Qaradawi, January 5, 2005" under an
			// epigraph: whose piece it comes from.
			return signer(last + 1, piece.end(), true);
		}
		if (!dashed) {
			dash--; // the reader may have taken the dash for a list bullet
		}
		Tag signer = signer(last + 1, dash + 1, dashed);
		// Without its dash, a line naming someone and then a speech verb ("Gantz,
		// speaking after Netanyahu, also affirmed that …") is prose about the next
		// speaker; "-President Obama, tweeting after Clinton's speech." signs.
		return signer != null && !dashed && speechVerbFrom(passages.get(last + 1), signer.end()) ? null : signer;
	}

	/**
	 * The tag of the paragraph right after a quotation that ends its own, when that
	 * paragraph opens by pointing back at it: {@code "I have been reading Sharon's
	 * biography …"} then {@code So said Hizbollah leader Hasan Nasrallah in an
	 * autobiographical note …}. Null otherwise.
	 */
	Tag soSaidBelow(QuoteSpan span) {
		int last = span.lastParagraph();
		if (!endsItsParagraphBeforeAnother(span)) {
			return null;
		}
		Matcher pointer = SO_SAID.matcher(masked.get(last + 1));
		if (!pointer.lookingAt()) {
			return null;
		}
		int[] starts = sentences.get(last + 1);
		int until = Sentences.end(starts, 0, masked.get(last + 1).length());
		return SpeakerTagMatcher.after(passages.get(last + 1), pointer.end(), until);
	}

	/** "So said" or "Thus spoke" opening a paragraph, before the verb. */
	private static final Pattern SO_SAID = Pattern
		.compile("\\s*(?:So|Thus)\\s+(?=(?:said|spoke|wrote|declared|stated|remarked|tweeted|argued)\\s)");

	/**
	 * The tag opening the sentence right after a quotation that is a sentence of its own,
	 * its full stop inside the marks: {@code "The Americans begged us to stop."
	 * Jaafar al-Husseini, the militia's spokesman, said in 2018.} Such a sentence, with
	 * its subject and speech verb first, tells who said the words before it, not the ones
	 * after it.
	 */
	Tag taggedInNextSentence(QuoteSpan span, QuoteSpan following) {
		String quoted = span.text().strip();
		if (quoted.isEmpty() || ".!?".indexOf(quoted.charAt(quoted.length() - 1)) < 0) {
			return null;
		}
		int last = span.lastParagraph();
		int[] starts = sentences.get(last);
		int sentence = Sentences.indexOf(starts, span.after());
		if (sentence < starts.length && starts[sentence] < span.after()) {
			sentence++;
		}
		if (sentence >= starts.length || !masked.get(last).substring(span.after(), starts[sentence]).isBlank()) {
			return null;
		}
		int until = Sentences.end(starts, sentence, masked.get(last).length());
		if (following != null && following.firstParagraph() == last) {
			until = Math.min(until, following.open());
		}
		return SpeakerTagMatcher.identifying(passages.get(last), starts[sentence], until);
	}

	/** Where the text after a quotation's closing mark and a full stop resumes. */
	private int afterClosingMark(QuoteSpan span) {
		String line = masked.get(span.lastParagraph());
		int at = Math.min(span.after(), line.length());
		while (at < line.length() && (Character.isWhitespace(line.charAt(at)) || line.charAt(at) == '.')) {
			at++;
		}
		return at;
	}

	/**
	 * The name that opens paragraph {@code p} at {@code from} and ends it, but for a full
	 * stop or a short description after a comma ("Ada Lindqvist, county clerk"), as a
	 * tag; else null.
	 */
	private Tag signer(int p, int from, boolean dashed) {
		Passage signed = passages.get(p);
		String line = masked.get(p);
		Matcher dated = SIGNATURE_DATE.matcher(line).region(from, line.length());
		if (dated.lookingAt()) {
			// "- April 14, 2004, R. James Woolsey, Former Director ..."
			from = dated.end();
		}
		int first = signed.firstTokenFrom(from);
		if (first >= signed.tokens().size()) {
			return null;
		}
		Mention mention = signed.mentionFrom(signed.tokens().get(first).start());
		if (dashed && (mention == null || mention.start() != signed.tokens().get(first).start()
				|| mention.kind() != SpeakerKind.PERSON)) {
			mention = nameAfterOffice(signed, from);
			from = mention == null ? from : mention.start();
		}
		if (mention == null || mention.possessive() || !line.substring(from, mention.start()).isBlank()) {
			return null;
		}
		String after = line.substring(mention.end()).strip();
		// Under an epigraph a dash sets off where and when it was said: "—Hezbollah
		// Secretary-General Hassan Nasrallah in a speech on Friday, referring to …".
		boolean occasion = dashed && (OCCASION.matcher(after).lookingAt() || sourceAndDay(after));
		if (!(after.isEmpty() || after.equals(".") || after.startsWith(",") || occasion)
				|| after.indexOf(QuoteScanner.MASK) >= 0) {
			return null;
		}
		Subject subject = Subject.named(mention);
		return new Tag("-", subject, true, true, true, mention.end());
	}

	/**
	 * A dashed line under a quotation that goes on to say who wrote or said it: "--
	 * Yedioth's senior commentator Nahum Barnea writes that the deal …", as a digest's
	 * quote of the day is set. The tag of the person a speech verb follows right after,
	 * within the first {@value #MAX_SIGNATURE_OFFICE} chars; else null.
	 */
	private Tag dashedSpeaker(int p, int from) {
		Passage signed = passages.get(p);
		String line = masked.get(p);
		for (Mention mention : signed.mentions()) {
			if (mention.start() < from) {
				continue;
			}
			if (mention.start() - from > MAX_SIGNATURE_OFFICE || line.substring(from, mention.start()).contains(",")) {
				return null;
			}
			int verb = signed.firstTokenFrom(mention.end());
			if (SpeakerTagMatcher.person(mention) && verb < signed.tokens().size()
					&& !signed.tokens().get(verb).capitalised() && SpeechCues.isCue(signed.tokens().get(verb).key())) {
				return new Tag("-", Subject.named(mention), true, true, true, mention.end());
			}
		}
		return null;
	}

	/**
	 * The person named after an office and its comma that open a signature: "— PA
	 * Communications Minister, Imud Falouji". Null when the words before the comma end in
	 * no title or a name does not follow it.
	 */
	private static Mention nameAfterOffice(Passage passage, int from) {
		String line = passage.masked();
		int comma = line.indexOf(',', from);
		if (comma < 0 || comma - from > MAX_SIGNATURE_OFFICE) {
			return null;
		}
		int last = passage.lastTokenBy(comma);
		Mention name = passage.mentionFrom(comma + 1);
		return last >= 0 && passage.tokens().get(last).start() >= from
				&& NameVocabulary.isTitle(passage.tokens().get(last).text()) && name != null
				&& name.kind() == SpeakerKind.PERSON && line.substring(comma + 1, name.start()).isBlank() ? name : null;
	}

	/** Longest office before the name in a signature, in chars. */
	private static final int MAX_SIGNATURE_OFFICE = 60;

	/** Whether a lower-case speech verb follows the offset. */
	private static boolean speechVerbFrom(Passage passage, int from) {
		List<Tokens.Token> tokens = passage.tokens();
		for (int t = passage.firstTokenFrom(from); t < tokens.size(); t++) {
			if (!tokens.get(t).capitalised() && SpeechCues.isCue(tokens.get(t).key())) {
				return true;
			}
		}
		return false;
	}

	/** A date before the signer's name: "April 14, 2004, ", "14 April 2004, ". */
	private static final Pattern SIGNATURE_DATE = Pattern
		.compile("\\s*(?:[A-Z][a-z]{2,8}\\.? \\d{1,2}, \\d{4}|\\d{1,2} [A-Z][a-z]{2,8} \\d{4}),\\s+");

	/** Dashes that may open a signature: hyphen, en, em dash and horizontal bar. */
	private static final String SIGNATURE_DASHES = "-\u2013\u2014\u2015";

	/** Longest line taken for the signature under a quotation. */
	private static final int SIGNATURE_LENGTH = 120;

	/** A dashed signature may say where and when the words were said. */
	private static final int DASHED_SIGNATURE_LENGTH = 300;

	/** "in a speech on Friday", "at a rally", "during an interview", "speaking to …". */
	private static final Pattern OCCASION = Pattern.compile("(?:in|at|on|during|to|speaking|writing)\\s");

	/**
	 * Whether the words after a signature's name say where and when the quotation
	 * appeared: a source, a comma and a whole date ("Palestinian television, August 8,
	 * 2002").
	 */
	private static boolean sourceAndDay(String after) {
		int comma = after.indexOf(',');
		return comma >= 2 && comma <= MAX_SOURCE_CHARS && ReportDates.whole(after.substring(comma + 1)) != null;
	}

	/** Longest source named before the day under a signature. */
	private static final int MAX_SOURCE_CHARS = 60;

	/**
	 * Whether a tag after a quotation is inverted, its speech verb first: the first word
	 * after the quotation is a cue and the subject comes after it.
	 */
	static boolean inverted(Passage passage, int after, Tag tag) {
		int first = passage.firstTokenFrom(after);
		return first < passage.tokens().size() && SpeechCues.isCue(passage.tokens().get(first).key())
				&& tag.subject().start() > passage.tokens().get(first).start();
	}

	/**
	 * Whether a quotation ends with a comma, question or exclamation mark, inside its
	 * marks or right after them.
	 */
	static boolean endsSetOff(String quoteText, String text, QuoteSpan span) {
		String gap = text.substring(Math.min(span.after(), text.length())).stripLeading();
		return quoteText.endsWith(",") || quoteText.endsWith("?") || quoteText.endsWith("!") || gap.startsWith(",");
	}

	/**
	 * Whether the quotation opening at {@code open} stands apart in its clause: nothing
	 * before it since {@code clauseFrom}, or a comma, colon or dash.
	 */
	static boolean setOff(String text, int clauseFrom, int open) {
		String before = text.substring(clauseFrom, open).strip();
		return before.isEmpty() || before.endsWith(",") || before.endsWith(":") || before.endsWith("—")
				|| before.endsWith("–") || before.endsWith("-") || before.endsWith("(");
	}

}
