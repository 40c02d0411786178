package org.analecta.browse;

import java.time.LocalDate;

/** One line of a report list: enough to recognise it and open it. */
public record ReportSummary(String slug, String title, LocalDate publishedOn, String series, String seriesNumber) {

	public String seriesLine() {
		if (series == null && seriesNumber == null) {
			return null;
		}
		return seriesNumber == null ? series : (series == null ? "" : series + " ") + "No. " + seriesNumber;
	}

	public String href() {
		return "/reports/" + slug;
	}

}
