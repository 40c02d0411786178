package org.analecta.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.analecta.parser.ParsedReport.SourceFormat;
import org.analecta.parser.ReportDocument.Block;
import org.analecta.parser.ReportDocument.DocumentHints;
import org.analecta.parser.ReportDocument.Kind;
import org.junit.jupiter.api.Test;

class HtmlReportReaderTests {

	static final String PROSE = "The minister said on Monday that the talks would continue next week in Vienna, despite the disagreements.";

	private final HtmlReportReader reader = new HtmlReportReader();

	private List<Block> blocks(String body) throws ParseException {
		return reader.read("<!DOCTYPE html><html><head><title>T</title></head><body>" + body + "</body></html>")
			.blocks();
	}

	private static Block p(String text) {
		return new Block(Kind.PARAGRAPH, text);
	}

	@Test
	void paragraphsAndHeadingsInDocumentOrder() throws ParseException {
		assertThat(blocks(
				"<article><h1>Title</h1><p>" + PROSE + "</p><h2>Second part</h2><p>More  text\n here.</p></article>"))
			.containsExactly(new Block(Kind.HEADING, "Title"), p(PROSE), new Block(Kind.HEADING, "Second part"),
					p("More text here."));
		assertThat(reader.read("<p>" + PROSE + "</p>").format()).isEqualTo(SourceFormat.HTML);
	}

	@Test
	void pageChromeIsDropped() throws ParseException {
		String page = """
				<div class="cookie-notice">We use cookies to improve your experience on our website, accept them all.</div>
				<header class="site-header"><a href="/">Logo</a><nav><ul><li><a href="/a">World</a></li><li><a href="/b">Politics</a></li></ul></nav></header>
				<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/r">Reports</a></div>
				<form action="/search"><input name="q"><button>Search</button></form>
				<main><article>
				<p>%s</p>
				<div class="share-buttons">Share this Report: <a href="https://facebook.com/x">Facebook</a> <a href="https://twitter.com/x">Twitter</a></div>
				<script>var tracking = "Tracking text that is no prose at all, with commas, many, many commas";</script>
				<style>p { color: red; }</style>
				</article>
				<section class="related-posts"><h2>Related</h2><ul><li><a href="/1">Another story about Vienna talks</a></li><li><a href="/2">Yet another one</a></li></ul></section>
				<div id="comments"><h3>3 comments</h3><p>Great article, thanks for writing this piece about Vienna, really.</p></div>
				</main>
				<aside class="sidebar"><p>Subscribe to our newsletter for more of the same kind of writing every week.</p></aside>
				<footer><p>Copyright 2014, all rights reserved by the publisher of this fine site.</p></footer>
				"""
			.formatted(PROSE);
		assertThat(blocks(page)).containsExactly(p(PROSE));
	}

	@Test
	void shareLineInsideTheTextIsDropped() throws ParseException {
		assertThat(blocks("<div><p>" + PROSE + "</p><p>Share this Report:</p></div>")).containsExactly(p(PROSE));
	}

	@Test
	void shortBoldParagraphIsAHeadingButARunInLabelIsNot() throws ParseException {
		assertThat(blocks("<div><p><strong>Iran Recruits Volunteers</strong></p><p>" + PROSE
				+ "</p><p><strong>Note:</strong> the talks resumed.</p></div>"))
			.containsExactly(new Block(Kind.HEADING, "Iran Recruits Volunteers"), p(PROSE),
					p("Note: the talks resumed."));
	}

	@Test
	void footnoteMarkersOfEveryStyleBecomeBracketedNumbers() throws ParseException {
		assertThat(blocks("<div><p>" + PROSE + "<sup><a href=\"#_ftn3\" name=\"_ftnref3\">[3]</a></sup> Then"
				+ " more<sup>4</sup>, and <a href=\"#fn5\">5</a> and \"quoted.\"<sup>(6)</sup></p></div>"))
			.containsExactly(p(PROSE + "[3] Then more[4], and [5] and \"quoted.\"[6]"));
	}

	@Test
	void exponentsAndPageLinksAreNoMarkers() throws ParseException {
		assertThat(blocks("<div><p>" + PROSE
				+ " Area: 20 km<sup>2</sup>, 10<sup>6</sup> people, see <a href=\"/page/3\">3</a>.</p></div>"))
			.containsExactly(p(PROSE + " Area: 20 km2, 106 people, see 3."));
	}

