package org.analecta.bench;

import org.analecta.bench.SyntheticReport.Section;

/**
 * A report as the seed's plain text: header lines, blank-line separated paragraphs, notes
 * at the end.
 */
final class TextRendering {

	private TextRendering() {
	}

	static String render(SyntheticReport report) {
		StringBuilder b = new StringBuilder(32_000);
		String date = CorpusGenerator.formatDate(report.date());
		b.append(date).append(' ').append(report.seriesLine()).append("\n\n");
		b.append(report.title()).append("\n\n");
		b.append(date).append(" | By ").append(String.join(" and ", report.authors())).append("*\n");
		b.append(String.join(", ", report.countries())).append(" | ").append(report.seriesLine()).append("\n\n\n");
		for (Section section : report.sections()) {
			if (section.heading() != null) {
				b.append(section.heading()).append("\n\n");
			}
			for (String paragraph : section.paragraphs()) {
				b.append(paragraph).append("\n\n");
			}
		}
		b.append(report.authorNote()).append("\n\n\n");
		for (int n = 1; n <= report.footnotes().size(); n++) {
			b.append('[').append(n).append("] ").append(report.footnotes().get(n - 1)).append("\n\n");
		}
		b.append("Share this Report:");
		return b.toString();
	}

}
