package org.analecta.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.analecta.parser.ReportDocument.Block;
import org.analecta.parser.ReportDocument.Kind;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever markup comes in, the HTML reader gives blocks or refuses the page for having no main
 * content; nothing else escapes, and what it gives keeps its promises.
 */
class HtmlReportReaderProperties {

	private static final String SEED;

	static {
		try {
			SEED = Files.readString(HtmlSeedTests.HTML_SEED);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private final HtmlReportReader reader = new HtmlReportReader();

	private void readsOrRefuses(String html) {
		try {
			ReportDocument document = reader.read(html);
			assertThat(document.blocks()).isNotEmpty();
			for (Block block : document.blocks()) {
				assertThat(block.text()).isNotBlank().isEqualTo(block.text().strip()).doesNotContain("\n");
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

	@Property(tries = 300)
	void tagSoup(@ForAll("tagSoup") String html) {
		readsOrRefuses(html);
	}

	@Provide
	Arbitrary<String> tagSoup() {
		Arbitrary<String> pieces = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(30),
				Arbitraries.of("<p>", "</p>", "<div class=\"endnotes\">", "<div class=\"share\">", "</div>", "<sup>", "</sup>",
						"<a href=\"#_ftn3\" name=\"_ftnref3\">[3]</a>", "<a href=\"#_ftnref2\" name=\"_ftn2\">[2]</a>",
						"<sup>7</sup>", "<ol class=\"footnotes\">", "<li>", "</li>", "</ol>", "<figure><figcaption>", "</figure>",
						"<h2>", "</h2>", "<strong>", "</strong>", "<br>", "<nav>", "</nav>", "<article>", "</article>",
						"<blockquote>", "<table><tr><td>", "<script>", "</script>", "<!--", "-->", "<![CDATA[", "&amp;", "&#0;",
						"<time datetime=\"2014-13-45\">", "<meta property=\"og:title\" content=\"\">",
						"<script type=\"application/ld+json\">{\"@type\":[\"Article\"],\"author\":[{}, 3, null]",
						HtmlReportReaderTests.PROSE));
		return pieces.list().ofMaxSize(60).map(list -> String.join("", list));
	}

	@Property(tries = 100)
	void truncatedSeed(@ForAll @IntRange(min = 0, max = 40000) int length) {
		readsOrRefuses(SEED.substring(0, Math.min(length, SEED.length())));
	}

	@Property(tries = 100)
	void seedWithTagsDroppedOrRepeated(@ForAll long seed) {
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
	}

}
