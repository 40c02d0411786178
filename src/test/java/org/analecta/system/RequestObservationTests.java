package org.analecta.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing exports metrics or traces, so serving a page observes nothing: no observation
 * of the request, none of Spring Security's filters. Through a real server, whose filters
 * are the ones that observe. With observations turned back on, the same requests are
 * observed (the check can see them).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(RequestObservationTests.Recording.class)
class RequestObservationTests {

	@LocalServerPort
	int port;

	@Autowired
	StartedObservations started;

	@Test
	void pagesAreServedWithoutObservingTheRequestOrItsSecurityFilters() throws Exception {
		started.names.clear();
		assertThat(get("/")).isEqualTo(200);
		assertThat(get("/login")).isEqualTo(200);
		assertThat(started.names).isEmpty();
	}

	@Nested
	@TestPropertySource(properties = "management.observations.enable.all=true")
	class WhenTurnedOn {

		@Test
		void theSameRequestsAreObserved() throws Exception {
			started.names.clear();
			assertThat(get("/")).isEqualTo(200);
			assertThat(started.names).contains("http.server.requests")
				.anyMatch(name -> name.startsWith("spring.security."));
		}

	}

	private int get(String path) throws Exception {
		HttpResponse<Void> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
					HttpResponse.BodyHandlers.discarding());
		return response.statusCode();
	}

	/** Records the name of every observation started (Boot registers handler beans). */
	static class StartedObservations implements ObservationHandler<Observation.Context> {

		final List<String> names = new CopyOnWriteArrayList<>();

		@Override
		public void onStart(Observation.Context context) {
			names.add(context.getName());
		}

		@Override
		public boolean supportsContext(Observation.Context context) {
			return true;
		}

	}

	@TestConfiguration
	static class Recording {

		@Bean
		StartedObservations startedObservations() {
			return new StartedObservations();
		}

	}

}