	@Test
	void inlineElementsKeepTheirWordsAndSpaces() throws ParseException {
		assertThat(blocks("<div><p>" + PROSE
				+ " He <em>said</em>, \"<a href=\"/x\">now</a>\"; <b>the</b><i>n</i> left.</p></div>"))
			.containsExactly(p(PROSE + " He said, \"now\"; then left."));
	}

	@Test
	void everyKindOfLineBreakInTheMarkupIsASpace() throws ParseException {
		assertThat(blocks("<div><p>" + PROSE + " One\r\ntwo\u0085three\u2028four\u2029five.</p></div>"))
			.containsExactly(p(PROSE + " One two three four five."));
	}

	@Test
	void blockquotesListsAndCaptionsAreTyped() throws ParseException {
		assertThat(blocks("""
				<article><p>%s</p>
				<blockquote><p>"First quoted paragraph.</p><p>"Second quoted paragraph."</p></blockquote>
				<ul><li>First point of the list</li><li>Second point of the list</li></ul>
				<figure><img src="a.jpg"><figcaption>Poster from the site (Source: example.org)</figcaption></figure>
				<div class="wp-caption"><img src="b.jpg"><p class="wp-caption-text">A second picture</p></div>
				</article>""".formatted(PROSE))).containsExactly(p(PROSE),
				new Block(Kind.BLOCKQUOTE, "\"First quoted paragraph."),
				new Block(Kind.BLOCKQUOTE, "\"Second quoted paragraph.\""),
				new Block(Kind.LIST_ITEM, "First point of the list"),
				new Block(Kind.LIST_ITEM, "Second point of the list"),
				new Block(Kind.CAPTION, "Poster from the site (Source: example.org)"),
				new Block(Kind.CAPTION, "A second picture"));
	}

	@Test
	void endnotesWithBackLinksAreNotes() throws ParseException {
		assertThat(blocks("""
				<article><p>%s<sup><a href="#_ftn1" name="_ftnref1">[1]</a></sup></p>
				<div class="endnotes">
				<p><a href="#_ftnref1" name="_ftn1">[1]</a> Fars (Iran), June 14, 2014.</p>
				<p><a href="#_ftnref2" name="_ftn2">[2]</a>Kayhan (Iran), June 18, 2014.</p>
				</div></article>""".formatted(PROSE))).containsExactly(p(PROSE + "[1]"),
				new Block(Kind.NOTE, "[1] Fars (Iran), June 14, 2014."),
				new Block(Kind.NOTE, "[2] Kayhan (Iran), June 18, 2014."));
	}

	@Test
	void footnotesListItemsAreNumberedNotesWithoutTheirBackArrows() throws ParseException {
		assertThat(blocks("""
				<article><p>%s<sup id="fnref1"><a href="#fn1">1</a></sup></p></article>
				<ol class="footnotes"><li id="fn1">Reuters, June 16, 2014. <a href="#fnref1">↩</a></li>
				<li id="fn2">IRNA (Iran), June 16, 2014. <a href="#fnref2">↩</a></li></ol>""".formatted(PROSE)))
			.containsExactly(p(PROSE + "[1]"), new Block(Kind.NOTE, "[1] Reuters, June 16, 2014."),
					new Block(Kind.NOTE, "[2] IRNA (Iran), June 16, 2014."));
	}

	@Test
	void noteParagraphsOutsideANotesListAreRecognisedByTheirBackLink() throws ParseException {
		assertThat(blocks("<div><p>" + PROSE
				+ "</p><p><a href=\"#_ftnref7\" name=\"_ftn7\">[7]</a> Asr-e Iran (Iran), June 16, 2014.</p></div>"))
			.containsExactly(p(PROSE), new Block(Kind.NOTE, "[7] Asr-e Iran (Iran), June 16, 2014."));
	}

	@Test
	void proseSeparatedByLineBreaksBecomesParagraphs() throws ParseException {
		assertThat(blocks("<div class=\"text\">" + PROSE + "<br><br>Second line of the text.<br>Third line.</div>"))
			.containsExactly(p(PROSE), p("Second line of the text."), p("Third line."));
	}

