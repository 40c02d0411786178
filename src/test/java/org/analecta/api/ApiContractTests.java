package org.analecta.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.JsonNode;

import static org.analecta.api.ToolkitArchive.get;
import static org.analecta.api.ToolkitArchive.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of /api/v1 over real HTTP against the running application (real
 * database, parser and index): status, content type, the JSON's shape, paging, and a
 * problem response for each kind of bad parameter.
 */
class ApiContractTests extends ToolkitTestBase {

	private JsonNode ok(String path) {
		HttpResponse<String> response = get(port, path);
		assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
		return json(response);
	}

	@Test
	void reportsArePagedWithLinksToTheNeighbouringPages() {
		JsonNode first = ok("/api/v1/reports?size=5&sort=newest");
		long total = first.get("total").asLong();
		assertThat(total).isGreaterThanOrEqualTo(20);
		assertThat(first.get("page").asInt()).isEqualTo(1);
		assertThat(first.get("size").asInt()).isEqualTo(5);
		assertThat(first.get("pages").asInt()).isEqualTo((int) ((total + 4) / 5));
		assertThat(first.get("items")).hasSize(5);
		assertThat(first.get("previous").isNull()).isTrue();
		JsonNode item = first.get("items").get(0);
		assertThat(item.has("slug") && item.has("title") && item.has("publishedOn") && item.has("series")
				&& item.has("seriesNumber") && item.has("countries") && item.has("url") && item.has("api"))
			.isTrue();
		assertThat(item.get("url").asString()).endsWith("/reports/" + item.get("slug").asString());

		String next = first.get("next").asString();
		assertThat(next).contains("page=2").contains("size=5").contains("sort=newest");
		JsonNode second = ok(next.substring(next.indexOf("/api/")));
		assertThat(second.get("page").asInt()).isEqualTo(2);
		assertThat(second.get("previous").asString()).contains("page=1");
		List<String> slugs = new ArrayList<>();
		first.get("items").forEach(i -> slugs.add(i.get("slug").asString()));
		second.get("items").forEach(i -> assertThat(slugs).doesNotContain(i.get("slug").asString()));
		// newest first across the pages
		assertThat(first.get("items").get(0).get("publishedOn").asString())
			.isGreaterThanOrEqualTo(second.get("items").get(0).get("publishedOn").asString());
	}

	@Test
	void reportFiltersAreThoseOfTheSearchPageWithFacetCounts() {
		JsonNode iran = ok("/api/v1/reports?country=Iran&size=100");
		assertThat(iran.get("total").asLong()).isPositive();
		iran.get("items").forEach(i -> assertThat(i.get("countries").toString()).contains("Iran"));
		JsonNode facets = iran.get("facets");
		assertThat(facets.get("countries").get(0).get("value").asString()).isEqualTo("Iran");
		assertThat(facets.get("countries").get(0).get("count").asLong()).isEqualTo(iran.get("total").asLong());

		JsonNode in2014 = ok("/api/v1/reports?year=2014");
		in2014.get("items").forEach(i -> assertThat(i.get("publishedOn").asString()).startsWith("2014"));
		JsonNode range = ok("/api/v1/reports?from=2014-01-01&to=2015-12-31&size=100");
		range.get("items").forEach(i -> assertThat(i.get("publishedOn").asString()).matches("201[45]-.*"));
		JsonNode words = ok("/api/v1/reports?q=Rouhani");
		assertThat(words.get("items").toString()).contains(sample);
		JsonNode bySpeaker = ok("/api/v1/reports?speaker=hassan-rohani&size=100");
		assertThat(bySpeaker.get("items").toString()).contains(sample);
	}

