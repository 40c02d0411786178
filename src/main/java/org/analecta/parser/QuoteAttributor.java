package org.analecta.parser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
		TitleQuotes inTitles = new TitleQuotes(run.reportNames, body);
		List<Quote> quotes = new ArrayList<>(inTitles.find(title, null));
		Set<String> found = new HashSet<>();
		quotes.forEach(quote -> found.add(TitleQuotes.fold(quote.text())));
		// Reading order: a heading's quotations before its section's.
		Deque<Quote> inHeadings = new ArrayDeque<>();
		for (Section section : sections) {
			List<Quote> inSection = new ArrayList<>(inTitles.find(section.heading(), section.index()));
			for (int p = 0; p < section.paragraphs().size(); p++) {
				String text = section.paragraphs().get(p).text();
				if ((text.indexOf('\'') >= 0 || text.indexOf('‘') >= 0) && TitleQuotes.headlineCase(text)
						&& run.headline(text)) {
					inSection.addAll(inTitles.findInHeadline(text, section.index(), p));
				}
			}
			for (Quote quote : inSection) {
				if (found.add(TitleQuotes.fold(quote.text()))) {
					inHeadings.add(quote);
				}
			}
		}
		if (quotes.isEmpty() && inHeadings.isEmpty()) {
			return body;
		}
		for (Quote quote : body) {
			int before = quote.section() == null ? Integer.MAX_VALUE : quote.section();
			while (!inHeadings.isEmpty() && inHeadings.peek().section() <= before) {
				quotes.add(inHeadings.poll());
			}
			quotes.add(quote);
		}
		quotes.addAll(inHeadings);
		return List.copyOf(quotes);
	}

	/**
	 * Titles of a transcript: a press conference or briefing, an interview, a full text.
	 */
	private static final Pattern TRANSCRIPT_TITLE = Pattern
		.compile("(?i)\\b(?:press conference|press briefing|news conference|transcript|full text|interview with)\\b");

}
