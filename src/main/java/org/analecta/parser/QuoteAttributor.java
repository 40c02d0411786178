package org.analecta.parser;

import java.util.List;

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

	/** The report's quotations in reading order: sections first, then footnotes. */
	List<Quote> attribute(List<Section> sections, List<Footnote> footnotes) {
		return new AttributionRun(speakerNames, sections, footnotes).run();
	}

}
