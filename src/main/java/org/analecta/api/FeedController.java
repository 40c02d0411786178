package org.analecta.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.analecta.browse.ReportListing;
import org.analecta.search.QuoteQuery;
import org.analecta.search.QuoteResults;
import org.analecta.search.QuoteSearch;
import org.analecta.search.ReportQuery;
import org.analecta.search.ReportResults;
import org.analecta.search.ReportSearch;
import org.analecta.search.SearchSort;
import org.analecta.speakers.SpeakerPages;
import org.analecta.system.NotFoundException;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import jakarta.persistence.EntityManager;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Atom feeds (RFC 4287), newest first: the latest reports; the reports of a country or a
 * series; a speaker's quotations; and any report or quote search ("Follow this search"),
 * which takes the search page's own parameters. Entry ids are URNs of the report slug or
 * of the quotation's place in its report, so they stay the same on every fetch; an
 * entry's updated time is the date the report gives, midnight UTC (a quotation's
 * published time is its source's date).
 */
@Controller
class FeedController {

	static final int ENTRIES = 50;

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final ReportSearch reports;

	private final QuoteSearch quotes;

	private final ReportListing listing;

	private final SpeakerPages speakers;

	private final EntityManager em;

	FeedController(ReportSearch reports, QuoteSearch quotes, ReportListing listing, SpeakerPages speakers,
			EntityManager em) {
		this.reports = reports;
		this.quotes = quotes;
		this.listing = listing;
		this.speakers = speakers;
		this.em = em;
	}

	@GetMapping("/feeds/reports.atom")
	ResponseEntity<String> latest() {
		return reportFeed("Analecta: latest reports", "/", latest(ReportQuery.of("")));
	}

	@GetMapping("/feeds/countries/{slug}.atom")
	ResponseEntity<String> country(@PathVariable String slug) {
		String name = listing.countryName(slug)
			.orElseThrow(() -> new NotFoundException("There is no country '" + slug + "'."));
		return reportFeed("Analecta: reports on " + name, "/browse/countries/" + slug,
				latest(ReportQuery.of("").withCountries(List.of(slug))));
	}

