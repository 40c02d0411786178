package org.analecta.parser;

import static org.analecta.RandomCases.property;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.analecta.RandomCases;
import org.analecta.parser.ReportDocument.Block;
import org.analecta.parser.ReportDocument.Kind;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;

/**
 * Whatever markup comes in, the HTML reader gives blocks or refuses the page for having
 * no main content; nothing else escapes, and what it gives keeps its promises. Seeded
 * randomized cases: see {@link RandomCases} for the seed and its replay.
 */
class HtmlReportReaderPropertyTests {

	private static final String SEED;

	static {
		try {
			SEED = Files.readString(HtmlSeedTests.HTML_SEED);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static final List<String> TAGS = List.of("<p>", "</p>", "<div class=\"endnotes\">", "<div class=\"share\">",
			"</div>", "<sup>", "</sup>", "<a href=\"#_ftn3\" name=\"_ftnref3\">[3]</a>",
			"<a href=\"#_ftnref2\" name=\"_ftn2\">[2]</a>", "<sup>7</sup>", "<ol class=\"footnotes\">", "<li>", "</li>",
			"</ol>", "<figure><figcaption>", "</figure>", "<h2>", "</h2>", "<strong>", "</strong>", "<br>", "<nav>",
			"</nav>", "<article>", "</article>", "<blockquote>", "<table><tr><td>", "<script>", "</script>", "<!--",
			"-->", "<![CDATA[", "&amp;", "&#0;", "<time datetime=\"2014-13-45\">",
			"<meta property=\"og:title\" content=\"\">",
			"<script type=\"application/ld+json\">{\"@type\":[\"Article\"],\"author\":[{}, 3, null]",
			HtmlReportReaderTests.PROSE);

	private final HtmlReportReader reader = new HtmlReportReader();

	private void readsOrRefuses(String html) {
		try {
			ReportDocument document = reader.read(html);
			assertThat(document.blocks()).isNotEmpty();
			for (Block block : document.blocks()) {
				assertThat(block.text()).isNotBlank()
					.isEqualTo(block.text().strip())
					.doesNotContainPattern("[\\n\\r\\u0085\\u2028\\u2029]");
				if (block.kind() == Kind.NOTE) {
					assertThat(block.text()).matches("\\[\\d+\\] .*");
				}
			}
		}
		catch (ParseException e) {
			assertThat(e.reason()).isEqualTo(ParseException.Reason.NO_MAIN_CONTENT);
			assertThat(e.getMessage()).isNotBlank();
		}
	}

	@TestFactory
	DynamicContainer tagSoup() {
		return property("tagSoup", 300, random -> RandomCases.soup(random, 60, 30, TAGS), this::readsOrRefuses);
	}

	@TestFactory
	DynamicContainer truncatedSeed() {
		return property("truncatedSeed", 100, random -> random.nextInt(40001),
				length -> readsOrRefuses(SEED.substring(0, Math.min(length, SEED.length()))));
	}

	@TestFactory
	DynamicContainer seedWithTagsDroppedOrRepeated() {
		return property("seedWithTagsDroppedOrRepeated", 100, Random::nextLong, seed -> {
			Random random = new Random(seed);
			List<String> pieces = new ArrayList<>(List.of(SEED.split("(?=<)")));
			for (int i = 0; i < 30; i++) {
				int at = random.nextInt(pieces.size());
				if (random.nextBoolean()) {
					pieces.remove(at);
				}
				else {
					pieces.add(random.nextInt(pieces.size()), pieces.get(at));
				}
			}
			readsOrRefuses(String.join("", pieces));
		});
	}

}
