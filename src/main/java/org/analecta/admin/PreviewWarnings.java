package org.analecta.admin;

import java.util.ArrayList;
import java.util.List;

import org.analecta.parser.ParsedReport;

/**
 * What an admin should look at before saving a file: metadata the parser did not find
 * (after the admin's corrections), quotations missing, unattributed or attributed with
 * low confidence. A probable duplicate is shown apart, with the choice of what to do.
 */
final class PreviewWarnings {

	private PreviewWarnings() {
	}

	static List<String> of(PendingUpload file, double confidenceThreshold) {
		if (!file.saveable()) {
			return List.of();
		}
		List<String> warnings = new ArrayList<>();
		ParsedReport raw = file.prepared().parsed();
		ParsedReport corrected = file.corrected();
		if (blank(raw.title()) && file.correction().title() == null) {
			warnings.add("No title: it is named after its file.");
		}
		if (corrected.publishedOn() == null) {
			warnings.add("No date.");
		}
		if (corrected.countries().isEmpty()) {
			warnings.add("No country.");
		}
		if (blank(corrected.series())) {
			warnings.add("No series.");
		}
		List<ParsedReport.Quote> quotations = corrected.quotes()
			.stream()
			.filter(q -> q.kind() != ParsedReport.QuoteKind.TERM)
			.toList();
		if (quotations.isEmpty()) {
			warnings.add("No quotations.");
		}
		long unattributed = quotations.stream().filter(q -> q.speaker() == null).count();
		if (unattributed > 0) {
			warnings.add(Counts.of(unattributed, "quotation", "quotations") + " left unattributed.");
		}
		long doubtful = quotations.stream()
			.filter(q -> q.speaker() != null && q.confidence() < confidenceThreshold)
			.count();
		if (doubtful > 0) {
			warnings.add(Counts.of(doubtful, "attribution", "attributions") + " of low confidence.");
		}
		if (file.match() != null) {
			warnings.add("Probably a report already in the archive.");
		}
		return warnings;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}
