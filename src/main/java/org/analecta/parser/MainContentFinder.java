package org.analecta.parser;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * Finds the elements holding a cleaned page's main text. Two opinions are weighed: the
 * markup's own (an {@code itemprop=articleBody}, a CMS's article-body class, an
 * {@code <article>} or {@code <main>}) and the text's (readability's scoring: every
 * paragraph-like element gives its parent and grandparent points for its length and
 * commas, damped by link density; the best scorer and its siblings that look like prose
 * win). The markup wins when it holds at least as much prose as the scorer found.
 */
final class MainContentFinder {

	private static final Set<String> PARAGRAPH_LIKE = Set.of("p", "pre", "td", "blockquote", "dd");

	private static final Set<String> BLOCK_CHILDREN = Set.of("p", "div", "section", "article", "table", "ul", "ol",
			"dl", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "form", "header", "figure", "main");

	/**
	 * CMS classes and ids of an article's body, most specific first (after trafilatura's
	 * list).
	 */
	private static final NameMatcher BODY_NAMES = NameMatcher.of("""
			posttext post-text post_text postbody post-body postentry post-entry postcontent post-content post_content
			articletext article-text articlecontent article-content article__content articlebody article-body
			article__body entrycontent entry-content page-content text-content bodytext body-text article__container
			art-content storybody story-body storycontent story-content story__body story__content richtext rich-text
			field-name-body field--name-body fieldnamebody nodecontent node-content newstext news-text newscontent
			news-content singlecontent single-content contentbody content-body maintext main-text articlemain
			article-main
			""");

