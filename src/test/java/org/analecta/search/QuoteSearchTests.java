package org.analecta.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.analecta.SearchIndexing;
import org.analecta.ingest.IngestService;
import org.analecta.report.AliasSource;
import org.analecta.report.Speaker;
import org.analecta.report.Speakers;
import org.analecta.search.QuoteResults.Hit;
import org.analecta.speakers.SpeakerDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManagerFactory;

/**
 * The quote search on the fixture corpus (real parser, quote attribution, database and
 * index). Spellings: the seed writes Rohani and Firouzabadi, other fixtures Rouhani,
 * Rowhani and Firuzabadi.
 */
@SpringBootTest
class QuoteSearchTests {

	@Autowired
	QuoteSearch search;

	@Autowired
	IngestService ingest;

	@Autowired
	ReportSearch reportSearch;

	@Autowired
	Speakers speakers;

	@Autowired
	SpeakerDirectory directory;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory emf;

	Map<String, String> slugs;

	@BeforeEach
	void loadFixtures() {
		slugs = FixtureReports.load(ingest, jdbc, emf);
	}

	@Test
	void rouhaniFindsTheQuotesOfRohaniAndRowhani() {
		QuoteResults results = search.search(QuoteQuery.bySpeaker("Rouhani").withPage(1, 100));
		assertThat(results.hits()).extracting(Hit::reportSlug)
			.contains(slugs.get(FixtureReports.SEED), slugs.get("02-rowhani-inauguration-2013.txt"),
					slugs.get("01-rouhani-nuclear-deal-2015.txt"));
		assertThat(results.hits())
			.anyMatch(h -> h.speakerAsWritten() != null && h.speakerAsWritten().contains("Rohani"));
		assertThat(results.hits())
			.anyMatch(h -> h.speakerAsWritten() != null && h.speakerAsWritten().contains("Rowhani"));
		// nobody else's quotes
		assertThat(results.hits()).allMatch(h -> h.speakerName().matches("(?i).*r(o|ou|ow)hani.*"));

		assertThat(search.search(QuoteQuery.bySpeaker("rohani").withPage(1, 100)).total()).isEqualTo(results.total());
		assertThat(search.search(QuoteQuery.bySpeaker("Hassan Rowhani").withPage(1, 100)).total())
			.isEqualTo(results.total());
	}

