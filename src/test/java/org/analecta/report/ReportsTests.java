package org.analecta.report;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.analecta.parser.ParsedReport.QuoteKind;
import org.analecta.parser.ParsedReport.SpeakerKind;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.analecta.search.ArchiveAnalysisConfigurer;
import org.analecta.search.SearchConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import jakarta.persistence.EntityManagerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The mapping against the real schema (Flyway migrations, validated by Hibernate). */
// The analysis configurer is a Spring bean (it reads the synonym settings); the slice
// scans
// only JPA parts, so it is brought in with its configuration.
@DataJpaTest(showSql = false,
		includeFilters = @Filter(type = FilterType.REGEX,
				pattern = "org\\.analecta\\.search\\.(ArchiveAnalysisConfigurer|SearchConfiguration)"))
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
// Statement counts are per session factory: the outbox processor's background polling
// would
// count too, and these transactions roll back, so there is nothing for it to index
// anyway.
@TestPropertySource(properties = { "spring.jpa.properties.hibernate.generate_statistics=true",
		"spring.jpa.properties.hibernate.search.coordination.event_processor.enabled=false" })
// The mapping names analyzers that the search feature's configurer defines.
@Import({ SearchConfiguration.class, ArchiveAnalysisConfigurer.class })
class ReportsTests {

	@Autowired
	TestEntityManager em;

	@Autowired
	Reports reports;

	@Autowired
	ReportOriginals originals;

	@Autowired
	Speakers speakers;

	@Autowired
	SpeakerAliases aliases;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory emf;

	@Test
	void aReportWithAllItsPartsReadsBackInAFixedNumberOfQueries() {
		Report stored = storeReport(12, 4);
		em.flush();
		em.clear();
		Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
		stats.clear();

		Report read = reports.findForReadingBySlug(stored.getSlug()).orElseThrow();
		int paragraphs = 0;
		int refs = 0;
		for (Section section : read.getSections()) {
			for (Paragraph paragraph : section.getParagraphs()) {
				paragraphs++;
				refs += paragraph.getFootnoteRefs().size();
			}
		}
		for (Quote quote : read.getQuotes()) {
			assertThat(quote.getSpeaker().getCanonicalName()).isEqualTo("Hassan Rouhani");
			assertThat(quote.getFootnote().getOutlet().getName()).isEqualTo("Fars");
		}
		assertThat(read.getAuthors()).extracting(Author::getName).containsExactly("A. Savyon", "Yossi Mansharof");
		assertThat(read.getCountries()).extracting(Country::getName).allMatch(name -> name.startsWith("Ir")).hasSize(2);

		assertThat(read.getSections()).hasSize(12);
		assertThat(read.getSections()).extracting(Section::getAnchor).startsWith("s0", "s1", "s2");
		assertThat(paragraphs).isEqualTo(48);
		assertThat(refs).isEqualTo(48);
		assertThat(read.getQuotes()).hasSize(12);
		// report+sections, paragraphs, refs, quotes, speakers, footnotes, outlets,
		// authors, countries:
		// a constant, not one query per section or paragraph.
		assertThat(stats.getPrepareStatementCount()).isLessThanOrEqualTo(10);
	}

	@Test
	void aNewReportWritesEachOfItsPartsOnceWithItsReferences() {
		Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
		stats.clear();

		Report stored = storeReportAtOnce(5, 3);
		em.flush();

		// outlet and speaker, report, 5 sections, 15 paragraphs, 5 footnotes, 5 quotes;
		// no
		// row written twice
		assertThat(stats.getEntityInsertCount()).isEqualTo(2 + 1 + 5 + 15 + 5 + 5);
		assertThat(stats.getEntityUpdateCount()).isZero();
		assertThat(count("quotes where report_id = ? and (section_id is null or paragraph_id is null"
				+ " or footnote_id is null)", stored.getId()))
			.isZero();
		assertThat(count("quotes where report_id = ?", stored.getId())).isEqualTo(5);
	}

