package org.analecta.api;

import static org.analecta.api.ToolkitArchive.get;
import static org.analecta.api.ToolkitArchive.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;

import org.analecta.SearchIndexing;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import jakarta.persistence.EntityManagerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The end-to-end check: a fresh archive that loads the sample report from
 * data/reports on its first start, as a new installation does, then the API, the feed and
 * the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "analecta.seed-dir=data/reports")
class ToolkitEndToEndTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory emf;

	@Test
	void theSampleReportThroughTheToolkit() throws Exception {
		SearchIndexing.awaitCaughtUp(jdbc, emf);

		JsonNode quotes = json(get(port, "/api/v1/quotes?speaker=Rouhani"));
		assertThat(quotes.get("total").asLong()).isPositive();
		quotes.get("items")
			.forEach(q -> assertThat(q.get("speaker").get("name").asString()).isEqualTo("Hassan Rohani"));

		JsonNode reports = json(get(port, "/api/v1/reports"));
		assertThat(reports.get("total").asLong()).isPositive();
		String slug = reports.get("items").get(0).get("slug").asString();
		JsonNode report = json(get(port, "/api/v1/reports/" + slug));
		assertThat(report.get("footnotes")).anySatisfy(f -> {
			assertThat(f.get("outlet").isObject()).isTrue();
			assertThat(f.get("outlet").get("name").asString()).isEqualTo("Fars");
			assertThat(f.get("date").asString()).isEqualTo("2014-06-14");
		});

		Feed feed = (Feed) new WireFeedInput().build(new StringReader(get(port, "/feeds/reports.atom").body()));
		assertThat(feed.getEntries())
			.anySatisfy(e -> assertThat(((Entry) e).getId()).isEqualTo("urn:analecta:report:" + slug));

		String page = get(port, "/reports/" + slug).body();
		assertThat(Jsoup.parse(page).select("meta[name=citation_title]").attr("content"))
			.isEqualTo(report.get("title").asString());
	}

}
