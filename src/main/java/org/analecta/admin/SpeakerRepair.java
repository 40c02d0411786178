package org.analecta.admin;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.analecta.ingest.Corrections;
import org.analecta.report.Quote;
import org.analecta.report.Quotes;
import org.analecta.report.Slugs;
import org.analecta.report.Speaker;
import org.analecta.parser.ParsedReport.SpeakerKind;
import org.analecta.report.Speakers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Repairs of a speaker record besides merging and aliases: splitting one that is really
 * two people (the chosen quotations go to another speaker), deleting a bogus one (its
 * quotations become unattributed and unchecked, so the review queue lists them), and
 * setting its kind. Entity by entity so the index follows; each repair and its log entry
 * commit together.
 */
@Service
@Transactional
class SpeakerRepair {

	private final Speakers speakers;

	private final Quotes quotes;

	private final AdminEdits edits;

	private final Corrections corrections;

	private final AdminLog log;

	private final EntityManager em;

	SpeakerRepair(Speakers speakers, Quotes quotes, AdminEdits edits, Corrections corrections, AdminLog log,
			EntityManager em) {
		this.speakers = speakers;
		this.quotes = quotes;
		this.edits = edits;
		this.corrections = corrections;
		this.log = log;
		this.em = em;
	}

	record QuoteRow(long id, String reportSlug, String reportTitle, String anchor, String text) {
	}

	record Page(String slug, String name, SpeakerKind kind, List<QuoteRow> quotes) {
	}

	@Transactional(readOnly = true)
	Page page(String slug) {
		Speaker speaker = speaker(slug);
		List<QuoteRow> rows = quotes.findBySpeaker(speaker)
			.stream()
			.map(q -> new QuoteRow(q.getId(), q.getReport().getSlug(), q.getReport().getTitle(), q.getAnchor(),
					q.getText()))
			.toList();
		return new Page(speaker.getSlug(), speaker.getCanonicalName(), speaker.getKind(), rows);
	}

	/**
	 * Moves the chosen quotations of {@code slug} to the named speaker (found or
	 * created).
	 */
	int split(String slug, List<Long> quoteIds, String otherSpeaker) {
		Speaker speaker = speaker(slug);
		if (otherSpeaker == null || otherSpeaker.isBlank()) {
			throw new IllegalArgumentException("Name the speaker the chosen quotations go to.");
		}
		int moved = 0;
		for (long id : quoteIds) {
			Quote quote = em.find(Quote.class, id);
			if (quote != null && quote.getSpeaker() != null && quote.getSpeaker().getId().equals(speaker.getId())) {
				edits.fixQuoteSpeaker(id, otherSpeaker);
				moved++;
			}
		}
		if (moved == 0) {
			throw new IllegalArgumentException("Tick the quotations that belong to the other person.");
		}
		log.record("split speaker", slug, Counts.of(moved, "quotation", "quotations") + " → " + otherSpeaker.strip());
		return moved;
	}

	/**
	 * Deletes the record; its quotations become unattributed and go to the review queue.
	 */
	int delete(String slug) {
		Speaker speaker = speaker(slug);
		List<Quote> quoted = quotes.findBySpeaker(speaker);
		for (Quote quote : quoted) {
			quote.setSpeaker(null);
			quote.setVerified(false);
		}
		corrections.forgetSpeaker(speaker.getId());
		em.flush();
		speakers.delete(speaker);
		log.record("delete speaker", slug, speaker.getCanonicalName() + "; "
				+ Counts.of(quoted.size(), "quotation", "quotations") + " now unattributed");
		return quoted.size();
	}

	void setKind(String slug, SpeakerKind kind) {
		Speaker speaker = speaker(slug);
		speaker.setKind(kind);
		log.record("set speaker kind", slug, kind.name());
	}

	/** By slug, or by a name as the suggestions offer it. */
	private Speaker speaker(String slugOrName) {
		String typed = slugOrName == null ? "" : slugOrName.strip();
		return speakers.findBySlug(typed)
			.or(() -> speakers.findBySlug(Slugs.of(typed, 100)))
			.orElseThrow(() -> new IllegalArgumentException("There is no speaker '" + typed + "'."));
	}

}