	@Test
	void deletingAReportInTheDatabaseTakesAllItsPartsAndLeavesSharedRows() {
		Report stored = storeReport(3, 2);
		em.persist(new ReportOriginal(stored, "original".getBytes()));
		em.flush();
		long id = stored.getId();
		Long speakerId = stored.getQuotes().getFirst().getSpeaker().getId();

		jdbc.update("delete from reports where id = ?", id);

		assertThat(count("sections where report_id = ?", id)).isZero();
		assertThat(count("quotes where report_id = ?", id)).isZero();
		assertThat(count("footnotes where report_id = ?", id)).isZero();
		assertThat(count("report_originals where report_id = ?", id)).isZero();
		assertThat(count("report_authors where report_id = ?", id)).isZero();
		assertThat(count("speakers where id = ?", speakerId)).isOne();
	}

	@Test
	void anOriginalIsStoredIntactAndCompressedWithLz4() {
		Report stored = storeReport(1, 1);
		// Compressible, and over the 2 KB from which PostgreSQL compresses a value.
		byte[] content = "<p>The same paragraph of a saved report page.</p>\n".repeat(400).getBytes();
		em.persist(new ReportOriginal(stored, content));
		em.flush();

		assertThat(jdbc.queryForObject("select content from report_originals where report_id = ?", byte[].class,
				stored.getId()))
			.isEqualTo(content);
		assertThat(
				jdbc.queryForObject("select pg_column_compression(content) from report_originals where report_id = ?",
						String.class, stored.getId()))
			.isEqualTo("lz4");
	}

