package org.analecta.parser;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * What page chrome looks like in markup: the tags, ARIA roles and class/id words that
 * sites use for navigation, share widgets, related links, comments, cookie notices and
 * the like, and the words that mark the article itself. Shared by the cleaner and the
 * content scorer.
 */
final class ChromePatterns {

	/** Elements that never hold an article's prose. */
	static final Set<String> NON_CONTENT_TAGS = Set.of("script", "style", "noscript", "template", "svg", "canvas",
			"iframe", "object", "embed", "button", "input", "select", "textarea", "option", "nav", "aside", "menu",
			"dialog", "link", "meta", "head", "map", "area", "audio", "video", "source", "track", "picture", "img");

	static final Set<String> CHROME_ROLES = Set.of("navigation", "contentinfo", "complementary", "search", "menu",
			"menubar", "dialog", "alertdialog", "toolbar", "banner", "tablist");

	/**
	 * Class or id words of chrome (after readability's "unlikely candidates", widened).
	 */
	private static final NameMatcher UNLIKELY = NameMatcher.of("""
			-ad- =ad =ads ad-slot adslot ad-unit adunit ad-box ad-wrapper ad-container ad-banner adsense advert agegate
			ai2html banner breadcrumb combx comment community consent cookie cover-wrap disqus donat footer gdpr header
			legends masthead menu modal navbar =nav navigation newsletter outbrain pager pagination paywall popup print
			promo recommend related remark replies rss share sharing shoutbox sidebar skiplink skip-link skyscraper
			social sponsor subscri supplemental taboola tag-list taglist tags-list tagslist tag-cloud tagcloud
			tags-cloud toolbar trending most-read mostread most-popular mostpopular most-viewed mostviewed yom-remote
			login signup sign-up =more twitter-tweet instagram-media tiktok-embed author-info authorinfo author-bio
			authorbio author-box authorbox author-description author-details author-card about-author aboutauthor
			about-the-author autor-info autorinfo autoren-info autoreninfo autor-box autorbox bio-box biobox
			""");

	/**
	 * Words that make an element matching {@link #UNLIKELY} still a possible container of
	 * the text.
	 */
	private static final NameMatcher MAYBE = NameMatcher
		.of("and article body column content main shadow story entry posttext post-text");

	private static final NameMatcher POSITIVE = NameMatcher
		.of("article body content entry hentry h-entry main page post text blog story report prose");

	private static final NameMatcher NEGATIVE = NameMatcher.of("""
			-ad- hidden =hid banner combx comment com- contact footer gdpr masthead media meta outbrain promo related
			scroll share shoutbox sidebar skyscraper sponsor shopping tags tool widget byline author dateline caption
			""");

	/** An endnotes or footnotes list, kept even where it looks like page furniture. */
	private static final NameMatcher NOTES = NameMatcher
		.of("endnote end-note footnote foot-note =fnlist =fn-list =notes =references");

	private static final NameMatcher CAPTION = NameMatcher.of("""
			caption image-credit imagecredit photo-credit photocredit img-credit imgcredit media-credit mediacredit
			=credit =credits bildunterschrift =legend =legende
			""");

	/**
	 * Chrome words that no wrapper of a whole page uses, so an element named so goes
	 * however much text it holds.
	 */
	private static final NameMatcher ALWAYS_CHROME = NameMatcher
		.of("=nav navigation menu breadcrumb cookie consent gdpr comment newsletter footer");

	private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden",
			Pattern.CASE_INSENSITIVE);

	private ChromePatterns() {
	}

	/** The element's class and id names, lower case. */
	static String classAndId(Element element) {
		String cls = element.className();
		String id = element.id();
		if (id.isEmpty()) {
			return NameMatcher.lower(cls);
		}
		return NameMatcher.lower(cls.isEmpty() ? id : cls + " " + id);
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
		if (NOTES.matches(names) || CAPTION.matches(names) && !names.contains("share")) {
			return false;
		}
		return UNLIKELY.matches(names) && !MAYBE.matches(names);
	}

	/**
	 * Named chrome only for the word "header": a part of an article's own header, when
	 * inside one.
	 */
	static boolean isHeaderPart(Element element) {
		String names = classAndId(element);
		return names.contains("header") && !UNLIKELY.matches(names.replace("header", " "));
	}

	static boolean isHeader(Element element) {
		return element.nameIs("header") || classAndId(element).contains("header");
	}

	static boolean isAlwaysChrome(Element element) {
		if (element.nameIs("nav") || element.nameIs("footer")) {
			return true;
		}
		String names = classAndId(element);
		return !names.isEmpty() && ALWAYS_CHROME.matches(names) && !MAYBE.matches(names);
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
		return !names.isEmpty() && NOTES.matches(names);
	}

	static boolean isCaption(Element element) {
		if (element.nameIs("figcaption") || element.nameIs("caption") && !element.parent().nameIs("table")) {
			return true;
		}
		String names = classAndId(element);
		return !names.isEmpty() && CAPTION.matches(names);
	}

	static int classWeight(Element element) {
		int weight = 0;
		for (String names : new String[] { element.className(), element.id() }) {
			if (!names.isEmpty()) {
				String lower = NameMatcher.lower(names);
				if (NEGATIVE.matches(lower)) {
					weight -= 25;
				}
				if (POSITIVE.matches(lower)) {
					weight += 25;
				}
			}
		}
		return weight;
	}

}
