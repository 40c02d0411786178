package org.analecta.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * What page chrome looks like in markup: the tags, ARIA roles and class/id words that sites use
 * for navigation, share widgets, related links, comments, cookie notices and the like, and the
 * words that mark the article itself. Shared by the cleaner and the content scorer.
 */
final class ChromePatterns {

	/** Elements that never hold an article's prose. */
	static final Set<String> NON_CONTENT_TAGS = Set.of("script", "style", "noscript", "template", "svg", "canvas",
			"iframe", "object", "embed", "button", "input", "select", "textarea", "option", "nav", "aside", "menu",
			"dialog", "link", "meta", "head", "map", "area", "audio", "video", "source", "track", "picture", "img");

	static final Set<String> CHROME_ROLES = Set.of("navigation", "contentinfo", "complementary", "search", "menu",
			"menubar", "dialog", "alertdialog", "toolbar", "banner", "tablist");

	/** Class or id words of chrome (after readability's "unlikely candidates", widened). */
	private static final Pattern UNLIKELY = Pattern.compile("-ad-|\\bads?\\b|ad-?(slot|unit|box|wrapper|container|banner)"
			+ "|adsense|advert|agegate|ai2html|banner|breadcrumb|combx|comment|community|consent|cookie|cover-wrap|disqus"
			+ "|donat|footer|gdpr|header|legends|masthead|menu|modal|navbar|\\bnav\\b|navigation|newsletter|outbrain"
			+ "|pager|pagination|paywall|popup|print|promo|recommend|related|remark|replies|rss|share|sharing|shoutbox"
			+ "|sidebar|skip-?link|skyscraper|social|sponsor|subscri|supplemental|taboola|tags?-?(list|cloud)"
			+ "|toolbar|trending|most-?(read|popular|viewed)|yom-remote|login|signup|sign-up|\\bmore-"
			+ "|twitter-tweet|instagram-media|tiktok-embed",
			Pattern.CASE_INSENSITIVE);

	/** Words that make an element matching {@link #UNLIKELY} still a possible container of the text. */
	private static final Pattern MAYBE = Pattern.compile("and|article|body|column|content|main|shadow|story|entry|post-?text",
			Pattern.CASE_INSENSITIVE);

	static final Pattern POSITIVE = Pattern.compile("article|body|content|entry|hentry|h-entry|main|page|post|text|blog"
			+ "|story|report|prose", Pattern.CASE_INSENSITIVE);

	static final Pattern NEGATIVE = Pattern.compile("-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-"
			+ "|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper"
			+ "|sponsor|shopping|tags|tool|widget|byline|author|dateline|caption", Pattern.CASE_INSENSITIVE);

	/** An endnotes or footnotes list, kept even where it looks like page furniture. */
	static final Pattern NOTES = Pattern.compile("(end|foot)-?notes?|\\bfn-?list|\\bnotes\\b|\\breferences\\b",
			Pattern.CASE_INSENSITIVE);

	static final Pattern CAPTION = Pattern.compile("caption|(image|photo|img|media)-?credit|\\bcredits?\\b|bildunterschrift|\\blegende?\\b",
			Pattern.CASE_INSENSITIVE);

	/** Chrome words that no wrapper of a whole page uses, so an element named so goes however much text it holds. */
	private static final Pattern ALWAYS_CHROME = Pattern.compile("\\bnav\\b|navigation|menu|breadcrumb|cookie|consent"
			+ "|gdpr|comment|newsletter|footer", Pattern.CASE_INSENSITIVE);

	private static final Pattern HEADER = Pattern.compile("header", Pattern.CASE_INSENSITIVE);

	private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden",
			Pattern.CASE_INSENSITIVE);

	private ChromePatterns() {
	}

	static String classAndId(Element element) {
		String cls = element.className();
		String id = element.id();
		if (id.isEmpty()) {
			return cls;
		}
		return cls.isEmpty() ? id : cls + " " + id;
	}

	static boolean looksLikeChrome(Element element) {
		if (NON_CONTENT_TAGS.contains(element.normalName())) {
			return true;
		}
		String role = element.attr("role").toLowerCase(Locale.ROOT);
		if (!role.isEmpty() && CHROME_ROLES.contains(role)) {
			return true;
		}
		String names = classAndId(element);
		if (names.isEmpty() || element.nameIs("body") || element.nameIs("html") || element.nameIs("a")
				|| element.nameIs("article") || element.nameIs("main")) {
			return false;
		}
		if (NOTES.matcher(names).find() || CAPTION.matcher(names).find() && !names.contains("share")) {
			return false;
		}
		return UNLIKELY.matcher(names).find() && !MAYBE.matcher(names).find();
	}

	/** Named chrome only for the word "header": a part of an article's own header, when inside one. */
	static boolean isHeaderPart(Element element) {
		String names = classAndId(element);
		return HEADER.matcher(names).find() && !UNLIKELY.matcher(HEADER.matcher(names).replaceAll(" ")).find();
	}

	static boolean isHeader(Element element) {
		return element.nameIs("header") || HEADER.matcher(classAndId(element)).find();
	}

	static boolean isAlwaysChrome(Element element) {
		if (element.nameIs("nav") || element.nameIs("footer")) {
			return true;
		}
		String names = classAndId(element);
		return !names.isEmpty() && ALWAYS_CHROME.matcher(names).find() && !MAYBE.matcher(names).find();
	}

	static boolean isHidden(Element element) {
		if (element.hasAttr("hidden") || "true".equalsIgnoreCase(element.attr("aria-hidden"))) {
			return true;
		}
		String style = element.attr("style");
		return !style.isEmpty() && HIDDEN_STYLE.matcher(style).find();
	}

	static boolean isNotesContainer(Element element) {
		String names = classAndId(element);
		return !names.isEmpty() && NOTES.matcher(names).find();
	}

	static boolean isCaption(Element element) {
		if (element.nameIs("figcaption") || element.nameIs("caption") && !element.parent().nameIs("table")) {
			return true;
		}
		String names = classAndId(element);
		return !names.isEmpty() && CAPTION.matcher(names).find();
	}

	static int classWeight(Element element) {
		int weight = 0;
		String cls = element.className();
		if (!cls.isEmpty()) {
			if (NEGATIVE.matcher(cls).find()) {
				weight -= 25;
			}
			if (POSITIVE.matcher(cls).find()) {
				weight += 25;
			}
		}
		String id = element.id();
		if (!id.isEmpty()) {
			if (NEGATIVE.matcher(id).find()) {
				weight -= 25;
			}
			if (POSITIVE.matcher(id).find()) {
				weight += 25;
			}
		}
		return weight;
	}

}
