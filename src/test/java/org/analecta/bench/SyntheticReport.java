package org.analecta.bench;

import java.time.LocalDate;
import java.util.List;

/**
 * What the generator meant one report to contain, before rendering: the ground truth the
 * shape checks compare the parser's output with, and the rows the PostgreSQL baseline is
 * loaded from. Paragraph texts carry their footnote markers in the text form {@code [n]}.
 */
record SyntheticReport(int index, Format format, LocalDate date, String series, int number, String title,
		List<String> authors, String authorNote, List<String> countries, List<Section> sections, List<String> footnotes,
		List<Quote> quotes) {

	enum Format {

		TEXT("txt"), HTML("html");

		final String extension;

		Format(String extension) {
			this.extension = extension;
		}

	}

	/** The lead has index 0 and no heading. */
	record Section(int index, String heading, List<String> paragraphs) {
	}

	/**
	 * A quotation with the speaker meant: a person of the pool (speakerId ≥ 0) or an
	 * outlet (-1).
	 */
	record Quote(int speakerId, String speakerCanonical, String speakerAsWritten, String text, int section,
			int footnote) {
	}

	String fileName() {
		return "r%06d.%s".formatted(index, format.extension);
	}

	/** Shards of a thousand files, so 100k reports do not sit in one directory. */
	String relativePath() {
		return "%04d/%s".formatted(index / 1000, fileName());
	}

	String seriesLine() {
		return series + " No. " + number;
	}

	/**
	 * Every word of the report body as the reader sees it, markers removed: what
	 * full-text search indexes.
	 */
	String bodyText() {
		StringBuilder b = new StringBuilder(24_000);
		for (Section s : sections) {
			if (s.heading() != null) {
				b.append(s.heading()).append('\n');
			}
			for (String p : s.paragraphs()) {
				b.append(CorpusGenerator.MARKER.matcher(p).replaceAll("")).append('\n');
			}
		}
		return b.toString();
	}

}