	@Test
	void hintsComeFromMetaTagsJsonLdAndCanonicalLink() throws ParseException {
		DocumentHints hints = reader.read("""
				<html><head><title>Page title | Example Site</title>
				<meta property="og:title" content="The Real Title">
				<meta property="article:published_time" content="2014-06-20T12:00:00-04:00">
				<meta name="author" content="A. Savyon and Yossi Mansharof">
				<meta property="article:section" content="Inquiry &amp; Analysis">
				<meta name="keywords" content="Iraq, Iran">
				<link rel="canonical" href="https://example.org/reports/1099">
				<meta property="og:url" content="https://example.org/other">
				</head><body><p>%s</p></body></html>""".formatted(PROSE)).hints();
		assertThat(hints).isEqualTo(
				new DocumentHints("The Real Title", LocalDate.of(2014, 6, 20), List.of("A. Savyon", "Yossi Mansharof"),
						"https://example.org/reports/1099", "Inquiry & Analysis", List.of("Iraq", "Iran")));
	}

	@Test
	void jsonLdAndTitleTagStandInForMissingMetaTags() throws ParseException {
		DocumentHints hints = reader
			.read("""
					<html><head><title>Iran's Dilemma: Cooperate – Or Not? | MEMRI</title>
					<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "MEMRI"},
					{"@type": "NewsArticle", "datePublished": "2014-06-20", "author": [{"@type": "Person", "name": "A. Savyon"}],
					"articleSection": ["Reports"], "keywords": ["Iraq", "Iran"]}]}</script>
					<meta property="og:url" content="https://example.org/r/1">
					</head><body><p>%s</p></body></html>"""
				.formatted(PROSE))
			.hints();
		assertThat(hints).isEqualTo(new DocumentHints("Iran's Dilemma: Cooperate – Or Not?", LocalDate.of(2014, 6, 20),
				List.of("A. Savyon"), "https://example.org/r/1", "Reports", List.of("Iraq", "Iran")));
	}

	@Test
	void timeElementOfTheArticleDatesAPageWithoutMeta() throws ParseException {
		DocumentHints hints = reader
			.read("<html><body><article><time datetime=\"2014-06-18T10:00\">June 18</time><p>" + PROSE
					+ "</p></article></body></html>")
			.hints();
		assertThat(hints.publishedOn()).isEqualTo(LocalDate.of(2014, 6, 18));
	}

	@Test
	void nothingIsInventedWhenThePageDeclaresNothing() throws ParseException {
		DocumentHints hints = reader
			.read("<html><body><p>" + PROSE + "</p><link rel=\"canonical\" href=\"/relative\"></body></html>")
			.hints();
		assertThat(hints).isEqualTo(DocumentHints.NONE);
	}

	@Test
	void brokenJsonLdIsIgnored() throws ParseException {
		DocumentHints hints = reader
			.read("<html><head><script type=\"application/ld+json\">{\"@type\": \"Article\", \"headline\": </script>"
					+ "</head><body><p>" + PROSE + "</p></body></html>")
			.hints();
		assertThat(hints.title()).isNull();
	}

	@Test
	void pagesWithoutMainContentAreRefused() {
		for (String page : List.of("<html><body></body></html>",
				"<html><body><nav><ul><li><a href=\"/a\">Home</a></li><li><a href=\"/b\">Reports</a></li></ul></nav><footer>© 2014</footer></body></html>",
				"<html><body><form action=\"/login\"><h1>Sign in</h1><label>User name</label><input name=\"u\"><label>Password</label>"
						+ "<input type=\"password\"><button>Log in</button><a href=\"/forgot\">Forgot your password?</a></form></body></html>",
				"<html><head><title>Only a title</title><script>document.write('x')</script></head></html>")) {
			assertThatThrownBy(() -> reader.read(page)).as(page)
				.isInstanceOfSatisfying(ParseException.class,
						e -> assertThat(e.reason()).isEqualTo(ParseException.Reason.NO_MAIN_CONTENT))
				.hasMessageContaining("no main content");
		}
	}

	@Test
	void malformedMarkupIsReadLikeABrowserWould() throws ParseException {
		assertThat(blocks("<div><p>" + PROSE + "<p>Unclosed <b>bold <i>text</div></span></td><p>Last one."))
			.containsExactly(p(PROSE), p("Unclosed bold text"), p("Last one."));
	}

}
