package org.analecta.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Where the benchmark's application keeps its search index: an embedded Lucene directory
 * of its own (the default), or indexes of their own on an OpenSearch node (names with the
 * prefix {@value OpenSearchIndexes#PREFIX}, so a node shared with the tests or a
 * developer's archive is never touched).
 */
sealed interface BenchIndex {

	/** The Spring arguments that point the application at this index. */
	List<String> appArgs();

	/** Removes everything the last run indexed. */
	void wipe() throws IOException;

	/** Bytes the index takes, as the backend accounts them. */
	long bytes() throws IOException;

	/** What {@link #bytes()} measures, for the results table. */
	String sizeLabel();

	/** The backend's name in the results. */
	String backend();

	record LuceneDirectory(Path directory) implements BenchIndex {

		@Override
		public List<String> appArgs() {
			return List
				.of("--spring.jpa.properties.hibernate.search.backend.directory.root=" + directory.toAbsolutePath());
		}

		@Override
		public void wipe() throws IOException {
			AnalectaUnderTest.deleteTree(directory);
		}

		@Override
		public long bytes() {
			return AnalectaUnderTest.treeSize(directory);
		}

		@Override
		public String sizeLabel() {
			return "Lucene index directory";
		}

		@Override
		public String backend() {
			return "embedded Lucene";
		}

	}

	record OpenSearchIndexes(String uri) implements BenchIndex {

		static final String PREFIX = "analecta-bench-";

		private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

		public OpenSearchIndexes {
			uri = uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
		}

		@Override
		public List<String> appArgs() {
			return List.of("--analecta.search.backend=opensearch", "--analecta.search.opensearch.uris=" + uri,
					"--analecta.search.opensearch.index-prefix=" + PREFIX);
		}

		/**
		 * Deletes the benchmark's indexes one by name: a cluster may refuse wildcard
		 * deletes ({@code action.destructive_requires_name}).
		 */
		@Override
		public void wipe() throws IOException {
			for (String line : get("/_cat/indices/" + PREFIX + "*?h=index").lines().toList()) {
				String index = line.strip();
				if (index.startsWith(PREFIX)) {
					send(HttpRequest.newBuilder(URI.create(uri + "/" + index)).DELETE());
				}
			}
		}

		/**
		 * The primaries' store size after a refresh: replicas would count the same data
		 * twice, and a single node holds none anyway.
		 */
		@Override
		public long bytes() throws IOException {
			send(HttpRequest.newBuilder(URI.create(uri + "/" + PREFIX + "*/_refresh"))
				.POST(HttpRequest.BodyPublishers.noBody()));
			long total = 0;
			for (String line : get("/_cat/indices/" + PREFIX + "*?h=pri.store.size&bytes=b").lines().toList()) {
				if (!line.isBlank()) {
					total += Long.parseLong(line.strip());
				}
			}
			return total;
		}

		@Override
		public String sizeLabel() {
			return "OpenSearch indexes (primary store size)";
		}

		@Override
		public String backend() {
			return "OpenSearch " + uri;
		}

		private String get(String path) throws IOException {
			return send(HttpRequest.newBuilder(URI.create(uri + path)).GET());
		}

		private String send(HttpRequest.Builder request) throws IOException {
			try {
				HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofMinutes(2)).build(),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() >= 300) {
					throw new IOException("OpenSearch answered " + response.statusCode() + ": " + response.body());
				}
				return response.body();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IOException("interrupted", e);
			}
		}

	}

}
