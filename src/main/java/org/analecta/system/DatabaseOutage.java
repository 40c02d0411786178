package org.analecta.system;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A request that failed because PostgreSQL is out of reach (the pool's wait limit ran
 * out, the connection was refused or broken, the server is shutting down or starting)
 * answers 503 with Retry-After: pages with the "temporarily unavailable" page, anything
 * under /api/ with a problem response (RFC 9457). Runs before the controller advices, so
 * that an API's own catch-all handler cannot turn an outage into a 500; every other
 * exception is left to them.
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
		return ServiceUnavailable.answer(request, response, "error/unavailable", DETAIL, RETRY_AFTER_SECONDS);
	}

	@Override
	public int getOrder() {
		// After Boot's DefaultErrorAttributes (which only records the error), before the
		// advices.
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

	/**
	 * Whether the failure is the database being out of reach, not a bad query or a bug.
	 */
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
			// Class 08: connection exceptions; 57P01-57P03: shutting down, crashed,
			// starting up.
			if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
					|| state.equals("57P03"))) {
				return true;
			}
			// A query that failed on a dead connection is followed by a rollback on the
			// connection the
			// pool has meanwhile closed; that rollback error (from Hikari, without an
			// SQLState)
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

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

}
