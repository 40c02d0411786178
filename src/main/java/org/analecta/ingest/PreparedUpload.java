package org.analecta.ingest;

import java.util.List;

import org.analecta.parser.ParsedReport;

/**
 * One uploaded file, parsed once, between the preview and the save: the bytes exactly as
 * uploaded (what will be stored), their hash, the parse (null when the parser refused the
 * file, and then {@code error} says why), the near-duplicate fingerprint of its text, and
 * the stored report it looks like, if any.
 */
public record PreparedUpload(byte[] content, String hash, String fileName, String mediaType, ParsedReport parsed,
		TextFingerprint fingerprint, String error, Match match) {

	public boolean saveable() {
		return parsed != null && error == null;
	}

	/**
	 * The parse with the admin's corrections, named after its file when it has no title.
	 */
	public ParsedReport corrected(MetadataCorrection correction) {
		return named(correction.applyTo(parsed), fileName);
	}

	PreparedUpload withMatch(Match match) {
		return new PreparedUpload(content, hash, fileName, mediaType, parsed, fingerprint, error, match);
	}

	/** A report without a title is named after its file (without the extension). */
	static ParsedReport named(ParsedReport parsed, String fileName) {
		if (parsed.title() != null && !parsed.title().isBlank()) {
			return parsed;
		}
		String title = "Untitled report";
		if (fileName != null && !fileName.isBlank()) {
			String name = fileName.strip().replaceAll("^.*[/\\\\]", "");
			int dot = name.lastIndexOf('.');
			title = dot > 0 ? name.substring(0, dot) : name;
		}
		return new MetadataCorrection(title, null, null, null, null, null).applyTo(parsed);
	}

	public long size() {
		return content == null ? 0 : content.length;
	}

	@Override
	public String toString() {
		return "PreparedUpload[" + fileName + ", " + size() + " bytes" + (error == null ? "" : ", " + error) + "]";
	}

	/**
	 * The paragraphs, headings and footnotes of a parse: what the fingerprint is taken
	 * of.
	 */
	static String text(ParsedReport parsed) {
		StringBuilder text = new StringBuilder();
		for (ParsedReport.Section section : parsed.sections()) {
			if (section.heading() != null) {
				text.append(section.heading()).append('\n');
			}
			for (ParsedReport.Paragraph paragraph : section.paragraphs()) {
				text.append(paragraph.text()).append('\n');
			}
		}
		List<ParsedReport.Footnote> notes = parsed.footnotes();
		for (ParsedReport.Footnote note : notes) {
			text.append(note.text()).append('\n');
		}
		return text.toString();
	}

}
