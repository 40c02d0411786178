package org.analecta.parser;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.analecta.parser.ReportDocument.DocumentHints;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what a page declares about itself outside its text: {@code og:} and
 * {@code article:} meta tags, other common meta names, JSON-LD, the canonical link and
 * {@code <title>}. Reads, never guesses: a value the page does not state stays null.
 */
final class PageMetadata {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})");

	private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+(\\||–|—|-|::|·|»)\\s+");

	private static final Pattern AUTHOR_SEPARATOR = Pattern.compile("\\s*(,|;|\\band\\b|&|\\bund\\b|\\bet\\b)\\s*");

	private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "report", "blogposting",
			"scholarlyarticle", "analysisnewsarticle", "reportagenewsarticle", "opinionnewsarticle", "webpage",
			"techarticle", "posting", "socialmediaposting", "liveblogposting", "backgroundnewsarticle");

	private final Document page;

	private final JsonNode article;

	/**
	 * Each meta tag's first non-blank content by its lower-cased property, name or
	 * itemprop. Read once: about twenty keys are asked, and no lookup walks the page.
	 */
	private final Map<String, String> metaContent = new HashMap<>();

	PageMetadata(Document page) {
		this.page = page;
		this.article = articleJsonLd(page);
		for (Element e : page.getElementsByTag("meta")) {
			String name = e.hasAttr("property") ? e.attr("property")
					: e.hasAttr("name") ? e.attr("name") : e.attr("itemprop");
			String content = e.attr("content").strip();
			if (!content.isEmpty()) {
				metaContent.putIfAbsent(name.toLowerCase(Locale.ROOT), content);
			}
		}
	}

	DocumentHints read() {
		return new DocumentHints(title(), publishedOn(), authors(), sourceUrl(), section(), keywords());
	}

	/**
	 * The article's text as JSON-LD gives it ({@code articleBody}), for pages that render
	 * it by script.
	 */
	String articleBody() {
		return jsonText(article, "articleBody");
	}

	String title() {
		String title = firstNonBlank(meta("og:title"), meta("twitter:title"), jsonText(article, "headline"));
		if (title == null) {
			title = titleWithoutSiteName();
		}
		if (title == null) {
			Element h1 = page.selectFirst("h1");
			title = h1 == null ? null : blankToNull(h1.text());
		}
		return title;
	}

	private String titleWithoutSiteName() {
		Element element = page.selectFirst("title");
		String title = element == null ? null : blankToNull(element.text());
		if (title == null) {
			return null;
		}
		String site = firstNonBlank(meta("og:site_name"), meta("application-name"));
		Matcher m = TITLE_SEPARATOR.matcher(title);
		int lastStart = -1;
		int lastEnd = -1;
		String lastSeparator = null;
		while (m.find()) {
			lastStart = m.start();
			lastEnd = m.end();
			lastSeparator = m.group(1);
		}
		if (lastStart > 0) {
			String suffix = title.substring(lastEnd);
			boolean isSite = site != null && suffix.equalsIgnoreCase(site.strip()) || "|".equals(lastSeparator)
					|| suffix.split(" ").length <= 2 && !suffix.endsWith("?");
			if (isSite) {
				return title.substring(0, lastStart).strip();
			}
		}
		return title;
	}

	LocalDate publishedOn() {
		LocalDate date = firstDate(meta("article:published_time"), meta("og:published_time"),
				jsonText(article, "datePublished"), meta("datePublished"), meta("date"), meta("pubdate"),
				meta("publishdate"), meta("publish-date"), meta("dc.date"), meta("dc.date.issued"),
				meta("dcterms.created"), meta("citation_publication_date"), meta("parsely-pub-date"),
				meta("sailthru.date"));
		if (date == null) {
			Element time = page.selectFirst("time[itemprop=datePublished][datetime], time[pubdate][datetime]");
			date = time == null ? null : isoDate(time.attr("datetime"));
		}
		return date;
	}

	/**
	 * The first {@code <time datetime>} of the main text, when nothing else dated the
	 * page.
	 */
	static LocalDate dateOfFirstTime(List<Element> content) {
		for (Element root : content) {
			Element time = root.selectFirst("time[datetime]");
			if (time != null) {
				return isoDate(time.attr("datetime"));
			}
		}
		return null;
	}

	List<String> authors() {
		Set<String> authors = new LinkedHashSet<>();
		String meta = firstNonBlank(meta("author"), meta("dc.creator"), meta("parsely-author"),
				meta("sailthru.author"));
		if (meta != null) {
			addNames(authors, meta);
		}
		for (Element e : page.select("meta[property=article:author], meta[name=article:author]")) {
			String value = e.attr("content").strip();
			if (!value.isEmpty() && !value.startsWith("http")) {
				addNames(authors, value);
			}
		}
		if (authors.isEmpty()) {
			for (Element e : page.select("meta[name=citation_author]")) {
				addName(authors, e.attr("content"));
			}
		}
		if (authors.isEmpty() && article != null) {
			JsonNode author = article.get("author");
			if (author != null) {
				for (JsonNode a : author.isArray() ? author : List.of(author)) {
					if (a.isString()) {
						addNames(authors, a.asString());
					}
					else if (a.isObject() && a.get("name") != null && a.get("name").isString()) {
						addName(authors, a.get("name").asString());
					}
				}
			}
		}
		return List.copyOf(authors);
	}

	private static void addNames(Set<String> into, String names) {
		for (String name : AUTHOR_SEPARATOR.split(names)) {
			addName(into, name);
		}
	}

	private static void addName(Set<String> into, String name) {
		String cleaned = name.strip().replaceFirst("(?i)^by\\s+", "").replaceAll("[*†]+$", "").strip();
		if (!cleaned.isEmpty() && cleaned.length() < 100 && !cleaned.startsWith("http")) {
			into.add(cleaned);
		}
	}

	String sourceUrl() {
		Element canonical = page.selectFirst("link[rel=canonical][href]");
		String url = canonical == null ? null : absoluteHttp(canonical.attr("href"));
		if (url == null) {
			url = absoluteHttp(meta("og:url"));
		}
		return url;
	}

	String section() {
		String section = firstNonBlank(meta("article:section"));
		if (section == null && article != null) {
			JsonNode s = article.get("articleSection");
			if (s != null && s.isArray() && !s.isEmpty()) {
				s = s.get(0);
			}
			section = s != null && s.isString() ? blankToNull(s.asString()) : null;
		}
		return section;
	}

	List<String> keywords() {
		Set<String> keywords = new LinkedHashSet<>();
		for (Element e : page.select("meta[property=article:tag], meta[name=article:tag]")) {
			addKeywords(keywords, e.attr("content"));
		}
		addKeywords(keywords, meta("keywords"));
		addKeywords(keywords, meta("news_keywords"));
		if (keywords.isEmpty() && article != null) {
			JsonNode k = article.get("keywords");
			if (k != null && k.isArray()) {
				for (JsonNode each : k) {
					if (each.isString()) {
						addKeywords(keywords, each.asString());
					}
				}
			}
			else if (k != null && k.isString()) {
				addKeywords(keywords, k.asString());
			}
		}
		return List.copyOf(keywords);
	}

	private static void addKeywords(Set<String> into, String value) {
		if (value == null) {
			return;
		}
		for (String keyword : value.split("[,;]")) {
			String k = keyword.strip();
			if (!k.isEmpty() && k.length() <= 100 && into.size() < 50) {
				into.add(k);
			}
		}
	}

	/** The content of the first meta tag with this property, name or itemprop. */
	private String meta(String key) {
		return metaContent.get(key.toLowerCase(Locale.ROOT));
	}

	private static JsonNode articleJsonLd(Document page) {
		for (Element script : page.select("script[type=application/ld+json]")) {
			try {
				JsonNode found = findArticle(JSON.readTree(script.data()), 0);
				if (found != null) {
					return found;
				}
			}
			catch (JacksonException malformed) {
				// a page's broken JSON-LD is ignored, like a browser would
			}
		}
		return null;
	}

	private static JsonNode findArticle(JsonNode node, int depth) {
		if (node == null || depth > 4) {
			return null;
		}
		if (node.isArray()) {
			for (JsonNode each : node) {
				JsonNode found = findArticle(each, depth + 1);
				if (found != null) {
					return found;
				}
			}
			return null;
		}
		if (!node.isObject()) {
			return null;
		}
		if (isArticleType(node.get("@type")) && (node.has("headline") || node.has("datePublished"))) {
			return node;
		}
		return findArticle(node.get("@graph"), depth + 1);
	}

	private static boolean isArticleType(JsonNode type) {
		if (type == null) {
			return false;
		}
		if (type.isArray()) {
			for (JsonNode each : type) {
				if (isArticleType(each)) {
					return true;
				}
			}
			return false;
		}
		return type.isString() && ARTICLE_TYPES.contains(type.asString().toLowerCase(Locale.ROOT));
	}

	private static String jsonText(JsonNode node, String field) {
		if (node == null) {
			return null;
		}
		JsonNode value = node.get(field);
		return value != null && value.isString() ? blankToNull(value.asString()) : null;
	}

	private static LocalDate firstDate(String... values) {
		for (String value : values) {
			LocalDate date = isoDate(value);
			if (date != null) {
				return date;
			}
		}
		return null;
	}

	static LocalDate isoDate(String value) {
		if (value == null) {
			return null;
		}
		Matcher m = ISO_DATE.matcher(value);
		if (!m.find()) {
			return null;
		}
		try {
			return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
					Integer.parseInt(m.group(3)));
		}
		catch (DateTimeException invalid) {
			return null;
		}
	}

	private static String absoluteHttp(String url) {
		if (url == null) {
			return null;
		}
		String u = url.strip();
		return u.startsWith("http://") || u.startsWith("https://") ? u : null;
	}

	private static String firstNonBlank(String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return value.strip();
			}
		}
		return null;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
