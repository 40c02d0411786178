package org.analecta.system;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page that fails unexpectedly answers with our own error page (templates/error.html,
 * in the site's layout) and status 500 — not the white-label page, and without the
 * exception's message or stack trace. Through a real server, since the error page is the
 * servlet container's forward to /error, which MockMvc does not perform.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPageTests {

	private static final String SECRET = "connection string postgres://internal-host/secret";

	@LocalServerPort
	int port;

	/**
	 * A page that only exists in this test and always fails, as a bug in a controller
	 * would.
	 */
	@TestConfiguration
	static class FailingPage {

		@Bean
		RouterFunction<ServerResponse> failingPage() {
			return RouterFunctions.route().GET("/test-only/failing-page", request -> {
				throw new IllegalStateException(SECRET);
			}).build();
		}

	}

	@Test
	void anUnexpectedExceptionShowsTheFriendly500Page() throws Exception {
		HttpResponse<String> response = get("/test-only/failing-page");

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
		String html = response.body();
		assertThat(html).contains("Something went wrong on our side",
				"The error was logged. Please try again in a moment, or go back to the start page.", "Start page");
		// In the site's layout (its stylesheet), not Boot's bare page.
		assertThat(html).containsPattern("/assets/css/analecta(-[0-9a-f]{32})?\\.css");
		assertThat(html).doesNotContain("Whitelabel Error Page", "IllegalStateException", SECRET, "internal-host");
	}

	@Test
	void anUnknownAddressGetsTheNotFoundPageNotThe500One() throws Exception {
		HttpResponse<String> response = get("/test-only/no-such-page");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body())
			.contains("Not found", "There is no page at this address. Try searching the archive.")
			.doesNotContain("Whitelabel Error Page", "Something went wrong on our side");
	}

	/**
	 * Requests Tomcat refuses before any application code runs get the site's 400 page
	 * and the site's security headers, not Tomcat's own report. Sent over a raw socket:
	 * an HTTP client would refuse to send most of these.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "/reports/a%2Fb", "/reports/a%5Cb", "/search%", "/browse/dates/abc" })
	void aMalformedAddressGetsTheSite400PageWithItsHeaders(String path) throws Exception {
		assertSite400(raw(path));
	}

	@Test
	void anAddressOverTheSizeLimitGetsTheSite400PageWithItsHeaders() throws Exception {
		assertSite400(raw("/search?q=" + "a".repeat(9000)));
	}

	private static void assertSite400(RawResponse response) {
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("content-type")).startsWith("text/html");
		assertThat(response.header("content-security-policy")).isEqualTo(WebSecurity.CONTENT_SECURITY_POLICY);
		assertThat(response.header("x-frame-options")).isEqualTo("DENY");
		assertThat(response.header("x-content-type-options")).isEqualTo("nosniff");
		assertThat(response.body()).contains("That request did not make sense", "Start page")
			.containsPattern("/assets/css/analecta(-[0-9a-f]{32})?\\.css")
			.doesNotContain("HTTP Status 400", "Apache Tomcat");
	}

	/**
	 * /error is no page of its own: asked for directly, it is an unknown address, not a
	 * 500 with status 999.
	 */
	@Test
	void theErrorPathAskedForDirectlyIsNotFound() throws Exception {
		HttpResponse<String> page = get("/error");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Not found").doesNotContain("999");

		RawResponse json = raw("/error", "application/json");
		assertThat(json.status()).isEqualTo(404);
		// Not the servlet container's 999; the timestamp may hold those digits.
		assertThat(json.body()).contains("\"status\":404").doesNotContain("\"status\":999");
	}

	/** The session cookie stays home on cross-site sub-requests and form posts. */
	@Test
	void theSessionCookieIsSameSiteLax() throws Exception {
		// The login form holds a CSRF token kept in the session, so rendering it starts
		// one.
		RawResponse login = raw("/login");
		assertThat(login.header("set-cookie")).contains("JSESSIONID=", "HttpOnly", "SameSite=Lax");
	}

	private RawResponse raw(String target) throws IOException {
		return raw(target, "text/html");
	}

	/** One request as the bytes given, the whole response read back. */
	private RawResponse raw(String target, String accept) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			// HTTP/1.0: the body comes whole, not in chunks, and ends when the server
			// closes.
			out.write(("GET " + target + " HTTP/1.0\r\nHost: localhost\r\nAccept: " + accept + "\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			return RawResponse.parse(response);
		}
	}

	record RawResponse(int status, Map<String, String> headers, String body) {

		static RawResponse parse(String response) {
			int end = response.indexOf("\r\n\r\n");
			String[] lines = response.substring(0, end).split("\r\n");
			Map<String, String> headers = new HashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				headers.merge(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
						lines[i].substring(colon + 1).strip(), (a, b) -> a + "\n" + b);
			}
			return new RawResponse(Integer.parseInt(lines[0].split(" ")[1]), headers, response.substring(end + 4));
		}

		String header(String name) {
			return headers.getOrDefault(name, "");
		}

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
