package org.analecta.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.analecta.Browser;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a researcher does with the toolkit in a real Chromium: narrows a quote search with
 * its facets, downloads the CSV and opens it again; reads the API's page; opens "Cite".
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ToolkitBrowserTests extends ToolkitTestBase {

	private WebDriver driver;

	private WebDriverWait wait;

	private Path downloads;

	@BeforeAll
	void start() throws IOException {
		downloads = Files.createTempDirectory("analecta-downloads-");
		driver = Browser.start();
		((ChromiumDriver) driver).executeCdpCommand("Browser.setDownloadBehavior",
				Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
		wait = new WebDriverWait(driver, Duration.ofSeconds(20));
	}

	@AfterAll
	void stop() {
		if (driver != null) {
			driver.quit();
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private List<CSVRecord> download(String fileName) throws IOException {
		Path file = downloads.resolve(fileName);
		Files.deleteIfExists(file);
		driver.findElement(By.id("download-csv")).click();
		new WebDriverWait(driver, Duration.ofSeconds(30))
			.until(d -> Files.exists(file) && !Files.exists(downloads.resolve(fileName + ".crdownload")));
		byte[] bytes = Files.readAllBytes(file);
		// UTF-8 with a byte order mark, so that a spreadsheet reads it as UTF-8
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		try (Reader reader = new StringReader(text);
				CSVParser parser = CSVFormat.RFC4180.builder()
					.setHeader()
					.setSkipHeaderRecord(true)
					.get()
					.parse(reader)) {
			assertThat(parser.getHeaderNames()).containsExactly("quotation", "speaker", "role", "date", "report_title",
					"report_url", "section", "footnote", "outlet", "verified", "permalink");
			return parser.getRecords();
		}
	}

	private int resultCount() {
		String text = driver.findElement(By.id("result-count")).getText();
		return Integer.parseInt(text.replaceAll("\\D.*", ""));
	}

	@Test
	void downloadsAFilteredQuoteSearchAndReadsItBack() throws IOException {
		driver.get(url("/quotes"));
		driver.findElement(By.id("speaker")).sendKeys("Rouhani");
		Browser.clickAndAwaitNextPage(driver,
				driver.findElement(By.cssSelector("form[role=search] button[type=submit]")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("quote-facet-country")));
		int all = resultCount();
		WebElement iran = driver.findElement(By.xpath("//ul[@id='quote-facet-country']//a[span[text()='Iran']]"));
		int iranCount = Integer.parseInt(iran.findElement(By.className("count")).getText());
		iran.click();
		wait.until(ExpectedConditions.urlContains("country=Iran"));
		assertThat(resultCount()).isEqualTo(iranCount).isLessThanOrEqualTo(all);
		assertThat(driver.findElement(By.cssSelector("#quote-facet-country a.selected")).getText()).contains("Iran");

		List<CSVRecord> rows = download("analecta-quotes.csv");
		assertThat(rows).hasSize(iranCount);
		assertThat(rows).allSatisfy(r -> {
			assertThat(r.get("speaker")).isEqualTo("Hassan Rohani");
			assertThat(r.get("report_url")).contains("/reports/").contains("#q");
		});
		assertThat(rows).anySatisfy(r -> assertThat(r.get("report_url")).contains(sample));

		// a quotation holding commas, quotation marks and a line break comes back as it
		// was
		driver.get(url("/quotes?speaker=Berri"));
		List<CSVRecord> berri = download("analecta-quotes.csv");
		assertThat(berri).hasSize(1);
		assertThat(berri.get(0).get("quotation")).isEqualTo(ToolkitArchive.EDITED_QUOTE);
		assertThat(berri.get(0).get("outlet")).isEqualTo("Al-Akhbar");
	}

	@Test
	void theApiPageShowsTheEndpoints() {
		driver.get(url("/api/v1/docs"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("swagger-ui"), "/api/v1/quotes"));
		assertThat(driver.findElement(By.id("swagger-ui")).getText()).contains("/api/v1/reports/{slug}",
				"/api/v1/speakers/{slug}/quotes");
		Browser.screenshot(driver, "api-docs", 1280, 800);
	}

	@Test
	void citeOpensWithoutScript() {
		driver.get(url("/reports/" + sample));
		WebElement chicago = driver.findElement(By.id("cite-chicago"));
		assertThat(chicago.isDisplayed()).isFalse();
		driver.findElement(By.cssSelector("details#cite > summary")).click();
		wait.until(ExpectedConditions.visibilityOf(chicago));
		assertThat(chicago.getText()).startsWith("Savyon, A., and Yossi Mansharof.");
		Browser.screenshot(driver, "report-cite", 1280, 900);
	}

}
