package org.analecta.reader;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.analecta.ingest.IngestResult;
import org.analecta.ingest.IngestService;
import org.analecta.search.FixtureReports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * HTTP caching on the whole application (real database, index, security): report pages
 * and original files answer conditional requests with 304 until a new version; an admin's
 * page is never stored or validated; static files have content-hashed addresses cached
 * for a year.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConditionalRequestsTests {

	private static final Pattern STYLESHEET = Pattern.compile("href=\"(/assets/css/analecta-[0-9a-f]{32}\\.css)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	IngestService ingest;

	@Test
	void aReportPageAndItsOriginalAreNotSentAgainUntilANewVersion() throws Exception {
		// A report of its own, so that its new version changes no other test's fixture.
		String number = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
		String first = FixtureReports.text("13-soleimani-killing-2020.txt")
			.replace("Special Dispatch No. 8480", "Special Dispatch No. " + number);
		String slug = upload(first);
		String page = "/reports/" + slug;
		String original = page + "/original";

		MockHttpServletResponse visit = fetch(get(page));
		assertThat(visit.getStatus()).isEqualTo(200);
		String etag = visit.getHeader(HttpHeaders.ETAG);
		String lastModified = visit.getHeader(HttpHeaders.LAST_MODIFIED);
		assertThat(etag).startsWith("W/\"");
		assertThat(lastModified).isNotBlank();
		assertThat(visit.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-cache");
		assertThat(visit.getHeaders(HttpHeaders.VARY)).anyMatch(v -> v.contains("Cookie"));

		MockHttpServletResponse again = fetch(get(page).header(HttpHeaders.IF_NONE_MATCH, etag));
		assertThat(again.getStatus()).isEqualTo(304);
		assertThat(again.getContentAsByteArray()).isEmpty();
		assertThat(fetch(get(page).header(HttpHeaders.IF_MODIFIED_SINCE, lastModified)).getStatus()).isEqualTo(304);

		MockHttpServletResponse file = fetch(get(original));
		assertThat(file.getStatus()).isEqualTo(200);
		String fileTag = file.getHeader(HttpHeaders.ETAG);
		assertThat(fileTag).matches("\"[0-9a-f]{64}\"");
		assertThat(file.getHeader(HttpHeaders.LAST_MODIFIED)).isNotBlank();
		assertThat(fetch(get(original).header(HttpHeaders.IF_NONE_MATCH, fileTag)).getStatus()).isEqualTo(304);

		// A new version: the page and the file are sent again, under new validators.
		String slugAfter = upload(first.replace("drew vows of revenge", "drew loud vows of revenge"));
		assertThat(slugAfter).isEqualTo(slug);
		MockHttpServletResponse changed = fetch(get(page).header(HttpHeaders.IF_NONE_MATCH, etag));
		assertThat(changed.getStatus()).isEqualTo(200);
		assertThat(changed.getContentAsString()).contains("drew loud vows of revenge");
		assertThat(changed.getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);
		MockHttpServletResponse newFile = fetch(get(original).header(HttpHeaders.IF_NONE_MATCH, fileTag));
		assertThat(newFile.getStatus()).isEqualTo(200);
		assertThat(newFile.getHeader(HttpHeaders.ETAG)).isNotEqualTo(fileTag);
	}

	@Test
	void anAdminsPageIsNeitherStoredNorAnsweredFromAVisitorsCopy() throws Exception {
		String slug = upload(FixtureReports.text("06-hizbullah-war-2006.txt"));
		String etag = fetch(get("/reports/" + slug)).getHeader(HttpHeaders.ETAG);
		MockHttpServletResponse admin = fetch(
				get("/reports/" + slug).with(user("admin").roles("ADMIN")).header(HttpHeaders.IF_NONE_MATCH, etag));
		assertThat(admin.getStatus()).isEqualTo(200);
		assertThat(admin.getHeader(HttpHeaders.ETAG)).isNull();
		assertThat(admin.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
		assertThat(admin.getContentAsString()).contains("/logout");
	}

	@Test
	void staticFilesHaveVersionedAddressesCachedForAYear() throws Exception {
		String home = fetch(get("/")).getContentAsString();
		Matcher css = STYLESHEET.matcher(home);
		assertThat(css.find()).as("a content-hashed stylesheet address in\n" + home).isTrue();
		MockHttpServletResponse file = fetch(get(css.group(1)));
		assertThat(file.getStatus()).isEqualTo(200);
		assertThat(file.getHeader(HttpHeaders.CACHE_CONTROL)).contains("max-age=31536000");
		assertThat(file.getContentAsString()).contains(".pagination");
	}

	private String upload(String text) {
		IngestResult result = ingest.ingest(text.getBytes(StandardCharsets.UTF_8), "caching.txt", "text/plain");
		assertThat(result.error()).isNull();
		return result.slug();
	}

	private MockHttpServletResponse fetch(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse();
	}

}
