package org.analecta.admin;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;

import org.analecta.ingest.IngestService;
import org.analecta.report.Report;
import org.analecta.report.ReportOriginals;
import org.analecta.report.Reports;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Upload → preview → save through the real controller, parser, database and index. Each
 * test uploads its own reports (a fixture, or the sample under its own series number), so
 * the tests share one context.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "editor", roles = "ADMIN")
class UploadControllerTests {

	private static final Path SEED = Path.of("data", "reports", "000_4c35f079a3e03125.txt");

	private static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures", "reports");

	@Autowired
	MockMvc mvc;

	@Autowired
	Reports reports;

	@Autowired
	ReportOriginals originals;

	@Autowired
	IngestService ingest;

	@Autowired
	TransactionTemplate tx;

	@Test
	void anUploadIsPreviewedBeforeAnythingIsSaved() throws Exception {
		long before = reports.count();
		MockHttpSession session = new MockHttpSession();
		String preview = previewOf(session, file("seed.txt", numbered(Files.readString(SEED), 9101)));
		assertThat(preview).contains("seed.txt", "Iran&#39;s Dilemma", "2014-06-20", "Inquiry &amp; Analysis Series",
				"A. Savyon", "Iraq, Iran", "Firouzabadi", "Hassan Rohani", "1 file read, 1 ready to save");
		assertThat(reports.count()).isEqualTo(before);
	}

