package org.analecta.system;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.ModelAndView;

/**
 * The 503 answer for a part of the archive that is away for a while (the database, the
 * search index): Retry-After, and for a person a page in the site's layout, for anything
 * under /api/ a problem response (RFC 9457), whoever wrote the endpoint. For exception
 * resolvers.
 */
public final class ServiceUnavailable {

	private ServiceUnavailable() {
	}

	/**
	 * @param view the page's template, given {@code status} and {@code retryAfter}
	 * @param detail the problem response's sentence
	 */
	public static ModelAndView answer(HttpServletRequest request, HttpServletResponse response, String view,
			String detail, int retryAfterSeconds) {
		return answer(request, response, view, Map.of(), detail, retryAfterSeconds);
	}

	/**
	 * As {@link #answer(HttpServletRequest, HttpServletResponse, String, String, int)},
	 * the page also given {@code model} (an API answer has no model: an empty one tells
	 * the dispatcher that the response is written).
	 */
	public static ModelAndView answer(HttpServletRequest request, HttpServletResponse response, String view,
			Map<String, ?> model, String detail, int retryAfterSeconds) {
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
		if (isApi(request)) {
			writeProblem(request, response, detail, retryAfterSeconds);
			return new ModelAndView();
		}
		ModelAndView page = new ModelAndView(view, HttpStatus.SERVICE_UNAVAILABLE);
		page.addObject("status", 503);
		page.addObject("retryAfter", retryAfterSeconds);
		page.addAllObjects(model);
		return page;
	}

	static boolean isApi(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/api") || path.startsWith("/api/");
	}

	private static void writeProblem(HttpServletRequest request, HttpServletResponse response, String detail,
			int retryAfterSeconds) {
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		String body = "{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,\"detail\":\""
				+ jsonEscape(detail) + "\",\"instance\":\"" + jsonEscape(request.getRequestURI())
				+ "\",\"retryAfterSeconds\":" + retryAfterSeconds + "}";
		try {
			response.getWriter().write(body);
		}
		catch (IOException e) {
			// the client went away
		}
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

}
