package org.analecta.api;

import static org.analecta.api.ToolkitArchive.get;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;

/**
 * The Atom feeds, read back with Rome's Atom parser as a feed reader would: ids, titles,
 * links and updated times, newest first; and the pages that have a feed link it in their
 * head.
 */
class FeedTests extends ToolkitTestBase {

	private Feed atom(String path) {
		HttpResponse<String> response = get(port, path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).startsWith("application/atom+xml"));
		try {
			WireFeedInput input = new WireFeedInput();
			Feed feed = (Feed) input.build(new StringReader(response.body()));
			assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
			assertThat(feed.getId()).startsWith("urn:analecta:feed:");
			assertThat(feed.getTitle()).startsWith("Analecta");
			assertThat(feed.getUpdated()).isNotNull();
			assertThat(feed.getOtherLinks()).anyMatch(l -> "self".equals(l.getRel()));
			Set<String> ids = new HashSet<>();
			Entry previous = null;
			for (Entry e : entries(feed)) {
				assertThat(ids.add(e.getId())).as("unique id " + e.getId()).isTrue();
				assertThat(e.getUpdated()).isNotNull();
				assertThat(e.getTitle()).isNotBlank();
				assertThat(e.getAlternateLinks().get(0).getHrefResolved())
					.startsWith("http://localhost:" + port + "/reports/");
				if (previous != null) {
					assertThat(e.getUpdated()).isBeforeOrEqualTo(previous.getUpdated());
				}
				previous = e;
			}
			// a second fetch gives the same ids: readers do not see old entries as new
			Feed again = (Feed) input.build(new StringReader(get(port, path).body()));
			assertThat(entries(again).stream().map(Entry::getId).toList())
				.isEqualTo(entries(feed).stream().map(Entry::getId).toList());
			return feed;
		}
		catch (Exception e) {
			throw new AssertionError(path + ": " + e.getMessage(), e);
		}
	}

	@SuppressWarnings("unchecked")
	private static List<Entry> entries(Feed feed) {
		return feed.getEntries();
	}

	@Test
	void latestReportsListTheSampleReport() {
		Feed feed = atom("/feeds/reports.atom");
		assertThat(entries(feed)).anyMatch(
				e -> e.getId().equals("urn:analecta:report:" + sample) && e.getTitle().startsWith("Iran's Dilemma")
						&& e.getAlternateLinks().get(0).getHref().endsWith("/reports/" + sample));
		assertThat(entries(feed).size()).isGreaterThan(20);
	}

	@Test
	void aCountryASeriesAndASearch() {
		Feed iran = atom("/feeds/countries/iran.atom");
		assertThat(entries(iran)).isNotEmpty().anyMatch(e -> e.getId().endsWith(sample));
		assertThat(iran.getTitle()).contains("Iran");
		String seriesSlug = null;
		for (tools.jackson.databind.JsonNode s : ToolkitArchive.json(get(port, "/api/v1/series"))) {
			if (s.get("name").asString().equals("Inquiry & Analysis Series")) {
				seriesSlug = s.get("slug").asString();
			}
		}
		Feed series = atom("/feeds/series/" + seriesSlug + ".atom");
		assertThat(entries(series)).anyMatch(e -> e.getId().endsWith(sample));
		Feed search = atom("/feeds/search.atom?q=cooperation&country=iran");
		assertThat(entries(search)).anyMatch(e -> e.getId().endsWith(sample));
		assertThat(search.getAlternateLinks().get(0).getHref()).contains("/search?q=cooperation&country=iran");
	}

	@Test
	void aSpeakersNewQuotationsAndAQuoteSearch() {
		Feed rohani = atom("/feeds/speakers/hassan-rohani.atom");
		assertThat(entries(rohani)).isNotEmpty()
			.allMatch(e -> e.getAuthors().get(0).getName().equals("Hassan Rohani"))
			.allMatch(e -> e.getId().matches("urn:analecta:quote:.+:q\\d+"))
			.allMatch(e -> e.getAlternateLinks().get(0).getHref().contains("#q"));
		Feed quotes = atom("/feeds/quotes.atom?speaker=Rouhani");
		assertThat(entries(quotes)).hasSameSizeAs(entries(rohani));
		assertThat(((com.rometools.rome.feed.atom.Content) entries(quotes).get(0).getContents().get(0)).getValue())
			.contains("Hassan Rohani");
	}

	@ParameterizedTest
	@CsvSource({ "/feeds/countries/atlantis.atom,404", "/feeds/series/no-series.atom,404",
			"/feeds/speakers/nobody.atom,404", "/feeds/quotes.atom?from=yesterday,400" })
	void unknownOrBadFeedsAreProblems(String path, int status) {
		HttpResponse<String> response = get(port, path);
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	// The search's page 2 exists (Iran is in more than ten fixtures): a page past the end
	// is a 404.
	@ParameterizedTest
	@CsvSource({ "/,/feeds/reports.atom", "/search?q=Iran&page=2,/feeds/search.atom?q=Iran",
			"/quotes?speaker=Rouhani,/feeds/quotes.atom?speaker=Rouhani",
			"/browse/countries/iran,/feeds/countries/iran.atom",
			"/speakers/hassan-rohani,/feeds/speakers/hassan-rohani.atom" })
	void pagesLinkTheirFeed(String page, String feed) {
		HttpResponse<String> response = get(port, page);
		assertThat(response.statusCode()).isEqualTo(200);
		Element link = Jsoup.parse(response.body()).selectFirst("head link[rel=alternate][type=application/atom+xml]");
		assertThat(link).as(page).isNotNull();
		assertThat(link.attr("href")).isEqualTo(feed);
		assertThat(link.attr("title")).isNotBlank();
		atom(feed);
	}

}
