package org.analecta.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.analecta.SearchIndexing;
import org.analecta.ingest.IngestResult;
import org.analecta.ingest.IngestService;
import org.analecta.report.IndexFields.Reports;
import org.analecta.report.Report;
import org.analecta.search.ReportResults.FacetValue;
import org.analecta.search.ReportResults.Hit;
import org.analecta.search.ReportResults.Passage;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.hibernate.search.mapper.orm.Search;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.analecta.system.Pager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report search on the fixture corpus, ingested through the real parser and
 * IngestService into PostgreSQL and a Lucene index in a temporary directory. Expected
 * sets come from the files and the database, not from the search itself.
 */
@SpringBootTest
class SearchTests {

	@Autowired
	ReportSearch search;

	@Autowired
	IngestService ingest;

	@Autowired
	IndexMaintenance maintenance;

	@Autowired
	SearchIndexHealthIndicator health;

	@Autowired
	IndexAgreementMonitor healthMonitor;

	@Autowired
	IndexRepair repair;

	@Autowired
	EmptyIndexRebuilder emptyIndexRebuilder;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IndexReading reading;

	@Autowired
	EntityManagerFactory emf;

	Map<String, String> slugs;

	@BeforeEach
	void loadFixtures() {
		slugs = FixtureReports.load(ingest, jdbc, emf);
	}

	@Test
	void theExactCountForDownloadsAndTheApiAgreesWithThePage() {
		ReportResults exact = search.searchCountingAll(ReportQuery.of("Iran"));
		assertThat(exact.totalExact()).isTrue();
		assertThat(exact.total()).isGreaterThan(1).isEqualTo(search.search(ReportQuery.of("Iran")).total());
	}

	@Test
	void theDeepestPageAnswersWithoutHits() {
		ReportResults deepest = search.search(ReportQuery.of("Iran").withPage(Pager.MAX_PAGE, ReportQuery.MAX_SIZE));
		assertThat(deepest.hits()).isEmpty();
		assertThat(deepest.total()).isGreaterThan(1);
	}

	@Test
	void daeshFindsReportsThatSayIsisOrIsil() {
		assertThat(FixtureReports.text(FixtureReports.SEED)).contains("ISIS").doesNotContain("Daesh");
		assertThat(slugsOf(search("Daesh"))).contains(slug(FixtureReports.SEED),
				slug("04-isil-shiite-militias-2015.txt"), slug("03-daesh-raqqa-2016.txt"));
		assertThat(slugsOf(search("ISIL"))).contains(slug(FixtureReports.SEED), slug("03-daesh-raqqa-2016.txt"));
	}

	@Test
	void shiiteFindsEverySpelling() {
		assertThat(FixtureReports.text(FixtureReports.SEED)).contains("Shi'ite").doesNotContain("Shiite");
		assertThat(slugsOf(search("Shiite"))).contains(slug(FixtureReports.SEED),
				slug("04-isil-shiite-militias-2015.txt"), slug("05-maliki-surge-2007.txt"));
		assertThat(slugsOf(search("Shi’ite"))).contains(slug(FixtureReports.SEED), slug("05-maliki-surge-2007.txt"));
	}

	@Test
	void malikiFindsAlMaliki() {
		assertThat(slugsOf(search("Maliki"))).contains(slug(FixtureReports.SEED),
				slug("04-isil-shiite-militias-2015.txt"), slug("05-maliki-surge-2007.txt"));
	}

	@Test
	void thePhraseAxisOfEvilFindsTheSeedAndWordOrderMatters() {
		ReportResults results = search("\"axis of evil\"");
		assertThat(slugsOf(results)).contains(slug(FixtureReports.SEED), slug("08-axis-of-evil-reactions-2002.txt"));
		Hit seed = hit(results, slug(FixtureReports.SEED));
		assertThat(seed.passages())
			.anyMatch(p -> p.html().contains("<mark>axis</mark> <mark>of</mark> <mark>evil</mark>"));
		assertThat(slugsOf(search("\"evil of axis\""))).doesNotContain(slug(FixtureReports.SEED));
	}

