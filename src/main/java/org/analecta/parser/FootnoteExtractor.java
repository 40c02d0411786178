package org.analecta.parser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.analecta.parser.ParsedReport.Footnote;
import org.analecta.parser.ReportDocument.Block;
import org.analecta.parser.ReportDocument.Kind;

/**
 * Takes the endnotes list out of the body: blocks the reader marked as notes, blocks that
 * open with {@code [n]} (also {@code [13]Fars}), and numbered entries under a "Notes"
 * heading. A paragraph between two notes continues the first; what follows the last note
 * stays body.
 */
final class FootnoteExtractor {

	private FootnoteExtractor() {
	}

	record Split(List<Block> body, List<Footnote> footnotes) {
	}

	static Split split(List<Block> blocks) {
		List<Block> body = new ArrayList<>();
		Map<Integer, StringBuilder> notes = new LinkedHashMap<>();
		List<Block> pending = new ArrayList<>();
		boolean underNotesHeading = false;
		int lastNumber = 0;
		StringBuilder current = null;
		for (Block block : blocks) {
			if (block.kind() == Kind.HEADING) {
				flush(pending, current, body);
				pending.clear();
				current = null;
				underNotesHeading = BlockRules.isNotesHeading(block.text());
				if (!underNotesHeading) {
					body.add(block);
				}
				continue;
			}
			FootnoteMarkerScanner.NoteStart start = noteStart(block, underNotesHeading);
			if (start == null && (block.kind() == Kind.NOTE || underNotesHeading && block.kind() == Kind.LIST_ITEM)) {
				start = new FootnoteMarkerScanner.NoteStart(lastNumber + 1, block.text().strip());
			}
			if (start != null) {
				// Paragraphs since the previous note were its continuation.
				flush(pending, current, null);
				pending.clear();
				lastNumber = start.number();
				if (notes.containsKey(start.number())) {
					current = null;
					body.add(new Block(Kind.PARAGRAPH, block.text()));
				}
				else {
					current = new StringBuilder(start.rest());
					notes.put(start.number(), current);
				}
				continue;
			}
			if (current != null && block.kind() != Kind.CAPTION) {
				pending.add(block);
			}
			else {
				body.add(block);
			}
		}
		flush(pending, current, body);
		List<Footnote> footnotes = new ArrayList<>();
		for (var note : notes.entrySet()) {
			String text = note.getValue().toString().strip();
			FootnoteSourceParser.Source source = FootnoteSourceParser.parse(text);
			footnotes.add(new Footnote(note.getKey(), text, source.outlet(), source.country(), source.date()));
		}
		return new Split(body, footnotes);
	}

	/**
	 * Blocks held after a note: appended to the note when another note follows
	 * (continuation), or returned to the body when the list ended (trailer), given
	 * {@code body}.
	 */
	private static void flush(List<Block> pending, StringBuilder note, List<Block> body) {
		if (pending.isEmpty()) {
			return;
		}
		if (body != null || note == null) {
			if (body != null) {
				body.addAll(pending);
			}
			return;
		}
		for (Block block : pending) {
			note.append(' ').append(block.text().strip());
		}
	}

	private static FootnoteMarkerScanner.NoteStart noteStart(Block block, boolean underNotesHeading) {
		return switch (block.kind()) {
			case NOTE -> FootnoteMarkerScanner.noteStart(block.text(), true);
			case PARAGRAPH, LIST_ITEM, CAPTION, BLOCKQUOTE ->
				FootnoteMarkerScanner.noteStart(block.text(), underNotesHeading);
			default -> null;
		};
	}

}
