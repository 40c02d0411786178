package org.analecta.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

/** Passages are inserted into pages as HTML: only our marks may be markup. */
class HighlightsTests {

	private final TextQueries queries = new TextQueries(ArchiveAnalyzers.englishQuery(DomainSynonyms.load(null).map()),
			ArchiveAnalyzers.english());

	private final Highlights highlights = new Highlights(queries.indexAnalyzer(), "text");

	@Test
	void marksMatchesAndEscapesEverythingElse() {
		Query query = queries.parse("Firouzabadi", Map.of("text", 1f));
		String text = "<script>alert('x')</script> Iran's army chief Firouzabadi said \"no\" & left.";
		List<Highlights.Fragment> passages = highlights.passages(query, text, 3);
		assertThat(passages).hasSize(1);
		String html = passages.get(0).html();
		assertThat(html).contains("<mark>Firouzabadi</mark>")
			.contains("&lt;script&gt;")
			.doesNotContain("<script>")
			.contains("&amp;");
		assertThat(html.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<").doesNotContain(">");
	}

	@Test
	void aPhraseIsMarkedWhereItsWordsStandTogetherOnlyAndTextsRepeatedInASearchReadTheSame() {
		Highlights.ForQuery phrase = highlights.forQuery(queries.parse("\"nuclear deals\"", Map.of("text", 1f)));
		assertThat(phrase.whole("Iran's nuclear deal, signed"))
			.isEqualTo("Iran&#x27;s <mark>nuclear</mark> <mark>deal</mark>, signed");
		assertThat(phrase.whole("A deal, then nuclear talks")).isEqualTo("A deal, then nuclear talks");
		assertThat(phrase.whole("Nuclear talks")).isEqualTo("Nuclear talks");
		assertThat(phrase.passages("Talks on a deal. The Nuclear Deals.", 3)).singleElement()
			.extracting(Highlights.Fragment::html)
			.asString()
			.contains("<mark>Nuclear</mark> <mark>Deals</mark>");
		assertThat(phrase.whole("Iran's nuclear deal, signed"))
			.isEqualTo("Iran&#x27;s <mark>nuclear</mark> <mark>deal</mark>, signed");
		Highlights.ForQuery words = highlights.forQuery(queries.parse("nuclear deals", Map.of("text", 1f)));
		assertThat(words.whole("Nuclear talks")).isEqualTo("<mark>Nuclear</mark> talks");
	}

	@Test
	void synonymsAndSpellingVariantsAreMarkedAsTheyAreWritten() {
		Query query = queries.parse("Daesh Shiite", Map.of("text", 1f));
		String html = highlights.whole(query, "ISIS attacked the Shi’ite shrine.");
		assertThat(html).contains("<mark>ISIS</mark>").contains("<mark>Shi’ite</mark>");
	}

	@Test
	void theNameHighlighterMarksNamesNotLowerCaseWordsOfTheSameKey() {
		Highlights names = new Highlights(ArchiveAnalyzers.namesInProse(), TextQueries.NAME_FIELD);
		Query query = queries.parse("Saeed", Map.of(TextQueries.NAME_FIELD, 1f));
		assertThat(TransliterationKey.of("said")).isEqualTo(TransliterationKey.of("saeed"));
		List<Highlights.Fragment> passages = names.passages(query,
				"Said Jalili said so, and SAEED JALILI said it again; Sa'id's aide said nothing.", 3);
		assertThat(passages).singleElement()
			.extracting(Highlights.Fragment::html)
			.asString()
			.contains("<mark>Said</mark> Jalili said so")
			.contains("<mark>SAEED</mark>")
			.contains("<mark>Sa&#x27;id&#x27;s</mark>")
			.doesNotContain("<mark>said</mark>");
	}

	@Test
	void theNameHighlighterMarksOtherSpellingsOfAName() {
		Highlights names = new Highlights(ArchiveAnalyzers.namesInProse(), TextQueries.NAME_FIELD);
		Query query = queries.parse("Rouhani", Map.of(TextQueries.NAME_FIELD, 1f));
		List<Highlights.Fragment> passages = names.passages(query, "President Hassan Rohani said so; Rahnama did not.",
				3);
		assertThat(passages).singleElement()
			.extracting(Highlights.Fragment::html)
			.asString()
			.contains("<mark>Rohani</mark>")
			.doesNotContain("<mark>Rahnama</mark>");
	}

	@Test
	void textWithoutMatchesGivesNoPassageButAnEscapedOpening() {
		Query query = queries.parse("Kayhan", Map.of("text", 1f));
		assertThat(highlights.passages(query, "Nothing <b>here</b>.", 3)).isEmpty();
		assertThat(Highlights.opening("Nothing <b>here</b>.")).isEqualTo("Nothing &lt;b&gt;here&lt;&#x2F;b&gt;.");
		assertThat(highlights.whole(null, "a < b")).isEqualTo("a &lt; b");
	}

	@Test
	void aPhraseIsMarkedWhereItsWordsStandTogetherOnly() {
		Query query = queries.parse("\"axis of evil\"", Map.of("text", 1f));
		String html = highlights.whole(query, "Evil, he said, is not the axis of evil that Bush named.");
		assertThat(html).contains("<mark>axis</mark> <mark>of</mark> <mark>evil</mark>").startsWith("Evil,");
	}

	@Test
	void plainWordsAreMarkedWhereverTheyStandAndExcludedWordsNever() {
		Query query = queries.parse("Kayhan editorial -Tehran", Map.of("text", 1f));
		String html = highlights.whole(query, "The Tehran daily Kayhan wrote in an editorial that Kayhan was right.");
		assertThat(html).contains("<mark>Kayhan</mark> wrote")
			.contains("an <mark>editorial</mark>")
			.contains("that <mark>Kayhan</mark>")
			.contains("The Tehran daily");
	}

	@Test
	void theBestPassageOfALongTextIsTheOneWithTheMostQueryWords() {
		Query query = queries.parse("Kayhan Nasrallah", Map.of("text", 1f));
		String filler = "The committee met again on Tuesday to discuss the budget for the coming year. ".repeat(8);
		String text = filler + "Kayhan mentioned the weather. " + filler
				+ "Kayhan quoted Nasrallah on the war at length. " + filler;
		List<Highlights.Fragment> passages = highlights.passages(query, text, 3);
		assertThat(passages).hasSizeGreaterThanOrEqualTo(2);
		assertThat(passages.get(0).html()).contains("<mark>Nasrallah</mark>").contains("<mark>Kayhan</mark>");
		assertThat(passages).allSatisfy(passage -> assertThat(passage.html().length()).isLessThan(400));
	}

	@Test
	void aQueryWithAnExcludedWordStillNamesTheWordsToLookFor() {
		// "Kayhan NOT Tehran" as the search syntax builds it: a purely negative clause
		// needs "*:*" beside it.
		Query notTehran = new BooleanQuery.Builder().add(new TermQuery(new Term("text", "tehran")), Occur.MUST_NOT)
			.add(new MatchAllDocsQuery(), Occur.SHOULD)
			.build();
		Query query = new BooleanQuery.Builder().add(new TermQuery(new Term("text", "kayhan")), Occur.MUST)
			.add(notTehran, Occur.MUST)
			.build();
		assertThat(Highlights.termsOf(query, "text")).containsExactly("kayhan");
	}

	@Test
	void aSectionMatchedOnItsHeadingGivesItsOpening() {
		Highlights.ForQuery highlight = highlights.forQuery(queries.parse("Kayhan", Map.of("text", 1f)));
		String text = "The daily wrote on Tuesday that the talks had failed & would not resume.";
		assertThat(highlight.openingUnderMatchingHeading("What Kayhan Wrote", text)).singleElement()
			.extracting(Highlights.Fragment::html)
			.isEqualTo(Highlights.opening(text));
		assertThat(highlight.openingUnderMatchingHeading("What The Daily Wrote", text)).isEmpty();
		assertThat(highlight.openingUnderMatchingHeading(null, text)).isEmpty();
	}

}
