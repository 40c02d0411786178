package org.analecta.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.analecta.parser.ParsedReport;
import org.analecta.report.Author;
import org.analecta.report.Country;
import org.analecta.report.Outlet;
import org.analecta.report.ReferenceRows;
import org.analecta.report.Report;
import org.analecta.report.Speaker;
import org.analecta.parser.ParsedReport.SpeakerKind;
import org.analecta.speakers.SpeakerDirectory;
import org.springframework.stereotype.Component;

/**
 * Finds or creates, in the caller's transaction, every shared row a parse names (series,
 * authors, countries, outlets, speakers), in a few set-based statements rather than one
 * lookup per footnote.
 */
@Component
class ReferenceResolver {

	private final ReferenceRows rows;

	private final SpeakerDirectory speakers;

	ReferenceResolver(ReferenceRows rows, SpeakerDirectory speakers) {
		this.rows = rows;
		this.speakers = speakers;
	}

	Report.References resolve(ParsedReport parsed) {
		List<Author> authors = parsed.authors()
			.stream()
			.map(a -> rows.author(a.name(), a.bio()))
			.filter(Objects::nonNull)
			.toList();
		List<String> countryNames = new ArrayList<>(parsed.countries());
		List<String> outletNames = new ArrayList<>();
		for (ParsedReport.Footnote note : parsed.footnotes()) {
			countryNames.add(note.country());
			outletNames.add(note.outlet());
		}
		Map<String, Country> countries = new HashMap<>(rows.countries(countryNames));
		Map<String, Outlet> outlets = new HashMap<>(rows.outlets(outletNames));
		// A name the batch missed (see ReferenceRows.countries) is resolved on its own.
		for (String name : countryNames) {
			if (name != null && !name.isBlank()) {
				countries.computeIfAbsent(ReferenceRows.countryKey(name), key -> rows.country(name));
			}
		}
		for (String name : outletNames) {
			if (name != null && !name.isBlank()) {
				outlets.computeIfAbsent(ReferenceRows.outletKey(name), key -> rows.outlet(name));
			}
		}
		List<Country> reportCountries = parsed.countries()
			.stream()
			.map(name -> countries.get(ReferenceRows.countryKey(name)))
			.filter(Objects::nonNull)
			.toList();
		return new Report.References(rows.series(parsed.series()), authors, reportCountries, countries, outlets,
				speakers(parsed));
	}

	/** The parse's speakers by the name the parse gives. */
	private Map<String, Speaker> speakers(ParsedReport parsed) {
		List<SpeakerDirectory.Named> named = new ArrayList<>();
		for (ParsedReport.Quote quote : parsed.quotes()) {
			if (quote.speaker() != null && quote.speaker().name() != null) {
				named.add(new SpeakerDirectory.Named(quote.speaker().name(), kind(quote.speaker().kind())));
			}
		}
		Map<String, Speaker> byKey = speakers.resolveAll(named);
		Map<String, Speaker> byName = new HashMap<>();
		for (SpeakerDirectory.Named n : named) {
			Speaker speaker = byKey.get(speakers.key(n.name()));
			if (speaker != null) {
				byName.put(n.name(), speaker);
			}
		}
		return byName;
	}

	private static SpeakerKind kind(SpeakerKind kind) {
		return kind == null ? SpeakerKind.PERSON : kind;
	}

}
