package org.analecta.api;

import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What springdoc cannot read from the controllers: the API's title and description, and
 * the problem responses every operation may give (400 for a bad parameter, 404 for an
 * unknown slug), which {@link ApiProblems} writes.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDocument {

	static final String PROBLEM = "Problem";

	@Bean
	OpenAPI analectaApi() {
		return new OpenAPI().info(new Info().title("Analecta API")
			.version("1")
			.description("The archive's reports, quotations and speakers, read-only and public. Lists take the"
					+ " filters, sort and paging of the search pages; errors are RFC 9457 problem details.")
			.license(new License().name("Read-only, public")));
	}

	@Bean
	OpenApiCustomizer problemResponses() {
		return api -> {
			if (api.getComponents() == null) {
				api.setComponents(new Components());
			}
			api.getComponents().addSchemas(PROBLEM, problemSchema());
			api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
				operation.getResponses()
					.addApiResponse("400", problem("A parameter cannot be used; 'parameter' names it."));
				if (path.contains("{")) {
					operation.getResponses().addApiResponse("404", problem("Nothing has this slug."));
				}
			}));
		};
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType("application/problem+json",
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
	}

	@SuppressWarnings("rawtypes")
	private static Schema problemSchema() {
		Map<String, Schema> properties = Map.of("type", new StringSchema(), "title", new StringSchema(), "status",
				new IntegerSchema(), "detail", new StringSchema().description("what to change, in plain words"),
				"instance", new StringSchema(), "parameter",
				new StringSchema().description("the parameter that cannot be used (400 only)"));
		return new ObjectSchema().description("RFC 9457 problem details").properties(properties);
	}

}
