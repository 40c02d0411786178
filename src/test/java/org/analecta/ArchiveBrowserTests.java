package org.analecta;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import jakarta.persistence.EntityManagerFactory;

import org.analecta.ingest.IngestResult;
import org.analecta.ingest.IngestService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a reader and an admin do, in a real Chromium against the running application (real
 * PostgreSQL, real index). One browser for the whole class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "analecta.admin.user=editor", "analecta.admin.password=browser-test-password" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ArchiveBrowserTests {

	private static final Path SEED = Path.of("data", "reports", "000_4c35f079a3e03125.txt");

	private static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures", "reports");

	@LocalServerPort
	int port;

	@Autowired
	IngestService ingest;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory emf;

	private WebDriver driver;

	private WebDriverWait wait;

	private String seedSlug;

	@BeforeAll
	void loadReportsAndStartBrowser() throws IOException {
		IngestResult seed = ingest.ingest(Files.readAllBytes(SEED), SEED.getFileName().toString(), null);
		assertThat(seed.stored()).as(seed.error()).isTrue();
		seedSlug = seed.slug();
		// A few more reports, so that filters have something to narrow.
		try (Stream<Path> files = Files.list(FIXTURES)) {
			for (Path f : files.filter(p -> !p.getFileName().toString().startsWith("00-")).sorted().limit(8).toList()) {
				ingest.ingest(Files.readAllBytes(f), f.getFileName().toString(), null);
			}
		}
		SearchIndexing.awaitCaughtUp(jdbc, emf);
		driver = Browser.start();
		wait = new WebDriverWait(driver, Duration.ofSeconds(20));
	}

	@AfterAll
	void quitBrowser() {
		if (driver != null) {
			driver.quit();
		}
	}

	@Test
	@Order(1)
	void searchFindsFirouzabadiAndOpensTheReportAtHisSectionThenFollowsAFootnoteAndBack() {
		open("/");
		Browser.screenshot(driver, "home", 1280, 800);
		Browser.screenshot(driver, "home-phone", 390, 844);
		driver.findElement(By.id("q")).sendKeys("Firouzabadi");
		driver.findElement(By.cssSelector("form.searchbox button")).click();
		wait.until(ExpectedConditions.urlContains("/search?q=Firouzabadi"));
		assertThat(driver.findElement(By.id("q")).getAttribute("value")).isEqualTo("Firouzabadi");
		Browser.screenshot(driver, "search", 1280, 800);

		WebElement passage = seedPassage();
		assertThat(passage.findElement(By.tagName("mark")).getText()).containsIgnoringCase("Firouzabadi");
		String section = passage.getAttribute("href").substring(passage.getAttribute("href").indexOf('#') + 1);
		passage.click();
		wait.until(ExpectedConditions.urlContains("/reports/" + seedSlug + "#" + section));
		assertThat(target()).isEqualTo(section);
		WebElement paragraph = driver
			.findElement(By.xpath("//section[@id='" + section + "']//p[contains(., 'Firouzabadi said')]"));
		Browser.screenshot(driver, "reader", 1280, 800);

		WebElement marker = paragraph.findElement(By.cssSelector("sup.fnref a"));
		String note = marker.getAttribute("href").substring(marker.getAttribute("href").indexOf('#') + 1);
		String markerId = marker.findElement(By.xpath("..")).getAttribute("id");
		marker.click();
		wait.until(ExpectedConditions.urlContains("#" + note));
		assertThat(target()).isEqualTo(note);
		assertThat(driver.findElement(By.id(note)).getText()).contains("Fars, June 18, 2014");

		driver.findElement(By.cssSelector("#" + note + " a.back[href='#" + markerId + "']")).click();
		wait.until(ExpectedConditions.urlContains("#" + markerId));
		assertThat(target()).isEqualTo(markerId);
		Browser.screenshot(driver, "reader-phone", 390, 844);
	}

	/**
	 * "cessation" is only in a section heading of the seed: the passage is that section's
	 * opening, and its label shows why.
	 */
	@Test
	@Order(1)
	void aPassageShownForItsHeadingMarksTheWordInTheHeadingLabel() {
		open("/search?q=cessation");
		WebElement passage = seedPassage();
		assertThat(passage.findElement(By.cssSelector(".where mark")).getText()).isEqualToIgnoringCase("cessation");
	}

	@Test
	@Order(2)
	void filtersByCountryAndYearNarrowTheResults() {
		open("/search?q=Iran");
		int all = resultCount();
		click(By.xpath("//ul[@id='facet-country']//a[span[1][normalize-space()='Iraq']]"));
		wait.until(ExpectedConditions.urlContains("country=Iraq"));
		int inIraq = resultCount();
		assertThat(inIraq).isPositive().isLessThanOrEqualTo(all);
		click(By.xpath("//ul[@id='facet-year']//a[span[1][normalize-space()='2014']]"));
		wait.until(ExpectedConditions.urlContains("year=2014"));
		assertThat(resultCount()).isPositive().isLessThanOrEqualTo(inIraq);
		assertThat(driver.findElement(By.id("results")).getText()).contains("Iran's Dilemma");
		assertThat(driver.getCurrentUrl()).contains("q=Iran", "country=Iraq", "year=2014");
		Browser.screenshot(driver, "search-filtered", 1280, 800);

		// The filter chip removes the filter again.
		click(By.xpath("//div[contains(@class,'filters-active')]/a[normalize-space()='Iraq']"));
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("country=Iraq")));

		open("/browse/countries");
		Browser.screenshot(driver, "browse-countries", 1280, 800);
		click(By.linkText("Iraq"));
		assertThat(driver.findElement(By.cssSelector(".report-list")).getText()).contains("Iran's Dilemma");

		open("/browse/dates");
		Browser.screenshot(driver, "browse-dates", 1280, 800);
		click(By.xpath("//*[@id='years']//a[normalize-space()='2014']"));
		assertThat(driver.findElement(By.id("m6")).getText()).contains("June", "Iran's Dilemma");
	}

	@Test
	@Order(3)
	void theSpeakerPageOfHassanRohaniShowsHisQuote() {
		open("/speakers");
		Browser.screenshot(driver, "speakers", 1280, 800);
		click(By.linkText("Hassan Rohani"));
		wait.until(ExpectedConditions.urlContains("/speakers/"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Hassan Rohani");
		assertThat(driver.findElement(By.tagName("main")).getText())
			.contains("if the Americans operate against terrorist groups");
		Browser.screenshot(driver, "speaker", 1280, 800);
		// The quote links back to its place in the report.
		WebElement link = driver
			.findElement(By.xpath("//figure[contains(., 'if the Americans operate')]//a[contains(@href, '#q')]"));
		String anchor = link.getAttribute("href").substring(link.getAttribute("href").indexOf('#') + 1);
		link.click();
		wait.until(ExpectedConditions.urlContains("#" + anchor));
		assertThat(driver.findElement(By.id(anchor)).getText()).contains("if the Americans operate");
	}

	/**
	 * A researcher types a person's name where the words go, in either search: a link
	 * moves it to the speaker box, which finds as many quotes as the link said.
	 */
	@Test
	@Order(4)
	void aNameTypedAsTheWordsLeadsToWhatThatPersonSaid() {
		open("/search?q=Firouzabadi");
		WebElement fromReports = driver.findElement(By.cssSelector("#named-person a"));
		assertThat(driver.findElement(By.id("named-person")).getText()).contains("Firouzabadi said");
		int said = Integer.parseInt(fromReports.getText().replaceAll("\\D+", " ").strip().split(" ")[0]);
		assertThat(said).isPositive();
		fromReports.click();
		wait.until(ExpectedConditions.urlContains("/quotes?speaker="));
		assertThat(driver.findElement(By.id("speaker")).getAttribute("value")).contains("Firouzabadi");
		assertThat(resultCount()).isEqualTo(said);
		assertThat(driver.findElements(By.cssSelector("#quotes figure"))).hasSize(Math.min(said, 20));

		open("/quotes?q=firouzabadi");
		Browser.screenshot(driver, "quotes-named-person", 1280, 800);
		click(By.cssSelector("#named-person a"));
		wait.until(ExpectedConditions.urlContains("speaker="));
		assertThat(driver.getCurrentUrl()).doesNotContain("q=");
		assertThat(driver.findElement(By.id("qq")).getAttribute("value")).isEmpty();
		assertThat(resultCount()).isEqualTo(said);

		open("/quotes?q=nuclear");
		assertThat(driver.findElements(By.id("named-person"))).isEmpty();
	}

	@Test
	@Order(4)
	void quoteSearchFindsAQuoteBySpeaker() {
		open("/quotes?speaker=Rouhani");
		assertThat(driver.findElement(By.id("quotes")).getText()).contains("Hassan Rohani");
		Browser.screenshot(driver, "quotes", 1280, 800);
	}

	@Test
	@Order(5)
	void anAdminLogsInUploadsAReportPreviewsAndSavesItAndSearchFindsIt() throws IOException {
		open("/admin");
		wait.until(ExpectedConditions.urlContains("/login"));
		Browser.screenshot(driver, "login", 1280, 800);
		logIn();
		String seedText = Files.readString(SEED, StandardCharsets.UTF_8);
		String report = seedText.replace("Series No. 1099", "Series No. 9421")
			.replace(
					"Iran's Dilemma: Cooperate With U.S. Against Sunnis In Iraq – Or Maintain Anti-U.S. Ideological Stance?",
					"Oman's Quiet Mediation: The Zanzibarian Channel Between Tehran And Washington");
		Path file = Files.createTempDirectory("analecta-upload").resolve("oman-mediation.txt");
		Files.writeString(file, report);
		driver.findElement(By.id("files")).sendKeys(file.toAbsolutePath().toString());
		Browser.clickAndAwaitNextPage(driver,
				driver.findElement(By.cssSelector("form[action$='/admin/upload'] button")));
		wait.until(ExpectedConditions.urlContains("/admin/preview/"));
		// Title and date stand in the preview's correction fields.
		assertThat(driver.findElement(By.id("title-0")).getAttribute("value")).contains("Oman's Quiet Mediation");
		assertThat(driver.findElement(By.id("date-0")).getAttribute("value")).isEqualTo("2014-06-20");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Hassan Rohani", "Firouzabadi");
		Browser.screenshot(driver, "admin-preview", 1280, 800);
		Browser.clickAndAwaitNextPage(driver, driver.findElement(By.id("save")));
		WebElement results = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("save-results")));
		assertThat(results.getText()).contains("oman-mediation.txt", "Saved");

		assertThat(searchUntilFound("Zanzibarian")).contains("Oman's Quiet Mediation");
		open("/admin");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("upload", "editor");
		Browser.screenshot(driver, "admin", 1280, 800);
	}

	@Test
	@Order(6)
	void anUploadedReportWithScriptsRunsNothingAndShowsNoScript() throws IOException {
		open("/admin");
		if (driver.getCurrentUrl().contains("/login")) {
			logIn();
		}
		// A real report's prose (so the HTML reader finds its main text), with hostile
		// markup mixed in.
		StringBuilder body = new StringBuilder();
		for (String line : Files.readAllLines(SEED, StandardCharsets.UTF_8).subList(8, 30)) {
			if (!line.isBlank()) {
				body.append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
			}
		}
		String hostile = """
				<!DOCTYPE html><html><head><title>Hostile Page Test: Quotes From Tehran</title>
				<script>alert('head')</script></head>
				<body onload="alert('body')"><article>
				<h1>Hostile Page Test: Quotes From Tehran</h1>
				<p>June 21, 2014 Special Dispatch No. 7777</p>
				<p>Iranian President Hassan Rohani said that "we will answer every threat." <script>alert('inline')</script></p>
				<p>The daily Kayhan wrote <img src="x" onerror="alert('img')"> about Xylophonic diplomacy and
				<a href="javascript:alert('link')">a link</a> and <a href=" JaVaScRiPt:alert('link2')">another</a>.</p>
				<h2>Second Section <svg onload="alert('svg')"></svg></h2>
				%s
				<p>More text about the nuclear talks in Vienna.<sup>1</sup></p>
				<ol><li>Kayhan (Iran), June 20, 2014.</li></ol>
				</article></body></html>
				"""
			.formatted(body);
		Path file = Files.createTempDirectory("analecta-upload").resolve("hostile.html");
		Files.writeString(file, hostile);
		driver.findElement(By.id("files")).sendKeys(file.toAbsolutePath().toString());
		Browser.clickAndAwaitNextPage(driver,
				driver.findElement(By.cssSelector("form[action$='/admin/upload'] button")));
		wait.until(ExpectedConditions.urlContains("/admin/preview/"));
		assertNoAlertAndNoInjectedMarkup();
		assertThat(driver.findElements(By.id("save"))).as(driver.findElement(By.tagName("main")).getText())
			.isNotEmpty();
		Browser.clickAndAwaitNextPage(driver, driver.findElement(By.id("save")));
		WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#save-results a")));
		link.click();
		wait.until(ExpectedConditions.urlContains("/reports/"));
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Xylophonic diplomacy");
		assertNoAlertAndNoInjectedMarkup();
		searchUntilFound("Xylophonic");
		assertNoAlertAndNoInjectedMarkup();
	}

	@Test
	@Order(7)
	void unknownReportsAndSpeakersGetOurNotFoundPage() {
		open("/reports/no-such-report");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
		assertThat(driver.getPageSource()).doesNotContain("Whitelabel");
		open("/speakers/no-such-person");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
		Browser.screenshot(driver, "not-found", 1280, 800);
	}

	/**
	 * A headline that quotes someone, as MEMRI's do: the speaker's page lists the words,
	 * and its link leads to them, marked in the report's title.
	 */
	@Test
	@Order(8)
	void aQuotationInTheTitleIsMarkedThereAndListedUnderItsSpeaker() {
		String text = """
				Harbour Master Quint Varro: 'The Storms Will Not Close Our Port'

				July 3, 2019

				In a speech on July 3, 2019, harbour master Quint Varro spoke about the storms that hit the coast \
				this spring, and about the boats that the harbour lost in them.

				He said that the piers would be rebuilt before the winter, and that the fleets would sail again \
				as soon as the board had paid for the repairs.
				""";
		IngestResult stored = ingest.ingest(text.getBytes(StandardCharsets.UTF_8), "varro.txt", null);
		assertThat(stored.stored()).as(stored.error()).isTrue();
		SearchIndexing.awaitCaughtUp(jdbc, emf);
		open("/reports/" + stored.slug());
		WebElement title = driver.findElement(By.tagName("h1"));
		assertThat(title.findElement(By.cssSelector("span.quote")).getText())
			.isEqualTo("'The Storms Will Not Close Our Port'");
		assertThat(title.findElement(By.cssSelector(".speaker-tag")).getText()).contains("Quint Varro");
		click(By.cssSelector("h1 a.speaker-tag"));
		wait.until(ExpectedConditions.urlContains("/speakers/"));
		WebElement link = driver.findElement(
				By.xpath("//figure[contains(., 'The Storms Will Not Close Our Port')]//a[contains(@href, '#q')]"));
		String anchor = link.getAttribute("href").substring(link.getAttribute("href").indexOf('#') + 1);
		link.click();
		wait.until(ExpectedConditions.urlContains("#" + anchor));
		assertThat(driver.findElement(By.id(anchor)).getText()).isEqualTo("'The Storms Will Not Close Our Port'");
		assertThat(driver.findElement(By.id(anchor)).findElement(By.xpath("ancestor::h1"))).isNotNull();
	}

	private void assertNoAlertAndNoInjectedMarkup() {
		assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
		List<WebElement> scripts = driver.findElements(By.tagName("script"));
		// Our one script, at its content-hashed address.
		assertThat(scripts)
			.allSatisfy(s -> assertThat(s.getAttribute("src")).matches(".*/js/analecta(-[0-9a-f]{32})?\\.js"));
		String html = driver.getPageSource().toLowerCase();
		assertThat(html).doesNotContain("onerror=", "onload=", "<svg onload", "alert('");
		assertThat(driver.findElements(By.cssSelector("a[href]")))
			.noneSatisfy(a -> assertThat(a.getAttribute("href").toLowerCase().strip()).startsWith("javascript:"));
		assertThat(driver.findElements(By.cssSelector("main img"))).isEmpty();
	}

	private void logIn() {
		driver.findElement(By.id("username")).sendKeys("editor");
		driver.findElement(By.id("password")).sendKeys("browser-test-password");
		driver.findElement(By.cssSelector("form.card button")).click();
		wait.until(ExpectedConditions.urlContains("/admin"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Admin");
	}

	/**
	 * Uploads are indexed through the outbox, a moment after the commit: search again
	 * briefly.
	 */
	private String searchUntilFound(String word) {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (true) {
			open("/search?q=" + word);
			List<WebElement> hits = driver.findElements(By.cssSelector("#results .result"));
			if (!hits.isEmpty()) {
				return driver.findElement(By.id("results")).getText();
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError(
						"search did not find " + word + ": " + driver.findElement(By.tagName("main")).getText());
			}
			sleep(300);
		}
	}

	private int resultCount() {
		String text = driver.findElement(By.id("result-count")).getText();
		return text.startsWith("No") ? 0 : Integer.parseInt(text.replaceAll("\\D+", " ").strip().split(" ")[0]);
	}

	private void click(By by) {
		wait.until(ExpectedConditions.elementToBeClickable(by)).click();
	}

	private String target() {
		Object id = ((JavascriptExecutor) driver)
			.executeScript("var t = document.querySelector(':target'); return t ? t.id : null;");
		return (String) id;
	}

	/** The first passage of the seed report on a page of results. */
	private WebElement seedPassage() {
		return driver.findElements(By.cssSelector("#results .passage a"))
			.stream()
			.filter(a -> a.getAttribute("href").contains("/reports/" + seedSlug + "#s"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no passage of the seed report in " + driver.getPageSource()));
	}

	private void open(String path) {
		driver.get("http://localhost:" + port + path);
	}

	private static void sleep(long ms) {
		try {
			Thread.sleep(ms);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

}
