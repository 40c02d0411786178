package org.analecta.reader;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.analecta.parser.ParsedReport;
import org.analecta.parser.ParsedReport.Footnote;
import org.analecta.parser.ParsedReport.FootnoteRef;
import org.analecta.parser.ParsedReport.Paragraph;
import org.analecta.parser.ParsedReport.Quote;
import org.analecta.parser.ParsedReport.QuoteKind;
import org.analecta.parser.ParsedReport.Section;
import org.analecta.parser.ParsedReport.Speaker;
import org.analecta.reader.ReportView.AuthorView;
import org.analecta.reader.ReportView.CaptionView;
import org.analecta.reader.ReportView.FootnoteView;
import org.analecta.reader.ReportView.Inline;
import org.analecta.reader.ReportView.NoteMarker;
import org.analecta.reader.ReportView.ParagraphView;
import org.analecta.reader.ReportView.QuoteSpan;
import org.analecta.reader.ReportView.QuoteView;
import org.analecta.reader.ReportView.SectionView;
import org.analecta.reader.ReportView.Text;

/**
 * Turns a report's structure into the page model: footnote markers put back at their
 * offsets as links ({@code #fn3}, with {@code fnref3-1} to come back to), attributed
 * quotes wrapped with their anchor ({@code q12}, numbered in report order so the anchors
 * stay stable) and speaker.
 */
public final class ReportViewBuilder {

	/** The place of a quote in the report's title (one with neither section nor note). */
	private static final String TITLE = "title";

	private static final String OPENING_MARKS = "\"“‘'«";

	private static final String CLOSING_MARKS = "\"”’'»";

	private static final String INNER_PUNCTUATION = ".,;:!?…";

	private final Function<Speaker, String> speakerHref;

	/**
	 * @param speakerHref link of a speaker's page, or null where there is none (a
	 * preview)
	 */
	public ReportViewBuilder(Function<Speaker, String> speakerHref) {
		this.speakerHref = speakerHref;
	}

	public ReportView build(ParsedReport report) {
		return build(report, null);
	}

	/**
	 * @param quoteAnchors the stored anchor of each quote, in the order of
	 * {@code report.quotes()}; null to number them 1, 2, 3… as a fresh parse does
	 */
	public ReportView build(ParsedReport report, List<String> quoteAnchors) {
		Map<Integer, List<String>> backReferences = new HashMap<>();
		Map<String, List<QuoteRef>> quotesByPlace = new HashMap<>();
		Map<String, String> continuedQuote = new HashMap<>();
		List<QuoteView> quoteViews = new ArrayList<>();
		for (int i = 0; i < report.quotes().size(); i++) {
			Quote q = report.quotes().get(i);
			String anchor = quoteAnchors == null ? "q" + (i + 1) : quoteAnchors.get(i);
			Speaker speaker = q.speaker();
			String href = speaker == null ? null : speakerHref.apply(speaker);
			quoteViews.add(new QuoteView(anchor, q.text(), speaker == null ? null : speaker.name(),
					speaker == null ? null : speaker.role(), href, q.kind() == null ? null : q.kind().name(),
					where(q)));
			if (speaker != null && q.kind() != QuoteKind.TERM) {
				file(q, anchor, href, quotesByPlace, continuedQuote);
			}
		}
		List<SectionView> sections = new ArrayList<>();
		for (Section s : report.sections()) {
			List<ParagraphView> paragraphs = new ArrayList<>();
			for (int p = 0; p < s.paragraphs().size(); p++) {
				Paragraph paragraph = s.paragraphs().get(p);
				String key = "s" + s.index() + "p" + p;
				List<QuoteRef> quotes = quotesByPlace.getOrDefault(key, List.of());
				paragraphs
					.add(new ParagraphView(inlines(paragraph.text(), paragraph.footnoteRefs(), quotes, backReferences),
							continuedQuote.get(key)));
			}
			List<CaptionView> captions = s.captions()
				.stream()
				.map(c -> new CaptionView(LostLinks.inCaption(c)))
				.toList();
			List<Inline> heading = s.heading() == null ? null : inlines(s.heading(), List.of(),
					quotesByPlace.getOrDefault("s" + s.index() + "h", List.of()), backReferences);
			sections.add(new SectionView(s.anchor(), s.heading(), paragraphs, captions, heading));
		}
		List<FootnoteView> footnotes = new ArrayList<>();
		for (Footnote f : report.footnotes()) {
			List<QuoteRef> quotes = quotesByPlace.getOrDefault("fn" + f.number(), List.of());
			footnotes.add(new FootnoteView(f.number(), "fn" + f.number(),
					LostLinks.inNote(inlines(f.text(), List.of(), quotes, backReferences)), f.outlet(), f.country(),
					f.date(), backReferences.getOrDefault(f.number(), List.of())));
		}
		List<AuthorView> authors = report.authors().stream().map(a -> new AuthorView(a.name(), a.bio())).toList();
		List<Inline> title = report.title() == null ? null
				: inlines(report.title(), List.of(), quotesByPlace.getOrDefault(TITLE, List.of()), backReferences);
		return new ReportView(report.title(), report.publishedOn(), report.series(), report.seriesNumber(), authors,
				report.countries(), report.sourceUrl(), sections, footnotes, quoteViews, title);
	}

