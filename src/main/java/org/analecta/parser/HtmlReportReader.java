package org.analecta.parser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.analecta.parser.ParsedReport.SourceFormat;
import org.analecta.parser.ReportDocument.Block;
import org.analecta.parser.ReportDocument.DocumentHints;
import org.analecta.parser.ReportDocument.Kind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a saved web page: the page's declared metadata as hints, then its main text as
 * blocks, with the site's chrome (navigation, share widgets, related links, comments,
 * cookie notices, footers) left out. See {@link PageCleaner}, {@link MainContentFinder}
 * and {@link BlockEmitter}.
 */
final class HtmlReportReader implements ReportReader {

	/** Less prose than this is no article: a login form, a bare menu, an error page. */
	private static final int MIN_PROSE = 80;

	/** Below this much prose the page may be a script-rendered shell. */
	private static final int SHORT_PAGE = 500;

	@Override
	public ReportDocument read(String decodedHtml) throws ParseException {
		InputGuard.checkMarkup(decodedHtml);
		Document page = Jsoup.parse(decodedHtml);
		PageMetadata metadata = new PageMetadata(page);
		DocumentHints hints = metadata.read();
		Element body = page.body();
		new PageCleaner().clean(body);
		MainContentFinder finder = new MainContentFinder(body);
		List<Element> content = finder.find();
		List<Block> blocks = new BlockEmitter(finder.stats()).emit(withNotesOutside(content, body));
		List<Block> declared = declaredBody(metadata.articleBody());
		if (prose(blocks) < SHORT_PAGE && prose(declared) > 2 * prose(blocks)) {
			blocks = declared;
		}
		if (prose(blocks) < MIN_PROSE) {
			throw new ParseException(ParseException.Reason.NO_MAIN_CONTENT,
					"The HTML page has no main content: no article text was found outside its navigation and page furniture");
		}
		if (hints.publishedOn() == null) {
			hints = new DocumentHints(hints.title(), PageMetadata.dateOfFirstTime(content), hints.authors(),
					hints.sourceUrl(), hints.section(), hints.keywords());
		}
		return new ReportDocument(SourceFormat.HTML, hints, blocks);
	}

	/**
	 * Some pages render their text by script and carry it only in JSON-LD's
	 * {@code articleBody} (HTML or plain text); read as a fragment, it stands in when the
	 * page itself shows little.
	 */
	private static List<Block> declaredBody(String articleBody) {
		if (articleBody == null) {
			return List.of();
		}
		Document fragment = Jsoup.parseBodyFragment(
				articleBody.contains("<") ? articleBody : "<p>" + articleBody.replace("\n\n", "</p><p>") + "</p>");
		Element body = fragment.body();
		new PageCleaner().clean(body);
		return new BlockEmitter(TextStats.of(body)).emit(List.of(body));
	}

	/**
	 * Endnotes often sit after the article body, outside the element that holds the
	 * prose; they belong to the report all the same.
	 */
	private static List<Element> withNotesOutside(List<Element> content, Element body) {
		List<Element> roots = new ArrayList<>(content);
		Set<Element> taken = Collections.newSetFromMap(new IdentityHashMap<>());
		taken.addAll(content);
		for (Element candidate : body.getAllElements()) {
			if (ChromePatterns.isNotesContainer(candidate) && !isInsideAny(candidate, taken)
					&& candidate.selectFirst("a[href~=(?i)#.*(ref|ftn|fn)], li, p") != null
					&& !candidate.text().isBlank()) {
				roots.add(candidate);
				taken.add(candidate);
			}
		}
		return roots;
	}

	private static boolean isInsideAny(Element element, Set<Element> roots) {
		for (Element p = element; p != null; p = p.parent()) {
			if (roots.contains(p)) {
				return true;
			}
		}
		return false;
	}

	private static int prose(List<Block> blocks) {
		int length = 0;
		for (Block block : blocks) {
			if (block.kind() != Kind.HEADING && block.kind() != Kind.CAPTION) {
				length += block.text().length();
			}
		}
		return length;
	}

}
