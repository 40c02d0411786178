package org.analecta.api;

import java.util.List;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The paging part of a list answer: the addresses of the neighbouring pages, made from
 * this request's.
 */
final class Pages {

	private Pages() {
	}

	static <T> Json.Page<T> of(List<T> items, int page, int size, long total, Json.Facets facets,
			List<String> messages) {
		int pages = (int) ((total + size - 1) / size);
		return new Json.Page<>(items, page, size, total, pages, page < pages ? address(page + 1) : null,
				page > 1 ? address(Math.min(page - 1, Math.max(pages, 1))) : null, facets, messages);
	}

	private static String address(int page) {
		return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build().toUriString();
	}

}