	@Test
	void synonymsAndProtectedNames() {
		// only "Islamic Revolutionary Guard Corps" in the text
		assertThat(slugsOf(search("IRGC"))).contains(slug("18-irgc-attack-israel-2024.txt"));
		assertThat(slugsOf(search("Hezbollah"))).contains(slug("06-hizbullah-war-2006.txt"),
				slug("17-hezbollah-front-2023.txt"));
		// Hamas is not the Syrian city of Hama
		assertThat(slugsOf(search("Hamas"))).contains(slug("10-hamas-gaza-egypt-2009.txt"))
			.doesNotContain(slug("09-syria-homs-hama-2011.txt"));
		assertThat(slugsOf(search("Hama"))).contains(slug("09-syria-homs-hama-2011.txt"))
			.doesNotContain(slug("10-hamas-gaza-egypt-2009.txt"));
	}

	@Test
	void allWordsMustMatchUnlessOrIsSaid() {
		Set<String> hamas = slugsOf(search("Hamas"));
		Set<String> brotherhood = slugsOf(search("Brotherhood"));
		ReportResults both = search("Hamas Brotherhood");
		Set<String> expectedBoth = new HashSet<>(hamas);
		expectedBoth.retainAll(brotherhood);
		Set<String> expectedEither = new HashSet<>(hamas);
		expectedEither.addAll(brotherhood);
		assertThat(expectedBoth).isNotEmpty().isNotEqualTo(expectedEither);
		assertThat(both.approximate()).isFalse();
		assertThat(slugsOf(both)).isEqualTo(expectedBoth);
		assertThat(slugsOf(search("Hamas OR Brotherhood"))).isEqualTo(expectedEither);
		assertThat(slugsOf(search("Brotherhood NOT Hamas"))).isNotEmpty().doesNotContainAnyElementsOf(hamas);
	}

	@Test
	void highlightsMarkTheMatchedWordsInTheSectionTheyAreIn() {
		String seed = slug(FixtureReports.SEED);
		String anchor = jdbc.queryForObject("""
				select s.anchor from sections s join reports r on r.id = s.report_id
				join paragraphs p on p.section_id = s.id
				where r.slug = ? and p.text like '%Firouzabadi said%'""", String.class, seed);
		Hit hit = hit(search("Firouzabadi"), seed);
		Passage passage = hit.passages().get(0);
		assertThat(passage.html()).contains("<mark>Firouzabadi</mark>");
		assertThat(passage.sectionAnchor()).isEqualTo(anchor);
		assertThat(hit.titleHtml()).doesNotContain("<mark>");
		assertThat(hit(search("Rohani Collaborating"), seed).titleHtml()).isNotNull();
		assertThat(hit(search("Dilemma"), seed).titleHtml()).contains("<mark>Dilemma</mark>");

		// a speaker's name spelled otherwise than in the text: the text's spelling is
		// marked
		assertThat(FixtureReports.text(FixtureReports.SEED)).doesNotContain("Rouhani");
		assertThat(hit(search("Rouhani"), seed).passages()).anyMatch(p -> p.html().contains("<mark>Rohani</mark>"));

		// words that only a footnote has: the passage is the note, anchored at it
		Integer note = jdbc.queryForObject("""
				select f.number from footnotes f join reports r on r.id = f.report_id
				where r.slug = ? and f.text like '%Kerry%'""", Integer.class, seed);
		Passage kerry = hit(search("Kerry"), seed).passages().get(0);
		assertThat(kerry.sectionAnchor()).isEqualTo("fn" + note);
		assertThat(kerry.html()).contains("<mark>Kerry</mark>");
		// a later note: the index's word positions point to it among the others
		Integer burnsNote = jdbc.queryForObject("""
				select f.number from footnotes f join reports r on r.id = f.report_id
				where r.slug = ? and f.text like '%Burns%'""", Integer.class, seed);
		assertThat(burnsNote).isGreaterThan(note);
		assertThat(hit(search("Burns"), seed).passages()).singleElement().satisfies(burns -> {
			assertThat(burns.sectionAnchor()).isEqualTo("fn" + burnsNote);
			assertThat(burns.html()).contains("<mark>Burns</mark>");
		});
	}

