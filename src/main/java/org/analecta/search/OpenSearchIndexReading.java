package org.analecta.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.apache.http.util.EntityUtils;
import org.apache.lucene.search.Query;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.backend.elasticsearch.index.ElasticsearchIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The OpenSearch index read through the cluster's API only: fuzzy words left for the
 * highlighter to match against each text, every part of a hit's text highlighted to find
 * those with the query's words (the API does not give word positions), and spelling from
 * the cluster's term suggester.
 */
@Component
@ConditionalOnProperty(name = "analecta.search.backend", havingValue = "opensearch")
class OpenSearchIndexReading implements IndexReading {

	@Override
	public View open(SearchSession session, Class<?> indexed) {
		SearchMapping mapping = Search.mapping(session.toOrmSession().getSessionFactory());
		RestClient client = mapping.backend().unwrap(ElasticsearchBackend.class).client(RestClient.class);
		String index = mapping.indexedEntity(indexed)
			.indexManager()
			.unwrap(ElasticsearchIndexManager.class)
			.descriptor()
			.readName();
		return new View() {

			@Override
			public Query expand(Query query) {
				return query;
			}

			@Override
			public Optional<Map<Long, Map<Integer, TextParts.Match>>> partsMatching(List<Long> reportIds, Query query) {
				return Optional.empty();
			}

			@Override
			public Optional<Map<Long, Map<Integer, TextParts.Match>>> partsMatching(List<Long> reportIds, Query query,
					String field) {
				return Optional.empty();
			}

			/** The cluster's refreshes are not visible from here. */
			@Override
			public OptionalLong generation() {
				return OptionalLong.empty();
			}

			@Override
			public Optional<Set<Long>> reportsHolding(List<Long> reportIds, Query query, List<String> fields) {
				return Optional.empty();
			}

			@Override
			public Spelling.Terms terms(String field) {
				return new SuggestedTerms(client, index, field);
			}

			@Override
			public void close() {
			}

		};
	}

	/**
	 * A field's terms as the cluster's term suggester knows them. The word is sent as the
	 * index has it (folded, stemmed), so it is not analysed again.
	 */
	private record SuggestedTerms(RestClient client, String index, String field) implements Spelling.Terms {

		@Override
		public boolean known(String term) throws IOException {
			JsonObject query = new JsonObject();
			query.add("query", OpenSearchQueryJson
				.of(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(field, term))));
			return call("/_count", query).get("count").getAsLong() > 0;
		}

		@Override
		public String closest(String term, int maxEdits) throws IOException {
			JsonObject options = new JsonObject();
			options.addProperty("field", field);
			options.addProperty("analyzer", "keyword");
			options.addProperty("suggest_mode", "missing");
			options.addProperty("max_edits", maxEdits);
			options.addProperty("prefix_length", 1);
			options.addProperty("min_word_length", 3);
			options.addProperty("sort", "score");
			options.addProperty("size", 1);
			JsonObject word = new JsonObject();
			word.addProperty("text", term);
			word.add("term", options);
			JsonObject suggest = new JsonObject();
			suggest.add("word", word);
			JsonObject body = new JsonObject();
			body.addProperty("size", 0);
			body.add("suggest", suggest);
			JsonArray entries = call("/_search", body).getAsJsonObject("suggest").getAsJsonArray("word");
			if (entries.isEmpty()) {
				return null;
			}
			JsonArray found = entries.get(0).getAsJsonObject().getAsJsonArray("options");
			return found.isEmpty() ? null : found.get(0).getAsJsonObject().get("text").getAsString();
		}

		private JsonObject call(String endpoint, JsonObject body) throws IOException {
			Request request = new Request("POST", "/" + index + endpoint);
			request.setJsonEntity(body.toString());
			try {
				return JsonParser.parseString(EntityUtils.toString(client.performRequest(request).getEntity()))
					.getAsJsonObject();
			}
			catch (UncheckedIOException ex) {
				throw ex.getCause();
			}
		}

	}

}
