package org.analecta.parser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * Recognises footnote references and endnote back links in markup ({@code <sup>3</sup>},
 * {@code <sup><a href="#_ftn3">[3]</a></sup>}, {@code <a href="#fn3">3</a>}, {@code <a
 * href="#_ftnref3" name="_ftn3">[3]</a>}) so that the emitter can write each as the text
 * marker {@code [3]}.
 */
final class FootnoteMarkers {

	private static final Pattern NUMBER = Pattern.compile("^\\s*[\\[(]?\\s*(\\d{1,3})\\s*[\\])]?\\s*$");

	/**
	 * Matched against a link's fragment (after {@code #}), which is short, never the
	 * whole address.
	 */
	private static final Pattern NOTE_LINK = Pattern.compile("(ftn|fn|foot|note|endnote|ref|cite|anm)[^0-9]{0,20}\\d+",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern BACK_LINK = Pattern.compile("ftnref|fnref|fn-?ref|footnote-?ref|ref-?\\d|backlink",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern NOTE_ANCHOR = Pattern.compile("^_?(ftn|fn|footnote|endnote|note)-?\\d+$",
			Pattern.CASE_INSENSITIVE);

	private FootnoteMarkers() {
	}

	/** The note number this element stands for, or -1 when it is no footnote marker. */
	static int number(Element element) {
		boolean sup = element.nameIs("sup");
		boolean link = element.nameIs("a") && NOTE_LINK.matcher(fragment(element)).find();
		if (!sup && !link) {
			return -1;
		}
		if (sup && element.childrenSize() > 1) {
			return -1;
		}
		Matcher m = NUMBER.matcher(element.text());
		return m.matches() ? Integer.parseInt(m.group(1)) : -1;
	}

	/**
	 * An endnote's link back to its reference: {@code <a href="#_ftnref3" name="_ftn3">}
	 * or {@code <a href="#fnref3">↩</a>}.
	 */
	static boolean isBackLink(Element element) {
		if (!element.nameIs("a")) {
			return false;
		}
		String href = element.attr("href");
		return BACK_LINK.matcher(fragment(element)).find() || NOTE_ANCHOR.matcher(element.attr("name")).matches()
				|| NOTE_ANCHOR.matcher(element.id()).matches() && href.startsWith("#");
	}

	private static String fragment(Element link) {
		String href = link.attr("href");
		int hash = href.indexOf('#');
		return hash < 0 || href.length() - hash > 100 ? "" : href.substring(hash + 1);
	}

}