	private static final NameMatcher LEAD_NAMES = NameMatcher.of("""
			teaser =lead leadtext lead-text lead_text intro subtitle standfirst summary excerpt =dek =deck abstract sapo
			chapeau chapo kicker subline subhead sub-head
			""");

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？\"”»]( |$)");

	/** Prose enough for an article rather than a teaser. */
	private static final int FULL_ARTICLE = 1000;

	private final TextStats stats;

	private final Element body;

	MainContentFinder(Element body) {
		this.body = body;
		this.stats = TextStats.of(body);
	}

	TextStats stats() {
		return stats;
	}

	List<Element> find() {
		return withHead(bodyOfArticle());
	}

	private List<Element> bodyOfArticle() {
		List<Element> scored = byScore();
		Element marked = byMarkup();
		if (marked == null) {
			return scored;
		}
		int markedProse = prose(marked);
		int scoredProse = 0;
		for (Element e : scored) {
			scoredProse += prose(e);
		}
		if (markedProse >= scoredProse * 0.6 || contains(marked, scored)) {
			return List.of(marked);
		}
		return scored;
	}

	/**
	 * The article body often leaves out the article's head: the title, the byline and the
	 * lead paragraph sit above it, inside the same {@code <article>}. When the article
	 * element adds little besides that head, it is taken whole; otherwise the lead alone
	 * is taken.
	 */
	private List<Element> withHead(List<Element> found) {
		if (found.isEmpty() || found.get(0) == body) {
			return found;
		}
		Element first = found.get(0);
		int foundProse = 0;
		for (Element e : found) {
			foundProse += prose(e);
		}
		Element article = null;
		for (Element p = first.parent(); p != null && p != body; p = p.parent()) {
			if (p.nameIs("article") || p.attr("itemtype").contains("Article")
					|| p.attr("itemtype").contains("BlogPosting")) {
				article = p;
				break;
			}
		}
		if (article != null && prose(article) <= foundProse * 1.25 + 400) {
			return List.of(article);
		}
		Element scope = article;
		if (scope == null) {
			scope = first;
			for (int i = 0; i < 3 && scope.parent() != null && scope.parent() != body; i++) {
				scope = scope.parent();
			}
		}
		List<Element> leads = new ArrayList<>();
		for (Element e : scope.getAllElements()) {
			if (e == first) {
				break;
			}
			if (isLead(e) && !isInside(first, e) && (leads.isEmpty() || !isInside(e, leads.get(leads.size() - 1)))) {
				leads.add(e);
			}
		}
		if (leads.isEmpty()) {
			return found;
		}
		List<Element> withLeads = new ArrayList<>(leads);
		withLeads.addAll(found);
		return withLeads;
	}

	private boolean isLead(Element e) {
		if (e.nameIs("meta") || e.nameIs("a") || stats.text(e) < 40 || stats.linkDensity(e) > 0.3) {
			return false;
		}
		if ("description".equals(e.attr("itemprop"))) {
			return true;
		}
		String names = ChromePatterns.classAndId(e);
		return !names.isEmpty() && LEAD_NAMES.matches(names);
	}

	private static boolean contains(Element outer, List<Element> inner) {
		for (Element e : inner) {
			if (!isInside(e, outer)) {
				return false;
			}
		}
		return !inner.isEmpty();
	}

	private static boolean isInside(Element e, Element outer) {
		for (Element p = e; p != null; p = p.parent()) {
			if (p == outer) {
				return true;
			}
		}
		return false;
	}

	private int prose(Element e) {
		return stats.text(e) - stats.linkText(e);
	}

	private Element byMarkup() {
		Element best = null;
		for (Element e : body.getElementsByAttributeValue("itemprop", "articleBody")) {
			best = larger(best, e);
		}
		if (best != null && prose(best) > 100) {
			return best;
		}
		best = null;
		for (Element e : body.getAllElements()) {
			String names = ChromePatterns.classAndId(e);
			if (!names.isEmpty() && BODY_NAMES.matches(names) && !e.nameIs("body") && !e.nameIs("a")
					&& !e.nameIs("span") && !e.nameIs("p")) {
				best = larger(best, e);
			}
		}
		if (best != null && prose(best) > 100) {
			return best;
		}
		// on an endless-scroll page the requested article comes first, the next ones
		// follow it
		for (Element e : body.getElementsByTag("article")) {
			if (prose(e) >= FULL_ARTICLE) {
				return e;
			}
		}
		best = null;
		for (Element e : body.getElementsByTag("article")) {
			best = larger(best, e);
		}
		if (best != null && prose(best) > 100) {
			return best;
		}
		return null;
	}

	private Element larger(Element a, Element b) {
		return a == null || prose(b) > prose(a) ? b : a;
	}

	private List<Element> byScore() {
		Map<Element, Double> scores = new IdentityHashMap<>();
		List<Element> candidates = new ArrayList<>();
		for (Element e : body.getAllElements()) {
			if (!isParagraphLike(e)) {
				continue;
			}
			int length = stats.text(e);
			if (length < 25) {
				continue;
			}
			double score = 1 + stats.commas(e) + Math.min(length / 100, 3);
			Element ancestor = e.parent();
			for (int level = 0; ancestor != null && level < 5; level++, ancestor = ancestor.parent()) {
				if (!scores.containsKey(ancestor)) {
					scores.put(ancestor, initialScore(ancestor));
					candidates.add(ancestor);
				}
				double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
				scores.merge(ancestor, score / divider, Double::sum);
			}
		}
		Element top = null;
		double topScore = 0;
		for (Element c : candidates) {
			double s = scores.get(c) * (1 - stats.linkDensity(c));
			scores.put(c, s);
			if (top == null || s > topScore) {
				top = c;
				topScore = s;
			}
		}
		if (top == null) {
			return List.of(body);
		}
		top = climb(top, topScore, scores);
		topScore = scores.getOrDefault(top, topScore);
		Element parent = top.parent();
		if (parent == null || top == body) {
			return List.of(top);
		}
		List<Element> chosen = new ArrayList<>();
		double threshold = Math.max(10, topScore * 0.2);
		for (Element sibling : parent.children()) {
			if (sibling == top) {
				chosen.add(sibling);
				continue;
			}
			double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2
					: 0;
			Double s = scores.get(sibling);
			if (s != null && s + bonus >= threshold) {
				chosen.add(sibling);
			}
			else if (sibling.nameIs("p") || sibling.nameIs("blockquote") || sibling.nameIs("h2")
					|| sibling.nameIs("h3")) {
				int length = stats.text(sibling);
				double density = stats.linkDensity(sibling);
				if (length > 80 && density < 0.25
						|| length > 0 && density == 0 && SENTENCE_END.matcher(sibling.text()).find()) {
					chosen.add(sibling);
				}
			}
		}
		return chosen;
	}

	/**
	 * Readability's step up: when the best scorer's ancestors keep most of its score, the
	 * text is spread over several of its relatives and the common ancestor is the
	 * article.
	 */
	private Element climb(Element top, double topScore, Map<Element, Double> scores) {
		double lastScore = topScore;
		double threshold = lastScore / 3;
		Element current = top;
		for (Element parent = top.parent(); parent != null && parent != body.parent(); parent = parent.parent()) {
			Double s = scores.get(parent);
			if (s == null) {
				continue;
			}
			if (s < threshold) {
				break;
			}
			if (s > lastScore) {
				current = parent;
				break;
			}
			lastScore = s;
		}
		while (current != body && current.parent() != null && current.parent().childrenSize() == 1
				&& current.parent() != body) {
			current = current.parent();
		}
		return current;
	}

	private boolean isParagraphLike(Element e) {
		String tag = e.normalName();
		if (PARAGRAPH_LIKE.contains(tag)) {
			return true;
		}
		if (tag.equals("div") || tag.equals("section") || tag.equals("article")
				|| tag.equals("span") && e.parent() != null && e.parent().nameIs("div")) {
			for (Element child : e.children()) {
				if (BLOCK_CHILDREN.contains(child.normalName())) {
					return false;
				}
			}
			return tag.equals("span") ? false : true;
		}
		return false;
	}

	private double initialScore(Element e) {
		double score = switch (e.normalName()) {
			case "div", "article", "main", "section" -> 5;
			case "pre", "td", "blockquote" -> 3;
			case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
			case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
			default -> 0;
		};
		return score + ChromePatterns.classWeight(e);
	}

}