	@Test
	void aSpeakersQuotesWithoutWordsAreTheNewestFirstWhateverTheSpellingTyped() {
		// Nothing to rank by: the relevance order is the newest first, not the spelling
		// nearest to the one typed (Rowhani's 2013 speech does not come before 2015).
		for (String typed : List.of("Rowhani", "Hassan Rouhani", "Firouzabadi")) {
			List<Hit> hits = search.search(QuoteQuery.bySpeaker(typed).withPage(1, 100)).hits();
			assertThat(hits).as(typed).hasSizeGreaterThan(1);
			assertThat(hits).as(typed)
				.extracting(Hit::reportDate)
				.isSortedAccordingTo(Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()));
		}
	}

	@Test
	void firouzabadiInAnySpelling() {
		// One page wide enough for every hit: other tests leave copies of the seed report
		// in
		// the shared test database, and identical copies rank alike.
		QuoteResults results = search.search(QuoteQuery.bySpeaker("Firouzabadi").withPage(1, 100));
		assertThat(results.total()).isLessThanOrEqualTo(100);
		assertThat(results.hits()).extracting(Hit::reportSlug)
			.contains(slugs.get(FixtureReports.SEED), slugs.get("15-firuzabadi-hormuz-2012.txt"));
		Hit seed = results.hits()
			.stream()
			.filter(h -> h.reportSlug().equals(slugs.get(FixtureReports.SEED)))
			.findFirst()
			.orElseThrow();
		assertThat(seed.text()).contains("Cooperation between Iran and America will never happen");
		assertThat(seed.reportTitle()).startsWith("Iran's Dilemma");
		assertThat(seed.reportDate()).isEqualTo(LocalDate.of(2014, 6, 20));
		assertThat(seed.series()).isEqualTo("Inquiry & Analysis Series");
		assertThat(seed.seriesNumber()).isEqualTo("1099");
		assertThat(seed.sectionAnchor()).matches("s\\d+");
		assertThat(seed.quoteAnchor()).matches("q\\d+");
		assertThat(seed.outlet()).isEqualTo("Fars");
		assertThat(seed.sourceDate()).isEqualTo(LocalDate.of(2014, 6, 18));
	}

	@Test
	void speakerSearchByAnAliasTheAdminAdded() {
		SpeakerSuggestion named = quotedPersonNamed("Nasrallah");
		Long speakerId = tx.execute(status -> {
			Speaker nasrallah = speakers.findBySlug(named.slug()).orElseThrow();
			if (nasrallah.getAliases().stream().noneMatch(a -> a.getSpelling().equals("Abu Hadi"))) {
				nasrallah.addAlias("Abu Hadi", "abu hadi", AliasSource.ADMIN);
			}
			return nasrallah.getId();
		});
		SearchIndexing.awaitCaughtUp(jdbc, emf);
		QuoteResults results = search.search(QuoteQuery.bySpeaker("Abu Hadi"));
		assertThat(results.total()).isPositive();
		assertThat(results.hits()).allMatch(h -> h.speakerName().contains("Nasrallah"));
		assertThat(speakerId).isNotNull();
		// the reports quoting him were reindexed too
		assertThat(reportSearch.search(ReportQuery.of("\"Abu Hadi\"")).hits()).extracting(ReportResults.Hit::slug)
			.contains(slugs.get("06-hizbullah-war-2006.txt"));
	}

	@Test
	void textSearchWithSynonymsAndHighlights() {
		QuoteResults results = search.search(QuoteQuery.of("Daesh").withPage(1, 100));
		// the seed's Kayhan editorial says ISIS
		assertThat(results.hits()).anyMatch(
				h -> h.reportSlug().equals(slugs.get(FixtureReports.SEED)) && h.html().contains("<mark>ISIS</mark>"));
		QuoteResults sanctions = search.search(QuoteQuery.of("sanctions"));
		assertThat(sanctions.hits()).isNotEmpty().allMatch(h -> h.html().contains("<mark>sanctions</mark>"));
	}

	@Test
	void filtersByDateCountryAndOutlet() {
		QuoteResults fars = search.search(QuoteQuery.of("").withOutlets(List.of("Fars")).withPage(1, 100));
		assertThat(fars.hits()).isNotEmpty().allMatch(h -> "Fars".equals(h.outlet()));

		LocalDate from = LocalDate.of(2019, 1, 1);
		QuoteResults recent = search.search(QuoteQuery.of("").withDates(from, null).withPage(1, 100));
		assertThat(recent.hits()).isNotEmpty().allMatch(h -> !h.reportDate().isBefore(from));

		QuoteResults lebanon = search.search(QuoteQuery.of("").withCountries(List.of("Lebanon")).withPage(1, 100));
		assertThat(lebanon.hits()).isNotEmpty()
			.allMatch(h -> h.reportSlug().equals(slugs.get("06-hizbullah-war-2006.txt"))
					|| h.reportSlug().equals(slugs.get("17-hezbollah-front-2023.txt")));
	}

	@Test
	void unattributedTermsAreNotQuotes() {
		List<Long> terms = jdbc.queryForList("select id from quotes where kind = 'TERM'", Long.class);
		assertThat(terms).as("the fixtures hold scare quotes and slogans").isNotEmpty();
		assertThat(search.search(QuoteQuery.of("\"axis of evil\"").withPage(1, 100)).hits())
			.allMatch(h -> h.speakerName() != null);
		// Without words or speaker: every quote that is someone's statement, and no
		// other.
		QuoteResults all = search.search(QuoteQuery.of("").withPage(1, 100));
		assertThat(all.total())
			.isEqualTo(jdbc.queryForObject("select count(*) from quotes where kind <> 'TERM'", Long.class));
		assertThat(all.hits()).extracting(QuoteResults.Hit::id).doesNotContainAnyElementsOf(terms);
	}

	@Test
	void brokenSyntaxGetsAMessage() {
		QuoteResults results = search.search(QuoteQuery.of("\"never happen"));
		assertThat(results.messages()).isNotEmpty();
		assertThat(results.total()).isPositive();
	}

	@Test
	void suggestsSpeakersAsTheUserTypes() {
		assertThat(search.suggestSpeakers("Rouh", 10)).extracting(SpeakerSuggestion::name)
			.anyMatch(name -> name.matches(".*R(o|ou|ow)hani"));
		assertThat(search.suggestSpeakers("khamen", 10)).extracting(SpeakerSuggestion::name)
			.anyMatch(name -> name.contains("Khamenei"));
		assertThat(search.suggestSpeakers("Firuz", 10)).extracting(SpeakerSuggestion::name)
			.anyMatch(name -> name.contains("Fir"));
		assertThat(search.suggestSpeakers("zzzq", 10)).isEmpty();
		assertThat(search.suggestSpeakers("", 10)).isEmpty();
	}

	@Test
	void aSpeakerNameNobodyHasFallsBackToTheMostQuotedSimilarNameAndSuggestsIt() {
		QuoteResults exact = search.search(QuoteQuery.bySpeaker("Nasrallah").withPage(1, 100));
		assertThat(exact.total()).isPositive();
		assertThat(exact.approximate()).isFalse();
		assertThat(exact.similarSpeaker()).isNull();

		QuoteResults loose = search.search(QuoteQuery.bySpeaker("Nasrullah").withPage(1, 100));
		assertThat(loose.approximate()).isTrue();
		// Whichever Nasrallah is quoted most; other tests sharing this database may add
		// speakers of that name.
		String nasrallah = loose.similarSpeaker();
		assertThat(nasrallah).contains("Nasrallah");
		assertThat(loose.hits()).extracting(Hit::id)
			.containsExactlyInAnyOrderElementsOf(search.search(QuoteQuery.bySpeaker(nasrallah).withPage(1, 100))
				.hits()
				.stream()
				.map(Hit::id)
				.toList());
		assertThat(loose.messages()).anyMatch(m -> m.contains("Nasrullah") && m.contains(nasrallah));

		// Nothing alike: nothing found, nothing suggested.
		QuoteResults none = search.search(QuoteQuery.bySpeaker("Zzyzxqwv"));
		assertThat(none.total()).isZero();
		assertThat(none.similarSpeaker()).isNull();
	}

	@Test
	void wordsOfAQuoteInAnotherSpellingFallBackToSimilarSpellings() {
		assertThat(search.search(QuoteQuery.of("Soleimani")).approximate()).isFalse();
		QuoteResults loose = search.search(QuoteQuery.of("Suleimani").withPage(1, 100));
		assertThat(loose.approximate()).isTrue();
		assertThat(loose.hits()).isNotEmpty().allMatch(h -> h.text().contains("Soleimani"));
	}

	@Test
	void aPersonsNameTypedAsTheWordsNamesThatPersonAndTheQuotesTheSpeakerBoxFindsForThem() {
		for (String typed : List.of("Firouzabadi", "firouzabadi", "Hassan Firouzabadi", "Rouhani", "Rowhani")) {
			SpeakerSuggestion named = search.personNamed(typed);
			assertThat(named).as(typed).isNotNull();
			assertThat(named.name()).as(typed).matches("(?i).*(firouzabadi|r(o|ou|ow)hani).*");
			assertThat(named.quotes()).as(typed)
				.isPositive()
				.isEqualTo(search.search(QuoteQuery.bySpeaker(named.name())).total());
			assertThat(jdbc.queryForObject("select canonical_name from speakers where slug = ?", String.class,
					named.slug()))
				.isEqualTo(named.name());
		}
		assertThat(search.personNamed("rohani")).isEqualTo(search.personNamed("Rowhani"));
	}

	/**
	 * Answers are kept per state of the index: a spelling an admin adds names its person
	 * once the index has it, though nobody had it when it was first asked for.
	 */
	@Test
	void aSpellingAddedLaterNamesItsPersonOnceTheIndexHasIt() {
		// Any made-up word, so a seed of its own (printed to replay a failure); not "zq…"
		// as other tests' made-up words: "zzzq" must still suggest nobody.
		long seed = System.nanoTime();
		System.out.println("aSpellingAddedLaterNamesItsPersonOnceTheIndexHasIt seed " + seed);
		String spelling = "quxbel" + QuotedWordUploads.newWord(new Random(seed)).substring(2);
		assertThat(search.personNamed(spelling)).isNull();
		assertThat(search.personNamed(spelling)).isNull();
		SpeakerSuggestion rohani = quotedPersonNamed("Rohani");
		addAlias(rohani, spelling);
		SearchIndexing.awaitCaughtUp(jdbc, emf);
		SpeakerSuggestion named = search.personNamed(spelling);
		assertThat(named).isNotNull();
		assertThat(named.slug()).isEqualTo(rohani.slug());
		assertThat(named.name()).isEqualTo(rohani.name());
		assertThat(named.quotes()).isEqualTo(search.search(QuoteQuery.bySpeaker(rohani.name())).total());
	}

	/**
	 * A name key is not always its own key (Jacques → jackoas → jakoas, Madhhabi →
	 * madhabi → madabi): the searches match the keys they make as the index holds them,
	 * never keyed a second time.
	 */
	@Test
	void aSpellingWhoseKeyIsNotItsOwnKeyFindsItsSpeakerEverywhere() {
		List<String> spellings = List.of("Jacquemin", "Madhhabi", "Haddjar");
		for (String spelling : spellings) {
			String key = NameKeys.ofName(spelling);
			assertThat(NameKeys.ofName(key)).as(spelling).isNotEqualTo(key);
		}
		SpeakerSuggestion rohani = quotedPersonNamed("Rohani");
		spellings.forEach(spelling -> addAlias(rohani, spelling));
		SearchIndexing.awaitCaughtUp(jdbc, emf);
		long quotes = search.search(QuoteQuery.bySpeaker(rohani.slug())).total();
		for (String spelling : spellings) {
			assertThat(search.personNamed(spelling)).as(spelling).isEqualTo(rohani);
			QuoteResults bySpeaker = search.search(QuoteQuery.bySpeaker(spelling));
			assertThat(bySpeaker.approximate()).as(spelling).isFalse();
			assertThat(bySpeaker.total()).as(spelling).isEqualTo(quotes);
			assertThat(search.suggestSpeakers(spelling, 10)).as(spelling)
				.extracting(SpeakerSuggestion::slug)
				.containsExactly(rohani.slug());
			// A letter off: the speaker box's loose retry finds them by this spelling
			// too.
			QuoteResults loose = search
				.search(QuoteQuery.bySpeaker(spelling.substring(0, spelling.length() - 1) + "o"));
			assertThat(loose.similarSpeaker()).as(spelling).isEqualTo(rohani.name());
		}
	}

	/**
	 * The outlet filter finds an outlet written another way by its key, and that key is
	 * matched as it is: Madhhaby's key is Madhhabi's (madhabi), which keyed again would
	 * be madabi.
	 */
	@Test
	void anOutletSpelledAnotherWayIsFoundByItsKeyNotKeyedTwice() {
		String text = FixtureReports.text("02-rowhani-inauguration-2013.txt")
			.replace("Tasnim (Iran)", "Madhhabi (Iran)")
			.replace("5400", "5483");
		FixtureReports.store(ingest, jdbc, emf, text, "outlet-madhhabi.txt");
		QuoteResults found = search.search(QuoteQuery.of("").withOutlets(List.of("Madhhaby")).withPage(1, 100));
		assertThat(found.hits()).isNotEmpty().allMatch(h -> "Madhhabi".equals(h.outlet()));
	}

	@Test
	void wordsThatAreNoPersonsNameOrAQueryWrittenOnPurposeNameNobody() {
		for (String typed : List.of("nuclear", "Firouzabadi America", "\"Firouzabadi\"", "Firouzabadi~", "Firouzabadi*",
				"Hassan OR Firouzabadi", "Firouzabadi 2014", "", " ", "Hassan Hassan Hassan Hassan Firouzabadi")) {
			assertThat(search.personNamed(typed)).as(typed).isNull();
		}
	}

	/**
	 * Over every speaker quoted in the fixtures: a person's name (up to four plain words)
	 * names a person who has quotes; an outlet's or an institution's never names them.
	 */
	@Test
	void everyQuotedPersonIsNamedByTheirNameAndNoOutletOrInstitutionIs() {
		List<Map<String, Object>> quoted = jdbc.queryForList("select s.canonical_name, s.kind from speakers s "
				+ "where exists (select 1 from quotes q where q.speaker_id = s.id and q.kind <> 'TERM')");
		assertThat(quoted).extracting(r -> r.get("kind")).contains("PERSON");
		for (Map<String, Object> speaker : quoted) {
			String name = (String) speaker.get("canonical_name");
			SpeakerSuggestion named = search.personNamed(name);
			if (named != null) {
				assertThat(jdbc.queryForObject("select kind from speakers where slug = ?", String.class, named.slug()))
					.as(name)
					.isEqualTo("PERSON");
			}
			else {
				assertThat(speaker.get("kind").equals("PERSON") && name.matches("[\\p{L}'. -]+")
						&& name.strip().split("\\s+").length <= QuoteSearch.NAME_WORDS)
					.as("%s is not named", name)
					.isFalse();
			}
		}
	}

	/**
	 * The quoted person a name names in the quote index: the one the searches under test
	 * answer with, not whichever speaker whose name holds it an unordered query returns
	 * first (other tests sharing this database add speakers too).
	 */
	private SpeakerSuggestion quotedPersonNamed(String name) {
		SpeakerSuggestion named = search.personNamed(name);
		assertThat(named).as(name).isNotNull();
		return named;
	}

	/** Adds a spelling to a speaker as an admin does. */
	private void addAlias(SpeakerSuggestion speaker, String spelling) {
		directory.addAlias(speakers.findBySlug(speaker.slug()).orElseThrow().getId(), spelling);
	}

}
