package org.analecta.search;

import java.util.Map;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.analecta.system.ServiceUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A search refused during a repair, or one that failed on a damaged index (which starts
 * the repair), answers 503 with Retry-After and the "search is being repaired" page, or a
 * problem response under /api/. Any other failure is left to the usual error handling.
 */
@Component
class SearchRepairPages implements HandlerExceptionResolver, Ordered {

	private static final Logger log = LoggerFactory.getLogger(SearchRepairPages.class);

	static final int RETRY_AFTER_SECONDS = 30;

	static final String DETAIL = "Search is being repaired: the index is rebuilt from the archive's database. "
			+ "Reports can still be read and browsed; try the search again in a minute.";

	private final IndexRepair repair;

	SearchRepairPages(IndexRepair repair) {
		this.repair = repair;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!(ex instanceof SearchBeingRepairedException) && !repair.diagnose(ex)) {
			return null;
		}
		log.info("{} {}: search is being repaired", request.getMethod(), request.getRequestURI());
		return ServiceUnavailable.answer(request, response, "search/unavailable", Map.of("reason", "repairing"), DETAIL,
				RETRY_AFTER_SECONDS);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 2;
	}

}
