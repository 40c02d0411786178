package org.analecta.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a quote-search result line shows beyond the index's fields: the report's countries
 * and the sentence around the quotation, read for one page of hits in two queries.
 */
@Component
class QuoteLines {

	/** Context is cut at this many characters either side of the quotation. */
	private static final int MAX_CONTEXT = 280;

	private final EntityManager em;

	QuoteLines(EntityManager em) {
		this.em = em;
	}

	/**
	 * One result line. Public, as the other types the page reads, so that its expressions
	 * compile.
	 *
	 * @param verified whether an admin has confirmed who said it (from the review queue)
	 * @param context the sentence the quotation stands in, or null when the quotation is
	 * the whole of it (nothing more to show)
	 */
	public record QuoteLine(QuoteController.QuoteView quote, List<String> countries, boolean verified,
			Context context) {
	}

	/** A sentence in three pieces, so the page can set the quotation apart inside it. */
	public record Context(String before, String quote, String after) {
	}

	@Transactional(readOnly = true)
	List<QuoteLine> of(List<QuoteResults.Hit> hits) {
		if (hits.isEmpty()) {
			return List.of();
		}
		List<Long> ids = hits.stream().map(QuoteResults.Hit::id).toList();
		Map<Long, String> places = new HashMap<>();
		em.createQuery(
				"select q.id, coalesce(p.text, f.text) from Quote q left join q.paragraph p left join q.footnote f"
						+ " where q.id in :ids",
				Object[].class)
			.setParameter("ids", ids)
			.getResultList()
			.forEach(row -> places.put((Long) row[0], (String) row[1]));
		Map<Long, List<String>> countries = new HashMap<>();
		em.createQuery("select q.id, c.name from Quote q join q.report r join r.countries c where q.id in :ids"
				+ " order by c.name", Object[].class)
			.setParameter("ids", ids)
			.getResultList()
			.forEach(row -> countries.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]));
		return hits.stream()
			.map(h -> new QuoteLine(QuoteController.view(h), countries.getOrDefault(h.id(), List.of()), h.verified(),
					context(places.get(h.id()), h.text())))
			.toList();
	}

	/**
	 * The sentence around {@code quote} in {@code text}: from the end of the one before
	 * to the end of its own.
	 */
	static Context context(String text, String quote) {
		if (text == null || quote == null || quote.isBlank()) {
			return null;
		}
		String needle = quote.strip();
		int start = text.indexOf(needle);
		if (start < 0) {
			return null;
		}
		int end = start + needle.length();
		int from = sentenceStart(text, start);
		int to = sentenceEnd(text, end);
		String before = text.substring(from, start);
		String after = text.substring(end, to);
		if (before.replaceAll("[\\s\"“”‘’'«»]", "").isEmpty()
				&& after.replaceAll("[\\s\"“”‘’'«».,;:!?…\\[\\]0-9]", "").isEmpty()) {
			return null;
		}
		return new Context(
				before.length() > MAX_CONTEXT ? "…" + before.substring(before.length() - MAX_CONTEXT) : before, needle,
				after.length() > MAX_CONTEXT ? after.substring(0, MAX_CONTEXT) + "…" : after);
	}

	private static int sentenceStart(String text, int at) {
		for (int i = at - 1; i > 0; i--) {
			if (Character.isWhitespace(text.charAt(i)) && endsSentence(text, i - 1)) {
				return i + 1;
			}
		}
		return 0;
	}

	/**
	 * Where the sentence holding offset {@code at} ends; a quotation ending in a full
	 * stop may end it.
	 */
	private static int sentenceEnd(String text, int at) {
		for (int i = Math.max(0, at - 1); i < text.length(); i++) {
			if (endsSentence(text, i) && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))
					|| "\"”’'»[".indexOf(text.charAt(i + 1)) >= 0)) {
				int end = i + 1;
				while (end < text.length() && "\"”’'»".indexOf(text.charAt(end)) >= 0) {
					end++;
				}
				return Math.max(end, at);
			}
		}
		return text.length();
	}

	/**
	 * A full stop, question or exclamation mark ending a sentence, not an initial
	 * ("U.S.", "J. Kerry").
	 */
	private static boolean endsSentence(String text, int i) {
		char c = text.charAt(i);
		if (c == '?' || c == '!') {
			return true;
		}
		if (c != '.' && !(("\"”’'»".indexOf(c) >= 0) && i > 0 && ".?!".indexOf(text.charAt(i - 1)) >= 0)) {
			return false;
		}
		int dot = c == '.' ? i : i - 1;
		if (text.charAt(dot) != '.') {
			return true;
		}
		// "U.S." and "J." are initials: a single capital letter before the stop.
		return !(dot >= 1 && Character.isUpperCase(text.charAt(dot - 1))
				&& (dot < 2 || !Character.isLetter(text.charAt(dot - 2))));
	}

}
