package org.analecta.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.analecta.parser.ParseException;

import org.analecta.parser.ReportParser;

import org.analecta.parser.SpeakerNames;
import org.analecta.speakers.SpeakerDirectory;

import org.analecta.SearchIndexing;
import org.analecta.ingest.IngestResult.Outcome;
import org.analecta.report.Paragraph;
import org.analecta.report.Quote;
import org.analecta.report.Quotes;
import org.analecta.report.Report;
import org.analecta.report.ReportOriginals;
import org.analecta.report.ReportRevisions;
import org.analecta.report.Reports;
import org.analecta.report.RevisionSummary;
import org.analecta.report.Section;
import org.analecta.report.Speaker;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Ingest through the real parser into the real database and index. Every test works on
 * its own variant of the sample report (its own series number), so the tests share one
 * context.
 */
@SpringBootTest
class IngestServiceTests {

	private static final Path SAMPLE = Path.of("data/reports/000_4c35f079a3e03125.txt");

	private static final AtomicInteger NUMBERS = new AtomicInteger(5000);

	@Autowired
	IngestService ingest;

	@Autowired
	Reports reports;

	@Autowired
	ReportOriginals originals;

	@Autowired
	ReportRevisions revisions;

	@Autowired
	Quotes quotes;

	@Autowired
	SpeakerDirectory directory;

	@Autowired
	SpeakerNames names;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory emf;

	@Autowired
	EntityManager em;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void theSameFileTwiceIsOneReport() throws IOException {
		byte[] file = variant(NUMBERS.incrementAndGet(), "");

		IngestResult first = ingest.ingest(file, "report.txt", null);
		IngestResult second = ingest.ingest(file.clone(), "renamed.txt", null);

		assertThat(first.outcome()).isEqualTo(Outcome.CREATED);
		assertThat(first.slug()).startsWith("2014-06-20-irans-dilemma-cooperate-with-us-against-sunnis");
		assertThat(second.outcome()).isEqualTo(Outcome.UNCHANGED);
		assertThat(second.reportId()).isEqualTo(first.reportId());
		assertThat(reports.findByContentHash(IngestService.sha256(file))).isPresent();
		assertThat(jdbc.queryForObject("select count(*) from reports where content_hash = ?", Long.class,
				IngestService.sha256(file)))
			.isOne();
		assertThat(revisions.countByReportId(first.reportId())).isZero();
	}

	@Test
	void concurrentUploadsOfOneFileStoreOneReport() throws Exception {
		byte[] file = variant(NUMBERS.incrementAndGet(), "");
		int uploads = 4;
		CyclicBarrier start = new CyclicBarrier(uploads);
		List<Future<IngestResult>> results = new ArrayList<>();
		try (var pool = Executors.newFixedThreadPool(uploads)) {
			for (int i = 0; i < uploads; i++) {
				results.add(pool.submit(() -> {
					start.await();
					return ingest.ingest(file, "same.txt", null);
				}));
			}
		}
		List<Outcome> outcomes = new ArrayList<>();
		for (var result : results) {
			outcomes.add(result.get().outcome());
		}

		assertThat(outcomes).containsOnlyOnce(Outcome.CREATED).containsOnly(Outcome.CREATED, Outcome.UNCHANGED);
		assertThat(jdbc.queryForObject("select count(*) from reports where content_hash = ?", Long.class,
				IngestService.sha256(file)))
			.isOne();
	}

