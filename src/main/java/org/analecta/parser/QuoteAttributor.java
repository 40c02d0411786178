package org.analecta.parser;

import java.util.List;
import java.util.regex.Pattern;

import org.analecta.parser.ParsedReport.Footnote;
import org.analecta.parser.ParsedReport.Quote;
import org.analecta.parser.ParsedReport.Section;

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
		boolean transcript = title != null && TRANSCRIPT_TITLE.matcher(title).find();
		AttributionRun run = new AttributionRun(speakerNames, sections, footnotes, transcript);
		List<Quote> body = run.run();
		return new TitleQuotes(run.reportNames, body, run::headline).withTitleAndHeadings(title, sections);
	}

	/**
	 * Titles of a transcript: a press conference or briefing, an interview, a full text.
	 */
	private static final Pattern TRANSCRIPT_TITLE = Pattern
		.compile("(?i)\\b(?:press conference|press briefing|news conference|transcript|full text|interview with)\\b");

}
