package org.analecta.speakers;

import java.time.Duration;
import java.util.List;

import org.analecta.search.QuoteSearch;
import org.analecta.search.SpeakerSuggestion;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Speaker names for the quote search box, as the user types (fills an HTML datalist). */
@RestController
class SpeakerSuggestController {

	private final QuoteSearch quotes;

	SpeakerSuggestController(QuoteSearch quotes) {
		this.quotes = quotes;
	}

	@GetMapping("/api/speakers/suggest")
	ResponseEntity<List<SpeakerSuggestion>> suggest(@RequestParam(defaultValue = "") String q) {
		String prefix = q.strip();
		if (prefix.length() < 2 || prefix.length() > 100) {
			return ResponseEntity.ok(List.of());
		}
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)))
			.body(quotes.suggestSpeakers(prefix, 10));
	}

}
