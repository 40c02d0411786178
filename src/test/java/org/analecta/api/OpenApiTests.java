package org.analecta.api;

import static org.analecta.api.ToolkitArchive.get;
import static org.analecta.api.ToolkitArchive.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.swagger.v3.oas.models.OpenAPI;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document at /api/v1/openapi.json describes exactly the API: it is a
 * well-formed OpenAPI 3 document, every path in it answers, every endpoint under /api/v1
 * is in it, and its readable page loads nothing from another site.
 */
class OpenApiTests extends ToolkitTestBase {

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private JsonNode document() {
		HttpResponse<String> response = get(port, "/api/v1/openapi.json");
		assertThat(response.statusCode()).isEqualTo(200);
		return json(response);
	}

	@Test
	void theDocumentIsAValidOpenApi3Document() throws Exception {
		JsonNode doc = document();
		assertThat(doc.get("openapi").asString()).matches("3\\.[01]\\.\\d+");
		assertThat(doc.get("info").get("title").asString()).isNotBlank();
		assertThat(doc.get("info").get("version").asString()).isNotBlank();
		// swagger-core's own model reads it back
		OpenAPI model = io.swagger.v3.core.util.Json31.mapper()
			.readValue(get(port, "/api/v1/openapi.json").body(), OpenAPI.class);
		assertThat(model.getPaths()).isNotEmpty();
		Set<String> operationIds = new HashSet<>();
		doc.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
			assertThat(op.getValue().get("responses")).as(path.getKey()).isNotNull();
			assertThat(operationIds.add(op.getValue().get("operationId").asString())).as("unique operationId").isTrue();
			// every path variable is declared as a parameter
			Matcher m = VARIABLE.matcher(path.getKey());
			while (m.find()) {
				assertThat(op.getValue().get("parameters").toString()).contains("\"name\":\"" + m.group(1) + "\"");
			}
		}));
		// every reference points at a schema that is there
		Matcher ref = Pattern.compile("\"\\$ref\":\"#/components/schemas/([^\"]+)\"").matcher(doc.toString());
		while (ref.find()) {
			assertThat(doc.get("components").get("schemas").has(ref.group(1))).as(ref.group(1)).isTrue();
		}
		assertThat(doc.get("info").get("title").asString()).isEqualTo("Analecta API");
		// the problem responses are described
		JsonNode reportResponses = doc.get("paths").get("/api/v1/reports/{slug}").get("get").get("responses");
		assertThat(reportResponses.get("404").get("content").has("application/problem+json")).isTrue();
		assertThat(reportResponses.get("400").get("content").has("application/problem+json")).isTrue();
		// the filters of the searches are described
		assertThat(doc.get("paths").get("/api/v1/quotes").get("get").get("parameters").toString()).contains(
				"\"name\":\"speaker\"", "\"name\":\"country\"", "\"name\":\"series\"", "\"name\":\"outlet\"",
				"\"name\":\"from\"", "\"name\":\"to\"", "\"name\":\"verified\"", "\"name\":\"sort\"",
				"\"name\":\"page\"");
	}

	@Test
	void everyPathInTheDocumentAnswers() {
		Set<String> paths = new TreeSet<>();
		document().get("paths").properties().forEach(p -> paths.add(p.getKey()));
		assertThat(paths).hasSizeGreaterThanOrEqualTo(8);
		for (String path : paths) {
			String concrete = path.replace("/reports/{slug}", "/reports/" + sample)
				.replace("/speakers/{slug}", "/speakers/hassan-rohani");
			HttpResponse<String> response = get(port, concrete);
			assertThat(response.statusCode()).as(concrete + " " + response.body()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
		}
	}

	@Test
	void everyEndpointOfTheApiIsInTheDocument() {
		Set<String> documented = new TreeSet<>();
		document().get("paths").properties().forEach(p -> documented.add(p.getKey()));
		Set<String> endpoints = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			if (method.getBeanType().getPackageName().startsWith("org.analecta")) {
				info.getPatternValues().stream().filter(p -> p.startsWith("/api/v1/")).forEach(endpoints::add);
			}
		});
		assertThat(endpoints).containsExactlyInAnyOrder("/api/v1/reports", "/api/v1/reports/{slug}", "/api/v1/quotes",
				"/api/v1/speakers", "/api/v1/speakers/{slug}", "/api/v1/speakers/{slug}/quotes", "/api/v1/countries",
				"/api/v1/series");
		assertThat(documented).isEqualTo(endpoints);
	}

	@Test
	void theReadablePageIsServedFromHereAndLoadsNothingFromElsewhere() {
		HttpResponse<String> redirect = get(port, "/api/v1/docs");
		assertThat(redirect.statusCode()).isEqualTo(302);
		String location = redirect.headers().firstValue("Location").orElseThrow();
		String page = location.replaceFirst("^https?://[^/]+", "");
		HttpResponse<String> html = get(port, page);
		assertThat(html.statusCode()).isEqualTo(200);
		assertThat(html.body()).contains("swagger-ui").doesNotContainPattern("(src|href)=\"(https?:)?//");
		String dir = page.substring(0, page.lastIndexOf('/') + 1);
		HttpResponse<String> initializer = get(port, dir + "swagger-initializer.js");
		assertThat(initializer.statusCode()).isEqualTo(200);
		assertThat(initializer.body()).doesNotContainPattern("https?://");
		HttpResponse<String> config = get(port, "/api/v1/openapi.json/swagger-config");
		assertThat(config.statusCode()).isEqualTo(200);
		assertThat(json(config).get("url").asString()).isEqualTo("/api/v1/openapi.json");
		assertThat(json(config).get("validatorUrl").asString()).isEqualTo("none");
		assertThat(html.headers().firstValue("Content-Security-Policy").orElseThrow()).doesNotContain("unsafe-inline");
	}

}
