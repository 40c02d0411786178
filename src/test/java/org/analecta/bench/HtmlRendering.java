package org.analecta.bench;

import java.util.regex.Matcher;

import org.analecta.bench.SyntheticReport.Section;

/**
 * A report as a think-tank CMS serves it: site header and navigation, the article with
 * its header block, h2 headings, footnote markers as
 * {@code <sup><a href="#_ftn3">[3]</a></sup>}, an endnotes list, share buttons, related
 * links, a footer and scripts — the chrome a parser has to drop.
 */
final class HtmlRendering {

	private HtmlRendering() {
	}

	static String render(SyntheticReport report) {
		StringBuilder b = new StringBuilder(40_000);
		String date = CorpusGenerator.formatDate(report.date());
		String title = escape(report.title());
		String url = "https://www.memri.example/reports/" + slug(report);
		b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
		b.append("<title>").append(title).append(" | MEMRI</title>\n");
		b.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
		b.append("<meta property=\"og:title\" content=\"").append(title).append("\">\n");
		b.append("<meta property=\"og:url\" content=\"").append(url).append("\">\n");
		b.append("<meta property=\"article:published_time\" content=\"").append(report.date()).append("\">\n");
		b.append("<link rel=\"canonical\" href=\"").append(url).append("\">\n");
		b.append("<link rel=\"stylesheet\" href=\"/themes/memri/css/site.css\">\n");
		b.append(
				"<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}</script>\n");
		b.append("</head>\n<body class=\"page-report\">\n");
		b.append("<header class=\"site-header\"><a class=\"logo\" href=\"/\">MEMRI</a>\n<nav class=\"main-nav\"><ul>");
		for (String item : new String[] { "Home", "Reports", "Iran", "Arab World", "Jihad & Terrorism", "MEMRI TV",
				"Donate", "About" }) {
			b.append("<li><a href=\"/")
				.append(item.toLowerCase().replaceAll("[^a-z]+", "-"))
				.append("\">")
				.append(escape(item))
				.append("</a></li>");
		}
		b.append(
				"</ul></nav>\n<form class=\"search\" action=\"/search\"><input name=\"q\"><button>Search</button></form>\n</header>\n");
		b.append("<main>\n<article class=\"report\">\n<header class=\"article-header\">\n");
		b.append("<div class=\"series\">").append(escape(date + " " + report.seriesLine())).append("</div>\n");
		b.append("<h1 class=\"title\">").append(title).append("</h1>\n");
		b.append("<div class=\"byline\"><time datetime=\"")
			.append(report.date())
			.append("\">")
			.append(date)
			.append("</time> | By ")
			.append(escape(String.join(" and ", report.authors())))
			.append("*</div>\n");
		b.append("<div class=\"meta\">")
			.append(escape(String.join(", ", report.countries())))
			.append(" | ")
			.append(escape(report.seriesLine()))
			.append("</div>\n</header>\n");
		b.append("<div class=\"article-body\">\n");
		for (Section section : report.sections()) {
			if (section.heading() != null) {
				b.append("<h2>").append(escape(section.heading())).append("</h2>\n");
			}
			for (String paragraph : section.paragraphs()) {
				b.append("<p>").append(markers(escape(paragraph))).append("</p>\n");
			}
		}
		b.append("<p class=\"author-note\">").append(escape(report.authorNote())).append("</p>\n");
		b.append("<div class=\"endnotes\">\n<hr>\n");
		for (int n = 1; n <= report.footnotes().size(); n++) {
			b.append("<p id=\"_ftn")
				.append(n)
				.append("\"><a href=\"#_ftnref")
				.append(n)
				.append("\">[")
				.append(n)
				.append("]</a> ")
				.append(escape(report.footnotes().get(n - 1)))
				.append("</p>\n");
		}
		b.append("</div>\n</div>\n");
		b.append("<div class=\"share\">Share this Report: <a href=\"#\" class=\"share-x\">X</a> ")
			.append("<a href=\"#\" class=\"share-fb\">Facebook</a> <a href=\"#\" class=\"share-mail\">Email</a></div>\n");
		b.append("</article>\n<aside class=\"related\"><h3>Related Reports</h3><ul>");
		for (int i = 1; i <= 3; i++) {
			b.append("<li><a href=\"/reports/related-")
				.append(report.number() + i)
				.append("\">Related report ")
				.append(i)
				.append("</a></li>");
		}
		b.append("</ul></aside>\n</main>\n");
		b.append("<footer class=\"site-footer\"><p>&copy; MEMRI. All rights reserved.</p>")
			.append("<div class=\"cookie-notice\">This site uses cookies. <button>Accept</button></div></footer>\n");
		b.append("<script src=\"/themes/memri/js/site.js\"></script>\n</body>\n</html>\n");
		return b.toString();
	}

	/** {@code [3]} in the text becomes the CMS's linked superscript. */
	private static String markers(String paragraph) {
		Matcher m = CorpusGenerator.MARKER.matcher(paragraph);
		return m.replaceAll(match -> {
			String n = match.group(1);
			return "<sup><a href=\"#_ftn" + n + "\" name=\"_ftnref" + n + "\">[" + n + "]</a></sup>";
		});
	}

	static String slug(SyntheticReport report) {
		return report.series().toLowerCase().replaceAll("[^a-z]+", "-") + "-" + report.number();
	}

	static String escape(String s) {
		StringBuilder b = new StringBuilder(s.length() + 16);
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '&' -> b.append("&amp;");
				case '<' -> b.append("&lt;");
				case '>' -> b.append("&gt;");
				case '"' -> b.append("&quot;");
				default -> b.append(c);
			}
		}
		return b.toString();
	}

}
