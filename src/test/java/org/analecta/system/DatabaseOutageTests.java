package org.analecta.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application talks to the real test PostgreSQL through a loopback proxy that the
 * test makes stop answering, as a crashed or unreachable server would. Pages answer 503
 * with Retry-After and the "temporarily unavailable" page within seconds, the API a
 * problem response, readiness falls while liveness stays up, and everything recovers by
 * itself when the server answers again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatabaseOutageTests {

	private static final Pattern URL = Pattern.compile("^jdbc:postgresql://([^:/]+):(\\d+)/(.*)$");

	private static final String TEST_URL = System.getenv()
		.getOrDefault("ANALECTA_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/analecta_test");

	private static final LoopbackProxy proxy = startProxy();

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static LoopbackProxy startProxy() {
		Matcher m = URL.matcher(TEST_URL);
		if (!m.matches()) {
			throw new IllegalStateException("Cannot read host and port from " + TEST_URL);
		}
		try {
			return new LoopbackProxy(Integer.parseInt(m.group(2)));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@DynamicPropertySource
	static void throughTheProxy(DynamicPropertyRegistry registry) {
		Matcher m = URL.matcher(TEST_URL);
		m.matches();
		registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + m.group(3));
	}

	@AfterAll
	static void closeProxy() {
		proxy.close();
	}

	/**
	 * Stands in for any /api/** endpoint: the outage answer must not depend on who wrote
	 * it.
	 */
	@TestConfiguration
	static class ApiEndpoint {

		@Bean
		RouterFunction<ServerResponse> reportCount(JdbcTemplate jdbc) {
			return RouterFunctions.route()
				.GET("/api/test-only/count",
						request -> ServerResponse.ok()
							.body(jdbc.queryForObject("select count(*) from reports", Long.class)))
				.build();
		}

	}

	@Test
	void anOutageAnswers503FastAndHealsWithoutARestart() throws Exception {
		assertThat(get("/browse/dates", "text/html").statusCode()).isEqualTo(200);
		assertThat(get("/api/test-only/count", "application/json").statusCode()).isEqualTo(200);

		proxy.stopAnswering();
		try {
			long start = System.nanoTime();
			HttpResponse<String> page = get("/browse/dates", "text/html");
			Duration took = Duration.ofNanos(System.nanoTime() - start);
			assertThat(page.statusCode()).isEqualTo(503);
			assertThat(took).isLessThan(Duration.ofSeconds(10));
			assertThat(page.headers().firstValue("Retry-After")).hasValue("10");
			assertThat(page.body()).contains("Temporarily unavailable", "cannot reach its database")
				.doesNotContain("Something went wrong on our side");

			HttpResponse<String> api = get("/api/test-only/count", "application/json");
			assertThat(api.statusCode()).isEqualTo(503);
			assertThat(api.headers().firstValue("Content-Type"))
				.hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
			assertThat(api.headers().firstValue("Retry-After")).hasValue("10");
			assertThat(api.body()).contains("\"status\":503", "temporarily unavailable", "/api/test-only/count");

			start = System.nanoTime();
			assertThat(get("/actuator/health/readiness", "application/json").statusCode()).isEqualTo(503);
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
			assertThat(get("/actuator/health/liveness", "application/json").statusCode()).isEqualTo(200);
		}
		finally {
			proxy.answerAgain();
		}

		long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
		int status = 0;
		while (System.nanoTime() < deadline && (status = get("/browse/dates", "text/html").statusCode()) != 200) {
			Thread.sleep(500);
		}
		assertThat(status).as("recovered without a restart").isEqualTo(200);
		assertThat(get("/api/test-only/count", "application/json").statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> get(String path, String accept) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", accept)
			.timeout(Duration.ofSeconds(60))
			.GET()
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