	@Test
	void aReportInFull() {
		JsonNode report = ok("/api/v1/reports/" + sample);
		assertThat(report.get("slug").asString()).isEqualTo(sample);
		assertThat(report.get("title").asString()).startsWith("Iran's Dilemma");
		assertThat(report.get("publishedOn").asString()).isEqualTo("2014-06-20");
		assertThat(report.get("series").get("name").asString()).isEqualTo("Inquiry & Analysis Series");
		assertThat(report.get("seriesNumber").asString()).isEqualTo("1099");
		assertThat(report.get("authors").get(0).get("name").asString()).isEqualTo("A. Savyon");
		assertThat(report.get("countries").toString()).contains("\"slug\":\"iran\"");

		JsonNode section = report.get("sections").get(1);
		assertThat(section.get("anchor").asString()).isEqualTo("s1");
		assertThat(section.get("paragraphs").get(0).get("text").asString()).isNotBlank();
		assertThat(section.get("paragraphs").get(0).has("anchor")).isTrue();

		JsonNode rohani = null;
		for (JsonNode q : report.get("quotations")) {
			if (q.get("speaker").isObject() && q.get("speaker").get("name").asString().equals("Hassan Rohani")) {
				rohani = q;
				break;
			}
		}
		assertThat(rohani).as("a quotation of Hassan Rohani").isNotNull();
		assertThat(rohani.get("anchor").asString()).matches("q\\d+");
		assertThat(rohani.get("url").asString()).endsWith("/reports/" + sample + "#" + rohani.get("anchor").asString());
		assertThat(rohani.get("permalink").asString()).endsWith("/quotes/" + rohani.get("id").asLong());
		assertThat(rohani.get("verified").asBoolean()).isFalse();

		boolean fars = false;
		for (JsonNode f : report.get("footnotes")) {
			if (f.get("outlet").isObject() && f.get("outlet").get("name").asString().equals("Fars")
					&& "2014-06-14".equals(f.get("date").asString())) {
				fars = true;
				assertThat(f.get("anchor").asString()).isEqualTo("fn" + f.get("number").asInt());
				assertThat(f.get("country").get("name").asString()).isEqualTo("Iran");
			}
		}
		assertThat(fars).as("a note citing Fars of 2014-06-14").isTrue();
		assertThat(report.get("versions").isArray()).isTrue();
	}

	@Test
	void quotationsOfASpeakerInAnySpelling() {
		JsonNode quotes = ok("/api/v1/quotes?speaker=Rouhani&size=100");
		assertThat(quotes.get("total").asLong()).isGreaterThanOrEqualTo(3);
		quotes.get("items")
			.forEach(q -> assertThat(q.get("speaker").get("name").asString()).isEqualTo("Hassan Rohani"));
		JsonNode q = quotes.get("items").get(0);
		for (String field : List.of("id", "text", "speaker", "role", "date", "report", "section", "anchor", "footnote",
				"outlet", "url", "permalink", "verified")) {
			assertThat(q.has(field)).as(field).isTrue();
		}
		assertThat(q.get("report").get("url").asString()).contains("/reports/");
		assertThat(q.get("url").asString()).contains("#q");
	}

	@Test
	void quoteFiltersAndFacetsAgree() {
		JsonNode all = ok("/api/v1/quotes?size=1");
		JsonNode countries = all.get("facets").get("countries");
		assertThat(countries.size()).isGreaterThan(1);
		String country = countries.get(0).get("value").asString();
		long count = countries.get(0).get("count").asLong();
		JsonNode filtered = ok("/api/v1/quotes?size=100&country=" + country.replace(" ", "%20"));
		assertThat(filtered.get("total").asLong()).isEqualTo(count);

		String outlet = all.get("facets").get("outlets").get(0).get("value").asString();
		long outletCount = all.get("facets").get("outlets").get(0).get("count").asLong();
		JsonNode byOutlet = ok("/api/v1/quotes?size=100&outlet=" + outlet.replace(" ", "%20"));
		assertThat(byOutlet.get("total").asLong()).isEqualTo(outletCount);
		byOutlet.get("items").forEach(i -> assertThat(i.get("outlet").asString()).isEqualTo(outlet));

		String series = all.get("facets").get("series").get(0).get("value").asString();
		JsonNode bySeries = ok("/api/v1/quotes?size=100&series=" + series.replace(" ", "%20").replace("&", "%26"));
		bySeries.get("items").forEach(i -> assertThat(i.get("report").get("series").asString()).isEqualTo(series));

		JsonNode dated = ok("/api/v1/quotes?size=100&from=2014-01-01&to=2014-12-31");
		assertThat(dated.get("total").asLong()).isPositive();
		dated.get("items").forEach(i -> assertThat(i.get("report").get("publishedOn").asString()).startsWith("2014"));

		// No quotation is verified yet: the facet says so and the filter follows it.
		assertThat(all.get("facets").get("verified").toString()).contains("\"value\":\"false\"");
		assertThat(ok("/api/v1/quotes?verified=true").get("total").asLong()).isZero();
		assertThat(ok("/api/v1/quotes?verified=false").get("total").asLong()).isEqualTo(all.get("total").asLong());
	}

