package org.analecta.admin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.analecta.ingest.IngestService;
import org.analecta.report.ArchiveCounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The home page and the admin page give the same numbers, each with its noun in the right
 * number.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "editor", roles = "ADMIN")
class CountsAgreeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IngestService ingest;

	@Autowired
	ArchiveCounts counts;

	@Test
	void homeAndAdminSayTheSame() throws Exception {
		Path fixture = Path.of("src", "test", "resources", "fixtures", "reports", "12-qatar-blockade-2017.txt");
		ingest.ingest(Files.readAllBytes(fixture), "qatar.txt", null);
		ArchiveCounts.Counts c = counts.counts();
		String home = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
		String admin = mvc.perform(get("/admin")).andReturn().getResponse().getContentAsString();

		assertThat(home).contains(stat(c.reports(), "report", "reports"), stat(c.quotes(), "quote", "quotes"),
				stat(c.speakers(), "speaker", "speakers"));
		assertThat(admin).contains("The archive holds " + phrase(c.reports(), "report", "reports") + ", "
				+ phrase(c.quotes(), "quote", "quotes") + " and " + phrase(c.speakers(), "speaker", "speakers"));
		Matcher bad = Pattern.compile("\\b1 (reports|quotes|speakers|quotations|files)\\b").matcher(home + admin);
		assertThat(bad.find()).as("a singular count with a plural noun").isFalse();
	}

	private static String stat(long n, String one, String many) {
		return "<strong>" + n + "</strong> <a href=\"/" + (one.equals("report") ? "browse/dates" : many) + "\">"
				+ (n == 1 ? one : many) + "</a>";
	}

	private static String phrase(long n, String one, String many) {
		return n == 0 ? "no " + one : n == 1 ? "1 " + one : n + " " + many;
	}

}
