package org.analecta;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver: both paths are set, so
 * Selenium Manager never downloads anything; a fresh profile per browser.
 */
public final class Browser {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private Browser() {
	}

	public static WebDriver start() {
		Path profile;
		try {
			profile = Files.createTempDirectory("analecta-chromium-");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(System.getProperty("analecta.chromium", "/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-extensions", "--hide-scrollbars", "--window-size=1280,800",
				"--user-data-dir=" + profile.toAbsolutePath());
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(System.getProperty("analecta.chromedriver", "/usr/bin/chromedriver")))
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		return driver;
	}

	/**
	 * Saves the page as target/screenshots/{name}.png at the given width (height as the
	 * window).
	 */
	public static void screenshot(WebDriver driver, String name, int width, int height) {
		Dimension before = driver.manage().window().getSize();
		try {
			driver.manage().window().setSize(new Dimension(width, height));
			Files.createDirectories(SCREENSHOTS);
			byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
			Files.write(SCREENSHOTS.resolve(name + ".png"), png);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			driver.manage().window().setSize(before);
		}
	}

	/**
	 * Clicks a control that submits a form and returns once the browser has left the page
	 * it was on. Without this, a wait for something the next page shows (a flash message,
	 * an element) can be satisfied by the old page while the new one is still loading,
	 * and reading it then fails with a stale node.
	 */
	public static void clickAndAwaitNextPage(WebDriver driver, WebElement control) {
		WebElement oldPage = driver.findElement(By.tagName("html"));
		control.click();
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
			try {
				oldPage.isEnabled();
				return false;
			}
			catch (StaleElementReferenceException gone) {
				return true;
			}
			catch (WebDriverException midNavigation) {
				// Chromium answers "node does not belong to the document" while it swaps
				// documents
				return false;
			}
		});
	}

}
