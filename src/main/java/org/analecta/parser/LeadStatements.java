package org.analecta.parser;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.analecta.parser.ReportDocument.Block;
import org.analecta.parser.ReportDocument.Kind;

/**
 * What the first paragraphs of a report say about the report itself, for what its header
 * left open: the series it names itself by ("This new Strategic Report contains…", "The
 * following report is a complimentary offering from MEMRI's Jihad and Terrorism Threat
 * Monitor (JTTM)"), an "Authors: …" line set among the paragraphs, and an "About the
 * author" label with the bio under it ("Patrick Clawson is director of research at …").
 * Only a few paragraphs are read, and only their first {@link #MAX_CHARS} chars.
 */
final class LeadStatements {

	private static final int MAX_BLOCKS = 15;

	private static final int MAX_CHARS = 600;

	private static final String SERIES_WORD = "(?:Report|Brief|Briefing|Paper|Dispatch|Memo|Memorandum|Analysis|Backgrounder|Note|Update|Monitor|Bulletin|Digest|Commentary|Alert|Focus|Series|Review|Study)";

	private static final Pattern SERIES_WORD_PATTERN = Pattern.compile(SERIES_WORD);

	private static final String NAME_WORD = "[A-Z][\\p{L}&'’-]*";

	/** "This new Strategic Report contains", "This Policy Brief examines". */
	private static final Pattern THIS_SERIES = Pattern
		.compile("\\b(?:This|The present|The following)\\s(?:new\\s|latest\\s|special\\s)?" + "(?<name>" + NAME_WORD
				+ "(?:\\s(?:" + NAME_WORD + "|and|of|&)){0,5})\\s(?:contains|examines|explores|looks|analy[sz]es|"
				+ "reviews|presents|offers|argues|assesses|is|was|draws|provides|describes|discusses|considers|summari[sz]es|documents)\\b");

	/**
	 * "The following report is a complimentary offering from MEMRI's Jihad and Terrorism
	 * Threat Monitor (JTTM)", also "is now a complimentary offering", and of a video.
	 */
	private static final Pattern OFFERED_BY = Pattern.compile(
			"\\b(?:report|item|paper|study|analysis|video|clip)\\sis\\s(?:now\\s)?(?:a|an|part of)\\s(?:[a-z-]+\\s){0,3}"
					+ "(?:from|of|by|in)\\s(?:the\\s)?(?:" + NAME_WORD + "['’]s\\s)?(?<name>" + NAME_WORD + "(?:\\s(?:"
					+ NAME_WORD + "|and|of|&)){1,7})(?=\\s\\(|[.,;]|\\sseries)");

	/**
	 * "To request a full copy of this MEMRI Jihad and Terrorism Threat Monitor report":
	 * the series the report says it belongs to, after its publisher's acronym.
	 */
	private static final Pattern COPY_OF_THIS = Pattern.compile("\\bcopy of this\\s(?:[A-Z]{2,}\\s)?(?<name>"
			+ NAME_WORD + "(?:\\s(?:" + NAME_WORD + "|and|of|&)){1,7})\\s(?:report|item|paper)\\b");

	private LeadStatements() {
	}

	/** A series the text names itself by, or null. */
	static String series(List<Block> body) {
		for (int i = 0; i < Math.min(body.size(), MAX_BLOCKS); i++) {
			Block block = body.get(i);
			if (block.kind() != Kind.PARAGRAPH) {
				continue;
			}
			String text = head(block.text());
			if (!text.contains("This ") && !text.contains("The ") && !text.contains(" is ")
					&& !text.contains("copy of this")) {
				continue; // neither statement can be in it
			}
			for (Pattern pattern : new Pattern[] { OFFERED_BY, THIS_SERIES, COPY_OF_THIS }) {
				Matcher m = pattern.matcher(text);
				while (m.find()) {
					String name = m.group("name").strip();
					if (BlockRules.words(name) >= 2 && endsWithSeriesWord(name)) {
						return name;
					}
				}
			}
		}
		return null;
	}

	private static boolean endsWithSeriesWord(String name) {
		String last = name.substring(name.lastIndexOf(' ') + 1);
		return SERIES_WORD_PATTERN.matcher(last).matches();
	}

	/** Index of an "Authors: …" paragraph among the first blocks, or -1. */
	static int authorsLine(List<Block> body) {
		for (int i = 0; i < Math.min(body.size(), MAX_BLOCKS); i++) {
			String text = body.get(i).text().strip();
			if (text.length() <= HeaderFields.MAX_LINE && text.regionMatches(true, 0, "Author", 0, 6)
					&& text.indexOf(':') > 0 && text.indexOf(':') < 10 && Bylines.byline(text) != null) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * The person an "About the author" label introduces, from the bio under it; null when
	 * there is none.
	 */
	static String authorUnderLabel(List<Block> body) {
		for (int i = 0; i + 1 < Math.min(body.size(), MAX_BLOCKS + 10); i++) {
			String label = body.get(i).text().strip().toLowerCase(Locale.ROOT);
			label = label.endsWith(":") || label.endsWith(".") ? label.substring(0, label.length() - 1) : label;
			if (label.equals("the author") || label.equals("about the author") || label.equals("about the authors")
					|| label.equals("the authors")) {
				return Bylines.nameInBio(head(body.get(i + 1).text()));
			}
		}
		return null;
	}

	private static String head(String text) {
		return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
	}

}