	/**
	 * The index keeps no section text: the passages are cut from the sections where the
	 * words are, as the database has them, each under its own heading.
	 */
	@Test
	void wordsInTwoSectionsGiveAPassageUnderEachHeading() {
		String seed = slug(FixtureReports.SEED);
		Hit hit = hit(search("Zomorodian Firouzabadi"), seed);
		assertThat(hit.passages()).extracting(Passage::sectionHeading)
			.contains("Iran Recruits Volunteers For Operations In Iraq",
					"Iran's Dilemma – The Need To Publicly Reject Collaboration With U.S.");
		for (Passage passage : hit.passages()) {
			assertThat(passage.html()).as(passage.sectionHeading())
				.contains(passage.sectionHeading().startsWith("Iran Recruits") ? "<mark>Zomorodian</mark>"
						: "<mark>Firouzabadi</mark>");
			assertThat(passage.sectionAnchor()).isEqualTo(jdbc.queryForObject("""
					select s.anchor from sections s join reports r on r.id = s.report_id
					where r.slug = ? and s.heading = ?""", String.class, seed, passage.sectionHeading()));
		}
	}

	/** A report found by a word of its title only shows how it opens. */
	@Test
	void aWordOnlyInTheTitleGivesTheReportsOpening() {
		String seed = slug(FixtureReports.SEED);
		assertThat(FixtureReports.text(FixtureReports.SEED).toLowerCase().split("\\bstance\\b", -1))
			.as("once, in the title")
			.hasSize(2);
		String lead = jdbc.queryForObject("""
				select p.text from paragraphs p join sections s on s.id = p.section_id
				join reports r on r.id = s.report_id where r.slug = ? order by s.section_index, p.position limit 1""",
				String.class, seed);
		assertThat(hit(search("stance"), seed).passages()).singleElement()
			.extracting(Passage::html)
			.asString()
			.doesNotContain("<mark>")
			.startsWith(Highlights.escape(lead.substring(0, 40)));
	}

	/**
	 * A section's heading is searched with it but shown apart, as the passage's label: a
	 * word only in a heading gives that section's opening under its heading.
	 */
	@Test
	void aWordOnlyInAHeadingGivesTheOpeningOfItsSection() {
		String seed = slug(FixtureReports.SEED);
		assertThat(jdbc.queryForObject("""
				select count(*) from paragraphs p join sections s on s.id = p.section_id
				join reports r on r.id = s.report_id where r.slug = ? and p.text ilike '%cessation%'""", Integer.class,
				seed))
			.as("the word is in no paragraph of the seed")
			.isZero();
		String heading = jdbc.queryForObject("""
				select s.heading from sections s join reports r on r.id = s.report_id
				where r.slug = ? and s.heading ilike '%cessation%'""", String.class, seed);
		String opening = jdbc.queryForObject("""
				select p.text from paragraphs p join sections s on s.id = p.section_id
				join reports r on r.id = s.report_id where r.slug = ? and s.heading = ?
				order by p.position limit 1""", String.class, seed, heading);
		assertThat(hit(search("cessation"), seed).passages()).singleElement().satisfies(passage -> {
			assertThat(passage.sectionHeading()).isEqualTo(heading);
			assertThat(passage.html()).doesNotContain("<mark>").startsWith(Highlights.escape(opening.substring(0, 40)));
			assertThat(passage.headingHtml()).as("the label marks the word that put the section there")
				.matches("(?i).*<mark>cessation</mark>.*")
				.isEqualTo(Highlights.escape(heading).replaceAll("(?i)\\b(cessation)\\b", "<mark>$1</mark>"));
		});
	}

	/**
	 * The index tells which part of a report's text (its sections, then its footnotes) a
	 * word is in, from the word's position; OpenSearch cannot, and every section is then
	 * highlighted.
	 */
	@Test
	void aWordsPositionTellsWhichSectionItIsIn() throws IOException {
		long id = jdbc.queryForObject("select id from reports where slug = ?", Long.class, slug(FixtureReports.SEED));
		int section = jdbc.queryForObject("""
				select count(*) from sections s where s.report_id = ? and s.section_index <
				  (select section_index from sections where report_id = ? and heading like 'Iran Recruits%')""",
				Integer.class, id, id);
		EntityManager em = emf.createEntityManager();
		try (IndexReading.View index = reading.open(Search.session(em), Report.class)) {
			Optional<Map<Long, Map<Integer, TextParts.Match>>> parts = index.partsMatching(List.of(id),
					new TermQuery(new Term(Reports.TEXT, "zomorodian")));
			parts.ifPresent(known -> assertThat(known.get(id)).containsOnlyKeys(section));
		}
		finally {
			em.close();
		}
	}

