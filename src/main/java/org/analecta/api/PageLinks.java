package org.analecta.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the toolkit adds to the pages, derived from the page's own address so that no page
 * controller has to know about it: the Atom feed the layout links with
 * {@code <link rel="alternate">} ({@code feed}), and on the search pages the download and
 * follow links that keep every filter ({@code exports}).
 */
// The settings are enabled here, where every web test that renders a page picks them up.
@EnableConfigurationProperties(ExportSettings.class)
@ControllerAdvice(
		basePackages = { "org.analecta.home", "org.analecta.search", "org.analecta.browse", "org.analecta.speakers" })
class PageLinks {

	private static final Pattern COUNTRY = Pattern.compile("/browse/countries/([^/]+)");

	private static final Pattern SPEAKER = Pattern.compile("/speakers/([^/]+)");

	private final int maxRows;

	PageLinks(ExportSettings settings) {
		this.maxRows = settings.maxRows();
	}

	/** A feed for the page, with the title a feed reader shows. */
	record Feed(String href, String title) {
	}

	/**
	 * The downloads of a search page's whole result and its feed.
	 *
	 * @param cap the most rows a download holds
	 */
	record Exports(String csv, String jsonLines, String feed, int cap) {
	}

	@ModelAttribute("feed")
	Feed feed(HttpServletRequest request) {
		String path = path(request);
		String query = query(request);
		if (path.equals("/") || path.equals("/browse/dates")) {
			return new Feed("/feeds/reports.atom", "Latest reports");
		}
		if (path.equals("/search")) {
			return new Feed("/feeds/search.atom" + query, "Reports matching this search");
		}
		if (path.equals("/quotes")) {
			return new Feed("/feeds/quotes.atom" + query, "Quotations matching this search");
		}
		Matcher country = COUNTRY.matcher(path);
		if (country.matches()) {
			return new Feed("/feeds/countries/" + country.group(1) + ".atom", "Reports on this country");
		}
		Matcher speaker = SPEAKER.matcher(path);
		if (speaker.matches()) {
			return new Feed("/feeds/speakers/" + speaker.group(1) + ".atom", "New quotations of this speaker");
		}
		return null;
	}

	@ModelAttribute("exports")
	Exports exports(HttpServletRequest request) {
		String path = path(request);
		if (!path.equals("/search") && !path.equals("/quotes")) {
			return null;
		}
		String query = query(request);
		String feed = path.equals("/search") ? "/feeds/search.atom" : "/feeds/quotes.atom";
		return new Exports(path + "/export.csv" + query, path + "/export.jsonl" + query, feed + query, maxRows);
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/**
	 * The page's query string without the page number ("?q=…", or empty): a download is
	 * every page.
	 */
	private static String query(HttpServletRequest request) {
		String query = UriComponentsBuilder.newInstance()
			.query(request.getQueryString())
			.replaceQueryParam("page")
			.build()
			.getQuery();
		return query == null || query.isEmpty() ? "" : "?" + query;
	}

}
