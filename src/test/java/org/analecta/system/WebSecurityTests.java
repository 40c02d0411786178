package org.analecta.system;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(controllers = LoginController.class,
		properties = { "analecta.admin.user=editor", "analecta.admin.password=correct horse",
				"analecta.login.max-failures=3" })
@Import(WebSecurity.class)
class WebSecurityTests {

	@Autowired
	MockMvc mvc;

	@Test
	void anonymousWriteRequestsAreRefused() throws Exception {
		for (String path : new String[] { "/admin/upload", "/admin/reports/x/delete", "/admin/reindex", "/reports/x",
				"/api/speakers/suggest" }) {
			int status = mvc.perform(post(path).with(csrf())).andReturn().getResponse().getStatus();
			assertThat(status).as("POST %s", path).isIn(401, 403);
		}
		mvc.perform(put("/reports/x").with(csrf())).andExpect(status().isUnauthorized());
		mvc.perform(delete("/reports/x").with(csrf())).andExpect(status().isUnauthorized());
	}

	@Test
	void writeRequestsWithoutCsrfTokenAreForbiddenEvenForTheAdmin() throws Exception {
		mvc.perform(post("/admin/reindex")).andExpect(status().isForbidden());
		mvc.perform(post("/admin/reindex")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user("editor")
				.roles("ADMIN")))
			.andExpect(status().isForbidden());
	}

	@Test
	void adminPagesSendStrangersToTheLoginForm() throws Exception {
		mvc.perform(get("/admin")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	@Test
	@WithMockUser(username = "someone", roles = "READER")
	void aUserWithoutTheAdminRoleIsForbidden() throws Exception {
		mvc.perform(get("/admin")).andExpect(status().isForbidden());
		mvc.perform(post("/admin/reindex").with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	void pagesCarryAStrictContentSecurityPolicyAndHardeningHeaders() throws Exception {
		var response = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse();
		String csp = response.getHeader("Content-Security-Policy");
		assertThat(csp).contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'",
				"img-src 'self' data:");
		assertThat(csp).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
	}

	@Test
	void theLoginFormCarriesACsrfTokenAndNoInlineScript() throws Exception {
		String html = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("name=\"_csrf\"");
		assertThat(html).doesNotContainPattern("<script(?![^>]*\\ssrc=)");
		assertThat(html).doesNotContainPattern("\\son[a-z]+=");
	}

	@Test
	void theAdminFromTheEnvironmentCanLogIn() throws Exception {
		mvc.perform(formLogin("/login").user("editor").password("correct horse"))
			.andExpect(authenticated().withUsername("editor").withRoles("ADMIN"))
			.andExpect(redirectedUrl("/admin"));
	}

	@Test
	void aWrongPasswordIsRefusedWithAMessage() throws Exception {
		var session = mvc.perform(formLogin("/login").user("editor").password("wrong"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"))
			.andReturn()
			.getRequest()
			.getSession();
		mvc.perform(get("/login?error").session((org.springframework.mock.web.MockHttpSession) session))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Wrong user name or password")));
	}

	@Test
	void repeatedFailuresLockTheLoginEvenForTheRightPassword() throws Exception {
		for (int i = 0; i < 3; i++) {
			mvc.perform(loginFrom("192.0.2.7", "guess" + i)).andExpect(unauthenticated());
		}
		var result = mvc.perform(loginFrom("192.0.2.7", "correct horse")).andExpect(unauthenticated()).andReturn();
		mvc.perform(get("/login?error")
			.session((org.springframework.mock.web.MockHttpSession) result.getRequest().getSession()))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Too many failed attempts")));
		// Another address is not affected.
		mvc.perform(loginFrom("192.0.2.8", "correct horse")).andExpect(authenticated());
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder loginFrom(String address,
			String password) {
		return post("/login").param("username", "editor").param("password", password).with(csrf()).with(r -> {
			r.setRemoteAddr(address);
			return r;
		});
	}

}