	@Test
	void everyPassageIsInTheSectionItNames() {
		ReportResults results = search("Iran");
		assertThat(results.hits()).isNotEmpty();
		Pattern marked = Pattern.compile("<mark>([^<]+)</mark>");
		for (Hit hit : results.hits()) {
			assertThat(hit.passages()).as(hit.slug())
				.isNotEmpty()
				.hasSizeLessThanOrEqualTo(ReportSearch.PASSAGES_PER_HIT);
			for (Passage passage : hit.passages()) {
				Matcher word = marked.matcher(passage.html());
				assertThat(word.find()).as(passage.html()).isTrue();
				String where = passage.sectionAnchor().startsWith("fn") ? """
						select count(*) from footnotes f join reports r on r.id = f.report_id
						where r.slug = ? and 'fn' || f.number = ? and f.text like ?""" : """
						select count(*) from sections s join reports r on r.id = s.report_id
						join paragraphs p on p.section_id = s.id
						where r.slug = ? and s.anchor = ? and p.text like ?""";
				assertThat(jdbc.queryForObject(where, Long.class, hit.slug(), passage.sectionAnchor(),
						"%" + Parser.unescapeEntities(word.group(1), false) + "%"))
					.as(passage.toString())
					.isPositive();
			}
		}
	}

	@Test
	void prefixAndFuzzySyntax() {
		assertThat(slugsOf(search("collab*"))).contains(slug(FixtureReports.SEED));
		assertThat(slugsOf(search("Firouzabbadi~"))).contains(slug(FixtureReports.SEED));
	}

	@Test
	void aMisspelledNameFallsBackToSimilarSpellingsAndSuggestsOne() {
		// (a doubled letter would not do: the speaker-name field folds "Firouzabbadi" to
		// the right name)
		ReportResults results = search("Firouzabandi");
		assertThat(results.approximate()).isTrue();
		assertThat(results.messages()).isNotEmpty();
		assertThat(slugsOf(results)).contains(slug(FixtureReports.SEED));
		assertThat(results.didYouMean()).isEqualTo("firouzabadi");
		assertThat(search("Firouzabadi").didYouMean()).isNull();
	}

	@Test
	void aSpellingIsSuggestedWhenNothingOrLittleMatchesNotWhenPlentyDoes() {
		ReportResults nothing = search("Firouzabandi Collaborashun");
		assertThat(nothing.didYouMean()).isNotNull();
		// an unknown word beside one that finds many reports: the results are what the
		// user wanted
		ReportResults plenty = search("Iran OR Firouzabandi");
		assertThat(plenty.total()).isGreaterThanOrEqualTo(SearchAnalysis.FEW_HITS);
		assertThat(plenty.didYouMean()).isNull();
	}

	@Test
	void brokenSyntaxGetsAMessageAndResults() {
		for (String broken : List.of("\"axis of evil", "AND OR", "(((", "title:", "Iran AND", "*Rohani")) {
			ReportResults results = search(broken);
			assertThat(results.messages()).as(broken).isNotEmpty();
			assertThat(results.total()).as(broken).isPositive();
		}
		assertThat(slugsOf(search("\"axis of evil"))).contains(slug(FixtureReports.SEED));
		long all = countReports();
		assertThat(search("*").total()).isEqualTo(all);
		assertThat(search("(((").total()).isEqualTo(all);
	}

	@Test
	void aListingWithoutWordsShowsEachReportsOpening() {
		ReportResults page = search.search(ReportQuery.of("").withPage(1, 10));
		assertThat(page.hits()).hasSize(10).allSatisfy(hit -> {
			String firstWord = jdbc.queryForObject("select split_part(p.text, ' ', 1) from paragraphs p "
					+ "join sections s on s.id = p.section_id where s.report_id = ? and s.section_index = 0 "
					+ "order by p.position limit 1", String.class, hit.id());
			assertThat(hit.passages()).as(hit.slug()).singleElement().satisfies(passage -> {
				assertThat(passage.sectionAnchor()).isEqualTo("s0");
				assertThat(passage.html()).contains(firstWord.replaceAll("[^\\p{L}\\p{N}]", ""));
			});
		});
	}