	@Test
	void concurrentUploadsOfReportsSharingNewReferenceRowsAllStore() throws Exception {
		int uploads = 6;
		// Names no earlier test created, the same in all six reports: each upload finds
		// them
		// missing and creates them at the same moment as the others.
		String suffix = letters(NUMBERS.incrementAndGet());
		String outlet = "Daily Concord " + suffix;
		String series = "Concord Review " + suffix;
		String author = "Yossi Karvandi" + suffix.toLowerCase();
		String speaker = "Zarandi" + suffix.toLowerCase();
		List<byte[]> files = new ArrayList<>();
		for (int i = 0; i < uploads; i++) {
			int number = NUMBERS.incrementAndGet();
			// Own titles: reports with one title and date would share a slug, another
			// contended row.
			files.add(new String(variant(number, ""), StandardCharsets.UTF_8)
				.replaceFirst("Iran's Dilemma", "Iran's Dilemma " + number)
				.replace("Fars (Iran)", outlet + " (Iran)")
				.replace("Tabnak (Iran)", outlet + " Weekly (Iran)")
				.replace("Inquiry & Analysis Series", series)
				.replace("Yossi Mansharof", author)
				.replace("Firouzabadi", speaker)
				.getBytes(StandardCharsets.UTF_8));
		}
		CyclicBarrier start = new CyclicBarrier(uploads);
		List<Future<IngestResult>> results = new ArrayList<>();
		try (var pool = Executors.newFixedThreadPool(uploads)) {
			for (byte[] file : files) {
				results.add(pool.submit(() -> {
					start.await();
					return ingest.ingest(file, "shared.txt", null);
				}));
			}
		}
		for (var result : results) {
			assertThat(result.get().outcome())
				.as(String.join("; ", result.get().warnings()) + " " + result.get().error())
				.isEqualTo(Outcome.CREATED);
		}
		assertThat(jdbc.queryForObject("select count(*) from outlets where name = ?", Long.class, outlet)).isOne();
		assertThat(jdbc.queryForObject(
				"select count(distinct f.report_id) from footnotes f join outlets o on o.id = f.outlet_id where o.name = ?",
				Long.class, outlet))
			.isEqualTo(uploads);
		assertThat(jdbc.queryForObject(
				"select count(*) from reports r join series s on s.id = r.series_id where s.name = ?", Long.class,
				series))
			.isEqualTo(uploads);
		assertThat(jdbc.queryForObject("select count(*) from series where name = ?", Long.class, series)).isOne();
		assertThat(jdbc.queryForObject(
				"select count(*) from report_authors ra join authors a on a.id = ra.author_id " + "where a.name = ?",
				Long.class, author))
			.isEqualTo(uploads);
		assertThat(jdbc.queryForObject("select count(*) from authors where name = ?", Long.class, author)).isOne();
		assertThat(jdbc.queryForObject("select count(distinct q.report_id) from quotes q join speakers s "
				+ "on s.id = q.speaker_id where s.canonical_name like ?", Long.class, "%" + speaker))
			.isEqualTo(uploads);
		assertThat(jdbc.queryForObject("select count(*) from speakers where canonical_name like ?", Long.class,
				"%" + speaker))
			.isOne();
	}

	/**
	 * A number as capital letters (1 = B, 27 = BB): names with digits are not read as
	 * names.
	 */
	private static String letters(int number) {
		StringBuilder out = new StringBuilder();
		for (int n = number; n > 0; n /= 26) {
			out.append((char) ('A' + n % 26));
		}
		return out.length() < 2 ? out.append("Q").toString() : out.toString();
	}

	@Test
	void aStoredReportHasItsPartsAndOriginal() throws IOException {
		byte[] file = variant(NUMBERS.incrementAndGet(), "");
		IngestResult result = ingest.ingest(file, "report.txt", null);

		inTransaction(() -> {
			Report report = reports.findForReadingBySlug(result.slug()).orElseThrow();
			assertThat(report.getTitle()).startsWith("Iran's Dilemma: Cooperate With U.S.");
			assertThat(report.getSeries().getName()).contains("Inquiry & Analysis");
			assertThat(report.getAuthors()).extracting(a -> a.getName()).contains("A. Savyon", "Yossi Mansharof");
			assertThat(report.getCountries()).extracting(c -> c.getName()).contains("Iran", "Iraq");
			assertThat(report.getSections()).hasSizeGreaterThan(3);
			assertThat(report.getSections().getFirst().getAnchor()).isEqualTo("s0");
			assertThat(report.getFootnotes()).extracting(f -> f.getNumber()).startsWith(1, 2, 3);
			assertThat(report.getMediaType()).isEqualTo("text/plain");
			assertThat(report.getContentHash()).isEqualTo(IngestService.sha256(file));
			assertThat(originals.findById(report.getId()).orElseThrow().getContent()).isEqualTo(file);
			return null;
		});
	}

