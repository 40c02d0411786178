package org.analecta.reader;

import java.net.URI;

import org.analecta.report.Quotes;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /quotes/{id}}: the permalink a citation gives for a quotation; it sends the
 * reader to the quotation's place in its report ({@code /reports/slug#q12}), wherever the
 * report's address or the anchor's number goes.
 */
@Controller
class QuotePermalinks {

	private final Quotes quotes;

	QuotePermalinks(Quotes quotes) {
		this.quotes = quotes;
	}

	@GetMapping("/quotes/{id:\\d+}")
	@Transactional(readOnly = true)
	ResponseEntity<Void> quote(@PathVariable long id) {
		return quotes.findById(id)
			.map(q -> ResponseEntity.status(HttpStatus.SEE_OTHER)
				.location(URI.create(UriComponentsBuilder.fromPath("/reports/{slug}")
					.fragment(q.getAnchor())
					.buildAndExpand(q.getReport().getSlug())
					.encode()
					.toUriString()))
				.<Void>build())
			.orElseThrow(() -> ReaderController.notFound("quotation", String.valueOf(id)));
	}

}
