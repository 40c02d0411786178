package org.analecta.api;

import static org.analecta.api.ToolkitArchive.get;
import static org.analecta.api.ToolkitArchive.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * A report page's citations agree with the report (as the API gives it): the Highwire
 * meta tags Zotero reads, the formats in "Cite", each quotation's citation, and the
 * quotation permalinks.
 */
class CitationPageTests extends ToolkitTestBase {

	private static List<String> meta(Document page, String name) {
		return page.select("head meta[name=" + name + "]").eachAttr("content");
	}

	@Test
	void highwireTagsAgreeWithTheReport() {
		JsonNode report = json(get(port, "/api/v1/reports/" + sample));
		Document page = Jsoup.parse(get(port, "/reports/" + sample).body());
		assertThat(meta(page, "citation_title")).containsExactly(report.get("title").asString());
		assertThat(meta(page, "citation_author")).containsExactly("A. Savyon", "Yossi Mansharof");
		assertThat(meta(page, "citation_publication_date")).containsExactly("2014/06/20");
		assertThat(meta(page, "citation_series_title")).containsExactly(report.get("series").get("name").asString());
		assertThat(meta(page, "citation_technical_report_number")).containsExactly("1099");
		assertThat(meta(page, "citation_publisher")).containsExactly("MEMRI");
		assertThat(meta(page, "citation_public_url")).containsExactly(report.get("url").asString());
	}

	@Test
	void citeHasEveryFormatWithoutJavaScript() {
		Document page = Jsoup.parse(get(port, "/reports/" + sample).body());
		Element cite = page.selectFirst("details#cite");
		assertThat(cite).isNotNull();
		assertThat(cite.selectFirst("summary").text()).isEqualTo("Cite");
		String url = "http://localhost:" + port + "/reports/" + sample;
		assertThat(cite.selectFirst("#cite-chicago").text()).isEqualTo(
				"Savyon, A., and Yossi Mansharof. \u201c" + page.select("meta[name=citation_title]").attr("content")
						+ "\u201d Inquiry & Analysis Series No. 1099. MEMRI, June 20, 2014. " + url + ".");
		assertThat(cite.selectFirst("#cite-apa").text())
			.startsWith("Savyon, A., & Mansharof, Y. (2014, June 20). Iran's Dilemma")
			.endsWith("(Inquiry & Analysis Series No. 1099). MEMRI. " + url);
		assertThat(cite.selectFirst("#cite-bibtex").wholeText()).startsWith("@techreport{Savyon2014")
			.contains("author = {Savyon, A. and Mansharof, Yossi}", "type = {Inquiry \\& Analysis Series}",
					"number = {1099}", "year = {2014}", "url = {" + url + "}");
		assertThat(cite.selectFirst("#cite-ris").wholeText()).startsWith("TY  - RPRT\n")
			.contains("AU  - Savyon, A.\n", "AU  - Mansharof, Yossi\n", "DA  - 2014/06/20/\n", "SN  - 1099\n",
					"T3  - Inquiry & Analysis Series\n", "UR  - " + url + "\n")
			.endsWith("ER  - ");
		JsonNode csl = ToolkitArchive.JSON.readTree(cite.selectFirst("#cite-csl").wholeText()).get(0);
		assertThat(csl.get("type").asString()).isEqualTo("report");
		assertThat(csl.get("author").get(1).get("family").asString()).isEqualTo("Mansharof");
		assertThat(csl.get("issued").get("date-parts").get(0).toString()).isEqualTo("[2014,6,20]");
		assertThat(csl.get("number").asString()).isEqualTo("1099");
	}

	@Test
	void eachQuotationHasACitationAndAPermalinkThatLeadsToIt() {
		JsonNode report = json(get(port, "/api/v1/reports/" + sample));
		JsonNode quote = null;
		for (JsonNode q : report.get("quotations")) {
			if (q.get("speaker").isObject() && q.get("speaker").get("name").asString().equals("Hassan Rohani")) {
				quote = q;
				break;
			}
		}
		assertThat(quote).isNotNull();
		String anchor = quote.get("anchor").asString();
		Document page = Jsoup.parse(get(port, "/reports/" + sample).body());
		Element cited = page.selectFirst("#cite-" + anchor);
		assertThat(cited).isNotNull();
		assertThat(cited.text()).contains("Hassan Rohani", quote.get("text").asString(), "Quoted in Savyon, A.",
				quote.get("permalink").asString());
		assertThat(page.getElementById(anchor)).as("the quotation's anchor on the page").isNotNull();

		HttpResponse<String> redirect = get(port, "/quotes/" + quote.get("id").asLong());
		assertThat(redirect.statusCode()).isEqualTo(303);
		assertThat(redirect.headers().firstValue("Location").orElseThrow())
			.endsWith("/reports/" + sample + "#" + anchor);
		assertThat(get(port, "/quotes/999999999").statusCode()).isEqualTo(404);
	}

	@Test
	void theReportPageKeepsItsContentSecurityPolicy() {
		HttpResponse<String> page = get(port, "/reports/" + sample);
		assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).doesNotContain("unsafe-inline");
		assertThat(page.body()).doesNotContain("<script>").doesNotContain(" style=\"");
	}

}
