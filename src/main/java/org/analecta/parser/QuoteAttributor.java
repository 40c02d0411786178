package org.analecta.parser;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.analecta.parser.ParsedReport.Footnote;
import org.analecta.parser.ParsedReport.Quote;
import org.analecta.parser.ParsedReport.Section;
import org.analecta.parser.ParsedReport.Speaker;

/**
 * Finds the quotations in a report's sections and footnotes and attributes each to its
 * speaker. Thread-safe; one instance serves many reports: all per-report state lives in
 * an {@link AttributionRun}.
 */
final class QuoteAttributor {

	private final SpeakerNames speakerNames;

	QuoteAttributor(SpeakerNames speakerNames) {
		this.speakerNames = speakerNames;
	}

	/**
	 * The report's quotations in reading order: the title's, each section's (its
	 * heading's first), then the footnotes'.
	 */
	List<Quote> attribute(List<Section> sections, List<Footnote> footnotes) {
		return attribute(null, sections, footnotes);
	}

	/**
	 * As {@link #attribute(List, List)}, for a report whose title may announce it as a
	 * transcript ("… Regular Press Conference on July 6, 2020", "Full transcript of …"):
	 * its turns then run on as an announced transcript's do.
	 */
	List<Quote> attribute(String title, List<Section> sections, List<Footnote> footnotes) {
		return attribute(title, null, sections, footnotes);
	}

	/**
	 * As {@link #attribute(String, List, List)}; the page's address may announce the
	 * transcript too, when the saved text lost the title
	 * ({@code …/briefings/department-press-briefing-january-17-2024/}).
	 */
	List<Quote> attribute(String title, String sourceUrl, List<Section> sections, List<Footnote> footnotes) {
		return attribute(title, sourceUrl, null, sections, footnotes);
	}

	/**
	 * As {@link #attribute(String, String, List, List)}; a MEMRI TV clip's page (its
	 * series, from the clip line) is a transcript too: its speakers' turns run on until
	 * the next label.
	 */
	List<Quote> attribute(String title, String sourceUrl, String series, List<Section> sections,
			List<Footnote> footnotes) {
		boolean transcript = title != null && TRANSCRIPT_TITLE.matcher(title).find()
				|| sourceUrl != null
						&& TRANSCRIPT_TITLE.matcher(URL_WORD_BREAKS.matcher(pathOf(sourceUrl)).replaceAll(" ")).find()
				|| ReportHeader.MEMRI_TV.equals(series);
		AttributionRun run = new AttributionRun(speakerNames, sections, footnotes, transcript, title);
		List<Quote> body = run.run();
		List<Quote> all = new TitleQuotes(run.reportNames, body, run::headline).withTitleAndHeadings(title, sections);
		return all.stream().map(quote -> withoutAddressAsRole(quote, run.reportNames)).toList();
	}

	/**
	 * The quotation with its speaker's role, if that is only a form of address ("Mr.",
	 * "Dr"), replaced by what the report says the person does elsewhere, or by none, and
	 * without the forms of address that end it ("Commons Leader Mr"). The run itself
	 * keeps such roles to the end: "Mrs." tells who a later "she" is.
	 */
	private static Quote withoutAddressAsRole(Quote quote, ReportNames names) {
		Speaker speaker = quote.speaker();
		if (speaker == null || speaker.role() == null) {
			return quote;
		}
		String role = speaker.role();
		if (NameVocabulary.courtesyOnly(role)) {
			String known = names.firstRole(speaker.name());
			role = known == null || NameVocabulary.courtesyOnly(known) ? null : known;
		}
		// "Labour leader Sir" of "Labour leader Sir Keir Starmer": the address goes too
		role = role == null ? null : NameVocabulary.withoutTrailingCourtesy(role);
		if (Objects.equals(role, speaker.role())) {
			return quote;
		}
		return new Quote(quote.text(), new Speaker(speaker.name(), role, speaker.kind()), quote.speakerAsWritten(),
				quote.cue(), quote.section(), quote.paragraph(), quote.footnote(), quote.kind(), quote.confidence());
	}

	/**
	 * What separates the words of an address's path: "press-briefing", "press_briefing".
	 */
	private static final Pattern URL_WORD_BREAKS = Pattern.compile("[-_/+.]|%20");

	/** An address without its scheme and host. */
	private static String pathOf(String url) {
		int scheme = url.indexOf("://");
		int path = url.indexOf('/', scheme < 0 ? 0 : scheme + 3);
		return path < 0 ? "" : url.substring(path);
	}

	/**
	 * Titles of a transcript: a press conference or briefing, an interview, a full text.
	 */
	private static final Pattern TRANSCRIPT_TITLE = Pattern
		.compile("(?i)\\b(?:press conference|press briefing|news conference|transcript|full text|interview with)\\b");

}
