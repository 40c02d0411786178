package org.analecta.system;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

class AdminAccountTests {

	@WebMvcTest(controllers = LoginController.class, properties = "analecta.admin.password=")
	@Import(WebSecurity.class)
	@org.junit.jupiter.api.Nested
	class WithoutPassword {

		@Autowired
		MockMvc mvc;

		@Test
		void nobodyCanLogInAndTheLoginPageSaysHowToEnableIt() throws Exception {
			mvc.perform(formLogin("/login").user("admin").password("")).andExpect(unauthenticated());
			mvc.perform(formLogin("/login").user("admin").password("admin")).andExpect(unauthenticated());
			mvc.perform(get("/login")).andExpect(content().string(containsString("ANALECTA_ADMIN_PASSWORD")));
		}

	}

	@WebMvcTest(controllers = LoginController.class,
			// BCryptPasswordEncoder().encode("s3cret")
			properties = "analecta.admin.password={bcrypt}$2a$10$Tfmfr2q3ghmFSjskSAHtpu1Y.i2RgHkDu5AYhZFWHf6P6vF3HtgzG")
	@Import(WebSecurity.class)
	@org.junit.jupiter.api.Nested
	class WithBcryptHash {

		@Autowired
		MockMvc mvc;

		@Test
		void theHashedPasswordWorks() throws Exception {
			mvc.perform(formLogin("/login").user("admin").password("s3cret")).andExpect(authenticated());
			mvc.perform(formLogin("/login").user("admin").password("{bcrypt}s3cret")).andExpect(unauthenticated());
		}

	}

}