	@Test
	void speakersWithSpellingsRolesAndTheirQuotations() {
		JsonNode list = ok("/api/v1/speakers?size=3");
		assertThat(list.get("items")).hasSize(3);
		assertThat(list.get("total").asLong()).isGreaterThan(3);
		assertThat(list.get("next").asString()).contains("page=2");
		JsonNode first = list.get("items").get(0);
		assertThat(first.get("quotes").asLong()).isPositive();
		assertThat(first.get("api").asString()).contains("/api/v1/speakers/" + first.get("slug").asString());

		JsonNode rohani = ok("/api/v1/speakers/hassan-rohani");
		assertThat(rohani.get("name").asString()).isEqualTo("Hassan Rohani");
		assertThat(rohani.get("spellings").isArray()).isTrue();
		assertThat(rohani.get("roles").size()).isPositive();
		long count = rohani.get("quotes").asLong();
		assertThat(count).isPositive();

		JsonNode quotes = ok("/api/v1/speakers/hassan-rohani/quotes?size=100");
		assertThat(quotes.get("total").asLong()).isEqualTo(count);
		quotes.get("items")
			.forEach(q -> assertThat(q.get("speaker").get("slug").asString()).isEqualTo("hassan-rohani"));
		// newest first by default
		assertThat(quotes.get("items").get(0).get("report").get("publishedOn").asString()).isGreaterThanOrEqualTo(
				quotes.get("items").get(quotes.get("items").size() - 1).get("report").get("publishedOn").asString());
	}

	@Test
	void countriesAndSeriesWithTheirReportCounts() {
		JsonNode countries = ok("/api/v1/countries");
		assertThat(countries.isArray()).isTrue();
		JsonNode iran = null;
		for (JsonNode c : countries) {
			if (c.get("slug").asString().equals("iran")) {
				iran = c;
			}
		}
		assertThat(iran).isNotNull();
		assertThat(iran.get("reports").asLong()).isEqualTo(ok("/api/v1/reports?country=iran").get("total").asLong());
		assertThat(iran.get("feed").asString()).endsWith("/feeds/countries/iran.atom");

		JsonNode series = ok("/api/v1/series");
		assertThat(series.toString()).contains("Inquiry & Analysis Series");
		for (JsonNode s : series) {
			assertThat(s.get("reports").asLong())
				.isEqualTo(ok("/api/v1/reports?series=" + s.get("slug").asString()).get("total").asLong());
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "/api/v1/reports?page=0|page", "/api/v1/reports?page=x|page", "/api/v1/reports?size=101|size",
					"/api/v1/reports?sort=best|sort", "/api/v1/reports?from=20-06-2014|from",
					"/api/v1/reports?from=2015-01-01&to=2014-01-01|to", "/api/v1/reports?year=MMXIV|year",
					"/api/v1/quotes?verified=maybe|verified", "/api/v1/quotes?size=0|size", "/api/v1/quotes?to=soon|to",
					"/api/v1/speakers?page=-1|page", "/api/v1/speakers/hassan-rohani/quotes?sort=loudest|sort" })
	void badParametersAreProblemsNamingTheParameter(String path, String parameter) {
		HttpResponse<String> response = get(port, path);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = json(response);
		assertThat(problem.get("status").asInt()).isEqualTo(400);
		assertThat(problem.get("title").asString()).isEqualTo("Bad parameter");
		assertThat(problem.get("parameter").asString()).isEqualTo(parameter);
		assertThat(problem.get("detail").asString()).contains("'" + parameter + "'");
	}

	@ParameterizedTest
	@CsvSource({ "/api/v1/reports/nobody-at-all", "/api/v1/speakers/nobody-at-all",
			"/api/v1/speakers/nobody-at-all/quotes" })
	void unknownThingsAreNotFoundProblems(String path) {
		HttpResponse<String> response = get(port, path);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = json(response);
		assertThat(problem.get("title").asString()).isEqualTo("Not found");
		assertThat(problem.get("detail").asString()).contains("'nobody-at-all'");
	}

	@Test
	void theApiIsReadOnly() {
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reports"))
					.POST(HttpRequest.BodyPublishers.ofString("{}"))
					.header("Content-Type", "application/json")
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isIn(401, 403);
		}
		catch (Exception e) {
			throw new AssertionError(e);
		}
	}

}
