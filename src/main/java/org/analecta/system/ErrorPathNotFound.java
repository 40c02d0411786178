package org.analecta.system;

import java.io.IOException;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /error} is where failed requests are forwarded to be rendered, not a page: asked
 * for directly it has no status to show (Boot would answer 500 with
 * {@code "status": 999}), so it answers 404 like any other address without a page. Runs
 * for direct requests only; the error dispatches themselves pass untouched.
 */
@Component
class ErrorPathNotFound extends OncePerRequestFilter {

	static final String ERROR_PATH = "/error";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !path.equals(ERROR_PATH) && !path.startsWith(ERROR_PATH + "/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

}
