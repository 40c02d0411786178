package org.analecta.search;

import java.util.Map;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.analecta.system.ServiceUnavailable;
import org.hibernate.search.util.common.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * On OpenSearch: a search that failed because the cluster cannot answer (out of reach,
 * overloaded, or its index closed or lost) answers 503 with Retry-After and the "search
 * is temporarily unavailable" page, or a problem response under /api/; pages that need
 * only the database go on. Runs before the database outage resolver, which would
 * otherwise take the client's refused connection for the database's. A request the
 * cluster refused as malformed is a bug, and is left to the usual error handling.
 */
@Component
@ConditionalOnProperty(name = "analecta.search.backend", havingValue = "opensearch")
class SearchClusterOutage implements HandlerExceptionResolver, Ordered {

	private static final Logger log = LoggerFactory.getLogger(SearchClusterOutage.class);

	static final int RETRY_AFTER_SECONDS = 15;

	static final String DETAIL = "Search is temporarily unavailable: the search cluster does not answer. "
			+ "Reports can still be read and browsed; try the search again shortly.";

	/** The status Hibernate Search quotes from a failed request's response. */
	private static final Pattern RESPONSE_STATUS = Pattern.compile("Response: (\\d{3})");

	/** Errors of a 4xx answer that mean the index cannot be read, not a bad request. */
	private static final Pattern INDEX_AWAY = Pattern
		.compile("index_closed_exception|index_not_found_exception|no_shard_available_action_exception");

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!clusterAway(ex)) {
			return null;
		}
		log.warn("{} {}: the search cluster does not answer ({})", request.getMethod(), request.getRequestURI(),
				ex.toString());
		return ServiceUnavailable.answer(request, response, "search/unavailable", Map.of("reason", "unavailable"),
				DETAIL, RETRY_AFTER_SECONDS);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	static boolean clusterAway(Throwable failure) {
		boolean fromSearch = false;
		int depth = 0;
		for (Throwable t = failure; t != null && depth < 30; t = t.getCause(), depth++) {
			if (t instanceof SearchException search) {
				fromSearch = true;
				if (answeredAway(String.valueOf(search.getMessage()))) {
					return true;
				}
			}
			else if (fromSearch && t instanceof IOException) {
				// Refused, reset or timed out on the way to the cluster.
				return true;
			}
		}
		return false;
	}

	private static boolean answeredAway(String message) {
		Matcher status = RESPONSE_STATUS.matcher(message);
		if (!status.find()) {
			return false;
		}
		int code = Integer.parseInt(status.group(1));
		return code >= 500 || INDEX_AWAY.matcher(message).find();
	}

}
