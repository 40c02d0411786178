package org.analecta.reader;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.analecta.parser.ParsedReport;
import org.analecta.parser.ParsedReport.Footnote;
import org.analecta.parser.ParsedReport.FootnoteRef;
import org.analecta.parser.ParsedReport.Paragraph;
import org.analecta.parser.ParsedReport.Quote;
import org.analecta.parser.ParsedReport.QuoteKind;
import org.analecta.parser.ParsedReport.Section;
import org.analecta.parser.ParsedReport.Speaker;
import org.analecta.parser.ParsedReport.SpeakerKind;
import org.analecta.system.WebSecurity;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(ReaderController.class)
@Import(WebSecurity.class)
class ReaderControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ReportPages pages;

	@Test
	void showsTheReportWithAnchorsFootnoteLinksAndSpeakerLinks() throws Exception {
		given(pages.find("iran-dilemma")).willReturn(Optional.of(page("Rohani said that \"we may consider it.\"")));
		String html = mvc.perform(get("/reports/iran-dilemma"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Iran&#39;s Dilemma", "Inquiry &amp; Analysis Series No. 1099", "June 20, 2014");
		assertThat(html).contains("id=\"s1\"", "<h2>President Rohani: We May Consider</h2>");
		assertThat(html).contains("<a href=\"#s1\">President Rohani: We May Consider</a>");
		assertThat(html).contains("<sup class=\"fnref\" id=\"fnref3-1\"><a href=\"#fn3\"");
		assertThat(html).contains("<li id=\"fn3\" value=\"3\">", "href=\"#fnref3-1\"");
		assertThat(html).contains("<span class=\"quote\" id=\"q1\">", "href=\"/speakers/hassan-rohani\"");
		assertThat(html).contains("<figcaption>Photo: Rohani (image: Tasnim)</figcaption>");
		assertThat(html).contains("href=\"/reports/iran-dilemma/original\"");
		assertThat(html).contains("<a href=\"/browse/countries/iran\">Iran</a>");
		// q1's attribution was confirmed by an admin: the reader says so beside the
		// speaker.
		assertThat(html).containsOnlyOnce("class=\"verified\"");
	}

	@Test
	void reportTextIsEscapedNeverMarkup() throws Exception {
		given(pages.find("x")).willReturn(Optional.of(page("<script>alert(1)</script><img src=x onerror=alert(2)>")));
		String html = mvc.perform(get("/reports/x")).andReturn().getResponse().getContentAsString();
		assertThat(html).doesNotContain("<script>alert", "<img src=x");
		assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
	}

	@Test
	void anUnknownReportIsOurNotFoundPage() throws Exception {
		given(pages.find("nope")).willReturn(Optional.empty());
		String html = mvc.perform(get("/reports/nope"))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Not found", "There is no report at this address");
	}

	@Test
	void theOriginalIsADownloadNeverAPage() throws Exception {
		given(pages.original("x")).willReturn(Optional
			.of(new ReportPages.Original("report.html", "text/html", "<script>alert(1)</script>".getBytes())));
		given(pages.version("x"))
			.willReturn(Optional.of(new ReportPages.Version("0123abcd", Instant.parse("2026-11-30T10:00:00Z"))));
		mvc.perform(get("/reports/x/original"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/octet-stream"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("sandbox")));
	}

	@Test
	void onlyWebLinksAreShownAsSourceLinks() {
		assertThat(ReaderController.safeUrl("https://www.memri.org/reports/x"))
			.isEqualTo("https://www.memri.org/reports/x");
		assertThat(ReaderController.safeUrl("javascript:alert(1)")).isNull();
		assertThat(ReaderController.safeUrl("data:text/html,<script>")).isNull();
		assertThat(ReaderController.safeUrl(" JavaScript:alert(1)")).isNull();
	}

	private static ReportPages.ReaderPage page(String quotedParagraph) {
		Speaker rohani = new Speaker("Hassan Rohani", "Iranian President", SpeakerKind.PERSON);
		ParsedReport parsed = new ParsedReport(ParsedReport.SourceFormat.TEXT, "Iran's Dilemma",
				LocalDate.of(2014, 6, 20), "Inquiry & Analysis Series", "1099",
				List.of(new ParsedReport.Author("A. Savyon", "A. Savyon is director of the Iranian Media Project.")),
				List.of("Iran"), null,
				List.of(new Section(0, null, List.of(new Paragraph("The lead.", List.of())), List.of()),
						new Section(1, "President Rohani: We May Consider",
								List.of(new Paragraph(quotedParagraph,
										List.of(new FootnoteRef(3, quotedParagraph.length())))),
								List.of("Photo: Rohani (image: Tasnim)"))),
				List.of(new Quote("we may consider it.", rohani, "Rohani", "said", 1, 0, 3, QuoteKind.DIRECT, 0.9)),
				List.of(new Footnote(3, "Fars (Iran), June 14, 2014.", "Fars", "Iran", LocalDate.of(2014, 6, 14))));
		ReportView view = new ReportViewBuilder(s -> "/speakers/hassan-rohani").build(parsed);
		return new ReportPages.ReaderPage("iran-dilemma", view, "report.txt",
				List.of(new ReportPages.CountryLink("Iran", "iran")), Map.of("q1", 42L),
				Instant.parse("2026-11-30T10:00:00Z"), List.of(), Set.of("q1"));
	}

}
