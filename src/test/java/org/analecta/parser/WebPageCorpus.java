package org.analecta.parser;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.analecta.parser.ReportDocument.Block;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shared corpus of real web pages (trafilatura's evaluation set) and its scoring:
 * every expected snippet found in the extracted text is a true positive, a missing one a
 * false negative, every boilerplate snippet found a false positive. Run as a program for
 * a per-page report: {@code WebPageCorpus [corpus-dir] [-v]}.
 */
final class WebPageCorpus {

	private final Path directory;

	private final Map<String, Expectation> expectations = new TreeMap<>();

	WebPageCorpus(Path directory) throws IOException {
		this.directory = directory;
		JsonNode root = JsonMapper.builder().build().readTree(directory.resolve("expectations.json").toFile());
		for (Map.Entry<String, JsonNode> entry : root.properties()) {
			expectations.put(entry.getKey(),
					new Expectation(strings(entry.getValue().get("with")), strings(entry.getValue().get("without"))));
		}
	}

	static WebPageCorpus shared() throws IOException {
		String shared = System.getProperty("analecta.shared", "../shared");
		return new WebPageCorpus(Path.of(shared, "corpus", "web-pages"));
	}

	Map<String, Expectation> expectations() {
		return expectations;
	}

	/**
	 * The page's bytes, decoded as the parser decodes them (byte-order mark, meta
	 * charset, UTF-8).
	 */
	byte[] bytes(String file) throws IOException {
		return Files.readAllBytes(directory.resolve(file));
	}

	String decoded(String file) throws IOException, ParseException {
		return CharsetDetector.decode(bytes(file)).text();
	}

	/**
	 * The main text: every block but image captions, which the parser keeps apart from
	 * the prose (and which trafilatura's evaluation counts as boilerplate).
	 */
	static String mainText(ReportDocument document) {
		StringBuilder text = new StringBuilder();
		for (Block block : document.blocks()) {
			if (block.kind() != ReportDocument.Kind.CAPTION) {
				text.append(block.text()).append('\n');
			}
		}
		return text.toString();
	}

	/** Every block's text, captions included. */
	static String allText(ReportDocument document) {
		StringBuilder text = new StringBuilder();
		for (Block block : document.blocks()) {
			text.append(block.text()).append('\n');
		}
		return text.toString();
	}

	static String normalise(String s) {
		return s.replaceAll("\\s+", " ").strip();
	}

	/** The score of one page's extracted text (null text: the page was refused). */
	static Score score(Expectation expectation, String text) {
		String normalised = text == null ? "" : normalise(text);
		List<String> missed = new ArrayList<>();
		List<String> leaked = new ArrayList<>();
		int tp = 0;
		for (String snippet : expectation.with()) {
			if (normalised.contains(normalise(snippet))) {
				tp++;
			}
			else {
				missed.add(snippet);
			}
		}
		for (String snippet : expectation.without()) {
			if (normalised.contains(normalise(snippet))) {
				leaked.add(snippet);
			}
		}
		return new Score(tp, leaked.size(), missed.size(), missed, leaked);
	}

	private static List<String> strings(JsonNode array) {
		List<String> list = new ArrayList<>();
		if (array != null) {
			array.forEach(n -> list.add(n.asString()));
		}
		return list;
	}

	record Expectation(List<String> with, List<String> without) {
	}

	record Score(int tp, int fp, int fn, List<String> missed, List<String> leaked) {

		Score plus(Score other) {
			return new Score(tp + other.tp, fp + other.fp, fn + other.fn, List.of(), List.of());
		}

		double f1() {
			return 2.0 * tp / (2.0 * tp + fp + fn);
		}

		double precision() {
			return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
		}

		double recall() {
			return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
		}
	}

	/** The whole corpus's score: main text (captions apart) and every block's text. */
	record Result(int pages, int refused, Score mainText, Score withCaptions) {

		void print(PrintStream out) {
			out.printf(
					"web-page corpus: pages=%d refused=%d main text: tp=%d fp=%d fn=%d precision=%.3f recall=%.3f F1=%.3f%n",
					pages, refused, mainText.tp(), mainText.fp(), mainText.fn(), mainText.precision(),
					mainText.recall(), mainText.f1());
			out.printf(
					"web-page corpus, captions counted as text: tp=%d fp=%d fn=%d precision=%.3f recall=%.3f F1=%.3f%n",
					withCaptions.tp(), withCaptions.fp(), withCaptions.fn(), withCaptions.precision(),
					withCaptions.recall(), withCaptions.f1());
		}
	}

	/**
	 * Reads every page (or those whose name contains {@code only}) and scores it; with
	 * {@code verbose}, prints each page's missed and leaked snippets, and for a single
	 * page its blocks and the elements chosen as main content.
	 */
	Result evaluate(PrintStream out, boolean verbose, String only) throws IOException, ParseException {
		Score total = new Score(0, 0, 0, List.of(), List.of());
		Score totalWithCaptions = total;
		int refused = 0;
		int pages = 0;
		HtmlReportReader reader = new HtmlReportReader();
		for (Map.Entry<String, Expectation> entry : expectations.entrySet()) {
			if (only != null && !entry.getKey().contains(only)) {
				continue;
			}
			pages++;
			if (only != null) {
				Document page = Jsoup.parse(decoded(entry.getKey()));
				new PageCleaner().clean(page.body());
				MainContentFinder finder = new MainContentFinder(page.body());
				for (Element e : finder.find()) {
					out.println("CHOSEN " + e.cssSelector() + " text=" + finder.stats().text(e));
				}
			}
			String text;
			String all;
			try {
				ReportDocument document = reader.read(decoded(entry.getKey()));
				text = mainText(document);
				all = allText(document);
				if (only != null) {
					document.blocks().forEach(b -> out.println(b.kind() + "\t" + b.text()));
					out.println(document.hints());
				}
			}
			catch (ParseException e) {
				text = null;
				all = null;
				refused++;
				if (verbose) {
					out.println(entry.getKey() + " REFUSED " + e.getMessage());
				}
			}
			Score score = score(entry.getValue(), text);
			total = total.plus(score);
			totalWithCaptions = totalWithCaptions.plus(score(entry.getValue(), all));
			if (verbose && (score.fp() > 0 || score.fn() > 0)) {
				out.println(entry.getKey() + " tp=" + score.tp() + " fp=" + score.fp() + " fn=" + score.fn());
				score.missed().forEach(s -> out.println("   MISSED " + s));
				score.leaked().forEach(s -> out.println("   LEAKED " + s));
			}
		}
		return new Result(pages, refused, total, totalWithCaptions);
	}

	public static void main(String[] args) throws Exception {
		WebPageCorpus corpus = args.length > 0 && !args[0].startsWith("-") ? new WebPageCorpus(Path.of(args[0]))
				: shared();
		corpus.evaluate(System.out, List.of(args).contains("-v"), System.getProperty("page")).print(System.out);
	}

}
