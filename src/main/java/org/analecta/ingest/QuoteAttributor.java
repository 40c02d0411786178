package org.analecta.ingest;

import java.util.List;

import org.analecta.ingest.ParsedReport.Footnote;
import org.analecta.ingest.ParsedReport.Quote;
import org.analecta.ingest.ParsedReport.Section;

/**
 * Finds the quotations in a report's sections and footnotes and attributes each to its speaker.
 * Placeholder: replaced by the quote work (branch quotes). Thread-safe; one instance serves many
 * reports.
 */
final class QuoteAttributor {

	QuoteAttributor(SpeakerNames speakerNames) {
	}

	List<Quote> attribute(List<Section> sections, List<Footnote> footnotes) {
		return List.of();
	}

}