	@Test
	void dateRangeAndCountryFiltersNarrow() {
		LocalDate from = LocalDate.of(2014, 1, 1);
		LocalDate to = LocalDate.of(2016, 12, 31);
		ReportResults inRange = search.search(ReportQuery.of("").withDates(from, to).withPage(1, 100));
		Long expected = jdbc.queryForObject("select count(*) from reports where published_on between ? and ?",
				Long.class, from, to);
		assertThat(inRange.total()).isEqualTo(expected).isLessThan(countReports());
		assertThat(inRange.hits()).allMatch(h -> !h.publishedOn().isBefore(from) && !h.publishedOn().isAfter(to));

		ReportResults iraq = search.search(ReportQuery.of("").withCountries(List.of("Iraq")).withPage(1, 100));
		Long iraqReports = jdbc.queryForObject("""
				select count(*) from report_countries rc join countries c on c.id = rc.country_id
				where c.name = 'Iraq'""", Long.class);
		assertThat(iraq.total()).isEqualTo(iraqReports);
		assertThat(iraq.hits()).allMatch(h -> h.countries().contains("Iraq"));

		ReportResults both = search
			.search(ReportQuery.of("").withDates(from, to).withCountries(List.of("Iraq")).withPage(1, 100));
		assertThat(both.total()).isLessThanOrEqualTo(Math.min(inRange.total(), iraq.total()));
		assertThat(both.hits()).allMatch(h -> h.countries().contains("Iraq") && !h.publishedOn().isBefore(from));
	}

	@Test
	void facetCountsAddUpAndEqualTheFilteredSearches() {
		ReportQuery query = ReportQuery.of("Iran");
		ReportResults results = search.search(query);
		ReportResults.Facets facets = results.facets();
		assertThat(facets.countries()).isNotEmpty();
		assertThat(sum(facets.countries())).isGreaterThanOrEqualTo(results.total());
		assertThat(sum(facets.years())).isEqualTo(results.total());
		assertThat(sum(facets.series())).isEqualTo(results.total());
		for (FacetValue country : facets.countries()) {
			assertThat(search.search(query.withCountries(List.of(country.value()))).total()).as(country.value())
				.isEqualTo(country.count());
		}
		for (FacetValue year : facets.years()) {
			assertThat(search.search(query.withYears(List.of(Integer.valueOf(year.value())))).total()).as(year.value())
				.isEqualTo(year.count());
		}
		for (FacetValue series : facets.series()) {
			assertThat(search.search(query.withSeries(List.of(series.value()))).total()).isEqualTo(series.count());
		}
		for (FacetValue outlet : facets.outlets().subList(0, Math.min(3, facets.outlets().size()))) {
			assertThat(search.search(query.withOutlets(List.of(outlet.value()))).total()).isEqualTo(outlet.count());
		}
	}

	@Test
	void sortsByDate() {
		List<LocalDate> newest = dates(search.search(ReportQuery.of("").withSort(SearchSort.NEWEST).withPage(1, 100)));
		List<LocalDate> oldest = dates(search.search(ReportQuery.of("").withSort(SearchSort.OLDEST).withPage(1, 100)));
		assertThat(newest).hasSizeGreaterThan(10).isSortedAccordingTo(Comparator.reverseOrder());
		assertThat(oldest).isSorted();
		assertThat(oldest.getFirst()).isEqualTo(LocalDate.of(1998, 11, 20));
	}

	@Test
	void pagesPartitionTheResults() {
		ReportQuery query = ReportQuery.of("").withSort(SearchSort.OLDEST);
		ReportResults first = search.search(query.withPage(1, 5));
		assertThat(first.hits()).hasSize(5);
		assertThat(first.pageCount()).isEqualTo((int) ((first.total() + 4) / 5));
		List<String> seen = new ArrayList<>();
		for (int page = 1; page <= first.pageCount(); page++) {
			search.search(query.withPage(page, 5)).hits().forEach(h -> seen.add(h.slug()));
		}
		assertThat(seen).doesNotHaveDuplicates().hasSize((int) first.total());
		assertThat(search.search(query.withPage(first.pageCount() + 1, 5)).hits()).isEmpty();
	}

	@Test
	void aCommittedReportIsSearchableWithinSecondsAndGoneWhenDeleted() throws InterruptedException {
		String text = FixtureReports.text("02-rowhani-inauguration-2013.txt")
			.replace("5400", "5401")
			.replace("Etemad", "Zanzibarian Etemad");
		IngestResult stored = ingest.ingest(text.getBytes(StandardCharsets.UTF_8), "fresh.txt", "text/plain");
		assertThat(stored.outcome()).isEqualTo(IngestResult.Outcome.CREATED);
		assertThat(awaitTotal("Zanzibarian", 1, Duration.ofSeconds(10))).isEqualTo(1);

		assertThat(ingest.delete(stored.reportId())).isTrue();
		assertThat(awaitTotal("Zanzibarian", 0, Duration.ofSeconds(10))).isZero();
	}

