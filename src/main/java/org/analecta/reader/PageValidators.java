package org.analecta.reader;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Conditional GET for the reader: a browser that has a report page or original file asks
 * again with its validators and gets 304 Not Modified, without the page being rendered or
 * the file read, until a new version (or anything the page shows) changes.
 *
 * <p>
 * Only pages for visitors are validated. A logged-in admin's page has admin controls and
 * a log-out form with the session's CSRF token, so it is never stored ({@code no-store});
 * and every validated page says {@code Vary: Cookie}, so that no cache hands a visitor's
 * copy to an admin or the other way round.
 */
final class PageValidators {

	/**
	 * This run of the application: the templates and code that render the pages may
	 * differ from the last run's, so validators from before a restart never match.
	 */
	private static final Instant STARTED = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	private static final String RUN = Long.toString(STARTED.getEpochSecond(), 36);

	private PageValidators() {
	}

	/**
	 * For a report page rendered from {@code content} (everything it shows, as a string):
	 * sets the validators and the cache headers, and answers whether the client's copy is
	 * current (then the response is already a 304).
	 * @param updatedAt when the report last got a new version or correction
	 */
	static boolean pageNotModified(HttpServletRequest request, HttpServletResponse response, String content,
			Instant updatedAt) {
		if (request.getUserPrincipal() != null) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
			return false;
		}
		response.setHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		String etag = "W/\"" + RUN + "-" + digest(content) + "\"";
		return new ServletWebRequest(request, response).checkNotModified(etag, lastModified(updatedAt));
	}

	/**
	 * For an original file, which changes only with a new version: its content hash is
	 * its strong validator. The same for every user.
	 */
	static boolean fileNotModified(HttpServletRequest request, HttpServletResponse response, String contentHash,
			Instant updatedAt) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		return new ServletWebRequest(request, response).checkNotModified("\"" + contentHash + "\"",
				updatedAt == null ? -1 : updatedAt.toEpochMilli());
	}

	private static long lastModified(Instant updatedAt) {
		return (updatedAt == null || updatedAt.isBefore(STARTED) ? STARTED : updatedAt).toEpochMilli();
	}

	private static String digest(String content) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

}