	@Test
	void aNewVersionReplacesThePartsAndKeepsThePreviousOriginal() throws IOException {
		int number = NUMBERS.incrementAndGet();
		byte[] v1 = variant(number, "");
		byte[] v2 = variant(number, "").clone();
		String v2Text = new String(v2, StandardCharsets.UTF_8).replace("Conspicuous in its absence",
				"Strikingly missing");
		v2 = v2Text.getBytes(StandardCharsets.UTF_8);

		IngestResult created = ingest.ingest(v1, "v1.txt", null);
		IngestResult updated = ingest.ingest(v2, "v2.txt", null);

		assertThat(updated.outcome()).isEqualTo(Outcome.UPDATED);
		assertThat(updated.reportId()).isEqualTo(created.reportId());
		assertThat(updated.slug()).isEqualTo(created.slug());
		List<RevisionSummary> history = revisions.findSummariesByReportId(created.reportId());
		assertThat(history).singleElement().satisfies(revision -> {
			assertThat(revision.revision()).isEqualTo(1);
			assertThat(revision.contentHash()).isEqualTo(IngestService.sha256(v1));
			assertThat(revision.fileName()).isEqualTo("v1.txt");
		});
		assertThat(revisions.findById(history.getFirst().id()).orElseThrow().getContent()).isEqualTo(v1);
		assertThat(originals.findById(created.reportId()).orElseThrow().getContent()).isEqualTo(v2);
		inTransaction(() -> {
			Report report = reports.findById(created.reportId()).orElseThrow();
			List<String> texts = report.getSections()
				.stream()
				.flatMap(s -> s.getParagraphs().stream())
				.map(Paragraph::getText)
				.toList();
			assertThat(texts).anyMatch(t -> t.startsWith("Strikingly missing"));
			assertThat(texts).noneMatch(t -> t.contains("Conspicuous in its absence"));
			assertThat(report.getFileName()).isEqualTo("v2.txt");
			return null;
		});
		// The old parts are gone, not kept next to the new ones.
		assertThat(jdbc.queryForObject("select count(*) from sections where report_id = ?", Long.class,
				created.reportId()))
			.isEqualTo(sectionCountOf(v2));

		SearchIndexing.awaitCaughtUp(jdbc, emf);
		assertThat(searchTitlesAndText("\"Strikingly missing\"")).contains(created.reportId());

		// Going back to the first version is one more version, and says so.
		IngestResult back = ingest.ingest(v1, "v1-again.txt", null);
		assertThat(back.outcome()).isEqualTo(Outcome.UPDATED);
		assertThat(back.warnings()).anyMatch(w -> w.contains("same as revision 1"));
		assertThat(revisions.countByReportId(created.reportId())).isEqualTo(2);
		// Once indexed, search finds the first version's words again and no longer the
		// second's.
		SearchIndexing.awaitCaughtUp(jdbc, emf);
		assertThat(searchTitlesAndText("\"Conspicuous in its absence\"")).contains(created.reportId());
		assertThat(searchTitlesAndText("\"Strikingly missing\"")).doesNotContain(created.reportId());
	}

	@Test
	void aSeriesWrittenWithoutItsWordSeriesIsTheSameSeries() throws IOException {
		int number = NUMBERS.incrementAndGet();
		byte[] asPublished = variant(number, "");
		byte[] asReposted = new String(variant(number, "Zanzibarian note of a repost of the same report."),
				StandardCharsets.UTF_8)
			.replace("Inquiry & Analysis Series No.", "Inquiry & Analysis No.")
			.getBytes(StandardCharsets.UTF_8);

		IngestResult first = ingest.ingest(asPublished, "memri.txt", null);
		IngestResult second = ingest.ingest(asReposted, "repost.txt", null);

		assertThat(second.outcome()).isEqualTo(Outcome.UPDATED);
		assertThat(second.reportId()).isEqualTo(first.reportId());
		assertThat(jdbc.queryForObject("select count(*) from reports where series_number = ?", Long.class,
				String.valueOf(number)))
			.isOne();
	}

