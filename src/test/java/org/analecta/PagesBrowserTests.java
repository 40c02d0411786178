package org.analecta;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;

import org.analecta.ingest.IngestResult;
import org.analecta.ingest.IngestService;
import org.analecta.search.FixtureReports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages people read (issue 15), in a real Chromium at desktop (1280 px) and phone
 * (390 px) width, over the fixture archive: 22 varied reports, the sample report again as
 * another issue, and two reports without a date. Every main page must fit the phone
 * without sideways scrolling and pass axe-core without a serious or critical finding.
 *
 * <p>
 * With {@code -Danalecta.screenshots=docs/screenshots} the walk over the main pages also
 * saves each page at both widths there, as small palette PNGs (see docs/pages.md).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesBrowserTests {

	static final int DESKTOP = 1280;

	static final int PHONE = 390;

	/** The pages docs/screenshots shows, at both widths. */
	static final Set<String> SCREENSHOTS = Set.of("home", "search", "search-filtered", "reader", "reader-quotation",
			"browse-dates", "browse-countries", "speaker", "quotes");

	@LocalServerPort
	int port;

	@Autowired
	IngestService ingest;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory emf;

	private WebDriver driver;

	private String seed;

	private String rohani;

	@BeforeAll
	void loadTheArchiveAndStartBrowser() throws IOException {
		Map<String, String> slugs = FixtureReports.load(ingest, jdbc, emf);
		seed = slugs.get(FixtureReports.SEED);
		String seedText = FixtureReports.text(FixtureReports.SEED);
		// The same report uploaded again as another issue: its quotations must not be
		// listed twice.
		ingestText(seedText.replace("Series No. 1099", "Series No. 1100"), "iran-dilemma-again.txt");
		// Two more reports whose date lines (and series number, which would make them new
		// versions of
		// the dated ones) were lost.
		for (String name : List.of("05-maliki-surge-2007.txt", "10-hamas-gaza-egypt-2009.txt")) {
			String undated = FixtureReports.text(name)
				.replaceAll("(?m)^.*\\b(19|20)\\d\\d\\b.*Series No\\..*$", "")
				.replaceAll("(?m)^\\w+ \\d{1,2}, (19|20)\\d\\d \\|.*$", "")
				.replaceAll("Series No\\. \\d+", "Series");
			ingestText(undated, "undated-" + name);
		}
		SearchIndexing.awaitCaughtUp(jdbc, emf);
		rohani = jdbc.queryForObject("select slug from speakers where canonical_name = 'Hassan Rohani'", String.class);
		driver = Browser.start();
	}

	private void ingestText(String text, String name) {
		IngestResult r = ingest.ingest(text.getBytes(StandardCharsets.UTF_8), name, "text/plain");
		assertThat(r.error()).as(name).isNull();
	}

	@AfterAll
	void quitBrowser() {
		if (driver != null) {
			driver.quit();
		}
	}

	@BeforeEach
	void desktop() {
		resize(DESKTOP);
	}

	/**
	 * Every main page: no sideways scrolling on a phone, nothing serious for axe, at both
	 * widths.
	 */
	@Test
	void everyMainPageFitsAPhoneAndPassesTheAccessibilityCheck() {
		Map<String, String> pages = mainPages();
		String shots = System.getProperty("analecta.screenshots");
		List<String> problems = new ArrayList<>();
		for (int width : new int[] { DESKTOP, PHONE }) {
			resize(width);
			for (Map.Entry<String, String> page : pages.entrySet()) {
				open(page.getValue());
				long scrollWidth = number("return document.documentElement.scrollWidth");
				long innerWidth = number("return window.innerWidth");
				if (width == PHONE) {
					assertThat(innerWidth).as("the phone viewport").isEqualTo(PHONE);
				}
				if (scrollWidth > innerWidth) {
					problems.add(page.getKey() + " at " + width + " px scrolls sideways: " + scrollWidth + " > "
							+ innerWidth + " (widest: " + widest() + ")");
				}
				Accessibility.seriousViolations(driver)
					.forEach(v -> problems.add(page.getKey() + " at " + width + " px: " + v));
				if (shots != null && SCREENSHOTS.contains(page.getKey())) {
					SmallPng.write(((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES),
							Path.of(shots, page.getKey() + (width == PHONE ? "-phone" : "") + ".png"));
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	Map<String, String> mainPages() {
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("home", "/");
		pages.put("search", "/search?q=Iran");
		pages.put("search-filtered", "/search?q=Iran&country=Iraq&year=2014");
		pages.put("reader", "/reports/" + seed);
		pages.put("reader-quotation", "/reports/" + seed + "#s2");
		pages.put("browse-dates", "/browse/dates");
		pages.put("browse-year", "/browse/dates/2014");
		pages.put("browse-undated", "/browse/undated");
		pages.put("browse-countries", "/browse/countries");
		pages.put("browse-country", "/browse/countries/iran");
		pages.put("speakers", "/speakers");
		pages.put("speaker", "/speakers/" + rohani);
		pages.put("quotes", "/quotes?speaker=Rohani");
		pages.put("quotes-words", "/quotes?q=Iran");
		pages.put("search-no-such-page", "/search?q=Iran&page=99999999");
		return pages;
	}

	// ---- Issue 12: a page past the end, the order of the year facet

	@Test
	void aPagePastTheEndSaysSoAndLeadsBackAndTheYearsRunNewestFirstThenUndated() {
		open("/search?q=*&page=99999999");
		assertThat(driver.findElement(By.id("no-such-page")).getText()).startsWith("There is no page 99999999");
		List<WebElement> pager = driver.findElements(By.cssSelector(".pagination li"));
		assertThat(pager).hasSize(2);
		String last = pager.get(1).getText();
		Browser.clickAndAwaitNextPage(driver, pager.get(1).findElement(By.tagName("a")));
		assertThat(driver.findElement(By.cssSelector(".pagination .current")).getText()).isEqualTo(last);
		assertThat(driver.findElements(By.cssSelector("#results .result"))).isNotEmpty();
		assertThat(driver.findElements(By.id("no-such-page"))).isEmpty();

		List<String> years = driver.findElements(By.cssSelector("#facet-year li a span:first-child"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(years.getLast()).isEqualTo("Undated");
		List<Integer> dated = years.subList(0, years.size() - 1).stream().map(Integer::parseInt).toList();
		assertThat(dated).hasSizeGreaterThan(3).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
		WebElement undated = driver.findElements(By.cssSelector("#facet-year li a")).getLast();
		String count = undated.findElement(By.cssSelector(".count")).getText();
		undated.click();
		assertThat(driver.findElement(By.id("result-count")).getText()).startsWith(count + " ");
		assertThat(driver.findElements(By.cssSelector("#results .result time"))).isEmpty();
	}

	// ---- Point 2: block quotations in the reader

	@Test
	void aQuotationOverSeveralParagraphsIsMarkedInEachAndLabelledOnceOutsideItsClosingMark() {
		open("/reports/" + seed);
		List<WebElement> javan = driver.findElements(By.xpath(
				"//p[.//span[contains(@class,'quote')]" + "[contains(., 'In March 2003, America attacked Saddam')]]"));
		assertThat(javan).hasSize(1);
		String first = javan.get(0).getAttribute("data-quote");
		assertThat(first).as("the paragraph carries on a quotation").isNotNull();
		// Every paragraph of the Javan quotation after the first is set apart, and marked
		// as quoted text.
		List<WebElement> carried = driver.findElements(By.cssSelector("p.quoted[data-quote='" + first + "']"));
		assertThat(carried).hasSize(4);
		assertThat(carried).allSatisfy(p -> assertThat(p.findElements(By.cssSelector("span.quote"))).isNotEmpty());
		// The opening paragraph has its quote span with text (not an empty anchor) and no
		// label.
		WebElement opening = driver.findElement(By.id(first));
		assertThat(opening.getText()).startsWith("\"Since the start of the ISIS assault");
		assertThat(opening.findElements(By.xpath("following-sibling::*[contains(@class,'speaker-tag')]"))).isEmpty();
		// The one label follows the closing mark of the last paragraph.
		WebElement last = carried.getLast();
		assertThat(last.findElement(By.cssSelector(".quote")).getText()).endsWith("[i.e. Saudi Arabia].\"");
		assertThat(last.findElement(By.cssSelector(".speaker-tag")).getText()).endsWith("Javan");
		// Nowhere is a label glued to a word: each follows a space, after a closing mark
		// or sentence end.
		for (Object before : (List<?>) ((JavascriptExecutor) driver).executeScript(
				"""
						return Array.from(document.querySelectorAll('.report-text .speaker-tag')).map(function (t) {
							var prev = t.previousSibling, quote = prev && prev.previousSibling;
							return (prev && prev.nodeType === 3 ? prev.textContent : '#') + '|' + (quote ? quote.textContent.slice(-2) : '');
						});""")) {
			String s = (String) before;
			assertThat(s).startsWith(" |");
			assertThat(s.substring(2)).matches(".*[\"”’'»]$|.*[.!?…]$");
		}
		assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("JavanA", "available [John Kerry]");
		WebElement kerry = driver
			.findElement(By.xpath("//li[@id='fn1']//span[contains(@class,'quote')][contains(., 'thorough vetting')]"));
		assertThat(kerry.getText()).endsWith("available.\"");
	}

	// ---- Point 3: the reader on a phone

	@Test
	void onAPhoneTheReaderShowsTheTitleBeforeTheContentsAndTheSourceNeverOverflows() {
		resize(PHONE);
		open("/reports/" + seed);
		WebElement title = driver.findElement(By.tagName("h1"));
		WebElement contents = driver.findElement(By.id("contents"));
		assertThat(title.getLocation().getY()).isLessThan(300);
		assertThat(contents.getLocation().getY()).isGreaterThan(title.getLocation().getY() + 1000);
		WebElement jump = driver.findElement(By.cssSelector(".to-contents a"));
		assertThat(jump.isDisplayed()).isTrue();
		resize(DESKTOP);
		open("/reports/" + seed);
		assertThat(driver.findElement(By.cssSelector(".to-contents a")).isDisplayed()).isFalse();
		// The contents stand beside the text, and nothing in them is wider than their
		// column.
		assertThat(driver.findElement(By.id("contents")).getLocation().getX())
			.isGreaterThan(driver.findElement(By.tagName("h1")).getLocation().getX() + 400);
		assertThat(number("var t = document.getElementById('contents'); return t.scrollWidth - t.clientWidth"))
			.isLessThanOrEqualTo(0);
	}

	// ---- Point 4: notes and captions whose link was lost

	@Test
	void notesAndCaptionsWhoseLinkWasLostShowWhatIsKnownAndSaySo() {
		open("/reports/" + seed);
		assertThat(driver.findElement(By.id("fn2")).getText()).startsWith("link not kept, June 13, 2014.");
		assertThat(driver.findElement(By.id("fn1")).getText()).doesNotContain("link not kept");
		List<String> captions = driver.findElements(By.tagName("figcaption"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(captions).contains("Sign-up website for volunteers (Source: link not kept, accessed June 19, 2014)");
		assertThat(captions).noneSatisfy(c -> assertThat(c).contains("Source:,"));
	}

	// ---- Point 1 and 9: search results on a phone, and what each hit says

	@Test
	void searchResultsSayWhatTheyCountAndWhatIsKnownOfEachHit() {
		open("/search?q=Iran");
		String count = driver.findElement(By.cssSelector("h1.result-count")).getText();
		assertThat(count).matches("\\d+ reports match “Iran”.*");
		WebElement seedHit = driver
			.findElement(By.xpath("//li[contains(@class,'result')][.//a[@href='/reports/" + seed + "']]"));
		assertThat(seedHit.findElement(By.cssSelector(".meta")).getText()).contains("June 20, 2014",
				"Inquiry & Analysis Series No. 1099", "Iraq", "by A. Savyon");
		resize(PHONE);
		open("/search?q=Iran");
		assertThat(number("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(PHONE);
		for (WebElement sort : driver.findElements(By.cssSelector(".sort a"))) {
			assertThat(sort.getRect().getX() + sort.getRect().getWidth()).isLessThanOrEqualTo(PHONE);
		}
	}

	// ---- Point 5: browse by date

	@Test
	void browseByDateDrawsYearsAndMonthsWithCountsAndCountsTheUndated() {
		open("/browse/dates");
		assertThat(driver.findElement(By.id("date-summary")).getText()).contains("of them dated",
				"2 reports have no date");
		// A column per year with its count; a click on a month opens that month.
		WebElement june2014 = driver.findElement(By.cssSelector("#y2014 a[href='/browse/dates/2014#m6']"));
		assertThat(june2014.getAttribute("aria-label")).matches("June 2014: \\d+ reports?");
		assertThat(driver.findElements(By.cssSelector(".chart-years text.count"))).isNotEmpty();
		List<Integer> years = driver.findElements(By.cssSelector("#years > li > a.year"))
			.stream()
			.map(a -> Integer.parseInt(a.getText()))
			.toList();
		assertThat(years).hasSizeGreaterThan(10).isSortedAccordingTo(Comparator.reverseOrder());
		((JavascriptExecutor) driver)
			.executeScript("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", june2014);
		assertThat(driver.getCurrentUrl()).endsWith("/browse/dates/2014#m6");
		assertThat(driver.findElement(By.id("m6")).getText()).contains("June", "Iran's Dilemma");
		open("/browse/undated");
		assertThat(driver.findElements(By.cssSelector(".report-list li"))).hasSize(2);
	}

	// ---- Point 6: the speaker timeline

	@Test
	void theSpeakerTimelineStacksQuotationsWithCountsAndAQuotationUploadedTwiceIsListedOnce() {
		open("/speakers/" + rohani);
		List<WebElement> quotes = driver.findElements(By.cssSelector("figure.quote-card"));
		List<WebElement> consider = quotes.stream().filter(q -> q.getText().contains("we may consider it")).toList();
		assertThat(consider).hasSize(1);
		assertThat(consider.get(0).findElement(By.cssSelector(".also-in")).getText()).contains("No. 1100");
		List<WebElement> marks = driver.findElements(By.cssSelector(".chart-timeline a"));
		assertThat(marks).hasSize(quotes.size());
		assertThat(marks)
			.allSatisfy(a -> assertThat(a.getAttribute("aria-label")).matches("\\w+ \\d{1,2}, \\d{4}: “.+”"));
		assertThat(driver.findElements(By.cssSelector(".chart-timeline text.count"))).isNotEmpty();
		String target = marks.get(0).getDomAttribute("href");
		assertThat(driver.findElement(By.id(target.substring(target.indexOf('#') + 1))).getTagName())
			.isEqualTo("figure");
		// What they said about a word, without script.
		driver.findElement(By.id("about")).sendKeys("terrorist");
		driver.findElement(By.cssSelector(".about-form button")).click();
		// The click only starts the navigation; wait for the new page before reading it.
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("about=terrorist"));
		List<WebElement> about = driver.findElements(By.cssSelector("figure.quote-card"));
		assertThat(about).isNotEmpty()
			.hasSizeLessThan(quotes.size())
			.allSatisfy(q -> assertThat(q.findElement(By.tagName("blockquote")).getText())
				.containsIgnoringCase("terrorist"));
		assertThat(driver.findElements(By.cssSelector(".chart-timeline a"))).hasSize(about.size());
	}

	// ---- Point 7: quote search result lines

	@Test
	void aQuoteResultShowsReportCountryOutletVerificationAndOpensToItsSentence() {
		open("/quotes?speaker=Rohani&q=consider");
		WebElement line = driver.findElement(By.cssSelector("#quotes figure.quote-line"));
		String text = line.getText();
		assertThat(text).contains("Hassan Rohani", "June 14, 2014", "via Fars", "attribution not verified",
				"Iran's Dilemma", "Iraq");
		assertThat(text).doesNotContain("· ·", "President ·\n");
		WebElement context = line.findElement(By.cssSelector("details.context"));
		assertThat(context.getAttribute("open")).isNull();
		context.findElement(By.tagName("summary")).click();
		assertThat(context.findElement(By.tagName("p")).getText())
			.startsWith("On June 14, 2014, Rohani said regarding possible collaboration with the U.S. that");
	}

	// ---- Point 8: browse by country

	@Test
	void eachCountryShowsItsCountItsLatestReportsAndReportsOverTime() {
		open("/browse/countries");
		WebElement iran = driver.findElement(By.id("c-iran"));
		assertThat(iran.findElement(By.tagName("h2")).getText()).matches("Iran\\s+\\d+ reports");
		assertThat(iran.findElements(By.cssSelector(".latest li"))).hasSize(3);
		WebElement spark = iran.findElement(By.cssSelector("svg.sparkline"));
		assertThat(spark.getAttribute("role")).isEqualTo("img");
		assertThat(spark.getAttribute("aria-label")).startsWith("Reports on Iran per year").contains("2014");
		List<Integer> counts = driver.findElements(By.cssSelector("#countries > li h2 .count"))
			.stream()
			.map(c -> Integer.parseInt(c.getText().replaceAll("\\D", "")))
			.toList();
		assertThat(counts).isSortedAccordingTo(Comparator.reverseOrder());
	}

	// ---- helpers

	private String widest() {
		return String.valueOf(((JavascriptExecutor) driver).executeScript(
				"""
						var w = window.innerWidth, found = [];
						document.querySelectorAll('body *').forEach(function (e) {
							var r = e.getBoundingClientRect();
							if (r.right > w + 1 && found.length < 5) found.push(e.tagName + '.' + e.className + ' ' + Math.round(r.right));
						});
						return found.join(', ');"""));
	}

	private long number(String script) {
		return ((Number) ((JavascriptExecutor) driver).executeScript(script)).longValue();
	}

	private void resize(int width) {
		driver.manage().window().setSize(new Dimension(width, width == PHONE ? 844 : 800));
	}

	private void open(String path) {
		driver.get("http://localhost:" + port + path);
	}

}
