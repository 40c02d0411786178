package org.analecta.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.analecta.ingest.IngestService;
import org.analecta.report.IndexFields.Reports;
import org.analecta.report.Report;
import org.analecta.search.ReportResults.Hit;
import org.apache.lucene.search.Query;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every spelling of a name finds the same reports, through the keys the application
 * indexes (real parser, PostgreSQL, Lucene index). The reports each spelling must find
 * are read from the fixture files: every report that writes the name in any of the listed
 * spellings.
 */
@SpringBootTest
class NameSpellingSearchTests {

	@Autowired
	ReportSearch search;

	@Autowired
	IngestService ingest;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory emf;

	@Autowired
	SearchAnalysis analysis;

	@Autowired
	IndexReading indexReading;

	Map<String, String> slugs;

	@BeforeEach
	void loadFixtures() {
		slugs = FixtureReports.load(ingest, jdbc, emf);
	}

	@Test
	void everySpellingOfANameFindsTheSameReports() {
		for (List<String> spellings : List.of(List.of("Rohani", "Rouhani", "Rowhani", "Ruhani"),
				List.of("Khamenei", "Khamenai", "Khamene'i"), List.of("Soleimani", "Suleimani", "Soleymani"),
				List.of("Nasrallah", "Nasrollah"), List.of("Firouzabadi", "Firuzabadi"))) {
			Set<String> writing = reportsWriting(spellings);
			assertThat(writing).as("fixtures writing %s", spellings).isNotEmpty();
			Map<String, Set<String>> found = new LinkedHashMap<>();
			spellings.forEach(s -> found.put(s, slugsOf(s)));
			assertThat(found.get(spellings.getFirst())).as("%s", spellings.getFirst()).containsAll(writing);
			found.forEach((spelling, reports) -> assertThat(reports)
				.as("%s finds what %s finds", spelling, spellings.getFirst())
				.isEqualTo(found.get(spellings.getFirst())));
		}
	}

	@Test
	void aSpellingNoReportUsesFindsTheReportsOfTheName() {
		String seed = FixtureReports.text(FixtureReports.SEED);
		assertThat(seed).contains("Khamenei").doesNotContain("Khamenai");
		assertThat(slugsOf("Khamenai")).contains(slugs.get(FixtureReports.SEED));
		assertThat(slugsOf("Khamenai Rouhani")).contains(slugs.get(FixtureReports.SEED));
		Hit hit = search.search(ReportQuery.of("Khamenai").withPage(1, 100))
			.hits()
			.stream()
			.filter(h -> h.slug().equals(slugs.get(FixtureReports.SEED)))
			.findFirst()
			.orElseThrow();
		assertThat(hit.passages()).as("the passages mark the name as the report writes it")
			.isNotEmpty()
			.allSatisfy(passage -> assertThat(passage.html()).contains("<mark>Khamenei</mark>"));
	}

	/**
	 * A report whose text names someone only in a section heading, in another spelling
	 * than the one searched: its passage is that section's opening, under the heading
	 * with the name marked as written.
	 */
	@Test
	void aNameOnlyInAHeadingIsMarkedThereInAnotherSpelling() {
		assertThat(TransliterationKey.of("ghorbanzadeh")).isEqualTo(TransliterationKey.of("qorbanzadeh"));
		String text = FixtureReports.text("02-rowhani-inauguration-2013.txt")
			.replace("Reactions In The Iranian Press", "Qorbanzadeh On The Iranian Press")
			.replace("5400", "5471");
		FixtureReports.store(ingest, jdbc, emf, text, "heading-name.txt");
		Hit hit = search.search(ReportQuery.of("Ghorbanzadeh"))
			.hits()
			.stream()
			.filter(h -> h.title().contains("Rowhani Sworn In"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("the report naming Qorbanzadeh in a heading is not found"));
		assertThat(hit.passages()).singleElement().satisfies(passage -> {
			assertThat(passage.headingHtml()).isEqualTo("<mark>Qorbanzadeh</mark> On The Iranian Press");
			assertThat(passage.html()).startsWith("The reformist daily Etemad welcomed the speech");
		});
	}

	/**
	 * The index tells in which parts of a report's text (its sections, then its notes) a
	 * name is written, in any spelling: a hit found by the name has only those read and
	 * marked.
	 */
	@Test
	void theIndexTellsWhichPartsOfTheTextWriteAName() throws IOException {
		EntityManager em = emf.createEntityManager();
		try {
			Report seed = seed(em);
			List<String> parts = seed.getTextParts();
			Pattern written = Pattern.compile("\\bKhamenei\\b");
			Set<Integer> writing = new TreeSet<>();
			for (int i = 0; i < parts.size(); i++) {
				assertThat(parts.get(i)).doesNotContain("khamenei");
				if (written.matcher(parts.get(i)).find()) {
					writing.add(i);
				}
			}
			assertThat(writing).as("the seed names Khamenei in several parts, not all").hasSizeGreaterThan(1);
			assertThat(writing).hasSizeLessThan(parts.size());
			Map<Integer, TextParts.Match> found = partsNaming(em, seed, "Khamenai").orElseThrow().get(seed.getId());
			assertThat(new TreeSet<>(found.keySet())).isEqualTo(writing);
		}
		finally {
			em.close();
		}
	}

	Report seed(EntityManager em) {
		return em.createQuery("select r from Report r where r.slug = :slug", Report.class)
			.setParameter("slug", slugs.get(FixtureReports.SEED))
			.getSingleResult();
	}

	/**
	 * The parts of the report whose name keys hold the name as typed, as the index tells.
	 */
	Optional<Map<Long, Map<Integer, TextParts.Match>>> partsNaming(EntityManager em, Report report, String typed)
			throws IOException {
		Query query = analysis.queries().parse(typed, Map.of(Reports.NAME_KEYS, 1f));
		try (IndexReading.View index = indexReading.open(Search.session(em), Report.class)) {
			return index.partsMatching(List.of(report.getId()), query, Reports.NAME_KEYS);
		}
	}

	@Test
	void hassanDoesNotFindReportsThatOnlyNameHussein() {
		Set<String> hussein = reportsWriting(List.of("Hussein"));
		Set<String> hassan = reportsWriting(List.of("Hassan", "Hasan"));
		Set<String> onlyHussein = new TreeSet<>(hussein);
		onlyHussein.removeAll(hassan);
		assertThat(onlyHussein).isNotEmpty();
		assertThat(slugsOf("Hussein")).containsAll(hussein);
		assertThat(slugsOf("Hassan")).containsAll(hassan).doesNotContainAnyElementsOf(onlyHussein);
	}

	private Set<String> reportsWriting(List<String> spellings) {
		Pattern any = Pattern
			.compile("\\b(?:" + String.join("|", spellings.stream().map(Pattern::quote).toList()) + ")\\b");
		Set<String> out = new TreeSet<>();
		slugs.forEach((file, slug) -> {
			if (any.matcher(FixtureReports.text(file)).find()) {
				out.add(slug);
			}
		});
		return out;
	}

	private Set<String> slugsOf(String q) {
		Set<String> out = new TreeSet<>();
		search.search(ReportQuery.of(q).withPage(1, 100)).hits().forEach(h -> out.add(h.slug()));
		return out;
	}

}