	@Test
	void aDeletedReportIsGoneFromDatabaseAndSearch() throws IOException {
		byte[] file = variant(NUMBERS.incrementAndGet(), "Zanzibarian marker paragraph for the delete test.");
		IngestResult created = ingest.ingest(file, "doomed.txt", null);
		SearchIndexing.awaitCaughtUp(jdbc, emf);
		assertThat(searchTitlesAndText("zanzibarian")).containsExactly(created.reportId());

		assertThat(ingest.delete(created.reportId())).isTrue();

		assertThat(reports.findById(created.reportId())).isEmpty();
		assertThat(originals.findById(created.reportId())).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from sections where report_id = ?", Long.class,
				created.reportId()))
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) from footnotes where report_id = ?", Long.class,
				created.reportId()))
			.isZero();
		SearchIndexing.awaitCaughtUp(jdbc, emf);
		assertThat(searchTitlesAndText("zanzibarian")).isEmpty();
		assertThat(ingest.delete(created.reportId())).isFalse();
	}

	@Test
	void aFileThatIsNotAReportIsRefusedAndNothingIsStored() {
		SearchIndexing.awaitCaughtUp(jdbc, emf);
		long reportsBefore = reports.count();
		long indexedBefore = indexedReports();

		List<byte[]> bad = List.of(new byte[0], "   \n\n  ".getBytes(StandardCharsets.UTF_8),
				new byte[] { 0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3 },
				"Milk, eggs, bread.".getBytes(StandardCharsets.UTF_8));
		for (byte[] file : bad) {
			IngestResult result = ingest.ingest(file, "bad.bin", null);
			assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
			assertThat(result.stored()).isFalse();
			assertThat(result.error()).isNotBlank();
			assertThat(result.reportId()).isNull();
		}

		assertThat(reports.count()).isEqualTo(reportsBefore);
		// Nothing was queued for the index either.
		assertThat(jdbc.queryForObject("select count(*) from hsearch_outbox_event", Long.class)).isZero();
		SearchIndexing.awaitCaughtUp(jdbc, emf);
		assertThat(indexedReports()).isEqualTo(indexedBefore);
	}

	@Test
	void reparseRebuildsAReportFromItsOriginal() throws IOException {
		IngestResult created = ingest.ingest(variant(NUMBERS.incrementAndGet(), ""), "r.txt", null);
		// Damage the stored parts behind the archive's back: re-parsing must restore
		// them.
		jdbc.update("update sections set heading = 'Tampered' where report_id = ?", created.reportId());
		jdbc.update("delete from footnotes where report_id = ?", created.reportId());
		long revisionsBefore = revisions.countByReportId(created.reportId());

		assertThat(ingest.reparse(created.reportId()).outcome()).isEqualTo(Outcome.REPARSED);

		inTransaction(() -> {
			Report report = reports.findById(created.reportId()).orElseThrow();
			assertThat(report.getSections()).extracting(Section::getHeading).doesNotContain("Tampered");
			assertThat(report.getFootnotes()).hasSizeGreaterThan(5);
			return null;
		});
		assertThat(revisions.countByReportId(created.reportId())).isEqualTo(revisionsBefore);
	}

	@Test
	void oneSpeakerAcrossReportsThatSpellHimDifferently() throws IOException {
		byte[] rohani = variant(NUMBERS.incrementAndGet(), "");
		byte[] rouhani = new String(variant(NUMBERS.incrementAndGet(), ""), StandardCharsets.UTF_8)
			.replace("June 20, 2014", "July 2, 2014")
			.replace("Rohani", "Rouhani")
			.getBytes(StandardCharsets.UTF_8);

		IngestResult first = ingest.ingest(rohani, "rohani.txt", null);
		IngestResult second = ingest.ingest(rouhani, "rouhani.txt", null);

		inTransaction(() -> {
			Speaker inFirst = speakerWrittenAs(first.reportId(), "Rohani");
			Speaker inSecond = speakerWrittenAs(second.reportId(), "Rouhani");
			assertThat(inSecond.getId()).isEqualTo(inFirst.getId());
			assertThat(inFirst.getCanonicalName()).isEqualTo("Hassan Rohani");
			assertThat(quotes.countBySpeaker(inFirst)).isGreaterThanOrEqualTo(4);
			return null;
		});
	}

	@Test
	void anAdminAliasMatchesASpellingTheFoldingDoesNot() throws IOException {
		assertThat(names.fold("Marzieh Afkham")).isNotEqualTo(names.fold("Marzia Afkham"));
		IngestResult first = ingest.ingest(variant(NUMBERS.incrementAndGet(), ""), "a.txt", null);
		long afkham = inTransaction(() -> speakerNamed(first.reportId(), "Afkham").getId());

		directory.addAlias(afkham, "Marzieh Afkham");
		byte[] respelled = new String(variant(NUMBERS.incrementAndGet(), ""), StandardCharsets.UTF_8)
			.replace("Marzia Afkham", "Marzieh Afkham")
			.getBytes(StandardCharsets.UTF_8);
		IngestResult second = ingest.ingest(respelled, "b.txt", null);

		inTransaction(() -> {
			assertThat(speakerNamed(second.reportId(), "Afkham").getId()).isEqualTo(afkham);
			return null;
		});
		assertThatThrownBy(() -> directory.addAlias(afkham + 100000, "Marzieh Afkham"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	/** The speaker of the first quote whose name as written contains the spelling. */
	private Speaker speakerWrittenAs(long reportId, String spelling) {
		return firstSpeaker(reportId,
				q -> q.getSpeakerAsWritten() != null && q.getSpeakerAsWritten().contains(spelling));
	}

	/**
	 * The speaker of the first quote whose speaker's canonical name contains the name.
	 */
	private Speaker speakerNamed(long reportId, String name) {
		return firstSpeaker(reportId, q -> q.getSpeaker().getCanonicalName().contains(name));
	}

	private Speaker firstSpeaker(long reportId, Predicate<Quote> which) {
		Report report = reports.findById(reportId).orElseThrow();
		return report.getQuotes()
			.stream()
			.filter(q -> q.getSpeaker() != null)
			.filter(which)
			.map(Quote::getSpeaker)
			.findFirst()
			.orElseThrow(() -> new AssertionError("No such quote in report " + reportId));
	}

	private long sectionCountOf(byte[] file) {
		try {
			return new ReportParser().parse(file, "x.txt").sections().size();
		}
		catch (ParseException e) {
			throw new AssertionError(e);
		}
	}

	/** Report ids matching a query on the title and text (simple query string syntax). */
	private List<Long> searchTitlesAndText(String query) {
		return inTransaction(() -> Search.session(em)
			.search(Report.class)
			.select(f -> f.id(Long.class))
			.where(f -> f.bool()
				.should(f.simpleQueryString().field("title").matching(query))
				.should(f.simpleQueryString().field("text").matching(query)))
			.fetchHits(100));
	}

	private long indexedReports() {
		return inTransaction(
				() -> Search.session(em).search(Report.class).where(f -> f.matchAll()).fetchTotalHitCount());
	}

	private <T> T inTransaction(Supplier<T> work) {
		return new TransactionTemplate(transactions).execute(status -> work.get());
	}

	/**
	 * The sample report under another series number, optionally with one more paragraph.
	 */
	static byte[] variant(int seriesNumber, String extraParagraph) throws IOException {
		String text = Files.readString(SAMPLE).replace("No. 1099", "No. " + seriesNumber);
		if (!extraParagraph.isEmpty()) {
			text = text.replaceFirst("\n\nThis paper will review",
					"\n\n" + extraParagraph + "\n\nThis paper will review");
		}
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
