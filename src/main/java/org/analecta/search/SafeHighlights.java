package org.analecta.search;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The one place search highlights become markup on a page: whatever the search layer
 * returns is cleaned down to text and {@code <mark>} before it reaches {@code th:utext}.
 */
public final class SafeHighlights {

	private static final Safelist MARK_ONLY = Safelist.none().addTags("mark");

	private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

	private SafeHighlights() {
	}

	public static String clean(String html) {
		return html == null ? null : Jsoup.clean(html, "", MARK_ONLY, COMPACT);
	}

}