	@Test
	void aSpellingBelongsToOneSpeakerOnly() {
		String key = "rohani-" + UUID.randomUUID();
		Speaker one = new Speaker("Hassan Rouhani", "hassan-rouhani-" + UUID.randomUUID(), SpeakerKind.PERSON);
		one.addAlias("Rohani", key, AliasSource.REPORT);
		em.persist(one);
		em.flush();
		assertThat(speakers.findBySpellingKey(key)).contains(one);

		Speaker other = new Speaker("Someone Else", "someone-else-" + UUID.randomUUID(), SpeakerKind.PERSON);
		other.addAlias("Rohani", key, AliasSource.ADMIN);
		assertThatThrownBy(() -> speakers.saveAndFlush(other)).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void twoReportsCannotShareAContentHash() {
		Report first = storeReport(1, 1);
		em.flush();
		Report second = new Report("other-" + UUID.randomUUID(), first.getContentHash(), Instant.now());
		second.setTitle("Another");
		second.setOriginal(first.getContentHash(), "text/plain", "x.txt", 1, "TEXT");
		assertThatThrownBy(() -> reports.saveAndFlush(second)).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void twoReportsCannotShareASeriesNumber() {
		Report first = storeReport(1, 1);
		em.flush();
		Report second = new Report("other-" + UUID.randomUUID(), randomHash(), Instant.now());
		second.setTitle("Another");
		second.setOriginal(second.getContentHash(), "text/plain", "x.txt", 1, "TEXT");
		second.setSeries(first.getSeries());
		second.setSeriesNumber(first.getSeriesNumber() + "a");
		assertThat(reports.saveAndFlush(second).getId()).isNotNull();

		second.setSeriesNumber(first.getSeriesNumber());
		assertThatThrownBy(() -> reports.saveAndFlush(second)).isInstanceOf(DataIntegrityViolationException.class);
	}

	private long count(String fromWhere, Object arg) {
		return jdbc.queryForObject("select count(*) from " + fromWhere, Long.class, arg);
	}

	private Report storeReport(int sectionCount, int paragraphsPerSection) {
		String unique = UUID.randomUUID().toString();
		Series series = em.persist(new Series("Inquiry & Analysis " + unique, "ia-" + unique));
		Outlet fars = em.persist(new Outlet("Fars", "fars-" + unique, "fars-" + unique));
		Speaker rouhani = new Speaker("Hassan Rouhani", "hassan-rouhani-" + unique, SpeakerKind.PERSON);
		rouhani.addAlias("Rouhani", "rouhani-" + unique, AliasSource.SEED);
		em.persist(rouhani);

		Report report = new Report("2014-06-20-irans-dilemma-" + unique, randomHash(), Instant.now());
		report.setTitle("Iran's Dilemma");
		report.setPublishedOn(LocalDate.of(2014, 6, 20));
		report.setSeries(series);
		report.setSeriesNumber("1099");
		report.setOriginal(report.getContentHash(), "text/plain", "iran.txt", 100, "TEXT");
		report.getAuthors().add(em.persist(new Author("A. Savyon", "savyon-" + unique, "savyon-" + unique)));
		report.getAuthors()
			.add(em.persist(new Author("Yossi Mansharof", "mansharof-" + unique, "mansharof-" + unique)));
		report.getCountries().add(em.persist(new Country("Iran " + unique, "iran-" + unique)));
		report.getCountries().add(em.persist(new Country("Iraq " + unique, "iraq-" + unique)));
		for (int s = 0; s < sectionCount; s++) {
			Section section = new Section(s, "s" + s, s == 0 ? null : "Heading " + s, List.of());
			for (int p = 0; p < paragraphsPerSection; p++) {
				section.addParagraph(new Paragraph(p, "Paragraph " + p + " of section " + s,
						List.of(new FootnoteReference(s + 1, 5))));
			}
			report.addSection(section);
			report
				.addFootnote(new Footnote(s + 1, "Fars (Iran), June 14, 2014.", fars, null, LocalDate.of(2014, 6, 14)));
		}
		reports.save(report);
		em.flush();
		for (int s = 0; s < sectionCount; s++) {
			Quote quote = new Quote(s + 1, "Quote " + s, QuoteKind.DIRECT, 0.9);
			quote.attribute(rouhani, "Iranian President", "Rohani", "said");
			Section section = report.getSections().get(s);
			quote.place(section, section.getParagraphs().getFirst(), report.getFootnotes().get(s));
			report.addQuote(quote);
		}
		return reports.save(report);
	}

	/**
	 * As an upload builds a report: every part, quotes with their section, paragraph and
	 * footnote included, before the report is saved.
	 */
	private Report storeReportAtOnce(int sectionCount, int paragraphsPerSection) {
		String unique = UUID.randomUUID().toString();
		Outlet fars = em.persist(new Outlet("Fars", "fars-" + unique, "fars-" + unique));
		Speaker rouhani = em.persist(new Speaker("Hassan Rouhani", "hassan-rouhani-" + unique, SpeakerKind.PERSON));
		em.flush();
		Report report = new Report("2014-06-20-at-once-" + unique, randomHash(), Instant.now());
		report.setTitle("Iran's Dilemma");
		report.setOriginal(report.getContentHash(), "text/plain", "iran.txt", 100, "TEXT");
		for (int s = 0; s < sectionCount; s++) {
			Section section = new Section(s, "s" + s, "Heading " + s, List.of());
			for (int p = 0; p < paragraphsPerSection; p++) {
				section.addParagraph(new Paragraph(p, "Paragraph " + p + " of section " + s, List.of()));
			}
			report.addSection(section);
			Footnote footnote = new Footnote(s + 1, "Fars (Iran), June 14, 2014.", fars, null,
					LocalDate.of(2014, 6, 14));
			report.addFootnote(footnote);
			Quote quote = new Quote(s + 1, "Quote " + s, QuoteKind.DIRECT, 0.9);
			quote.attribute(rouhani, "Iranian President", "Rohani", "said");
			quote.place(section, section.getParagraphs().getLast(), footnote);
			report.addQuote(quote);
		}
		return reports.save(report);
	}

	private static String randomHash() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

}