	@Test
	void reindexAndConsistencyCheckAndHealth() throws InterruptedException {
		SearchIndexing.awaitCaughtUp(jdbc, emf);
		IndexMaintenance.Consistency before = maintenance.check();
		assertThat(before.consistent()).isTrue();
		assertThat(before.reports().inDatabase()).isEqualTo(countReports());
		healthMonitor.checkNow();
		assertThat(health.health().getStatus()).isEqualTo(Status.UP);

		// the index loses every report behind the database's back
		loseEveryReportFromTheIndex();
		IndexMaintenance.Consistency broken = maintenance.check();
		assertThat(broken.consistent()).isFalse();
		assertThat(broken.reports().inIndex()).isZero();
		assertThat(broken.reports().missing()).hasSize((int) Math.min(countReports(), IndexMaintenance.MAX_IDS_LISTED));
		// Reported at once, but the node stays ready until the difference outlasts the
		// grace period
		// (SearchIndexHealthTests shows it fall).
		healthMonitor.checkNow();
		Health differing = health.health();
		assertThat(differing.getStatus()).isEqualTo(Status.UP);
		assertThat(differing.getDetails()).containsKeys("reports", "differentSince");
		assertThat(search("Firouzabadi").total()).isZero();

		IndexMaintenance.Reindexed reindexed = maintenance.reindex();
		assertThat(reindexed.reports()).isEqualTo(countReports());
		assertThat(maintenance.check().consistent()).isTrue();
		healthMonitor.checkNow();
		assertThat(health.health().getStatus()).isEqualTo(Status.UP);
		assertThat(health.health().getDetails()).doesNotContainKey("differentSince");
		assertThat(slugsOf(search("Firouzabadi"))).contains(slug(FixtureReports.SEED));
	}

	@Test
	void aStartThatFindsTheIndexEmptyRebuildsItFromTheDatabase() throws InterruptedException {
		SearchIndexing.awaitCaughtUp(jdbc, emf);
		assertThat(emptyIndexRebuilder.indexIsEmptyButDatabaseIsNot()).isFalse();

		// the index folder was deleted while the application was down
		loseEveryReportFromTheIndex();
		assertThat(search("Firouzabadi").total()).isZero();
		assertThat(emptyIndexRebuilder.indexIsEmptyButDatabaseIsNot()).isTrue();

		emptyIndexRebuilder.run(null);

		// Searches are refused while the rebuild runs, rather than answered from a
		// partial index.
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while ((repair.underWay().isPresent() || !maintenance.check().consistent()) && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
		assertThat(maintenance.check().consistent()).isTrue();
		assertThat(slugsOf(search("Firouzabadi"))).contains(slug(FixtureReports.SEED));
	}

	/** The index loses every report behind the database's back. */
	void loseEveryReportFromTheIndex() {
		Search.mapping(emf).scope(org.analecta.report.Report.class).workspace().purge();
		Search.mapping(emf).scope(org.analecta.report.Report.class).workspace().refresh();
	}

	private long awaitTotal(String q, long expected, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		long total;
		while ((total = search(q).total()) != expected && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		return total;
	}

	private ReportResults search(String q) {
		return search.search(ReportQuery.of(q).withPage(1, 100));
	}

	private String slug(String file) {
		return slugs.get(file);
	}

	private static Set<String> slugsOf(ReportResults results) {
		Set<String> out = new HashSet<>();
		results.hits().forEach(h -> out.add(h.slug()));
		return out;
	}

	private static Hit hit(ReportResults results, String slug) {
		return results.hits()
			.stream()
			.filter(h -> h.slug().equals(slug))
			.findFirst()
			.orElseThrow(() -> new AssertionError(slug + " not among " + slugsOf(results)));
	}

	private static long sum(List<FacetValue> values) {
		return values.stream().mapToLong(FacetValue::count).sum();
	}

	private static List<LocalDate> dates(ReportResults results) {
		return results.hits().stream().map(Hit::publishedOn).toList();
	}

	private long countReports() {
		Long count = jdbc.queryForObject("select count(*) from reports", Long.class);
		return count == null ? 0 : count;
	}

}
