package org.analecta.admin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.analecta.SearchIndexing;
import org.analecta.ingest.IngestResult;
import org.analecta.ingest.IngestService;
import org.analecta.search.IndexMaintenance;
import org.analecta.search.QuoteQuery;
import org.analecta.search.QuoteResults;
import org.analecta.search.QuoteSearch;
import org.analecta.search.ReportQuery;
import org.analecta.search.ReportResults;
import org.analecta.search.ReportResults.FacetValue;
import org.analecta.search.ReportSearch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * After an admin's correction, the search finds what the database now says: the quote
 * documents and the report documents (whose speaker facet and title come from the changed
 * rows) are re-indexed, and the database/index consistency check stays green.
 */
@SpringBootTest
@WithMockUser(username = "editor", roles = "ADMIN")
class AdminIndexConsistencyTests {

	private static final Path FIXTURES = Path.of("src/test/resources/fixtures/reports");

	@Autowired
	AdminEdits edits;

	@Autowired
	IngestService ingest;

	@Autowired
	QuoteSearch quoteSearch;

	@Autowired
	ReportSearch reportSearch;

	@Autowired
	IndexMaintenance maintenance;

	@Autowired
	ArchiveJobs jobs;

	@Autowired
	AdminLog log;

	@Autowired
	EntityManager em;

	@Autowired
	EntityManagerFactory emf;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate tx;

	private String khashoggiReport;

	private String qatarReport;

	@BeforeEach
	void ingestTwoReports() throws Exception {
		khashoggiReport = ingest("14-erdogan-khashoggi-2018.txt");
		qatarReport = ingest("12-qatar-blockade-2017.txt");
		SearchIndexing.awaitCaughtUp(jdbc, emf);
	}

	@Test
	void mergedSpeakersAreOneSpeakerInQuoteAndReportSearch() {
		String kept = speakerSlugOfQuote("order to kill Khashoggi");
		String removed = speakerSlugOfQuote("Qatar knows what it has to do");
		assertThat(kept).isNotEqualTo(removed);
		String keptName = nameOf(kept);
		String removedName = nameOf(removed);
		long keptBefore = quotesBy(kept).total();
		long removedBefore = quotesBy(removed).total();
		assertThat(keptBefore).isPositive();
		assertThat(removedBefore).isPositive();

		edits.mergeSpeakers(removed, kept);
		SearchIndexing.awaitCaughtUp(jdbc, emf);

		QuoteResults byKept = quotesBy(kept);
		assertThat(byKept.total()).isEqualTo(keptBefore + removedBefore);
		assertThat(byKept.hits()).extracting(QuoteResults.Hit::speakerName).containsOnly(keptName);
		assertThat(byKept.hits()).extracting(QuoteResults.Hit::reportSlug).contains(khashoggiReport, qatarReport);
		assertThat(byKept.hits()).extracting(QuoteResults.Hit::text)
			.anyMatch(t -> t.contains("Qatar knows what it has to do"));
		// The removed record's slug still matches its old spelling as a name (now an
		// alias of the kept
		// speaker, and as the reports wrote it), but no quote is filed under the removed
		// record.
		QuoteResults byRemoved = quotesBy(removed);
		assertThat(byRemoved.hits()).extracting(QuoteResults.Hit::speakerSlug).containsOnly(kept);
		assertThat(byRemoved.speakers()).extracting(FacetValue::value).containsOnly(keptName);

		ReportResults reports = reportSearch.search(ReportQuery.of(null).withSpeakers(List.of(kept)));
		assertThat(reports.hits()).extracting(ReportResults.Hit::slug).contains(khashoggiReport, qatarReport);
		assertThat(reports.facets().speakers()).extracting(FacetValue::value)
			.contains(keptName)
			.doesNotContain(removedName);
		assertThat(reportSearch.search(ReportQuery.of(null).withSpeakers(List.of(removed))).total()).isZero();
		assertThat(maintenance.check().consistent()).isTrue();
	}

