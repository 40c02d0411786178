package org.analecta.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

class SearchUrlsTests {

	private final SearchUrls urls = new SearchUrls("/search", params());

	/** In request order, as a request's parameter map keeps them. */
	private static Map<String, List<String>> params() {
		Map<String, List<String>> params = new LinkedHashMap<>();
		params.put("q", List.of("Rohani"));
		params.put("country", List.of("Iran"));
		params.put("page", List.of("3"));
		return params;
	}

	@Test
	void togglingAFilterAddsItAndGoesBackToThePageOne() {
		assertThat(urls.toggle("country", "Iraq")).isEqualTo("/search?q=Rohani&country=Iran&country=Iraq");
		assertThat(urls.toggle("year", 2014)).isEqualTo("/search?q=Rohani&country=Iran&year=2014");
	}

	@Test
	void togglingAnActiveFilterRemovesIt() {
		assertThat(urls.isSelected("country", "Iran")).isTrue();
		assertThat(urls.toggle("country", "Iran")).isEqualTo("/search?q=Rohani");
	}

	@Test
	void valuesAreEncodedStrictly() {
		assertThat(urls.with("q", "\"axis of evil\" + Iran & Iraq #1"))
			.isEqualTo("/search?country=Iran&q=%22axis%20of%20evil%22%20%2B%20Iran%20%26%20Iraq%20%231");
	}

	@Test
	void wordsMovedIntoAnotherBoxLeaveTheirOwnAndThePageButKeepTheFilters() {
		assertThat(urls.withInstead("speaker", "Hassan Rohani", "q"))
			.isEqualTo("/search?country=Iran&speaker=Hassan%20Rohani");
		assertThat(urls.withInstead("speaker", "", "q")).isEqualTo("/search?country=Iran");
		assertThat(urls.with("q", "Rouhani")).isEqualTo("/search?country=Iran&q=Rouhani");
		assertThat(urls.with("q", " ")).isEqualTo("/search?country=Iran");
	}

	@Test
	void pagesKeepTheRestOfTheState() {
		assertThat(urls.page(4)).isEqualTo("/search?q=Rohani&country=Iran&page=4");
		assertThat(urls.page(1)).isEqualTo("/search?q=Rohani&country=Iran");
		assertThat(urls.hiddenExcept("q")).containsExactly(Map.entry("country", "Iran"));
	}

	/**
	 * Seeded, randomized: any values (reserved characters, spaces, accents, Arabic,
	 * emoji) give the address Spring's builder gives when each value is expanded as a
	 * template variable, the strict encoding the links had before they were written out
	 * by hand.
	 */
	@Test
	void linksAreEncodedAsSpringsBuilderEncodesTemplateVariables() {
		long seed = System.nanoTime();
		System.out.println("SearchUrlsTests seed: " + seed);
		SplittableRandom random = new SplittableRandom(seed);
		String alphabet = "aZ09 -._~+&#=;?/%:@!$'()*,\"\u00e9\u00fc\u0627\u0644\u200f\ud83d\ude00[]{}|^`<>";
		String[] names = { "q", "country", "series", "speaker", "year", "sort", "page", "from" };
		for (int round = 0; round < 500; round++) {
			Map<String, List<String>> request = new LinkedHashMap<>();
			int parameters = random.nextInt(5);
			for (int i = 0; i < parameters; i++) {
				List<String> values = new ArrayList<>();
				int count = 1 + random.nextInt(3);
				for (int v = 0; v < count; v++) {
					StringBuilder value = new StringBuilder();
					int length = 1 + random.nextInt(12);
					for (int c = 0; c < length; c++) {
						int at = random.nextInt(alphabet.length());
						char ch = alphabet.charAt(at);
						if (Character.isHighSurrogate(ch) && at + 1 < alphabet.length()) {
							value.append(ch).append(alphabet.charAt(at + 1));
						}
						else if (!Character.isSurrogate(ch)) {
							value.append(ch);
						}
					}
					values.add(value.toString());
				}
				request.put(names[random.nextInt(names.length)], values);
			}
			SearchUrls urls = new SearchUrls("/search", request);
			// The state kept, in the request's order: every parameter but the page.
			Map<String, List<String>> after = new LinkedHashMap<>();
			urls.hiddenExcept()
				.forEach(e -> after.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
			// A third of the rounds switch off a value that is on, the others switch one
			// on.
			List<Map.Entry<String, String>> on = urls.hiddenExcept();
			boolean switchOff = !on.isEmpty() && random.nextInt(3) == 0;
			Map.Entry<String, String> off = switchOff ? on.get(random.nextInt(on.size())) : null;
			String name = switchOff ? off.getKey() : names[random.nextInt(names.length)];
			String value = switchOff ? off.getValue() : "x" + alphabet.charAt(random.nextInt(alphabet.length())) + "y";
			List<String> toggled = new ArrayList<>(after.getOrDefault(name, List.of()));
			if (!toggled.remove(value)) {
				toggled.add(value);
			}
			after.put(name, toggled);
			assertThat(urls.toggle(name, value)).as("seed %d, round %d", seed, round).isEqualTo(springBuilt(after));
		}
	}

	/**
	 * The address as {@code UriComponentsBuilder} writes it, each value a template
	 * variable.
	 */
	private static String springBuilt(Map<String, List<String>> params) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/search");
		Map<String, Object> vars = new HashMap<>();
		params.forEach((name, values) -> values.forEach(value -> {
			String var = "v" + vars.size();
			builder.queryParam(name, "{" + var + "}");
			vars.put(var, value);
		}));
		return builder.encode().buildAndExpand(vars).toUriString();
	}

	@Test
	void highlightsKeepOnlyMarks() {
		assertThat(SafeHighlights
			.clean("a <mark>Rohani</mark> <script>alert(1)</script><img src=x onerror=alert(1)> &lt;b&gt;"))
			.isEqualTo("a <mark>Rohani</mark>  &lt;b&gt;");
	}

}
