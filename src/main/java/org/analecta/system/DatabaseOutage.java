package org.analecta.system;

import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A request that failed because PostgreSQL is out of reach (the pool's wait limit ran out, the
 * connection was refused or broken, the server is shutting down or starting) answers 503 with
 * Retry-After: pages with the "temporarily unavailable" page, anything under /api/ with a
 * problem response (RFC 9457). Runs before the controller advices, so that an API's own catch-all
 * handler cannot turn an outage into a 500; every other exception is left to them.
 */
@Component
class DatabaseOutage implements HandlerExceptionResolver, Ordered {

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);

	static final int RETRY_AFTER_SECONDS = 10;

	private static final String HIKARI_CLOSED_CONNECTION = "Connection is closed";

	static final String DETAIL = "The archive's database is temporarily unavailable. Try again in a few seconds.";

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!causedByOutage(ex)) {
			return null;
		}
		log.warn("{} {}: database unavailable ({})", request.getMethod(), request.getRequestURI(), rootMessage(ex));
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
		if (isApi(request)) {
			return writeProblem(request, response);
		}
		ModelAndView page = new ModelAndView("error/unavailable", HttpStatus.SERVICE_UNAVAILABLE);
		page.addObject("status", 503);
		page.addObject("retryAfter", RETRY_AFTER_SECONDS);
		return page;
	}

	@Override
	public int getOrder() {
		// After Boot's DefaultErrorAttributes (which only records the error), before the advices.
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

	/** Whether the failure is the database being out of reach, not a bad query or a bug. */
	static boolean causedByOutage(Throwable ex) {
		return causedByOutage(ex, 0);
	}

	private static boolean causedByOutage(Throwable t, int depth) {
		if (t == null || depth > 30) {
			return false;
		}
		if (t instanceof SQLTransientConnectionException || t instanceof ConnectException) {
			return true;
		}
		if (t instanceof SQLException sql) {
			String state = sql.getSQLState();
			// Class 08: connection exceptions; 57P01-57P03: shutting down, crashed, starting up.
			if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
					|| state.equals("57P03"))) {
				return true;
			}
			// A query that failed on a dead connection is followed by a rollback on the connection the
			// pool has meanwhile closed; that rollback error (from Hikari, without an SQLState)
			// replaces the first one, so it stands for the broken connection.
			if (state == null && HIKARI_CLOSED_CONNECTION.equals(sql.getMessage())) {
				return true;
			}
		}
		for (Throwable suppressed : t.getSuppressed()) {
			if (causedByOutage(suppressed, depth + 1)) {
				return true;
			}
		}
		return t.getCause() != t && causedByOutage(t.getCause(), depth + 1);
	}

	private static boolean isApi(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/api") || path.startsWith("/api/");
	}

	private static ModelAndView writeProblem(HttpServletRequest request, HttpServletResponse response) {
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		String body = "{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,\"detail\":\""
				+ DETAIL + "\",\"instance\":\"" + jsonEscape(request.getRequestURI()) + "\",\"retryAfterSeconds\":"
				+ RETRY_AFTER_SECONDS + "}";
		try {
			response.getWriter().write(body);
		}
		catch (IOException e) {
			log.debug("Could not write the problem response", e);
		}
		return new ModelAndView();
	}

	private static String jsonEscape(String s) {
		StringBuilder out = new StringBuilder(s.length());
		for (char c : s.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

}
