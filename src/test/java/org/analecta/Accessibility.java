package org.analecta;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.webjars.WebJarVersionLocator;

/**
 * axe-core (from its WebJar on the test class path) run in the page a browser test has
 * open. The script is handed to the page through WebDriver, not served by the
 * application, so the site's Content-Security-Policy stays as it is and nothing is
 * fetched from another site.
 */
public final class Accessibility {

	private static volatile String script;

	private Accessibility() {
	}

	/** One rule broken on the page, with the elements it was found on. */
	public record Violation(String rule, String impact, String help, List<String> targets) {

		@Override
		public String toString() {
			return impact + " " + rule + " (" + help + ") at " + targets;
		}

	}

	/**
	 * Violations of impact "serious" or "critical" on the open page (WCAG 2.x A and AA
	 * rules, and best practices).
	 */
	public static List<Violation> seriousViolations(WebDriver driver) {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		js.executeScript(script());
		Object result = js.executeAsyncScript(
				"""
						var done = arguments[arguments.length - 1];
						axe.run(document, { resultTypes: ['violations'] })
							.then(function (r) {
								done(r.violations.map(function (v) {
									return { id: v.id, impact: v.impact, help: v.help,
										targets: v.nodes.map(function (n) { return n.target.join(' '); }) };
								}));
							})
							.catch(function (e) { done([{ id: 'axe-error', impact: 'critical', help: String(e), targets: [] }]); });
						""");
		List<Violation> out = new ArrayList<>();
		for (Object o : (List<?>) result) {
			Map<?, ?> v = (Map<?, ?>) o;
			String impact = String.valueOf(v.get("impact"));
			if (impact.equals("serious") || impact.equals("critical")) {
				out.add(new Violation(String.valueOf(v.get("id")), impact, String.valueOf(v.get("help")),
						((List<?>) v.get("targets")).stream().map(String::valueOf).toList()));
			}
		}
		return out;
	}

	private static String script() {
		if (script == null) {
			String path = new WebJarVersionLocator().fullPath("axe-core", "axe.min.js");
			try (InputStream in = path == null ? null
					: Accessibility.class.getClassLoader().getResourceAsStream(path)) {
				if (path == null || in == null) {
					throw new IllegalStateException("The axe-core WebJar is not on the test class path");
				}
				script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return script;
	}

}
