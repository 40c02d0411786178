package org.analecta.admin;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.analecta.report.Paragraph;
import org.analecta.report.Quote;
import org.analecta.parser.ParsedReport.QuoteKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quotations an admin should check: not yet checked, and attributed to nobody or with
 * a confidence below {@link ReviewSettings#confidenceThreshold()}; the latest uploads
 * first, each report's quotations in reading order. Terms (titles, slogans) are nobody's
 * statements and are left out.
 */
@Component
class ReviewQueue {

	static final int PAGE_SIZE = 50;

	private static final String WHERE = " where q.verified = false and q.kind <> :term"
			+ " and (q.speaker is null or q.confidence < :threshold)";

	private final EntityManager em;

	private final ReviewSettings settings;

	ReviewQueue(EntityManager em, ReviewSettings settings) {
		this.em = em;
		this.settings = settings;
	}

	/** One quotation to check, with the sentence around it. */
	record Item(long id, String reportSlug, String reportTitle, String anchor, String text, String context,
			String speaker, String speakerAsWritten, double confidence) {
	}

	record Page(List<Item> items, long total, int page, int pages) {
	}

	@Transactional(readOnly = true)
	Page page(int page) {
		long total = em.createQuery("select count(q) from Quote q" + WHERE, Long.class)
			.setParameter("term", QuoteKind.TERM)
			.setParameter("threshold", settings.confidenceThreshold())
			.getSingleResult();
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.clamp(page, 1, pages);
		List<Item> items = em
			.createQuery(
					"select q from Quote q join fetch q.report left join fetch q.speaker left join fetch q.paragraph"
							+ WHERE + " order by q.report.ingestedAt desc, q.report.id desc, q.number",
					Quote.class)
			.setParameter("term", QuoteKind.TERM)
			.setParameter("threshold", settings.confidenceThreshold())
			.setFirstResult((current - 1) * PAGE_SIZE)
			.setMaxResults(PAGE_SIZE)
			.getResultStream()
			.map(ReviewQueue::item)
			.toList();
		return new Page(items, total, current, pages);
	}

	private static Item item(Quote q) {
		return new Item(q.getId(), q.getReport().getSlug(), q.getReport().getTitle(), q.getAnchor(), q.getText(),
				context(q.getParagraph(), q.getText()),
				q.getSpeaker() == null ? null : q.getSpeaker().getCanonicalName(), q.getSpeakerAsWritten(),
				q.getConfidence());
	}

	/**
	 * The sentences around the quotation in its paragraph, at most about 400 characters.
	 */
	static String context(Paragraph paragraph, String quote) {
		if (paragraph == null || paragraph.getText() == null) {
			return null;
		}
		String text = paragraph.getText();
		int at = text.indexOf(quote.length() > 40 ? quote.substring(0, 40) : quote);
		if (text.length() <= 400 || at < 0) {
			return text.length() <= 400 ? text : text.substring(0, 400) + "…";
		}
		int from = Math.max(0, text.lastIndexOf(". ", Math.max(0, at - 150)) + 1);
		int to = Math.min(text.length(), Math.max(at + quote.length(), from + 400));
		int end = text.indexOf(". ", to);
		to = end < 0 || end - to > 150 ? to : end + 1;
		return (from > 0 ? "…" : "") + text.substring(from, to).strip() + (to < text.length() ? "…" : "");
	}

}
