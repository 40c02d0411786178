package org.analecta.ingest;

import java.time.LocalDate;
import java.util.List;

import org.analecta.parser.ParsedReport;

/**
 * What an admin says a report's metadata is, over what the parser reads. A null field
 * keeps the parser's value; a list of countries, even empty, replaces the parser's.
 * Applied to the parse before the report is built, so the preview, the save and every
 * later re-parse agree.
 */
public record MetadataCorrection(String title, LocalDate publishedOn, String series, String seriesNumber,
		String sourceUrl, List<String> countries) {

	public static final MetadataCorrection NONE = new MetadataCorrection(null, null, null, null, null, null);

	public MetadataCorrection {
		title = blankToNull(title);
		series = blankToNull(series);
		seriesNumber = blankToNull(seriesNumber);
		sourceUrl = blankToNull(sourceUrl);
		countries = countries == null ? null
				: countries.stream().map(MetadataCorrection::blankToNull).filter(c -> c != null).distinct().toList();
	}

	public boolean isEmpty() {
		return equals(NONE);
	}

	/**
	 * This correction over that one: a field this one leaves null keeps the other's
	 * value.
	 */
	public MetadataCorrection over(MetadataCorrection earlier) {
		return new MetadataCorrection(title != null ? title : earlier.title(),
				publishedOn != null ? publishedOn : earlier.publishedOn(), series != null ? series : earlier.series(),
				seriesNumber != null ? seriesNumber : earlier.seriesNumber(),
				sourceUrl != null ? sourceUrl : earlier.sourceUrl(),
				countries != null ? countries : earlier.countries());
	}

	public ParsedReport applyTo(ParsedReport parsed) {
		if (isEmpty()) {
			return parsed;
		}
		return new ParsedReport(parsed.format(), title != null ? title : parsed.title(),
				publishedOn != null ? publishedOn : parsed.publishedOn(), series != null ? series : parsed.series(),
				seriesNumber != null ? seriesNumber : parsed.seriesNumber(), parsed.authors(),
				countries != null ? countries : parsed.countries(), sourceUrl != null ? sourceUrl : parsed.sourceUrl(),
				parsed.sections(), parsed.quotes(), parsed.footnotes());
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
