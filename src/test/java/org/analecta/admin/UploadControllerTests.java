package org.analecta.admin;

import java.nio.file.Files;
import java.nio.file.Path;

import org.analecta.parser.ReportParser;
import org.analecta.system.WebSecurity;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(UploadController.class)
@Import({ WebSecurity.class, UploadPreparation.class, UploadStash.class, UploadControllerTests.Parser.class })
@WithMockUser(roles = "ADMIN")
class UploadControllerTests {

	private static final Path SEED = Path.of("data", "reports", "000_4c35f079a3e03125.txt");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ReportSaver saver;

	@TestConfiguration
	static class Parser {

		@Bean
		ReportParser reportParser() {
			return new ReportParser();
		}

	}

	@Test
	void anUploadIsPreviewedBeforeAnythingIsSaved() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String preview = previewOf(session, new MockMultipartFile("files", "seed.txt", "text/plain", Files.readAllBytes(SEED)));
		assertThat(preview).contains("seed.txt", "Iran&#39;s Dilemma", "2014-06-20", "Inquiry &amp; Analysis Series No. 1099",
				"A. Savyon", "Iraq, Iran", "Firouzabadi", "Save 1 report(s)");
		assertThat(preview).contains("Hassan Rohani");
		verify(saver, never()).save(any());
	}

	@Test
	void savingStoresTheBytesExactlyAsUploadedAndShowsEachFilesResult() throws Exception {
		byte[] bytes = Files.readAllBytes(SEED);
		given(saver.save(any())).willAnswer(inv -> {
			PendingUpload upload = inv.getArgument(0);
			assertThat(upload.content()).isEqualTo(bytes);
			assertThat(upload.mediaType()).isEqualTo("text/plain");
			return new ReportSaver.Result(upload.fileName(), ReportSaver.Outcome.SAVED, "iran-dilemma", "Iran's Dilemma", null);
		});
		MockHttpSession session = new MockHttpSession();
		MvcResult upload = mvc.perform(multipart("/admin/upload")
			.file(new MockMultipartFile("files", "seed.txt", "text/plain", bytes))
			.file(new MockMultipartFile("files", "notes.pdf", "application/pdf", new byte[] { 37, 80, 68, 70 }))
			.session(session).with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
		String previewUrl = upload.getResponse().getRedirectedUrl();
		String preview = mvc.perform(get(previewUrl).session(session)).andReturn().getResponse().getContentAsString();
		assertThat(preview).contains("notes.pdf", "Only HTML pages (.html, .htm) and plain-text files (.txt) can be uploaded.");
		String saved = mvc.perform(post(previewUrl + "/save").session(session).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(saved).contains("seed.txt", "Saved", "href=\"/reports/iran-dilemma\"", "notes.pdf", "Not saved");
		verify(saver, org.mockito.Mockito.times(1)).save(any());
		// The batch is gone once saved: a second save cannot store it twice.
		mvc.perform(post(previewUrl + "/save").session(session).with(csrf())).andExpect(status().is3xxRedirection());
	}

	@Test
	void tooLargeAndEmptyFilesAreRefusedWithAClearMessage() throws Exception {
		MockHttpSession session = new MockHttpSession();
		byte[] big = new byte[(int) UploadCheck.MAX_BYTES + 1];
		java.util.Arrays.fill(big, (byte) 'a');
		String preview = previewOf(session, new MockMultipartFile("files", "big.txt", "text/plain", big),
				new MockMultipartFile("files", "empty.txt", "text/plain", new byte[0]));
		assertThat(preview).contains("The file is too large (20.0 MB); at most 20.0 MB per file.", "The file is empty.");
		assertThat(preview).doesNotContain("Save ");
	}

	@Test
	void aBatchBelongsToItsSession() throws Exception {
		MockHttpSession mine = new MockHttpSession();
		MvcResult upload = mvc.perform(multipart("/admin/upload")
			.file(new MockMultipartFile("files", "seed.txt", "text/plain", Files.readAllBytes(SEED)))
			.session(mine).with(csrf())).andReturn();
		mvc.perform(get(upload.getResponse().getRedirectedUrl()).session(new MockHttpSession()))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void pastedTextIsPreviewedToo() throws Exception {
		MockHttpSession session = new MockHttpSession();
		MvcResult paste = mvc.perform(post("/admin/paste").param("text", Files.readString(SEED)).session(session).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn();
		String preview = mvc.perform(get(paste.getResponse().getRedirectedUrl()).session(session))
			.andReturn().getResponse().getContentAsString();
		assertThat(preview).contains("pasted.txt", "Iran&#39;s Dilemma");
	}

	private String previewOf(MockHttpSession session, MockMultipartFile... files) throws Exception {
		var request = multipart("/admin/upload");
		for (MockMultipartFile f : files) {
			request.file(f);
		}
		MvcResult upload = mvc.perform(request.session(session).with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
		assertThat(upload.getResponse().getRedirectedUrl()).startsWith("/admin/preview/");
		return mvc.perform(get(upload.getResponse().getRedirectedUrl()).session(session)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

}