	@Test
	void aReattributedQuoteIsFoundUnderItsNewSpeakerOnly() {
		long quoteId = quoteId("Qatar knows what it has to do");
		String before = speakerSlugOfQuote("Qatar knows what it has to do");
		// Shown once before the edit: the search keeps the rows it showed.
		assertThat(quotesBy(before).hits()).filteredOn(h -> h.id() == quoteId)
			.extracting(QuoteResults.Hit::speakerSlug)
			.containsExactly(before);

		// The admin page's form posts to AdminController.fixSpeaker, which hands the
		// typed slug or name
		// to this. First to a speaker already on record (no new alias whose indexing
		// could carry the
		// change along), then to a new one.
		String other = speakerSlugOfQuote("We are not ready to surrender");
		assertThat(other).isNotEqualTo(before);
		edits.fixQuoteSpeaker(quoteId, other);
		SearchIndexing.awaitCaughtUp(jdbc, emf);
		assertThat(quoteIdsBy(other)).contains(quoteId);
		assertThat(quoteSearch.search(QuoteQuery.of("\"Qatar knows what it has to do\"")).speakers())
			.extracting(FacetValue::value)
			.containsExactly(nameOf(other));

		edits.fixQuoteSpeaker(quoteId, "Abdullah Dabbagh");
		SearchIndexing.awaitCaughtUp(jdbc, emf);

		// The quote may still match the old name as the report wrote it, but it is filed
		// under the new speaker.
		assertThat(quotesBy(before).hits()).filteredOn(h -> h.id() == quoteId)
			.extracting(QuoteResults.Hit::speakerSlug)
			.containsOnly("abdullah-dabbagh");
		QuoteResults byText = quoteSearch.search(QuoteQuery.of("\"Qatar knows what it has to do\""));
		assertThat(byText.speakers()).extracting(FacetValue::value).containsExactly("Abdullah Dabbagh");
		QuoteResults byNew = quoteSearch.search(QuoteQuery.bySpeaker("Abdullah Dabbagh"));
		assertThat(byNew.hits()).extracting(QuoteResults.Hit::id).containsExactly(quoteId);
		assertThat(byNew.hits().get(0).speakerName()).isEqualTo("Abdullah Dabbagh");
		ReportResults qatar = reportSearch.search(ReportQuery.of(null).withSpeakers(List.of("Abdullah Dabbagh")));
		assertThat(qatar.hits()).extracting(ReportResults.Hit::slug).containsExactly(qatarReport);
		assertThat(maintenance.check().consistent()).isTrue();
	}

	@Test
	void editedMetadataIsWhatBothSearchesShow() {
		edits.updateMetadata(khashoggiReport, new AdminEdits.Metadata("Erdoğan Presses Riyadh Over Consulate Killing",
				LocalDate.of(2018, 11, 4), "Special Dispatch", "7744", null));
		SearchIndexing.awaitCaughtUp(jdbc, emf);

		ReportResults reports = reportSearch.search(ReportQuery.of("consulate killing presses"));
		assertThat(reports.hits()).extracting(ReportResults.Hit::slug).contains(khashoggiReport);
		ReportResults.Hit hit = reports.hits()
			.stream()
			.filter(h -> h.slug().equals(khashoggiReport))
			.findFirst()
			.orElseThrow();
		assertThat(hit.title()).isEqualTo("Erdoğan Presses Riyadh Over Consulate Killing");
		assertThat(hit.series()).isEqualTo("Special Dispatch");
		assertThat(hit.publishedOn()).isEqualTo(LocalDate.of(2018, 11, 4));

		QuoteResults quotes = quoteSearch
			.search(QuoteQuery.of("order to kill Khashoggi").withSeries(List.of("Special Dispatch")));
		assertThat(quotes.hits()).isNotEmpty().allSatisfy(q -> {
			assertThat(q.reportTitle()).isEqualTo("Erdoğan Presses Riyadh Over Consulate Killing");
			assertThat(q.seriesNumber()).isEqualTo("7744");
			assertThat(q.reportDate()).isEqualTo(LocalDate.of(2018, 11, 4));
		});
		assertThat(maintenance.check().consistent()).isTrue();
	}

	@Test
	void anAddedAliasFindsTheSpeakersQuotesAtOnce() {
		String slug = speakerSlugOfQuote("order to kill Khashoggi");
		long quoteId = quoteId("order to kill Khashoggi");
		// "Reis", as his supporters call him: a spelling no report uses.
		assertThat(quoteSearch.search(QuoteQuery.bySpeaker("Reis")).total()).isZero();

		String name = edits.addSpeakerAlias(slug, " Reis ");
		SearchIndexing.awaitCaughtUp(jdbc, emf);

		assertThat(name).isEqualTo(nameOf(slug));
		QuoteResults byAlias = quoteSearch.search(QuoteQuery.bySpeaker("Reis").withPage(1, 100));
		assertThat(byAlias.hits()).extracting(QuoteResults.Hit::id).contains(quoteId);
		assertThat(byAlias.hits()).extracting(QuoteResults.Hit::speakerSlug).containsOnly(slug);
		assertThat(log.latest(1)).singleElement().satisfies(e -> {
			assertThat(e.actor()).isEqualTo("editor");
			assertThat(e.action()).isEqualTo("add speaker alias");
			assertThat(e.target()).isEqualTo(slug);
			assertThat(e.detail()).isEqualTo("Reis");
		});
		assertThatThrownBy(() -> edits.addSpeakerAlias("no-such-speaker", "Reis"))
			.hasMessage("There is no speaker 'no-such-speaker'.");
		assertThat(maintenance.check().consistent()).isTrue();
	}

