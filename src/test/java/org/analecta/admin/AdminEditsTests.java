package org.analecta.admin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import jakarta.persistence.EntityManager;

import org.analecta.ingest.IngestService;
import org.analecta.report.Quote;
import org.analecta.report.Report;
import org.analecta.report.Reports;
import org.analecta.report.Speakers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The admin's corrections against the real archive: what changed, and that the log says
 * who did it.
 */
@SpringBootTest
@WithMockUser(username = "editor", roles = "ADMIN")
class AdminEditsTests {

	@Autowired
	AdminEdits edits;

	@Autowired
	AdminLog log;

	@Autowired
	IngestService ingest;

	@Autowired
	Reports reports;

	@Autowired
	Speakers speakers;

	@Autowired
	EntityManager em;

	@Autowired
	TransactionTemplate tx;

	private String slug;

	@BeforeEach
	void seed() throws Exception {
		Path seed = Path.of("data", "reports", "000_4c35f079a3e03125.txt");
		slug = ingest.ingest(Files.readAllBytes(seed), "seed.txt", null).slug();
	}

	@Test
	void metadataEditsAreStoredAndLogged() {
		edits.updateMetadata(slug, new AdminEdits.Metadata("Iran's Dilemma (corrected)", LocalDate.of(2014, 6, 21),
				"Special Dispatch", "5800", "https://www.memri.org/reports/x"));
		tx.executeWithoutResult(s -> {
			Report r = reports.findBySlug(slug).orElseThrow();
			assertThat(r.getTitle()).isEqualTo("Iran's Dilemma (corrected)");
			assertThat(r.getPublishedOn()).isEqualTo(LocalDate.of(2014, 6, 21));
			assertThat(r.getSeries().getName()).isEqualTo("Special Dispatch");
			assertThat(r.getSeriesNumber()).isEqualTo("5800");
		});
		assertThat(log.latest(5)).anySatisfy(e -> {
			assertThat(e.actor()).isEqualTo("editor");
			assertThat(e.action()).isEqualTo("edit report");
			assertThat(e.target()).isEqualTo(slug);
		});
	}

	@Test
	void aBlankTitleIsRefused() {
		assertThatThrownBy(() -> edits.updateMetadata(slug, new AdminEdits.Metadata(" ", null, null, null, null)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("A report needs a title.");
	}

	@Test
	void aQuoteCanBeReattributedToAnExistingOrANewSpeaker() {
		long quoteId = quoteOf("Hassan Firouzabadi");
		edits.fixQuoteSpeaker(quoteId, "hassan-rohani");
		assertThat(speakerOf(quoteId)).isEqualTo("Hassan Rohani");
		edits.fixQuoteSpeaker(quoteId, "Mohammad Bagheri");
		assertThat(speakerOf(quoteId)).isEqualTo("Mohammad Bagheri");
		assertThat(speakers.findBySlug("mohammad-bagheri")).isPresent();
		assertThat(log.latest(1).get(0).detail()).isEqualTo("Hassan Rohani → Mohammad Bagheri");
	}

	@Test
	void mergingMovesQuotesAndRemovesTheSource() {
		// Another speaker than the reattribution test's, so the two tests do not depend
		// on their order.
		long quoteId = quoteOf("Barack Obama");
		String source = tx.execute(s -> em.find(Quote.class, quoteId).getSpeaker().getSlug());
		long quotes = tx
			.execute(s -> em.createQuery("select count(q) from Quote q where q.speaker.slug = :s", Long.class)
				.setParameter("s", source)
				.getSingleResult());
		int moved = edits.mergeSpeakers(source, "hassan-rohani");
		assertThat(moved).isEqualTo(quotes).isPositive();
		assertThat(speakerOf(quoteId)).isEqualTo("Hassan Rohani");
		assertThat(speakers.findBySlug(source)).isEmpty();
		assertThatThrownBy(() -> edits.mergeSpeakers("hassan-rohani", "hassan-rohani"))
			.hasMessage("Choose two different speakers.");
	}

	private long quoteOf(String speaker) {
		return tx.execute(s -> em.createQuery("select q.id from Quote q where q.speaker.canonicalName = :n", Long.class)
			.setParameter("n", speaker)
			.getResultList()
			.get(0));
	}

	private String speakerOf(long quoteId) {
		return tx.execute(s -> {
			Quote q = em.find(Quote.class, quoteId);
			return q.getSpeaker() == null ? null : q.getSpeaker().getCanonicalName();
		});
	}

}