	@Test
	void savingStoresTheBytesExactlyAsUploadedAndShowsEachFilesResult() throws Exception {
		byte[] bytes = Files.readAllBytes(FIXTURES.resolve("05-maliki-surge-2007.txt"));
		MockHttpSession session = new MockHttpSession();
		String previewUrl = upload(session, new MockMultipartFile("files", "maliki.txt", "text/plain", bytes),
				new MockMultipartFile("files", "notes.pdf", "application/pdf", new byte[] { 37, 80, 68, 70 }));
		String preview = page(session, previewUrl);
		assertThat(preview).contains("notes.pdf",
				"Only HTML pages (.html, .htm) and plain-text files (.txt) can be uploaded.");
		String saved = mvc
			.perform(post(previewUrl + "/save").param("present-0", "1")
				.param("include-0", "1")
				.session(session)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(saved).contains("maliki.txt", "Saved", "notes.pdf", "Not saved");
		Report stored = reports.findByContentHash(sha256(bytes)).orElseThrow();
		assertThat(saved).contains("href=\"/reports/" + stored.getSlug() + "\"");
		byte[] kept = tx.execute(s -> originals.findById(stored.getId()).orElseThrow().getContent());
		assertThat(kept).isEqualTo(bytes);
		assertThat(stored.getMediaType()).isEqualTo("text/plain");
		// The batch is gone once saved: a second save cannot store it twice.
		mvc.perform(post(previewUrl + "/save").session(session).with(csrf())).andExpect(status().is3xxRedirection());
	}

	@Test
	void tooLargeAndEmptyFilesAreRefusedWithAClearMessage() throws Exception {
		MockHttpSession session = new MockHttpSession();
		byte[] big = new byte[(int) UploadCheck.MAX_BYTES + 1];
		Arrays.fill(big, (byte) 'a');
		String preview = previewOf(session, new MockMultipartFile("files", "big.txt", "text/plain", big),
				new MockMultipartFile("files", "empty.txt", "text/plain", new byte[0]));
		assertThat(preview).contains("The file is too large (20.0 MB); at most 20.0 MB per file.", "The file is empty.",
				"2 files read, 0 ready to save");
		assertThat(preview).doesNotContain("id=\"save\"");
	}

	@Test
	void aBatchBelongsToItsSession() throws Exception {
		String url = upload(new MockHttpSession(), file("seed.txt", numbered(Files.readString(SEED), 9102)));
		mvc.perform(get(url).session(new MockHttpSession())).andExpect(status().is3xxRedirection());
	}

	@Test
	void pastedTextIsPreviewedToo() throws Exception {
		MockHttpSession session = new MockHttpSession();
		MvcResult paste = mvc
			.perform(post("/admin/paste").param("text", numbered(Files.readString(SEED), 9103))
				.session(session)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(page(session, paste.getResponse().getRedirectedUrl())).contains("pasted.txt", "Iran&#39;s Dilemma");
	}

	@Test
	void thePreviewWarnsOfWhatIsMissingAndSavesTheCorrectedValuesOfTheFilesNotLeftOut() throws Exception {
		String bare = bare(Files.readString(FIXTURES.resolve("09-syria-homs-hama-2011.txt")));
		byte[] leftOut = Files.readAllBytes(FIXTURES.resolve("10-hamas-gaza-egypt-2009.txt"));
		MockHttpSession session = new MockHttpSession();
		String url = upload(session, file("homs.txt", bare),
				new MockMultipartFile("files", "hamas.txt", "text/plain", leftOut));
		String preview = page(session, url);
		assertThat(warningsOf(preview, 0)).contains("No date.", "No series.").doesNotContain("Probably");

		String corrected = page(session,
				mvc.perform(post(url + "/update").param("present-0", "1")
					.param("include-0", "1")
					.param("title-0", "Homs and Hama, corrected")
					.param("date-0", "2011-08-01")
					.param("present-1", "1")
					.session(session)
					.with(csrf())).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl());
		assertThat(corrected).contains("value=\"Homs and Hama, corrected\"", "value=\"2011-08-01\"");
		assertThat(warningsOf(corrected, 0)).doesNotContain("No date.").contains("No series.");
		assertThat(corrected).contains("name=\"include-0\" value=\"1\" id=\"include-0\" checked=\"checked\"",
				"name=\"include-1\" value=\"1\" id=\"include-1\"");

		String saved = mvc
			.perform(post(url + "/save").param("present-0", "1")
				.param("include-0", "1")
				.param("title-0", "Homs and Hama, corrected")
				.param("date-0", "2011-08-01")
				.param("present-1", "1")
				.session(session)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(saved).contains("Not saved (left out)");
		Report stored = reports.findByContentHash(sha256(bare.getBytes(StandardCharsets.UTF_8))).orElseThrow();
		assertThat(stored.getTitle()).isEqualTo("Homs and Hama, corrected");
		assertThat(stored.getPublishedOn()).isEqualTo(LocalDate.of(2011, 8, 1));
		assertThat(reports.findByContentHash(sha256(leftOut))).isEmpty();

		// The corrections are the admin's word: a re-parse keeps them.
		ingest.reparse(stored.getId());
		Report reparsed = reports.findById(stored.getId()).orElseThrow();
		assertThat(reparsed.getTitle()).isEqualTo("Homs and Hama, corrected");
		assertThat(reparsed.getPublishedOn()).isEqualTo(LocalDate.of(2011, 8, 1));
	}

	@Test
	void aBadDateIsRefusedAndNothingIsSaved() throws Exception {
		String text = bare(Files.readString(FIXTURES.resolve("16-taliban-kabul-2021.txt")));
		MockHttpSession session = new MockHttpSession();
		String url = upload(session, file("kabul.txt", text));
		MvcResult result = mvc
			.perform(post(url + "/save").param("present-0", "1")
				.param("include-0", "1")
				.param("date-0", "15/08/2021")
				.session(session)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(url);
		assertThat(page(session, url)).contains("kabul.txt: the date must look like 2014-06-20.");
		assertThat(reports.findByContentHash(sha256(text.getBytes(StandardCharsets.UTF_8)))).isEmpty();
	}

	@Test
	void aReuploadWithAChangedFirstLineIsShownAsTheStoredReportAndSavedAsANewVersion() throws Exception {
		String original = numbered(Files.readString(SEED), 9104);
		var first = ingest.ingest(original.getBytes(StandardCharsets.UTF_8), "dilemma.txt", null);
		long before = reports.count();
		String changed = "Saved from the web on 2026-11-29\n" + bare(original);
		MockHttpSession session = new MockHttpSession();
		String url = upload(session, file("dilemma-again.txt", changed));
		String preview = page(session, url);
		assertThat(preview).contains("This looks like", "Cooperate With U.S. Against Sunnis",
				"(uploaded " + LocalDate.now() + ")", "of the text alike");
		assertThat(preview).contains("id=\"choice-0-NEW_VERSION\" checked=\"checked\"");
		String saved = mvc
			.perform(post(url + "/save").param("present-0", "1")
				.param("include-0", "1")
				.param("choice-0", "NEW_VERSION")
				.session(session)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(saved).contains("New version saved", "href=\"/reports/" + first.slug() + "\"");
		assertThat(reports.count()).isEqualTo(before);
	}

	/**
	 * The sample report under its own series number, so that each test's upload is new.
	 */
	private static String numbered(String text, int number) {
		return text.replace("Series No. 1099", "Series No. " + number);
	}

	/**
	 * A report without its date, byline and series lines: what the parser reads has gaps.
	 */
	static String bare(String text) {
		return text.lines()
			.filter(line -> !line.matches(".*(Series|Dispatch) No\\..*")
					&& !line.matches("^[A-Z][a-z]+ \\d{1,2}, \\d{4}.*"))
			.reduce("", (a, b) -> a + b + "\n");
	}

	private static String warningsOf(String html, int file) {
		int start = html.indexOf("id=\"warnings-" + file + "\"");
		return start < 0 ? "" : html.substring(start, html.indexOf("</ul>", start));
	}

	private static MockMultipartFile file(String name, String text) {
		return new MockMultipartFile("files", name, "text/plain", text.getBytes(StandardCharsets.UTF_8));
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

	private String upload(MockHttpSession session, MockMultipartFile... files) throws Exception {
		var request = multipart("/admin/upload");
		for (MockMultipartFile f : files) {
			request.file(f);
		}
		MvcResult upload = mvc.perform(request.session(session).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(upload.getResponse().getRedirectedUrl()).startsWith("/admin/preview/");
		return upload.getResponse().getRedirectedUrl();
	}

	private String page(MockHttpSession session, String url) throws Exception {
		MockHttpServletRequestBuilder request = get(url).session(session);
		MvcResult result = mvc.perform(request).andReturn();
		if (result.getResponse().getStatus() == 302) {
			return result.getResponse().getRedirectedUrl();
		}
		return result.getResponse().getContentAsString();
	}

	private String previewOf(MockHttpSession session, MockMultipartFile... files) throws Exception {
		return page(session, upload(session, files));
	}

}