	@Test
	void reparsingAllReportsIsLoggedAndLeavesTheIndexConsistent() throws Exception {
		long stored = tx.execute(s -> em.createQuery("select count(r) from Report r", Long.class).getSingleResult());

		String done = run(ArchiveJobs.Kind.REPARSE).message();
		SearchIndexing.awaitCaughtUp(jdbc, emf);

		assertThat(done).isEqualTo("Re-parsed " + stored + " reports.");
		assertThat(log.latest(1)).singleElement().satisfies(e -> {
			assertThat(e.action()).isEqualTo("reparse");
			assertThat(e.actor()).isEqualTo("editor");
			assertThat(e.detail()).isEqualTo(done);
		});
		assertThat(quoteSearch.search(QuoteQuery.of("\"order to kill Khashoggi\"")).hits())
			.extracting(QuoteResults.Hit::reportSlug)
			.containsExactly(khashoggiReport);
		assertThat(maintenance.check().consistent()).isTrue();
	}

	@Test
	void reparsingReindexesSectionTextEvenWhenTheReportsOwnFieldsStayTheSame() throws Exception {
		// As if an older parser had stored a word the text does not have: the report's
		// own columns
		// (title, date, series) are what a re-parse sets again, so only its parts change.
		jdbc.update(
				"update paragraphs set text = text || ' zanzibarite' where id = (select min(p.id) from paragraphs p "
						+ "join sections s on s.id = p.section_id join reports r on r.id = s.report_id where r.slug = ?)",
				khashoggiReport);
		run(ArchiveJobs.Kind.REINDEX);
		SearchIndexing.awaitCaughtUp(jdbc, emf);
		assertThat(reportSearch.search(ReportQuery.of("zanzibarite")).hits()).extracting(ReportResults.Hit::slug)
			.containsExactly(khashoggiReport);

		run(ArchiveJobs.Kind.REPARSE);
		SearchIndexing.awaitCaughtUp(jdbc, emf);

		assertThat(reportSearch.search(ReportQuery.of("zanzibarite")).total()).isZero();
		assertThat(reportSearch.search(ReportQuery.of("Khashoggi")).hits()).extracting(ReportResults.Hit::slug)
			.contains(khashoggiReport);
		assertThat(maintenance.check().consistent()).isTrue();
	}

	private ArchiveJobs.Job run(ArchiveJobs.Kind kind) throws InterruptedException {
		assertThat(jobs.awaitIdle(Duration.ofMinutes(2))).isTrue();
		ArchiveJobs.Job started = jobs.start(kind).orElseThrow();
		assertThat(jobs.awaitIdle(Duration.ofMinutes(2))).isTrue();
		ArchiveJobs.Job done = jobs.find(started.id()).orElseThrow();
		assertThat(done.state()).isEqualTo(ArchiveJobs.State.DONE);
		return done;
	}

	private String ingest(String file) throws Exception {
		IngestResult result = ingest.ingest(Files.readAllBytes(FIXTURES.resolve(file)), file, "text/plain");
		assertThat(result.error()).as(file).isNull();
		return result.slug();
	}

	private QuoteResults quotesBy(String speakerSlug) {
		return quoteSearch.search(QuoteQuery.bySpeaker(speakerSlug).withPage(1, 100));
	}

	private List<Long> quoteIdsBy(String speakerSlug) {
		return quotesBy(speakerSlug).hits().stream().map(QuoteResults.Hit::id).toList();
	}

	private long quoteId(String words) {
		return tx.execute(s -> em.createQuery("select q.id from Quote q where q.text like :t", Long.class)
			.setParameter("t", "%" + words + "%")
			.getSingleResult());
	}

	private String speakerSlugOfQuote(String words) {
		return tx.execute(s -> em.createQuery("select q.speaker.slug from Quote q where q.text like :t", String.class)
			.setParameter("t", "%" + words + "%")
			.getSingleResult());
	}

	private String nameOf(String speakerSlug) {
		return tx.execute(s -> em.createQuery("select s.canonicalName from Speaker s where s.slug = :s", String.class)
			.setParameter("s", speakerSlug)
			.getSingleResult());
	}

}
