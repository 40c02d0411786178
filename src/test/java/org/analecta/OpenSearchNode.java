package org.analecta;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The OpenSearch node the opensearch-backend tests run against: the one at
 * {@code ANALECTA_TEST_OPENSEARCH_URL} (default http://127.0.0.1:9200) when it answers —
 * {@code .ci/run} starts it — otherwise one this JVM starts with
 * {@code scripts/opensearch-node.sh} (fetched through Maven the first time) and stops
 * when it exits. So {@code ./mvnw verify} alone runs them too.
 */
public final class OpenSearchNode {

	private static final String URL = System.getenv()
		.getOrDefault("ANALECTA_TEST_OPENSEARCH_URL", "http://127.0.0.1:9200");

	private static volatile boolean ready;

	private OpenSearchNode() {
	}

	/** The node's address, once it answers. */
	public static synchronized String url() {
		if (!ready) {
			if (!answers()) {
				start();
			}
			ready = true;
		}
		return URL;
	}

	/**
	 * Points a test application context at the node, with indexes of its own (a fresh
	 * prefix per context, as the Lucene tests get a fresh folder).
	 */
	public static void use(DynamicPropertyRegistry registry) {
		String url = url();
		String prefix = "analecta-test-" + UUID.randomUUID().toString().substring(0, 8) + "-";
		registry.add("analecta.search.backend", () -> "opensearch");
		registry.add("analecta.search.opensearch.uris", () -> url);
		registry.add("analecta.search.opensearch.index-prefix", () -> prefix);
	}

	static boolean answers() {
		try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
			HttpResponse<Void> response = client.send(
					HttpRequest.newBuilder(URI.create(URL)).timeout(Duration.ofSeconds(5)).build(),
					HttpResponse.BodyHandlers.discarding());
			return response.statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static void start() {
		String port = String.valueOf(URI.create(URL).getPort());
		Path script = Path.of("scripts", "opensearch-node.sh").toAbsolutePath();
		run(script.toString(), "start", port);
		Runtime.getRuntime()
			.addShutdownHook(new Thread(() -> run(script.toString(), "stop", port), "opensearch-node-stop"));
	}

	private static void run(String... command) {
		try {
			Process process = new ProcessBuilder(command).inheritIO().start();
			if (process.waitFor() != 0) {
				throw new IllegalStateException(
						"No OpenSearch node for the tests: " + String.join(" ", command) + " failed; see its output");
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not run " + String.join(" ", command), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while starting OpenSearch", ex);
		}
	}

}