	@GetMapping("/feeds/series/{slug}.atom")
	@Transactional(readOnly = true)
	ResponseEntity<String> series(@PathVariable String slug) {
		String name = em.createQuery("select s.name from Series s where s.slug = :slug", String.class)
			.setParameter("slug", slug)
			.getResultStream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("There is no series '" + slug + "'."));
		return reportFeed("Analecta: " + name, "/search?series=" + slug,
				latest(ReportQuery.of("").withSeries(List.of(slug))));
	}

	@GetMapping("/feeds/speakers/{slug}.atom")
	ResponseEntity<String> speaker(@PathVariable String slug) {
		String name = speakers.profile(slug)
			.map(SpeakerPages.Profile::name)
			.orElseThrow(() -> new NotFoundException("There is no speaker '" + slug + "'."));
		QuoteQuery query = QuoteQuery.bySpeaker(slug).withSort(SearchSort.NEWEST).withPage(1, ENTRIES);
		return quoteFeed("Analecta: quotations of " + name, "/speakers/" + slug, quotes.search(query));
	}

	@GetMapping("/feeds/search.atom")
	ResponseEntity<String> search(@RequestParam MultiValueMap<String, String> params) {
		ReportQuery query = new SearchParameters(params).reports(ENTRIES);
		String q = query.q().isBlank() ? "all reports" : "\u201c" + query.q() + "\u201d";
		return reportFeed("Analecta: search for " + q, pageAddress("/search"), latest(query));
	}

	@GetMapping("/feeds/quotes.atom")
	ResponseEntity<String> quoteSearch(@RequestParam MultiValueMap<String, String> params) {
		QuoteQuery query = new SearchParameters(params).quotes(ENTRIES)
			.withSort(SearchSort.NEWEST)
			.withPage(1, ENTRIES);
		String what = String.join(", ",
				List.of(query.q(), query.speaker() == null ? "" : query.speaker())
					.stream()
					.filter(s -> s != null && !s.isBlank())
					.toList());
		return quoteFeed("Analecta: quotations" + (what.isEmpty() ? "" : " for " + what), pageAddress("/quotes"),
				quotes.search(query));
	}

	private ReportResults latest(ReportQuery query) {
		return reports.search(query.withSort(SearchSort.NEWEST).withPage(1, ENTRIES));
	}

	private ResponseEntity<String> reportFeed(String title, String page, ReportResults results) {
		Links links = Links.ofCurrentRequest();
		List<Entry> entries = new ArrayList<>();
		for (ReportResults.Hit h : results.hits()) {
			Entry e = new Entry();
			e.setId("urn:analecta:report:" + h.slug());
			e.setTitle(h.title());
			e.setAlternateLinks(List.of(link("alternate", links.report(h.slug()), "text/html")));
			e.setUpdated(date(h.publishedOn()));
			e.setPublished(date(h.publishedOn()));
			String summary = String.join(" \u00b7 ",
					Stream
						.of(seriesLine(h.series(), h.seriesNumber()), String.join(", ", h.countries()),
								h.publishedOn() == null ? null : h.publishedOn().toString())
						.filter(s -> s != null && !s.isBlank())
						.toList());
			e.setSummary(text(summary));
			entries.add(e);
		}
		return feed(title, links.base() + page, entries);
	}

	private ResponseEntity<String> quoteFeed(String title, String page, QuoteResults results) {
		Links links = Links.ofCurrentRequest();
		List<Entry> entries = new ArrayList<>();
		for (QuoteResults.Hit h : results.hits()) {
			Json.QuoteHit q = links.quoteHit(h);
			String speaker = q.speaker() != null ? q.speaker().name()
					: q.speakerAsWritten() != null ? q.speakerAsWritten() : "Unattributed";
			Entry e = new Entry();
			e.setId("urn:analecta:quote:" + h.reportSlug() + ":"
					+ (h.quoteAnchor() != null ? h.quoteAnchor() : h.id()));
			e.setTitle(speaker + ": \u201c" + shorten(h.text(), 90) + "\u201d");
			e.setAlternateLinks(List.of(link("alternate", q.url(), "text/html")));
			Person author = new Person();
			author.setName(speaker);
			e.setAuthors(List.of(author));
			// Updated is the report's date, the order the feed is in; published is the
			// quotation's own.
			e.setUpdated(date(h.reportDate()));
			e.setPublished(date(q.date()));
			Content content = text(
					"\u201c" + h.text() + "\u201d \u2014 " + speaker + (h.role() == null ? "" : ", " + h.role())
							+ ". In: " + h.reportTitle() + (h.outlet() == null ? "" : ". Source: " + h.outlet())
							+ (q.date() == null ? "" : ", " + q.date()) + ".");
			e.setContents(List.of(content));
			entries.add(e);
		}
		return feed(title, links.base() + page, entries);
	}

	private static ResponseEntity<String> feed(String title, String page, List<Entry> entries) {
		Feed feed = new Feed("atom_1.0");
		String self = ServletUriComponentsBuilder.fromCurrentRequest().build().toUriString();
		feed.setId("urn:analecta:feed:" + self.substring(self.indexOf("/feeds/")));
		feed.setTitle(title);
		feed.setOtherLinks(List.of(link("self", self, "application/atom+xml")));
		feed.setAlternateLinks(List.of(link("alternate", page, "text/html")));
		feed.setUpdated(entries.stream()
			.map(Entry::getUpdated)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(Date.from(Instant.EPOCH)));
		Person archive = new Person();
		archive.setName("Analecta");
		feed.setAuthors(List.of(archive));
		feed.setEntries(entries);
		try {
			return ResponseEntity.ok().contentType(ATOM).body(new WireFeedOutput().outputString(feed));
		}
		catch (FeedException e) {
			throw new IllegalStateException("Could not write the feed " + self, e);
		}
	}

	private String pageAddress(String path) {
		String query = ServletUriComponentsBuilder.fromCurrentRequest().build().getQuery();
		return query == null || query.isEmpty() ? path : path + "?" + query;
	}

	private static Link link(String rel, String href, String type) {
		Link link = new Link();
		link.setRel(rel);
		link.setHref(href);
		link.setType(type);
		return link;
	}

	private static Content text(String value) {
		Content content = new Content();
		content.setType(Content.TEXT);
		content.setValue(value);
		return content;
	}

	/**
	 * Midnight UTC of the date; the start of the epoch for an undated item, so it sorts
	 * last.
	 */
	private static Date date(LocalDate date) {
		return Date.from(date == null ? Instant.EPOCH : date.atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	private static String seriesLine(String series, String number) {
		if (number == null) {
			return series;
		}
		return (series == null ? "" : series + " ") + "No. " + number;
	}

	private static String shorten(String text, int max) {
		return text.length() <= max ? text
				: text.substring(0, text.lastIndexOf(' ', max) > 0 ? text.lastIndexOf(' ', max) : max) + "\u2026";
	}

}
