package org.analecta.parser;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

import org.analecta.parser.Tokens.Token;

/**
 * Tells quotations that are nobody's statement (TERM) from statements, before any speaker
 * is looked for: listed slogans and epithets ({@code quote-terms.txt}); titles, headlines
 * and names introduced by a naming word ({@code titled}, {@code headlined},
 * {@code dubbed}, {@code so-called}, {@code a show called}); the text of a sign or
 * message ({@code a text message stating}). Quotations that no tag claims are judged
 * later: short ones are scare quotes.
 */
final class QuoteClassifier {

	// Precompiled: String.split/matches/replaceAll with these compiled the pattern on
	// every call,
	// and they run per token, tag or quotation.
	private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

	private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:!?]+$");

	private static final Pattern LEADING_THE = Pattern.compile("^the\\s+");

	/** Untagged quotations of at most this many words are scare quotes. */
	static final int SCARE_QUOTE_WORDS = 5;

	private static final Set<String> KNOWN_TERMS = readTerms();

	private static final Set<String> NAMING_WORDS = Set.of("titled", "entitled", "headlined", "headline", "headlines",
			"title", "named", "dubbed", "so-called", "slogan", "slogans", "chant", "chants", "chanting", "chanted",
			"banner", "hashtag", "term", "terms", "phrase", "motto", "captioned", "caption", "labeled", "labelled",
			"branded", "nicknamed", "show", "program", "programme", "series", "book", "film", "movie", "documentary",
			"song", "poem", "album", "operation", "campaign", "codenamed", "code-named", "word", "expression",
			"designation", "label", "heading", "subtitled", "banners", "placards", "reading", "reads", "read");

	/**
	 * Things whose name or text a quotation gives ("a program called", "a message
	 * stating").
	 */
	private static final Set<String> THINGS = Set.of("program", "programme", "show", "group", "organization",
			"organisation", "movement", "operation", "campaign", "article", "book", "film", "movie", "initiative",
			"plan", "project", "website", "channel", "page", "account", "event", "conference", "exercise", "drill",
			"maneuver", "manoeuvre", "message", "sign", "banner", "poster", "placard", "slogan", "inscription",
			"graffiti", "text", "note", "leaflet", "flyer", "sticker", "billboard", "mural", "caption", "series",
			"song", "brigade", "battalion", "unit", "militia", "party", "doctrine", "strategy", "policy", "law", "bill",
			"resolution", "document", "form", "statement", "sms", "hashtag", "video", "clip");

	private QuoteClassifier() {
	}

	/** Whether the quotation is a term by its words or by what stands right before it. */
	static boolean isTerm(String quote, Passage passage, int open) {
		if (quote.length() < 60 && KNOWN_TERMS.contains(normalise(quote))) {
			return true;
		}
		List<Token> tokens = passage.tokens();
		String masked = passage.masked();
		int last = passage.lastTokenBy(open);
		if (last < 0) {
			return false;
		}
		String gap = masked.substring(tokens.get(last).end(), open).strip();
		if (!gap.isEmpty() && !gap.equals(",") && !gap.equals(":")) {
			return false;
		}
		String key = tokens.get(last).key();
		if (NAMING_WORDS.contains(key)) {
			return true;
		}
		String before = last > 0 ? tokens.get(last - 1).key() : "";
		if ((key.equals("called") || key.equals("stating") || key.equals("saying") || key.equals("reading")
				|| key.equals("that")) && THINGS.contains(before)) {
			return !key.equals("that") || before.equals("slogan");
		}
		return key.equals("as") && (before.equals("known") || before.equals("referred"));
	}

	/** Whether a quotation without any tag is short enough to be a scare quote. */
	static boolean isScareQuote(String quote) {
		return words(quote) <= SCARE_QUOTE_WORDS;
	}

	static int words(String text) {
		String stripped = text.strip();
		return stripped.isEmpty() ? 0 : WHITE_SPACE.split(stripped).length;
	}

	/**
	 * The quotation's text as stored: terms and phrases without the author's trailing
	 * punctuation.
	 */
	static String clean(String text, ParsedReport.QuoteKind kind) {
		String cleaned = text.strip();
		String trailing = kind == ParsedReport.QuoteKind.TERM || kind == ParsedReport.QuoteKind.PARTIAL ? ".,;:"
				: ",;:";
		while (!cleaned.isEmpty() && trailing.indexOf(cleaned.charAt(cleaned.length() - 1)) >= 0) {
			cleaned = cleaned.substring(0, cleaned.length() - 1).strip();
		}
		return cleaned;
	}

	private static String normalise(String quote) {
		String lower = quote.toLowerCase(Locale.ROOT).replace('’', '\'').strip();
		lower = TRAILING_PUNCTUATION.matcher(lower).replaceAll("").strip();
		lower = LEADING_THE.matcher(lower).replaceFirst("");
		return WHITE_SPACE.matcher(lower).replaceAll(" ");
	}

	private static Set<String> readTerms() {
		return WordList.lines("quote-terms.txt")
			.stream()
			.map(QuoteClassifier::normalise)
			.collect(Collectors.toUnmodifiableSet());
	}

}
