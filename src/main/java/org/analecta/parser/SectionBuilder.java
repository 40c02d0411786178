package org.analecta.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.analecta.parser.ParsedReport.Paragraph;
import org.analecta.parser.ParsedReport.Section;
import org.analecta.parser.ReportDocument.Block;
import org.analecta.parser.ReportDocument.Kind;

/**
 * Groups body blocks into the lead (index 0, no heading; present even when empty, so that
 * index 0 is always the lead) and one section per heading. Block quotations and list
 * items are paragraphs too; captions and source lines are kept apart. Footnote markers
 * are taken out of the text into references.
 */
final class SectionBuilder {

	private final Set<Integer> noteNumbers;

	private final List<Section> sections = new ArrayList<>();

	private String heading;

	private List<Paragraph> paragraphs = new ArrayList<>();

	private List<String> captions = new ArrayList<>();

	SectionBuilder(Set<Integer> noteNumbers) {
		this.noteNumbers = noteNumbers;
	}

	static List<Section> build(List<Block> body, Set<Integer> noteNumbers) {
		SectionBuilder builder = new SectionBuilder(noteNumbers);
		for (int i = 0; i < body.size(); i++) {
			builder.add(body.get(i), i + 1 < body.size() ? body.get(i + 1).text() : "");
		}
		return builder.finish();
	}

	private void add(Block block, String next) {
		String text = block.text().strip();
		if (text.isEmpty()) {
			return;
		}
		switch (block.kind()) {
			case HEADING -> {
				close();
				heading = FootnoteMarkerScanner.extract(text, noteNumbers).text();
			}
			case CAPTION -> captions.add(FootnoteMarkerScanner.extract(text, noteNumbers).text());
			case NOTE, PARAGRAPH, BLOCKQUOTE, LIST_ITEM -> {
				if (block.kind() == Kind.PARAGRAPH && BlockRules.looksLikeCaption(text)
						&& !BlockRules.storySourceLine(text, next)) {
					captions.add(FootnoteMarkerScanner.extract(text, noteNumbers).text());
				}
				else {
					paragraphs.add(FootnoteMarkerScanner.extract(text, noteNumbers));
				}
			}
		}
	}

	private void close() {
		if (sections.isEmpty() || heading != null || !paragraphs.isEmpty() || !captions.isEmpty()) {
			sections.add(new Section(sections.size(), heading, paragraphs, captions));
		}
		heading = null;
		paragraphs = new ArrayList<>();
		captions = new ArrayList<>();
	}

	private List<Section> finish() {
		close();
		return List.copyOf(sections);
	}

}
