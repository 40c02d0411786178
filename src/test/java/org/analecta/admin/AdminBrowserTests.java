package org.analecta.admin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.analecta.Browser;
import org.analecta.SearchIndexing;
import org.analecta.ingest.IngestService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin's path in a real Chromium against the running application (real PostgreSQL,
 * real index): upload two files, see the warnings, correct the title and date of one,
 * leave the other out, save, and find the corrected values in the reader.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "analecta.admin.user=editor", "analecta.admin.password=browser-test-password",
				"analecta.review.confidence-threshold=0.99" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminBrowserTests {

	private static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures", "reports");

	private static final Path SEED = Path.of("data", "reports", "000_4c35f079a3e03125.txt");

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

	@BeforeAll
	void startBrowserAndLogIn() {
		driver = Browser.start();
		wait = new WebDriverWait(driver, Duration.ofSeconds(20));
		open("/login");
		driver.findElement(By.id("username")).sendKeys("editor");
		driver.findElement(By.id("password")).sendKeys("browser-test-password");
		driver.findElement(By.cssSelector("form.card button")).click();
		wait.until(ExpectedConditions.urlContains("/admin"));
	}

	@AfterAll
	void quitBrowser() {
		if (driver != null) {
			driver.quit();
		}
	}

	@Test
	void uploadPreviewCorrectLeaveOneOutSaveAndReadTheCorrectedReport() throws IOException {
		Path dir = Files.createTempDirectory("analecta-upload");
		Path bare = dir.resolve("homs-hama.txt");
		Files.writeString(bare,
				UploadControllerTests.bare(Files.readString(FIXTURES.resolve("09-syria-homs-hama-2011.txt"))));
		Path other = dir.resolve("hamas-gaza.txt");
		Files.copy(FIXTURES.resolve("10-hamas-gaza-egypt-2009.txt"), other);

		open("/admin");
		driver.findElement(By.id("files")).sendKeys(bare.toAbsolutePath() + "\n" + other.toAbsolutePath());
		Browser.clickAndAwaitNextPage(driver,
				driver.findElement(By.cssSelector("form[action$='/admin/upload'] button")));
		wait.until(ExpectedConditions.urlContains("/admin/preview/"));
		assertThat(driver.findElement(By.id("warnings-0")).getText()).contains("No date.", "No series.");
		Browser.screenshot(driver, "admin-preview-warnings", 1100, 900);

		WebElement title = driver.findElement(By.id("title-0"));
		title.clear();
		title.sendKeys("Homs And Hama: A Corrected Title");
		driver.findElement(By.id("date-0")).sendKeys("2011-08-01");
		driver.findElement(By.id("include-1")).click();
		Browser.clickAndAwaitNextPage(driver, driver.findElement(By.id("update")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("warnings-0")));
		assertThat(driver.findElement(By.id("warnings-0")).getText()).doesNotContain("No date.").contains("No series.");
		assertThat(driver.findElement(By.id("title-0")).getAttribute("value"))
			.isEqualTo("Homs And Hama: A Corrected Title");
		assertThat(driver.findElement(By.id("include-1")).isSelected()).isFalse();

		Browser.clickAndAwaitNextPage(driver, driver.findElement(By.id("save")));
		WebElement results = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("save-results")));
		assertThat(results.getText()).contains("homs-hama.txt", "Saved", "hamas-gaza.txt", "Not saved (left out)");

		results.findElement(By.linkText("Homs And Hama: A Corrected Title")).click();
		wait.until(ExpectedConditions.urlContains("/reports/"));
		assertThat(driver.getCurrentUrl()).contains("2011-08-01");
		String page = driver.findElement(By.tagName("main")).getText();
		assertThat(page).contains("Homs And Hama: A Corrected Title", "2011");
	}

	@Test
	void reviewQueueConfirmOneReattributeAnotherAndTheSpeakerPagesShowIt() throws Exception {
		ingest.ingest(Files.readAllBytes(SEED), "seed.txt", null);
		open("/admin");
		driver.findElement(By.id("review-link")).click();
		wait.until(ExpectedConditions.urlContains("/admin/review"));
		List<WebElement> rows = driver.findElements(By.cssSelector("#review tbody tr"));
		assertThat(rows).hasSizeGreaterThanOrEqualTo(2);
		Browser.screenshot(driver, "admin-review", 1100, 900);
		WebElement attributed = rows.stream()
			.filter(r -> !r.findElement(By.tagName("strong")).getText().equals("(nobody)"))
			.findFirst()
			.orElseThrow();
		String confirmedId = attributed.getAttribute("id").substring("row-".length());
		String confirmedText = attributed.findElement(By.tagName("blockquote")).getText();
		Browser.clickAndAwaitNextPage(driver, driver.findElement(By.id("confirm-" + confirmedId)));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.ok"),
				"1 quotation decided."));
		assertThat(driver.findElements(By.id("row-" + confirmedId))).isEmpty();

		WebElement next = driver.findElements(By.cssSelector("#review tbody tr")).getFirst();
		String movedId = next.getAttribute("id").substring("row-".length());
		String movedText = next.findElement(By.tagName("blockquote")).getText();
		driver.findElement(By.id("speaker-" + movedId)).sendKeys("Reviewer Browser Speaker");
		Browser.clickAndAwaitNextPage(driver, driver.findElement(By.id("reattribute-" + movedId)));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.ok"),
				"1 quotation decided."));

		SearchIndexing.awaitCaughtUp(jdbc, emf);
		open("/speakers/reviewer-browser-speaker");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Reviewer Browser Speaker",
				movedText.substring(0, Math.min(40, movedText.length())));
		String confirmedSpeaker = jdbc.queryForObject(
				"select s.slug from quotes q join speakers s on s.id = q.speaker_id where q.id = ?", String.class,
				Long.parseLong(confirmedId));
		open("/speakers/" + confirmedSpeaker);
		assertThat(driver.findElement(By.tagName("main")).getText())
			.contains(confirmedText.substring(0, Math.min(40, confirmedText.length())));
	}

	private void open(String path) {
		driver.get("http://localhost:" + port + path);
	}

}
