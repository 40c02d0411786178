package org.analecta.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.analecta.reader.ReportView.Inline;
import org.analecta.reader.ReportView.LostLink;
import org.analecta.reader.ReportView.Text;

/**
 * Finds where a link stood in a note or caption of a page saved without its links.
 * MEMRI's notes link the outlet's name ("Javan (Iran), June 14, 2014."); saved without
 * the link the note reads ", June 13, 2014." and a caption "(Source:, accessed June 19,
 * 2014)". What is known (the date) is kept and the gap is marked, instead of leaving a
 * dangling comma.
 */
final class LostLinks {

	/**
	 * A note that opens with the comma before its date, or a citation after a sentence's
	 * end ("a trap., June 14"; a lower-case word before the full stop, so "the U.S.,
	 * June" is not one).
	 */
	private static final Pattern IN_NOTE = Pattern.compile(
			"(?:^\\s*|(?<=[\\p{Ll})\\]]\\.)\\s?)(?=,\\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|accessed|\\d))");

	/** "Source:" with nothing after it but a comma, a closing bracket or the end. */
	private static final Pattern IN_CAPTION = Pattern.compile("(?i)(?<=source:)\\s*(?=[,)]|$)");

	private LostLinks() {
	}

	/** The note's pieces, with a lost-link mark wherever a citation lost its outlet. */
	static List<Inline> inNote(List<Inline> inlines) {
		List<Inline> out = new ArrayList<>(inlines.size());
		boolean first = true;
		for (Inline inline : inlines) {
			if (inline instanceof Text(String text)) {
				split(text, IN_NOTE, first, out);
			}
			else {
				out.add(inline);
			}
			first = false;
		}
		return out;
	}

	static List<Inline> inCaption(String caption) {
		List<Inline> out = new ArrayList<>();
		split(caption == null ? "" : caption, IN_CAPTION, true, out);
		return out;
	}

	private static void split(String text, Pattern pattern, boolean atStart, List<Inline> out) {
		Matcher m = pattern.matcher(text);
		int pos = 0;
		while (m.find()) {
			// The start of a piece after a quotation or marker is not the start of the
			// note.
			if (m.start() == 0 && !atStart) {
				continue;
			}
			if (m.start() > pos) {
				out.add(new Text(text.substring(pos, m.start())));
			}
			if (!out.isEmpty() && out.getLast() instanceof Text || m.start() > 0) {
				out.add(new Text(" "));
			}
			out.add(new LostLink());
			pos = m.end();
		}
		if (pos < text.length()) {
			out.add(new Text(text.substring(pos)));
		}
	}

}
