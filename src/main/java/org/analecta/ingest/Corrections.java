package org.analecta.ingest;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.analecta.report.Quote;
import org.analecta.parser.ParsedReport.QuoteKind;
import org.analecta.report.Report;
import org.analecta.report.Speaker;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What admins said of reports and quotations, kept apart from what the parser reads: the
 * metadata they corrected, and each quotation they reattributed, confirmed or marked "not
 * a quotation". Every re-parse and every new version applies them again. A quotation is
 * found again by its normalised words and its place among the report's quotations with
 * the same words, so a changed parser that numbers quotations differently still finds it.
 * Written in the caller's transaction.
 */
@Component
public class Corrections {

	private final JdbcClient jdbc;

	private final EntityManager em;

	Corrections(JdbcClient jdbc, EntityManager em) {
		this.jdbc = jdbc;
		this.em = em;
	}

	/**
	 * The metadata corrections kept for a report; {@link MetadataCorrection#NONE} when
	 * there are none.
	 */
	public MetadataCorrection metadata(long reportId) {
		return jdbc
			.sql("select title, published_on, series, series_number, source_url, countries from report_corrections"
					+ " where report_id = ?")
			.param(reportId)
			.query((rs, n) -> {
				Date date = rs.getDate("published_on");
				String countries = rs.getString("countries");
				return new MetadataCorrection(rs.getString("title"), date == null ? null : date.toLocalDate(),
						rs.getString("series"), rs.getString("series_number"), rs.getString("source_url"),
						countries == null ? null : Arrays.asList(countries.split("\n")));
			})
			.optional()
			.orElse(MetadataCorrection.NONE);
	}

	/** Keeps a metadata correction over the ones kept before. */
	public void keepMetadata(long reportId, MetadataCorrection correction) {
		if (correction.isEmpty()) {
			return;
		}
		MetadataCorrection kept = correction.over(metadata(reportId));
		jdbc.sql(
				"""
						insert into report_corrections (report_id, title, published_on, series, series_number, source_url, countries)
						values (?, ?, ?, ?, ?, ?, ?)
						on conflict (report_id) do update set title = excluded.title, published_on = excluded.published_on,
						series = excluded.series, series_number = excluded.series_number, source_url = excluded.source_url,
						countries = excluded.countries""")
			.params(reportId, kept.title(), kept.publishedOn() == null ? null : Date.valueOf(kept.publishedOn()),
					kept.series(), kept.seriesNumber(), kept.sourceUrl(),
					kept.countries() == null ? null : String.join("\n", kept.countries()))
			.update();
	}

	/**
	 * Keeps the quotation's attribution and marks as they now are: an admin decided them.
	 */
	public void keepQuote(Quote quote) {
		em.flush(); // a speaker the admin just named must exist before the row points at
					// it
		Key key = key(quote, quote.getReport().getQuotes());
		jdbc.sql("""
				insert into quote_corrections (report_id, text_key, occurrence, speaker_set, speaker_id, not_quotation,
				verified, decided_at) values (?, ?, ?, true, ?, ?, ?, ?)
				on conflict (report_id, text_key, occurrence) do update set speaker_set = true,
				speaker_id = excluded.speaker_id, not_quotation = excluded.not_quotation, verified = excluded.verified,
				decided_at = excluded.decided_at""")
			.params(quote.getReport().getId(), key.text(), key.occurrence(),
					quote.getSpeaker() == null ? null : quote.getSpeaker().getId(), quote.getKind() == QuoteKind.TERM,
					quote.isVerified(), Timestamp.from(Instant.now()))
			.update();
	}

	/**
	 * Moves the kept attributions of one speaker record to another (when two are merged).
	 */
	public void moveSpeaker(long fromSpeakerId, long toSpeakerId) {
		jdbc.sql("update quote_corrections set speaker_id = ? where speaker_id = ?")
			.params(toSpeakerId, fromSpeakerId)
			.update();
	}

	/**
	 * A speaker record is deleted as bogus: the decisions that named it become
	 * "attributed to nobody, not checked", so a re-parse leaves those quotations in the
	 * review queue.
	 */
	public void forgetSpeaker(long speakerId) {
		jdbc.sql("update quote_corrections set speaker_id = null, verified = false where speaker_id = ?")
			.param(speakerId)
			.update();
	}

	/**
	 * Applies the kept quotation decisions to a freshly built report. Returns a warning
	 * for each decision whose quotation the parse no longer has; the decision stays kept.
	 */
	public List<String> reapplyToQuotes(Report report) {
		record Kept(String text, int occurrence, Long speakerId, boolean notQuotation, boolean verified) {
		}
		List<Kept> kept = jdbc
			.sql("select text_key, occurrence, speaker_set, speaker_id, not_quotation, verified from quote_corrections"
					+ " where report_id = ?")
			.param(report.getId())
			.query((rs, n) -> new Kept(rs.getString(1), rs.getInt(2), rs.getObject(4, Long.class), rs.getBoolean(5),
					rs.getBoolean(6)))
			.list();
		if (kept.isEmpty()) {
			return List.of();
		}
		Map<Key, Quote> quotes = new HashMap<>();
		Map<String, Integer> seen = new HashMap<>();
		for (Quote quote : report.getQuotes()) {
			String text = textKey(quote.getText());
			quotes.put(new Key(text, seen.merge(text, 1, Integer::sum)), quote);
		}
		List<String> warnings = new ArrayList<>();
		int missing = 0;
		for (Kept k : kept) {
			Quote quote = quotes.get(new Key(k.text(), k.occurrence()));
			if (quote == null) {
				missing++;
				continue;
			}
			if (k.notQuotation()) {
				quote.markNotQuotation();
			}
			else {
				quote.setSpeaker(k.speakerId() == null ? null : em.getReference(Speaker.class, k.speakerId()));
				quote.setVerified(k.verified());
			}
		}
		if (missing > 0) {
			warnings.add(missing + (missing == 1 ? " quotation" : " quotations")
					+ " an admin decided on no longer appear in the report; the decisions are kept");
		}
		return warnings;
	}

	private record Key(String text, int occurrence) {
	}

	private static Key key(Quote quote, List<Quote> all) {
		String text = textKey(quote.getText());
		int occurrence = 0;
		for (Quote other : all) {
			if (other.getNumber() <= quote.getNumber() && textKey(other.getText()).equals(text)) {
				occurrence++;
			}
		}
		return new Key(text, Math.max(1, occurrence));
	}

	/** The quotation's normalised words, hashed to a bounded key. */
	static String textKey(String text) {
		return IngestService.sha256(String.join(" ", TextFingerprint.words(text)).getBytes(StandardCharsets.UTF_8));
	}

}