	/**
	 * Files a quote under the paragraph (or note) it stands in. A quotation over several
	 * paragraphs (the parser joins its pieces with a blank line) is filed piece by piece
	 * under consecutive paragraphs, so each quoted paragraph is marked and the speaker's
	 * label follows only the last.
	 */
	private static void file(Quote q, String anchor, String href, Map<String, List<QuoteRef>> quotesByPlace,
			Map<String, String> continuedQuote) {
		String text = q.text() == null ? "" : q.text().strip();
		List<String> pieces = q.section() == null ? List.of(text)
				: Arrays.stream(text.split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
		if (pieces.size() <= 1) {
			quotesByPlace.computeIfAbsent(place(q), k -> new ArrayList<>())
				.add(new QuoteRef(anchor, q, href, text, true));
			return;
		}
		int first = q.paragraph() == null ? 0 : q.paragraph();
		for (int i = 0; i < pieces.size(); i++) {
			String key = "s" + q.section() + "p" + (first + i);
			String id = i == 0 ? anchor : anchor + "-" + (i + 1);
			quotesByPlace.computeIfAbsent(key, k -> new ArrayList<>())
				.add(new QuoteRef(id, q, href, pieces.get(i), i == pieces.size() - 1));
			if (i > 0) {
				continuedQuote.putIfAbsent(key, anchor);
			}
		}
	}

	/** Where a quote stands: a paragraph, a section's heading, a note, or the title. */
	private static String place(Quote q) {
		if (q.section() != null) {
			return "s" + q.section() + (q.paragraph() == null ? "h" : "p" + q.paragraph());
		}
		return q.footnote() == null ? TITLE : "fn" + q.footnote();
	}

	private static String where(Quote q) {
		if (q.section() != null) {
			return "s" + q.section();
		}
		return q.footnote() == null ? TITLE : "fn" + q.footnote();
	}

	private static List<Inline> inlines(String text, List<FootnoteRef> refs, List<QuoteRef> quotes,
			Map<Integer, List<String>> backReferences) {
		String t = text == null ? "" : text;
		List<Span> spans = locate(t, quotes);
		List<FootnoteRef> markers = refs.stream()
			.filter(r -> r.offset() >= 0 && r.offset() <= t.length())
			.sorted((a, b) -> Integer.compare(a.offset(), b.offset()))
			.toList();
		List<Inline> out = new ArrayList<>();
		// Quotes that could not be found in the text still get their anchor, at the
		// paragraph start;
		// without a label, which would stand glued to the paragraph's first word.
		for (QuoteRef q : quotes) {
			if (spans.stream().noneMatch(s -> s.quote == q)) {
				out.add(new QuoteSpan(q.anchor, q.quote.speaker().name(), q.href, List.of(), false));
			}
		}
		int pos = 0;
		int m = 0;
		for (Span span : spans) {
			m = emit(t, pos, span.start, markers, m, out, backReferences, false);
			List<Inline> children = new ArrayList<>();
			m = emit(t, span.start, span.end, markers, m, children, backReferences, true);
			out.add(new QuoteSpan(span.quote.anchor, span.quote.quote.speaker().name(), span.quote.href, children,
					span.quote.last));
			pos = span.end;
		}
		emit(t, pos, t.length(), markers, m, out, backReferences, false);
		return out;
	}

	/**
	 * Emits text from {@code from} to {@code to} with the markers that fall in it; a
	 * marker at the end of a quote goes after the quote (its note cites the whole
	 * quotation).
	 */
	private static int emit(String t, int from, int to, List<FootnoteRef> markers, int m, List<Inline> out,
			Map<Integer, List<String>> backReferences, boolean insideQuote) {
		int pos = from;
		while (m < markers.size()) {
			int offset = markers.get(m).offset();
			if (insideQuote ? offset >= to : offset > to) {
				break;
			}
			int at = Math.max(offset, pos);
			if (at > pos) {
				out.add(new Text(t.substring(pos, at)));
			}
			int number = markers.get(m).number();
			List<String> ids = backReferences.computeIfAbsent(number, k -> new ArrayList<>());
			String id = "fnref" + number + "-" + (ids.size() + 1);
			ids.add(id);
			out.add(new NoteMarker(number, id));
			pos = at;
			m++;
		}
		if (to > pos) {
			out.add(new Text(t.substring(pos, to)));
		}
		return m;
	}

	/**
	 * Finds each quote's text in the paragraph, in order, widened to take in its
	 * quotation marks and the punctuation standing inside the closing mark
	 * ({@code available."}), so the speaker's label always comes after the closing mark.
	 */
	private static List<Span> locate(String t, List<QuoteRef> quotes) {
		List<Span> spans = new ArrayList<>();
		int from = 0;
		for (QuoteRef q : quotes) {
			String needle = q.text;
			if (needle.isEmpty()) {
				continue;
			}
			int start = t.indexOf(needle, from);
			if (start < 0) {
				continue;
			}
			int end = start + needle.length();
			if (start > 0 && OPENING_MARKS.indexOf(t.charAt(start - 1)) >= 0 && start - 1 >= from) {
				start--;
			}
			int punctuation = end;
			while (punctuation < t.length() && INNER_PUNCTUATION.indexOf(t.charAt(punctuation)) >= 0) {
				punctuation++;
			}
			if (punctuation < t.length() && CLOSING_MARKS.indexOf(t.charAt(punctuation)) >= 0) {
				end = punctuation + 1;
			}
			spans.add(new Span(start, end, q));
			from = end;
		}
		return spans;
	}

	/**
	 * One quote, or one paragraph's piece of it: its id, its text there, and whether it
	 * closes the quote.
	 */
	private record QuoteRef(String anchor, Quote quote, String href, String text, boolean last) {
	}

	private record Span(int start, int end, QuoteRef quote) {
	}

}
