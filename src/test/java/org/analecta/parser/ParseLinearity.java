package org.analecta.parser;

import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;

/**
 * How parse time grows with hostile input: nested tables, one long line of quotations,
 * and a quotation flood in ordinary paragraphs, each at doubling sizes. Not a test (speed
 * belongs in a benchmark); run it by hand:
 *
 * <pre>
 * ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.analecta.parser.ParseLinearity
 * </pre>
 *
 * Each line gives the input size, the best of three parse times, and what came out
 * (quotes, or the refusal). Linear growth shows as a time that about doubles with the
 * size.
 */
public final class ParseLinearity {

	private ParseLinearity() {
	}

	public static void main(String[] args) throws Exception {
		ReportParser parser = new ReportParser();
		warmUp(parser);
		measure(parser, "nested tables", new int[] { 15_000, 30_000, 60_000, 120_000 }, ParseLinearity::nestedTables);
		measure(parser, "one long line of quotations", new int[] { 10_000, 20_000, 40_000, 80_000 },
				ParseLinearity::quoteLine);
		measure(parser, "quotation flood in paragraphs", new int[] { 2_500, 5_000, 10_000, 20_000 },
				ParseLinearity::quoteParagraphs);
	}

	private static void measure(ReportParser parser, String what, int[] sizes, IntFunction<String> input) {
		System.out.println("== " + what);
		for (int n : sizes) {
			byte[] bytes = input.apply(n).getBytes(StandardCharsets.UTF_8);
			long best = Long.MAX_VALUE;
			String outcome = "";
			for (int run = 0; run < 3; run++) {
				long start = System.nanoTime();
				try {
					ParsedReport report = parser.parse(bytes, "hostile.html");
					outcome = report.quotes().size() + " quotes";
				}
				catch (ParseException e) {
					outcome = "refused: " + e.getMessage();
				}
				best = Math.min(best, System.nanoTime() - start);
			}
			System.out.printf("n=%,d  %,d KiB  %,d ms  %s%n", n, bytes.length / 1024, best / 1_000_000, outcome);
		}
	}

	private static void warmUp(ReportParser parser) throws Exception {
		for (int i = 0; i < 20; i++) {
			try {
				parser.parse(quoteParagraphs(200).getBytes(StandardCharsets.UTF_8), "warm.txt");
				parser.parse(nestedTables(500).getBytes(StandardCharsets.UTF_8), "warm.html");
			}
			catch (ParseException e) {
				// fine
			}
		}
	}

	static String nestedTables(int depth) {
		StringBuilder html = new StringBuilder("<html><head><title>Nested</title></head><body><h1>Nested tables</h1>"
				+ "<p>" + "An ordinary opening paragraph of the report that gives it some prose. ".repeat(4) + "</p>");
		html.append("<table><tr><td>".repeat(depth));
		html.append("Rohani said that \"we will talk\" in Tehran.");
		html.append("</td></tr></table>".repeat(depth));
		return html.append("</body></html>").toString();
	}

	static String quoteLine(int quotes) {
		return "A flood\n\nSpecial Dispatch No. 9999\n\n" + "Rohani said that \"we will\" and added \"".repeat(quotes)
				+ "\n";
	}

	static String quoteParagraphs(int quotes) {
		StringBuilder text = new StringBuilder("A flood of quotations\n\nSpecial Dispatch No. 9998\n\n");
		for (int i = 0; i < quotes; i++) {
			text.append("Rohani said that \"we will talk with everyone about number ").append(i).append("\".\n\n");
		}
		return text.toString();
	}

}
