package org.analecta.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page that fails unexpectedly answers with our own error page (templates/error.html, in the
 * site's layout) and status 500 — not the white-label page, and without the exception's message or
 * stack trace. Through a real server, since the error page is the servlet container's forward to
 * /error, which MockMvc does not perform.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPageTests {

	private static final String SECRET = "connection string postgres://internal-host/secret";

	@LocalServerPort
	int port;

	/** A page that only exists in this test and always fails, as a bug in a controller would. */
	@TestConfiguration
	static class FailingPage {

		@Bean
		RouterFunction<ServerResponse> failingPage() {
			return RouterFunctions.route()
				.GET("/test-only/failing-page", request -> {
					throw new IllegalStateException(SECRET);
				})
				.build();
		}

	}

	@Test
	void anUnexpectedExceptionShowsTheFriendly500Page() throws Exception {
		HttpResponse<String> response = get("/test-only/failing-page");

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
		String html = response.body();
		assertThat(html).contains("Something went wrong on our side",
				"The error was logged. Please try again in a moment, or go back to the start page.", "Start page");
		// In the site's layout (its stylesheet), not Boot's bare page.
		assertThat(html).contains("/css/analecta.css");
		assertThat(html).doesNotContain("Whitelabel Error Page", "IllegalStateException", SECRET, "internal-host");
	}

	@Test
	void anUnknownAddressGetsTheNotFoundPageNotThe500One() throws Exception {
		HttpResponse<String> response = get("/test-only/no-such-page");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Not found", "There is no page at this address. Try searching the archive.")
			.doesNotContain("Whitelabel Error Page", "Something went wrong on our side");
	}

	private HttpResponse<String> get(String path) throws Exception {
		try (HttpClient client = HttpClient.newHttpClient()) {
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Accept", "text/html")
				.GET()
				.build();
			return client.send(request, HttpResponse.BodyHandlers.ofString());
		}
	}

}
