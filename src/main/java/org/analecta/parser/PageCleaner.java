package org.analecta.parser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;

/**
 * Removes page chrome from a parsed page before the main content is looked for:
 * non-content elements (scripts, forms, navigation, asides, footers), hidden elements,
 * and elements whose role, class or id says they are navigation, share widgets, related
 * links, comments, cookie notices, ads and the like. An element holding most of the
 * page's text is never removed, whatever its class says: some sites wrap the whole page
 * in a "has-sidebar" or a form.
 */
final class PageCleaner {

	private static final Set<String> ALWAYS = Set.of("script", "style", "noscript", "template", "svg", "canvas",
			"iframe", "object", "embed", "link", "meta", "map", "audio", "video", "source", "track", "select",
			"textarea", "input", "button", "option");

	private static final double MOST_OF_THE_PAGE = 0.5;

	void clean(Element body) {
		TextStats stats = TextStats.of(body);
		int pageText = Math.max(1, stats.text(body));
		Set<Element> holdsTitle = ancestorsOfTitles(body);
		Set<Element> titleHeaders = titleHeaders(body);
		List<Element> removals = new ArrayList<>();
		List<Element> unwraps = new ArrayList<>();
		for (Element element : body.getAllElements()) {
			if (element == body) {
				continue;
			}
			String tag = element.normalName();
			if (ALWAYS.contains(tag)) {
				removals.add(element);
				continue;
			}
			boolean holdsMostText = stats.text(element) >= pageText * MOST_OF_THE_PAGE && pageText > 200;
			if (tag.equals("form")) {
				(holdsMostText ? unwraps : removals).add(element);
				continue;
			}
			if (holdsMostText && !ChromePatterns.isAlwaysChrome(element)) {
				continue;
			}
			boolean titleInside = holdsTitle.contains(element);
			if (ChromePatterns.isHidden(element) || tag.equals("nav") || tag.equals("footer")
					|| ChromePatterns.isAlwaysChrome(element) && !titleInside
					|| ChromePatterns.looksLikeChrome(element) && !titleInside
							&& !(ChromePatterns.isHeaderPart(element) && isInside(element, titleHeaders))) {
				removals.add(element);
			}
		}
		for (Element element : removals) {
			element.remove();
		}
		for (Element element : unwraps) {
			if (element.parent() != null) {
				element.unwrap();
			}
		}
	}

	/**
	 * The header blocks around the page's h1s: the article's own header (date, series,
	 * byline).
	 */
	private static Set<Element> titleHeaders(Element body) {
		Set<Element> headers = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Element h1 : body.getElementsByTag("h1")) {
			Element e = h1.parent();
			for (int i = 0; e != null && e != body && i < 3; i++, e = e.parent()) {
				if (ChromePatterns.isHeader(e)) {
					headers.add(e);
					break;
				}
			}
		}
		return headers;
	}

	private static boolean isInside(Element element, Set<Element> ancestors) {
		if (ancestors.isEmpty()) {
			return false;
		}
		for (Element e = element.parent(); e != null; e = e.parent()) {
			if (ancestors.contains(e)) {
				return true;
			}
		}
		return false;
	}

	/** A site header may hold the article's own title and byline; those are kept. */
	private static Set<Element> ancestorsOfTitles(Element body) {
		Set<Element> ancestors = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Element h1 : body.getElementsByTag("h1")) {
			for (Element e = h1; e != null && e != body && ancestors.add(e); e = e.parent()) {
				// walk up until an ancestor already marked
			}
		}
		return ancestors;
	}

}
