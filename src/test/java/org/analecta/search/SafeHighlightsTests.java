package org.analecta.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;
import org.junit.jupiter.api.Test;

/**
 * Whatever reaches a page through {@link SafeHighlights} is text and marks only, whether
 * it passed as it was (the highlighters' own output) or was cleaned.
 */
class SafeHighlightsTests {

	private static final List<String> PIECES = List.of("Rohani said", " ", "<mark>", "</mark>", "&amp;", "&#x27;",
			"&quot;", "&lt;b&gt;", "&", "<", ">", "\"", "'", "<b>", "</b>", "<script>alert(1)</script>",
			"<img src=x onerror=alert(1)>", "<mark class=x>", "<MARK>", "&#1575;", "ا", "&nbsp", "<!-- c -->");

	@Test
	void theHighlightersOutputPassesAsItIs() {
		String html = Highlights.escape("Iran's \"Great Satan\" & <others> — ايران ") + "<mark>"
				+ Highlights.escape("Rohani") + "</mark>.";
		assertThat(SafeHighlights.onlyMarks(html)).isTrue();
		assertThat(SafeHighlights.clean(html)).isSameAs(html);
	}

	@Test
	void randomMarkupIsLeftWithMarksOnlyAndTheSameText() {
		long seed = System.nanoTime();
		System.out.println("SafeHighlightsTests seed " + seed);
		SplittableRandom random = new SplittableRandom(seed);
		for (int n = 0; n < 5000; n++) {
			StringBuilder html = new StringBuilder();
			for (int i = 0, pieces = random.nextInt(12); i < pieces; i++) {
				html.append(PIECES.get(random.nextInt(PIECES.size())));
			}
			String input = html.toString();
			String clean = SafeHighlights.clean(input);
			for (Element element : Jsoup.parseBodyFragment(clean).body().getAllElements()) {
				assertThat(element.tagName()).as("seed %d: %s -> %s", seed, input, clean).isIn("body", "mark");
				assertThat(element.attributes().size()).as("seed %d: %s -> %s", seed, input, clean).isZero();
			}
			if (SafeHighlights.onlyMarks(input)) {
				// Passed as it was: a browser reads from it what it reads from the
				// cleaned form.
				String cleaned = Jsoup.clean(input, Safelist.none().addTags("mark"));
				assertThat(Jsoup.parseBodyFragment(clean).body().html()).as("seed %d: %s", seed, input)
					.isEqualTo(Jsoup.parseBodyFragment(cleaned).body().html());
			}
		}
	}

}
