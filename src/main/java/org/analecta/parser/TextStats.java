package org.analecta.parser;

import java.util.IdentityHashMap;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text length, link text length and comma count of every element of a tree, computed in
 * one pass so that the extraction heuristics can ask them of any element in constant time
 * (asking {@code element.text()} per element would be quadratic on deep pages).
 */
final class TextStats {

	private static final Counts EMPTY = new Counts();

	private final Map<Element, Counts> counts = new IdentityHashMap<>();

	private TextStats() {
	}

	static TextStats of(Element root) {
		TextStats stats = new TextStats();
		NodeTraversor.traverse(stats.new Counter(), root);
		return stats;
	}

	/** Characters of visible text, each run of white space counted once. */
	int text(Element element) {
		return counts.getOrDefault(element, EMPTY).text;
	}

	int linkText(Element element) {
		return counts.getOrDefault(element, EMPTY).link;
	}

	int commas(Element element) {
		return counts.getOrDefault(element, EMPTY).commas;
	}

	int links(Element element) {
		return counts.getOrDefault(element, EMPTY).links;
	}

	double linkDensity(Element element) {
		int text = text(element);
		return text == 0 ? 0 : Math.min(1.0, (double) linkText(element) / text);
	}

	private static final class Counts {

		int text;

		int link;

		int commas;

		int links;

	}

	private final class Counter implements NodeVisitor {

		@Override
		public void head(Node node, int depth) {
			if (node instanceof Element element) {
				counts.put(element, new Counts());
			}
			else if (node instanceof TextNode text && node.parent() instanceof Element parent) {
				Counts into = counts.get(parent);
				if (into == null) {
					return;
				}
				String s = text.getWholeText();
				boolean inSpace = true;
				for (int i = 0; i < s.length(); i++) {
					char c = s.charAt(i);
					if (Chars.isWhitespace(c) || c == '\u00a0') {
						if (!inSpace) {
							into.text++;
							inSpace = true;
						}
					}
					else {
						into.text++;
						inSpace = false;
						if (c == ',' || c == '\uff0c' || c == '\u3001' || c == '\u060c') {
							into.commas++;
						}
					}
				}
			}
		}

		@Override
		public void tail(Node node, int depth) {
			if (node instanceof Element element && element.parent() != null) {
				Counts own = counts.get(element);
				Counts parent = counts.get(element.parent());
				if (own == null || parent == null) {
					return;
				}
				boolean isLink = element.nameIs("a");
				parent.text += own.text;
				parent.link += isLink ? own.text : own.link;
				parent.commas += own.commas;
				parent.links += own.links + (isLink ? 1 : 0);
			}
		}

	}

}
