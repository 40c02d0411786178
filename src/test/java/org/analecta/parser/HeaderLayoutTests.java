package org.analecta.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.analecta.parser.ParsedReport.Author;
import org.analecta.parser.ParsedReport.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One construction of a report's header each: a few lines of text in, the exact field
 * out.
 */
class HeaderLayoutTests {

	private static final String PROSE = ReportParserTests.PROSE;

	private static ParsedReport parse(String text) throws ParseException {
		return new ReportParser().parse(text.getBytes(StandardCharsets.UTF_8), "inline.txt");
	}

	// --- what comes before the header ---

	@Test
	void theAddressLineIsTheSourceAndNotTheHeader() throws ParseException {
		ParsedReport report = parse("URL: https://www.memri.org/reports/iran-recruits-volunteers\n\n"
				+ "June 20, 2014 Special Dispatch No. 5765\n\nIran Recruits Volunteers\n\n" + PROSE);
		assertThat(report.sourceUrl()).isEqualTo("https://www.memri.org/reports/iran-recruits-volunteers");
		assertThat(report.title()).isEqualTo("Iran Recruits Volunteers");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2014, 6, 20));
		assertThat(report.series()).isEqualTo("Special Dispatch");
		assertThat(report.seriesNumber()).isEqualTo("5765");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Last Updated: Thursday, 10 July, 2003, 12:09 GMT 13:09 UK",
			"Page last updated at 12:09 GMT, Thursday, 10 July 2003 13:09 UK" })
	void aNewsSitesUpdatedLineWithItsTimesIsTheDate(String line) throws ParseException {
		ParsedReport report = parse("BBC News\n" + line + "\n\nPress limits protest comment\n\n" + PROSE);
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2003, 7, 10));
		assertThat(report.title()).isEqualTo("Press limits protest comment");
	}

	@Test
	void aBylineUnderTheStandfirstAndOverTheReadingTimeNamesTheAuthor() throws ParseException {
		ParsedReport report = parse("Analysis\n\nBoats or Bridges? The Guild on the Harbour's Future\n\n"
				+ "The June 13 edition of the Harbour Review highlights the guild's remarks on the piers.\n\n"
				+ "Ali Lund\n\n4 min read\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Boats or Bridges? The Guild on the Harbour's Future");
		assertThat(report.authors()).extracting(ParsedReport.Author::name).containsExactly("Ali Lund");
		assertThat(report.sections()).extracting(ParsedReport.Section::heading).containsOnlyNulls();
	}

	@Test
	void aTitleBarThatEndsWithTheHeadlineUnderItIsNoTitle() throws ParseException {
		String headline = "Boats Leave the Bay, And What it Means for the Harbour";
		ParsedReport report = parse("Harbour Research Institute A Guild Must Think Before it Acts " + headline + "\n"
				+ headline + "\n\n" + headline + "\n\n" + PROSE);
		assertThat(report.title()).isEqualTo(headline);
	}

	@ParameterizedTest
	@ValueSource(strings = { "News Digest — 12/27/23", "Harbour Digest — December 27, 2023" })
	void aDigestsDatedNameOverItsFirstItemIsTheTitle(String line) throws ParseException {
		ParsedReport report = parse(
				line + "\n\nGuild Chief Reyes: Repairs Could Take Months, Piers Stay Closed\n\n" + PROSE);
		assertThat(report.title()).isEqualTo(line);
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2023, 12, 27));
	}

	@ParameterizedTest
	@ValueSource(strings = { "(Xinhua) 08:46, July 16, 2022", "Xinhua) 08:46, July 16, 2022",
			"(People's Daily Online) July 16, 2022" })
	void aWireCreditedInBracketsBeforeTheDateLeavesTheDate(String line) throws ParseException {
		ParsedReport report = parse("Boats leave the bay for the open sea\n\n" + line + "\n\n" + PROSE);
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2022, 7, 16));
		assertThat(report.title()).isEqualTo("Boats leave the bay for the open sea");
	}

	/**
	 * A news site's top: its slogan, a headline in sentence case, the picture's caption,
	 * "Short Url:", the date with its hour and a zone whose sign the saved page lost, a
	 * bulleted deck, then the byline over the prose.
	 */
	@Test
	void aSentenceHeadlineOverItsPictureAndABylineUnderTheDeck() throws ParseException {
		ParsedReport report = parse("Since 1975\n  • facebook\n  • twitter\n\n"
				+ "Boats leave the bay for the open sea after the storm\n\n"
				+ "Tom Reyes, head of the harbour guild, watches the boats leave the bay. (Reuters/File Photo)\n"
				+ "Short Url:\n08 Jan 2024 12:01:08 GMT9\n"
				+ "  • Guild leader Tom Reyes proposed closing the piers for a week\n\nAda Lind\n\nHARBOUR TOWN: "
				+ PROSE);
		assertThat(report.title()).isEqualTo("Boats leave the bay for the open sea after the storm");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2024, 1, 8));
		assertThat(report.authors()).extracting(ParsedReport.Author::name).containsExactly("Ada Lind");
		assertThat(report.sections().getFirst().heading()).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "March 3, 2020 | 10:32 AM", "March 3, 2020 | 16:05 GMT", "10:32 AM | March 3, 2020" })
	void theHourBesideTheDateAfterABarLeavesTheDate(String line) throws ParseException {
		ParsedReport report = parse("Boats Leave the Bay for the Open Sea\n\nBy Ada Lind\n\n" + line + "\n\n" + PROSE);
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2020, 3, 3));
		assertThat(report.authors()).extracting(Author::name).containsExactly("Ada Lind");
	}

	@Test
	void aPublishersInitialsSpeltOutAfterAnArticleAreNoTitle() throws ParseException {
		ParsedReport report = parse("Tuesday, 1 March 2011\n\nHRI - The Harbour Research Institute\n\n"
				+ "HRI Daily: March 1, 2011\n\nThe following is research published today from HRI's Special "
				+ "Dispatch Series.\n\nSpecial Dispatch No. 3631\u2014Harbour/Bay\n\nGuild Leaders Urge the Board "
				+ "to Open the Piers\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Guild Leaders Urge the Board to Open the Piers");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2011, 3, 1));
	}

	@Test
	void aLongHeadlineUnderADispatchsLineInARoundUpIsTheTitle() throws ParseException {
		String headline = "Addressing a Rally in the Harbour, Guild Leaders Urge the Board to Establish a 'Ministry "
				+ "of Piers', Say: 'Budget for the Ministry of Piers will be Provided by the Guild\u2026'; '[It] will "
				+ "Provide One Thousand Trained Pilots\u2026'";
		ParsedReport report = parse("Tuesday, 1 March 2011\n\nHRI - The Harbour Research Institute\n\n"
				+ "HRI Daily\u2014Bay Studies Project: March 1, 2011\n\nThe following is research published today "
				+ "from HRI's Special Dispatch Series.\n\nSpecial Dispatch No. 3631\u2014Harbour/Bay\n\n" + headline
				+ "\n\n" + PROSE);
		assertThat(report.title()).isEqualTo(headline);
		assertThat(report.seriesNumber()).isEqualTo("3631");
	}

	@Test
	void aBylineInCapitalsNamesTheWritersAsAReaderWritesThem() throws ParseException {
		ParsedReport report = parse("Boats Leave the Bay for the Open Sea\n\nBy ADA LIND and TOM AL-REYES\n\n"
				+ "March 3, 2020\n\n" + PROSE);
		assertThat(report.authors()).extracting(Author::name).containsExactly("Ada Lind", "Tom Al-Reyes");
	}

	/**
	 * A wire's line of writers and dates: several names, the last after "and", whose
	 * given names the parser need not know, then the date and its update.
	 */
	@Test
	void writersListedBesideTheDateAndItsUpdateAreTheByline() throws ParseException {
		ParsedReport report = parse("Boats Leave the Bay for the Open Sea\n\n"
				+ "Sedar Vannic, Merel Bark and Estra Tollin  | 24.04.2025 - Update : 24.04.2025\n\n" + PROSE);
		assertThat(report.authors()).extracting(Author::name)
			.containsExactly("Sedar Vannic", "Merel Bark", "Estra Tollin");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2025, 4, 24));
	}

	@Test
	void aCoAuthorAfterWithIsABylinesSecondName() throws ParseException {
		ParsedReport report = parse("Boats Leave the Bay for the Open Sea\n\nAugust 21, 2020\n\n"
				+ "By Ada Lind with Tom Reyes\n\n" + PROSE);
		assertThat(report.authors()).extracting(Author::name).containsExactly("Ada Lind", "Tom Reyes");
	}

	@Test
	void aWeekdayAloneOverItsDateIsPartOfTheDateLine() throws ParseException {
		ParsedReport report = parse("URL: https://www.harbouralert.org/archive/latest.html\n\n"
				+ "HARBOUR ALERT\nThursday,\nApril 29, 2021\n\n\nIn-Depth Issues:\n\n"
				+ "Boats Leave the Bay for the Open Sea - Tom Reyes (Harbour Times)\n" + PROSE);
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2021, 4, 29));
	}

	@ParameterizedTest
	@ValueSource(strings = { "A Vintage Varro: Ten Storms in Under 30 Minutes in Anniversary Speech",
			"The Harbour's Prisoners: It helps to have a boat of your own" })
	void aSitesNoticeOverTheHeadlineAndItsDateIsNotTheText(String headline) throws ParseException {
		ParsedReport report = parse("URL: https://harbourwire.com/en/special-features/67120/\n\nclose button\n"
				+ "Switch to Harbourwire Light?\nIt looks like you\u2019re having trouble loading the content on this "
				+ "page. Switch to Harbourwire Light instead.\nSpecial Features\n\n" + headline
				+ "\n\nJune 4, 2020\nTom Reyes\n9 min read\n\n" + PROSE);
		assertThat(report.title()).isEqualTo(headline);
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2020, 6, 4));
		assertThat(report.authors()).extracting(ParsedReport.Author::name).containsExactly("Tom Reyes");
	}

	@Test
	void aPressReleasesLabelledDateAndContactUnderItsTitleBelowANotice() throws ParseException {
		ParsedReport report = parse("URL: https://www.harbourcouncil.org/author/harbour-staff/\n\n"
				+ "Learn more about the Harbour Council staff here.\n\nHarbour Council Statement on Latest Bay Tanker "
				+ "Attacks\n\nFOR IMMEDIATE RELEASE: Thursday, June 13, 2019\nCONTACT: Ada Lind | 202.386.6325 x103 |\n\n"
				+ PROSE);
		assertThat(report.title()).isEqualTo("Harbour Council Statement on Latest Bay Tanker Attacks");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2019, 6, 13));
	}

	@Test
	void aNewsSitesArticleSummaryLabelIsNoAuthor() throws ParseException {
		ParsedReport report = parse(
				"URL: https://www.harbour-monitor.com/pulse/originals/2018/06/varro-port-factions-unite-storms.html\n\n"
						+ "Harbour Pulse\n\nVarro urges the port\u2019s factions to unite against the storms\n\nArticle Summary\n"
						+ "Facing mounting pressure, Mayor Quint Varro urged the port\u2019s factions to put differences aside.\n\n"
						+ PROSE);
		assertThat(report.title()).isEqualTo("Varro urges the port\u2019s factions to unite against the storms");
		assertThat(report.authors()).isEmpty();
	}

	@Test
	void namesUnderTheTitleOverAnEpigraphWithABareNoteNumberAreTheByline() throws ParseException {
		ParsedReport report = parse(
				"Skip to content\nHarbour Center for Public Affairs\nMenu\n\nThe Harbour Board\u2019s "
						+ "Incitement Strategy\n\nAdam Reyes, Pinhas Varro\n\n\u201cThe storm will continue until the board is "
						+ "gone and there will be no return to the pier without full recognition of the fleet\u2019s rights.\u201d1\n\n"
						+ PROSE);
		assertThat(report.title()).isEqualTo("The Harbour Board\u2019s Incitement Strategy");
		assertThat(report.authors()).extracting(ParsedReport.Author::name)
			.containsExactly("Adam Reyes", "Pinhas Varro");
	}

	@Test
	void theHeadlineTheAddressNamesUnderAShortLineOfButtonsIsTheTitle() throws ParseException {
		ParsedReport report = parse("URL: https://www.harbourwatch.org/jttm/ahead-holidays-guild-supporters-circulate-"
				+ "calls-storms-bay\n\nsocial-media social-media login options options\n\nAhead Of Holidays, Guild "
				+ "Supporters Circulate More Calls For Storms In The Bay\n\n" + PROSE);
		assertThat(report.title())
			.isEqualTo("Ahead Of Holidays, Guild Supporters Circulate More Calls For Storms In The Bay");
	}

	@Test
	void theNameUnderTheTitleOverThePaperAnOpEdRanInAndItsDateIsTheByline() throws ParseException {
		ParsedReport report = parse("Policy Analysis\n\nArticles & Op-Eds\n\nThe Harbour Master Is Growing Stronger "
				+ "Under the Board\u2019s Nonexistent Port Policy\n\nAda Lind\n\nHarbour Post\n\nDecember 29, 2019\n\n"
				+ PROSE);
		assertThat(report.title())
			.isEqualTo("The Harbour Master Is Growing Stronger Under the Board\u2019s Nonexistent Port Policy");
		assertThat(report.authors()).extracting(ParsedReport.Author::name).containsExactly("Ada Lind");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2019, 12, 29));
	}

	@Test
	void aWeeklysTitleWithItsDateOverThatDateIsTheTitle() throws ParseException {
		ParsedReport report = parse(
				"November 20, 2017 Special Dispatch No. 7188\n\nHarbour This Week \u2013 November 20, "
						+ "2017\n\nNovember 20, 2017\nOman | Special Dispatch No. 7188\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Harbour This Week \u2013 November 20, 2017");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2017, 11, 20));
		assertThat(report.seriesNumber()).isEqualTo("7188");
	}

	@Test
	void aDateLineWhoseSeriesAndNumberWereLeftOutStillGivesTheDate() throws ParseException {
		ParsedReport report = parse("May 23, 2016 No.\n\nHarbour This Week - May 16-23, 2016\n\n" + PROSE);
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2016, 5, 23));
		assertThat(report.seriesNumber()).isNull();
		assertThat(report.title()).isEqualTo("Harbour This Week - May 16-23, 2016");
	}

	@Test
	void aHeadlineOpeningWithANameAndADashIsTheTitleNotABylineWithARole() throws ParseException {
		ParsedReport report = parse("July 10, 2018 Special Dispatch No. 7561\n\n"
				+ "Quilla Renmark \u2013 From Editor Of 'The Harbour' Daily To Spokesperson And Minister Of The Quay\n\n"
				+ "July 10, 2018\nOman | Special Dispatch No. 7561\n\n" + PROSE);
		assertThat(report.title()).isEqualTo(
				"Quilla Renmark \u2013 From Editor Of 'The Harbour' Daily To Spokesperson And Minister Of The Quay");
		assertThat(report.authors()).isEmpty();
	}

	@Test
	void aNameADashAndARoleUnderTheTitleIsTheAuthor() throws ParseException {
		ParsedReport report = parse("The Quay After the Storm\n\nQuilla Renmark \u2013 senior fellow and director of "
				+ "the Harbour Program at the Bay Institute\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("The Quay After the Storm");
		assertThat(report.authors()).extracting(Author::name).containsExactly("Quilla Renmark");
	}

	@Test
	void aDigestsCompilersAndContributorsUnderItsNameAreItsAuthorsAndItsNameItsSeries() throws ParseException {
		ParsedReport report = parse("Harbour News Round Up\n\nA selection of the latest news stories published in "
				+ "the bay's papers, compiled by Bay Institute Harbour Analyst Ada Lindert and Harbour Intern Tom Reyes, "
				+ "with contributors Quint Varro and Kay Lund. To receive this daily newsletter, please subscribe.\n\n"
				+ PROSE);
		assertThat(report.title()).isEqualTo("Harbour News Round Up");
		assertThat(report.series()).isEqualTo("Harbour News Round Up");
		assertThat(report.authors()).extracting(Author::name)
			.containsExactly("Ada Lindert", "Tom Reyes", "Quint Varro", "Kay Lund");
	}

	@Test
	void aDigestCompiledByATeamHasNoAuthors() throws ParseException {
		ParsedReport report = parse("Harbour News Round Up\n\nA selection of the latest news stories, compiled by "
				+ "the Bay Institute's harbour research team.\n\n" + PROSE);
		assertThat(report.series()).isEqualTo("Harbour News Round Up");
		assertThat(report.authors()).isEmpty();
	}

	@Test
	void aLoneByOverAFullBylineNamesThePersonOnce() throws ParseException {
		ParsedReport report = parse("Building A Decent Harbour \u2013 Analysis\n\nBy\n\nBy Quint Varro\n\n" + PROSE);
		assertThat(report.authors()).extracting(Author::name).containsExactly("Quint Varro");
	}

	@Test
	void anAuthorsArchivePageNamesTheAuthorWithoutItsLabel() throws ParseException {
		ParsedReport report = parse("Author Archives: Quint Varro\n\nQuint Varro is a Senior Fellow at the Harbour "
				+ "Institute.\n\nThe board falsely claims two crews were cleared\n\n" + PROSE);
		assertThat(report.authors()).extracting(Author::name).containsExactly("Quint Varro");
	}

	@Test
	void aNameOverAnAcronymAndADayWithNoHeadlineIsTheBylineAndTheDate() throws ParseException {
		ParsedReport report = parse("Jacob Lindqvist\nHIHS, Nov. 3, 2023\n" + PROSE);
		assertThat(report.title()).isNull();
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2023, 11, 3));
		assertThat(report.authors()).extracting(Author::name).containsExactly("Jacob Lindqvist");
	}

	@ParameterizedTest
	@ValueSource(strings = { "June 2018\n\nBy Quint Varro", "By Quint Varro", "June 12, 2018\n\nBy Quint Varro" })
	void aTestimonialInQuotationMarksOverTheHeadlineAndItsIssueOrBylineIsNoText(String underHeadline)
			throws ParseException {
		ParsedReport report = parse("\"[Harbour Today] has become indispensable! I think it is the combination of the "
				+ "critical period we are in and the quality of the product. I read the May issue from cover to "
				+ "cover.\"\n\nThe Board Threatens to Close the Northern Quay\n\n" + underHeadline + "\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("The Board Threatens to Close the Northern Quay");
		assertThat(report.authors()).extracting(Author::name).containsExactly("Quint Varro");
		assertThat(report.quotes()).noneMatch(quote -> quote.text().contains("indispensable"));
	}

	@Test
	void aQuotedArticlesLabelledHeadlineIsNoTitleAndItsPapersStaffLineGivesTheDay() throws ParseException {
		ParsedReport report = parse("The Harbour Gazette Interviews the Guild's Director on the Closure\n\n"
				+ "Headline: Board Claims Ban on Guild TV in the Bay Due to Incitement\nGazette staff, Nov. 30, 2015\n\n"
				+ PROSE);
		assertThat(report.title()).doesNotStartWith("Headline");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2015, 11, 30));
	}

	@ParameterizedTest
	@ValueSource(strings = { "- The Washington Times - Monday, September 12, 2016",
			"The Washington Times - September 12, 2016" })
	void aKnownPapersNameThenADateAfterADashIsTheDateLine(String line) throws ParseException {
		ParsedReport report = parse("The Board Threatens to Close the Northern Quay\n\n" + line + "\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("The Board Threatens to Close the Northern Quay");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2016, 9, 12));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Quint Varro/The Harbour Institute/November 04/2023", "Quint Varro/November 04/2023" })
	void aWriterAndADatePartedBySlashesAreTheBylineAndTheDate(String line) throws ParseException {
		ParsedReport report = parse(
				"Quint Varro Reads In the Mayor's Speech/What Did Lund Really Say, and Why?\n" + line + "\n\n" + PROSE);
		assertThat(report.title()).startsWith("Quint Varro Reads In the Mayor's Speech");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2023, 11, 4));
		assertThat(report.authors()).extracting(Author::name).containsExactly("Quint Varro");
	}

	@ParameterizedTest
	@ValueSource(strings = { "- Quint Varro\n- 2 days ago\n- 17 min read\n",
			"- Quint Varro\n- Aug 30, 2023\n- 17 min read\n" })
	void aPostsDetailsSetAsAListGiveItsWriter(String details) throws ParseException {
		ParsedReport report = parse(details + "The Board Threatens to Close the Northern Quay\n" + PROSE);
		assertThat(report.title()).isEqualTo("The Board Threatens to Close the Northern Quay");
		assertThat(report.authors()).extracting(Author::name).containsExactly("Quint Varro");
		assertThat(report.publishedOn()).isEqualTo(details.contains("Aug 30") ? LocalDate.of(2023, 8, 30) : null);
	}

	@Test
	void theHeadlineAfterATrailsSlashesOverTheHeadlineIsNoTitleOfItsOwn() throws ParseException {
		ParsedReport report = parse("//Closure is key issue in the port, says harbour board official\n\n"
				+ "Closure is key issue in the port, says harbour board official\n\n"
				+ "By Quint Varro, Harbour News\nHarbourtown: The board's deputy director said greater efforts "
				+ "must be made.\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Closure is key issue in the port, says harbour board official");
		assertThat(report.authors()).extracting(Author::name).containsExactly("Quint Varro");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "Harbour Security & Defense\n\n" })
	void aHeadlineOverAPhotographsCreditInBracketsIsTheTitle(String section) throws ParseException {
		ParsedReport report = parse(
				section + "The Harbour Board’s Pier-Deal Duplicity\n\n" + "(Reuters photo: Quint Varro)\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("The Harbour Board’s Pier-Deal Duplicity");
	}

	@Test
	void aCaptionOverItsCreditInBracketsStaysACaption() throws ParseException {
		ParsedReport report = parse("The Board Threatens to Close the Northern Quay\n\nMarch 3, 2020\n\n"
				+ "Port director Kay Lund\n\n(Photo: Quint Varro)\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("The Board Threatens to Close the Northern Quay");
	}

	@Test
	void aVideosCaptionAndThePapersStaffCreditUnderTheHeadlineAreNeitherTitleNorAuthor() throws ParseException {
		ParsedReport report = parse("Mayor Leaves the Harbour to Sign the Quay Bill\n\n"
				+ "Mayor Quint Varro signed the bill on the new quay Tuesday at the Harbour Museum of the Sea, a setting "
				+ "meant to underscore the quay's role in creating jobs. Video by AP\n\n"
				+ "By Tom Reyes\nHarbour Post Staff Writer\nWednesday, February 18, 2009\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Mayor Leaves the Harbour to Sign the Quay Bill");
		assertThat(report.authors()).extracting(Author::name).containsExactly("Tom Reyes");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2009, 2, 18));
	}

	@Test
	void aDateInFiguresOnALineOfItsOwnIsTheDateWhereDayAndMonthArePlain() throws ParseException {
		ParsedReport report = parse("Highlights: The Board Briefs the Press After the Quay Shake-Up\n\n"
				+ "Harbour clerk Kay Lund arrives to speak to the press in the board's hall on July 21 followed by "
				+ "Quint Varro. | Tom Reyes/AP\n\nBy Ada Lind and Tom Reyes\n\n07/21/2017 02:09 PM EDT\n\n"
				+ "Updated 07/22/2017 02:54 PM EDT\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Highlights: The Board Briefs the Press After the Quay Shake-Up");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2017, 7, 21));
		assertThat(parse("The Board Briefs the Press\n\n07/08/2017\n\n" + PROSE).publishedOn()).isNull();
	}

	@Test
	void aPublishersInitialsSpeltOutAreNoTitleAndASeriesByAWriterGivesBoth() throws ParseException {
		ParsedReport report = parse("HPI - Harbour Policy Institute Inc.\n\n"
				+ "09/24/2024 | Press release | Distributed by Public on 09/24/2024 10:21\n\n"
				+ "Quay Escalation\n\nQuay Escalation\n\nCritical Questions by Quint Varro\n\n"
				+ "Published September 24, 2024\n\nRemote Visualization\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Quay Escalation");
		assertThat(report.series()).isEqualTo("Critical Questions");
		assertThat(report.authors()).extracting(Author::name).containsExactly("Quint Varro");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2024, 9, 24));
	}

	@Test
	void writersAfterByEndingTheHeadlineAreItsAuthors() throws ParseException {
		ParsedReport report = parse("Harbour Watch: Portrait of a Militia Fighting at the Quay by Ada Lind, Tom Reyes"
				+ "\n\nMarch 3, 2020\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Harbour Watch: Portrait of a Militia Fighting at the Quay");
		assertThat(report.authors()).extracting(Author::name).containsExactly("Ada Lind", "Tom Reyes");
	}

	@Test
	void theAgentOfAPassiveEndingTheHeadlineIsNoWriter() throws ParseException {
		for (String headline : List.of("Harbour Talks Hosted by President Tom Reyes",
				"The Plan for the Northern Quay Led by Ada Lind")) {
			ParsedReport report = parse(headline + "\n\nMarch 3, 2020\n\n" + PROSE);
			assertThat(report.title()).isEqualTo(headline);
			assertThat(report.authors()).isEmpty();
			assertThat(report.series()).isNull();
		}
	}

	@Test
	void aNameOverAPhotographAndItsCaptionThenTheSeriesLineIsTheByline() throws ParseException {
		ParsedReport report = parse("Harbour Institute for Quay Studies\n\n"
				+ "Quay Sanctions: Why They Fail, What They Achieve\n\nMaryam Lind\n\n"
				+ "A group of dock workers walk at a rally in the harbour. One holds a large flag while cranes stand "
				+ "in the background.\n\nDock workers at a rally in the harbour on November 24, 2023. "
				+ "(Photo by Tom Reyes/NurPhoto via AP)\n\nHarbour Brief No. 160 | September 2024\n\n" + PROSE);
		assertThat(report.authors()).extracting(Author::name).containsExactly("Maryam Lind");
		assertThat(report.title()).isEqualTo("Quay Sanctions: Why They Fail, What They Achieve");
	}

	@Test
	void aNameRepeatedUnderItsOfficeUnderTheHeadlineIsTheByline() throws ParseException {
		ParsedReport report = parse("Special Briefing: The war comes to the harbour\n\nPatricia Lind\n"
				+ "Non-Resident Scholar, Harbour Program\nPatricia Lind\n\n" + PROSE);
		assertThat(report.authors()).extracting(Author::name).containsExactly("Patricia Lind");
		assertThat(report.title()).isEqualTo("Special Briefing: The war comes to the harbour");
	}

	@Test
	void anOldSeriesReportLineNamesTheSeries() throws ParseException {
		ParsedReport report = parse("|\nInquiry & Analysis Series Report |\n|\n|\nSeptember 9, 2010 |\n"
				+ "Inquiry & Analysis Series Report No.635 |\n|\nConcerns in the Harbour over the Northern Quay\n"
				+ "By: Tom Reyes*\n|\n" + PROSE);
		assertThat(report.series()).isEqualTo("Inquiry & Analysis");
		assertThat(report.seriesNumber()).isEqualTo("635");
	}

	@Test
	void anAgencyInBracketsUnderTheDateAndAnOldShareBarAreNeitherCaptionNorTitle() throws ParseException {
		ParsedReport report = parse("Harbour: Unrest should not shade the quay issue\n\nUpdated: 2011-03-22 20:52\n\n"
				+ "(Xinhua)\n\nTwitter Facebook Myspace Yahoo! Linkedin Mixx\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Harbour: Unrest should not shade the quay issue");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2011, 3, 22));
	}

	@Test
	void writersWithWhereTheyWroteFromAndACaptionCreditedToTheWireFirst() throws ParseException {
		ParsedReport report = parse("Home | Harbour-Europe\n\nMayor congratulates the harbour master on reelection\n\n"
				+ "By ADA LIND in London and TOM REYES in Beijing | Harbour Daily Global | Updated: 2023-05-30 09:24\n\n"
				+ "The harbour master addresses his supporters following his victory in the second round at the pier "
				+ "in the bay May 29, 2023. REUTERS/Kay Lund\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Mayor congratulates the harbour master on reelection");
		assertThat(report.authors()).extracting(Author::name).containsExactly("Ada Lind", "Tom Reyes");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2023, 5, 30));
	}

	@Test
	void aSentenceCaseHeadlineOverAQuotedStandfirstAndAPhotographsCreditIsTheTitle() throws ParseException {
		ParsedReport report = parse("All news\n\nHarbour spokesman: It's impossible to consider the quay's future by "
				+ "ignoring the pilots' position\n\n\"We understand that one more strike in the bay makes the pilots' "
				+ "position tenser,\" Tom Reyes stated\nPhoto HARBOUR-PRESS/Ada Lind\nPhoto HARBOUR-PRESS/Ada Lind\n\n"
				+ PROSE);
		assertThat(report.title()).isEqualTo(
				"Harbour spokesman: It's impossible to consider the quay's future by ignoring the pilots' position");
	}

	@Test
	void aSitesSectionsOverASentenceCaseHeadlineAreNeitherTitleNorSeries() throws ParseException {
		ParsedReport report = parse("China\n        \n\nHarbour and Quay Affairs\n\n"
				+ "China: Harbour unrest should not shade the quay issue\n\nUpdated: 2011-03-22 20:52\n\n(Xinhua)\n\n"
				+ PROSE);
		assertThat(report.title()).isEqualTo("China: Harbour unrest should not shade the quay issue");
		assertThat(report.series()).isNull();
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2011, 3, 22));
	}

	@Test
	void aNameUnderTheHeadlineThatThePagesTitleRepeatsIsItsByline() throws ParseException {
		ParsedReport report = parse("URL: https://harbour-news.example/en/board-threatens-quay\n\n"
				+ "Board Rapporteur Says Closures Restrict Trade | Harbour News\n\n"
				+ "Board Rapporteur Says Closures Restrict Trade\n\nQuint Varro\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Board Rapporteur Says Closures Restrict Trade");
		assertThat(report.authors()).extracting(Author::name).containsExactly("Quint Varro");
	}

	@Test
	void aPagersArrowsAboveTheHeaderAreFurniture() throws ParseException {
		ParsedReport report = parse(
				"<<\n\nNovember 29, 2017\n\nThe Latest Developments in the Harbour and the Port\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("The Latest Developments in the Harbour and the Port");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2017, 11, 29));
	}

	@Test
	void aLongMenuOpeningWithHomeIsNoTitle() throws ParseException {
		ParsedReport report = parse(
				"URL: https://www.dailyalert.org/rss/tagpage.php?id=1\n\nHome          Archives           Harbour Center Homepage       View the current "
						+ "issue           Harbour Center Videos           \nBack\n\nFor the Board and the Port, an Existential "
						+ "Moment\n\n\n(U.S. News) Quint Varro - A man fearing for his pier calls the board. He is roundly "
						+ "rebuked, told to call again because he did not say \"please\" nicely. This is roughly where we are "
						+ "in the serial denunciation of the harbour master for daring to speak to the council about the "
						+ "threat he sees looming for the port. Is a master not right to be very concerned about a storm "
						+ "that, given half a chance, would destroy the piers he has a duty to protect?\n2015-03-02 00:00:00\nFull Article\n\n"
						+ PROSE);
		assertThat(report.title()).isEqualTo("For the Board and the Port, an Existential Moment");
		assertThat(report.authors()).extracting(Author::name).containsExactly("Quint Varro");
	}

	@Test
	void aSitesTrailSavedWithTheHeadlineAtItsEndIsNoTitle() throws ParseException {
		ParsedReport report = parse("URL: https://harbour-news.example/harbour-tv-prank/\n\n"
				+ "Home Daily Brief Harbour TV Prank Reveals Port Guild Hatred\n\n"
				+ "Harbour TV Prank Reveals Port Guild Hatred\n\nby Quint Varro\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Harbour TV Prank Reveals Port Guild Hatred");
		assertThat(report.authors()).extracting(Author::name).containsExactly("Quint Varro");
	}

	@Test
	void aSitesTrailBeforeADateWithSlashesIsADateLineNotTheTitle() throws ParseException {
		ParsedReport report = parse("Home Archive 15/August/2018 08:39 PM\n\n"
				+ "President Varro says the council is meeting to correct the situation\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("President Varro says the council is meeting to correct the situation");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2018, 8, 15));
	}

	@Test
	void aDateAndTimeWithTheUpdateInBracketsIsTheDateLine() throws ParseException {
		ParsedReport report = parse("Varro: the guild continues to divide the harbour\n\n"
				+ "May 5, 2017 4:21 P.M. (Updated: May 8, 2017 7:12 P.M.)\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Varro: the guild continues to divide the harbour");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2017, 5, 5));
	}

	@Test
	void aCaptionEndingWithAPhotographerAndAnAgencysImagesIsNoTitle() throws ParseException {
		ParsedReport report = parse("The Harbour Council's 23rd meeting at the headquarters in the bay. "
				+ "(Tom Reyes/HARBOUR images)\n\n" + PROSE);
		assertThat(report.title()).isNull();
	}

	@Test
	void aSectionsWordAndAnAgencySavedTwiceAboveTheHeadlineAreNoTitle() throws ParseException {
		ParsedReport report = parse("News AFP News AFP\n\nHarbour Agency Urges the Board to Explain the Particles at "
				+ "the Quay\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Harbour Agency Urges the Board to Explain the Particles at the Quay");
	}

	@Test
	void namesUnderTheTitleRightAboveTheTextAreTheBylineWhenOneHasAKnownGivenName() throws ParseException {
		ParsedReport report = parse(
				"New Harbour Quarterly Features the Quay Debate\n\nAdam Lindqvist, Quint Varro\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("New Harbour Quarterly Features the Quay Debate");
		assertThat(report.authors()).extracting(Author::name).containsExactly("Adam Lindqvist", "Quint Varro");
	}

	@Test
	void aPlacesNameUnderTheTitleRightAboveTheTextIsNoByline() throws ParseException {
		ParsedReport report = parse("New Harbour Quarterly Features the Quay Debate\n\nSanta Cruz\n\n" + PROSE);
		assertThat(report.authors()).isEmpty();
	}

	@Test
	void aWiresTagBeforeTheHeadlineAndASectionsNameAndTimeBeforeTheDate() throws ParseException {
		ParsedReport report = parse("Go to Contents Go to Navigation\n\n"
				+ "(LEAD) Varro warns of a firm response after the harbour launch\n\n"
				+ "All News 09:24 October 04, 2022\n\nBy Ada Lindert\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("(LEAD) Varro warns of a firm response after the harbour launch");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2022, 10, 4));
		assertThat(report.authors()).extracting(Author::name).containsExactly("Ada Lindert");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Estimated read time: 1-2 minutes", "Your browser doesn’t support HTML5 audio" })
	void aStoryPagesToolsUnderTheHeadlineSavedTwiceAreNoTitle(String tool) throws ParseException {
		String headline = "Harbour official says the storms are still a threat\n\n";
		ParsedReport report = parse(headline + headline + tool + "\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Harbour official says the storms are still a threat");
	}

	@Test
	void aNewsSectionOverASentenceHeadlineAndAnAgencysBylineNameNothing() throws ParseException {
		ParsedReport report = parse("Back To Top\n\nNational\n\n"
				+ "Varro vows a firm response to any provocation at the piers\n\nBy Yonhap\n"
				+ "Published : Jun 6, 2022 - 10:37       Updated : Jun 6, 2022 - 10:37\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Varro vows a firm response to any provocation at the piers");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2022, 6, 6));
		assertThat(report.authors()).isEmpty();
	}

	@Test
	void aHeadlineInSentenceCaseOverABylineWithItsTimeUnderPromotionsAndOverACreditedPhoto() throws ParseException {
		ParsedReport report = parse("Storm at the piers: the board left the boats to sink\n\nWATCH DOCUMENTARY\n"
				+ "Skip to content\nEdit post\n\n"
				+ "Harbour office denies its head gave the guild until summer to reopen the piers\n"
				+ "by Ada Lindert January 27, 2025 4:00 PM 2 min read\n"
				+ "Harbour chief Quint Varro at the guild's forum in Lisk. Feb. 25, 2024. (Tom Reyes/Bloomberg via "
				+ "Getty Images)\nThis audio is created with AI assistance\n\n" + PROSE);
		assertThat(report.title())
			.isEqualTo("Harbour office denies its head gave the guild until summer to reopen the piers");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2025, 1, 27));
		assertThat(report.authors()).extracting(Author::name).containsExactly("Ada Lindert");
	}

	@Test
	void aPhotographsCaptionSavedTwiceIsNoHeadlineAndAStandfirstNoSecondTitle() throws ParseException {
		ParsedReport report = parse("Last Update 22:19\nFriday, 10 July 2020\n\n"
				+ "Varro talks the harbour's fees, the importance of reform: Interview - Part 2\n\n"
				+ "The second part of a second interview Harbour Minister Varro gave the chief editors of the Lisk "
				+ "Herald, the Tarn Post and the Bay Courier in less than two months. The first part came out on Saturday\n\n"
				+ "Harbour Minister Quint Varro (Reuters)\nHarbour Minister Quint Varro (Reuters)\n\n" + PROSE);
		assertThat(report.title())
			.isEqualTo("Varro talks the harbour's fees, the importance of reform: Interview - Part 2");
	}

	@Test
	void aTimeOfPublicationInTwoZonesUnderTheHeadlineIsTheDateAndNoTitle() throws ParseException {
		ParsedReport report = parse("Harbour boards discuss proposals for a ferry pact\n\n"
				+ "2020-10-09 02:42:26 GMT2020-10-09 10:42:26(Beijing Time) Xinhua English\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Harbour boards discuss proposals for a ferry pact");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2020, 10, 9));
	}

	@Test
	void thePagesOwnTitleEndingInTheSitesNameAfterADashIsTheHeadline() throws ParseException {
		ParsedReport report = parse("URL: https://news.harbourgazette.com/2015/05/12/we-are-on-the-right-track/\n\n"
				+ "Harbour Gazette\n\nWe are on the right track despite the storms: Varro - Harbour Gazette\n\n"
				+ PROSE);
		assertThat(report.title()).isEqualTo("We are on the right track despite the storms: Varro");
		ParsedReport other = parse("URL: https://news.harbourgazette.com/2015/05/12/ferries-and-piers/\n\n"
				+ "Ferries and piers: the board's plans - Harbour Minister Varro\n\n" + PROSE);
		assertThat(other.title()).isEqualTo("Ferries and piers: the board's plans - Harbour Minister Varro");
	}

	@Test
	void twoNamesRunTogetherInABylineAreTwoAuthors() throws ParseException {
		ParsedReport report = parse(
				"Harbour board sees the fleet gaining strength\n\nBy Ada LindertQuint Varro\n\n" + PROSE);
		assertThat(report.authors()).extracting(Author::name).containsExactly("Ada Lindert", "Quint Varro");
		ParsedReport one = parse("Harbour board sees the fleet gaining strength\n\nBy Ada McDonald\n\n" + PROSE);
		assertThat(one.authors()).extracting(Author::name).containsExactly("Ada McDonald");
	}

	@Test
	void aHeadlineSavedTwiceUnderASectionsNameInCapitalsIsTheTitle() throws ParseException {
		ParsedReport section = parse(" date 2022-08-09 HARBOUR\n3 MIN READ\nVarro: Defence of the piers cannot be "
				+ "left to the fleet\nHarbour Minister Quint Varro addresses a host of issues at the meeting.\nVarro: "
				+ "Defence of the piers cannot be left to the fleet\n\n" + PROSE);
		assertThat(section.title()).isEqualTo("Varro: Defence of the piers cannot be left to the fleet");
	}

	@Test
	void aHeadlineAmongTheMenusLinesAndAgainUnderTheDatelineIsTheTitle() throws ParseException {
		ParsedReport report = parse("URL: https://www.harbourwire.com/article/us-harbour-piers-idUSBRE95B\n\n"
				+ "ShippingFreight SolutionsLegalHarbour Wire AgencyRisk Management SolutionsTax & Accounting"
				+ "Blog: Answers OnInnovation @ Harbour Wire\n"
				+ "Directory of sites\nLogin\nContact\nHarbour Wire logo\nHarbour board denies it asked the fleet "
				+ "for talks with U.K.\nSections\nFeatured\nTides turn for the fishermen\nMarkets\nTides turn for the "
				+ "fishermen\nPictures\nLondonParisHamburgRotterdamBremen\n#World News\n"
				+ "June 12, 2013 / 8:48 PM / 4 years ago\n\nHarbour board denies it asked the fleet for talks with U.K.\n\n"
				+ "Kay Lundgren\n\n2 Min Read\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Harbour board denies it asked the fleet for talks with U.K.");
	}

	@Test
	void aLinksLabelSavedUnderEveryTeaserIsNoTitle() throws ParseException {
		ParsedReport report = parse("URL: https://www.harbourinfo.org/reports/2018-editors-picks-harbour-reports\n\n"
				+ "The following are selections from the Harbour Brief series from 2018.\n\n"
				+ "The Piers Are Far Removed From The Fleet, But The Board Is Not\n\nBy: Kay Lundgren\n\n"
				+ "If any port in the world could be expected to be cautious about its piers, it would be this one.\n\n"
				+ "Read The Full Report\n\nTransforming The Harbour In An Era Of Storms\n\nBy: Quint Varro\n\n"
				+ "Does the harbour have anything meaningful to say to the fleet? The answer is yes, of course.\n\n"
				+ "Read The Full Report\n\n" + PROSE);
		assertThat(report.title()).isNotEqualTo("Read The Full Report");
	}

	@Test
	void aNameBetweenTwoPhotoCreditsIsTheirCaptionNotTheTitle() throws ParseException {
		ParsedReport report = parse("Photo: AFP\nQuint Varro\nPhoto: AFP\n\nThe fleet is not forgotten, says the "
				+ "harbour's mouthpiece\n\nEditor of the Harbour Gazette says the board's statement thwarted the "
				+ "fleet.\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("The fleet is not forgotten, says the harbour's mouthpiece");
	}

	@Test
	void whereARepostFirstRanAboveItsProseIsNoTitle() throws ParseException {
		ParsedReport report = parse("From Harbour Comment\n\nAccording to the Tidewater Gazette writing in Dutch, "
				+ "the harbour master had a statement read out in his name in the churches of the port on Friday, "
				+ "in which he called for calm.\n\n" + PROSE);
		assertThat(report.title()).isNull();
	}

	@Test
	void aHeadlineOpeningWithFromOverItsBylineIsTheTitle() throws ParseException {
		ParsedReport report = parse("From Harbour With Love\n\nBy Kay Lundgren\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("From Harbour With Love");
	}

	@Test
	void aTitleCaseHeadlineOverALineInSentenceCaseIsTheTitle() throws ParseException {
		ParsedReport report = parse("Harbour Master Threatens Strike if Fleet Stays in Port\nHarbour crowd chants "
				+ "\u2018No, no fleet\u2019\nBy Kay Lundgren\nApril 9, 2011\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Harbour Master Threatens Strike if Fleet Stays in Port");
	}

	@Test
	void aShortKickerOverASentenceCaseHeadlineIsNoTitle() throws ParseException {
		ParsedReport report = parse("Harbour News\nHarbour crowd chants \u2018No, no fleet\u2019 at the pier\n"
				+ "By Kay Lundgren\nApril 9, 2011\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Harbour crowd chants \u2018No, no fleet\u2019 at the pier");
	}

	@ParameterizedTest
	@ValueSource(strings = { "For Release", "FOR IMMEDIATE RELEASE" })
	void aPressReleasesLabelAloneUnderTheHeadlineIsNoTitle(String label) throws ParseException {
		ParsedReport report = parse("Leadership Dynamics Behind Harbour Policy Formulation\n\n" + label
				+ "\n\nJanuary 5, 2010\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Leadership Dynamics Behind Harbour Policy Formulation");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2010, 1, 5));
	}

	@Test
	void aDispatchsNumberInARepostSavedAsOneRunOfTextGivesItsSeries() throws ParseException {
		ParsedReport report = parse("The following are reports from Harbour Special Dispatches on speeches by the "
				+ "harbour master from the past week. Special Dispatch No. 2719 Harbour Master Threatens: The Fleet "
				+ "Must Learn from Its Failed Bets Several days ago, on December 23, 2009, the board announced that it "
				+ "intended to appeal to the council over the new pier.\n\n" + PROSE);
		assertThat(report.series()).isEqualTo("Special Dispatch");
		assertThat(report.seriesNumber()).isEqualTo("2719");
	}

	@Test
	void aDispatchTheLeadRefersToGivesNoSeries() throws ParseException {
		ParsedReport report = parse("Harbour Master Threatens The Fleet\n\nThe harbour master spoke again on Friday "
				+ "(see Special Dispatch No. 2719) about the new pier and the boats.\n\n" + PROSE);
		assertThat(report.series()).isNull();
	}

	@Test
	void aNumberedWeeklyUpdatesTitleNamesItsSeriesAndNumber() throws ParseException {
		ParsedReport report = parse("The Harbour Weekly Update (HWU) \u2013 Part Of The Harbour Monitor Project (HMP) "
				+ "\u2013 No. 7, February 21, 2025\n\n" + PROSE);
		assertThat(report.series()).isEqualTo("Harbour Weekly Update");
		assertThat(report.seriesNumber()).isEqualTo("7");
		assertThat(report.title()).startsWith("The Harbour Weekly Update (HWU)");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Mar 15, 2022 1 min read", "March 15, 2022 9 min read Download Report" })
	void aDateWithAReadingTimeAfterItIsTheDate(String line) throws ParseException {
		ParsedReport report = parse(
				"Harbour President on the Pier Deal: The Port Must Never Close\n\n" + line + "\n\n" + PROSE);
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2022, 3, 15));
	}

	@Test
	void aReleasesImageLabelIsNoTitleAndItsDatelineInBracketsDatesIt() throws ParseException {
		ParsedReport report = parse("Header image for news printout\n\nHarbour: UN expert says fishing rights "
				+ "should be at the heart of the response\n\nNEW YORK (24 October 2018) - Mounting challenges in the "
				+ "harbour should be met by a constructive response, said Kay Lund, the new Special Rapporteur.\n\n"
				+ PROSE);
		assertThat(report.title())
			.isEqualTo("Harbour: UN expert says fishing rights should be at the heart of the response");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2018, 10, 24));
	}

	@Test
	void theSeriesLinesDateOutweighsABlogsDateAboveIt() throws ParseException {
		ParsedReport report = parse("Tuesday, 10 November 2009\n\nHarbour Email Newsletter\n\n"
				+ "Special Dispatch Series | No. 2640 | November 9, 2009\n\nA Second Explosion At The Pier\n\n"
				+ PROSE);
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2009, 11, 9));
		assertThat(report.seriesNumber()).isEqualTo("2640");
	}

	@Test
	void knownCountriesUnderTheSeriesLineAreItsCountriesHoweverShortTheirLine() throws ParseException {
		ParsedReport report = parse("Special Dispatch Series | No. 2640 | November 9, 2009\n\nLebanon/Syria\n\n"
				+ "A Second Explosion At The Pier\n\n" + PROSE);
		assertThat(report.countries()).containsExactly("Lebanon", "Syria");
	}

	@Test
	void theDateTheAddressGivesOutweighsTheDayThePageWasSavedOverTheHeadline() throws ParseException {
		ParsedReport report = parse(
				"URL: https://english.harbourinfo.com/news/2024/05/18/319119/\n\nTue 11-June-2024\n\n"
						+ "Varro: the crews are prepared for a long season\n\nSaturday 18-May-2024\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Varro: the crews are prepared for a long season");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2024, 5, 18));
	}

	@Test
	void aRadioStationsPlayerAndALiveBlogsCounterAreNoTitle() throws ParseException {
		ParsedReport radio = parse(
				"Play Live Radio\nNext Up:\n0:00 0:00\nAvailable On Air Stations\n\n'A Hit Job': What "
						+ "4 Harbour Members Said During The Debate\n\n" + PROSE);
		assertThat(radio.title()).isEqualTo("'A Hit Job': What 4 Harbour Members Said During The Debate");
		ParsedReport blog = parse(
				"Ferry strike likely to continue until after Christmas\n\nBy Ada Lind and Tom Reyes\n\n"
						+ "Updated 12:34 p.m. ET, December 27, 2018\n29 Posts\nSort byDropdown arrow\n\n" + PROSE);
		assertThat(blog.title()).isEqualTo("Ferry strike likely to continue until after Christmas");
	}

	@Test
	void aCaptionSavedAgainWithItsCreditIsNoTitle() throws ParseException {
		ParsedReport report = parse(
				"Harbour spokesman calls for strikes on the piers\n\nCrews at the pier, June 30, 2014. "
						+ "(AP Photo)\nCrews at the pier, June 30, 2014. (AP Photo) AP\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Harbour spokesman calls for strikes on the piers");
	}

	@Test
	void anImagesZoomButtonIsNoTitle() throws ParseException {
		ParsedReport report = parse(
				"Zoom Image\n\nHarbour Minister Varro defends the ferry compromise\n\nPhoto: Ada Lind / " + "EPO\n\n"
						+ PROSE);
		assertThat(report.title()).isEqualTo("Harbour Minister Varro defends the ferry compromise");
	}

	@Test
	void aSitesLabelBeforeTheBylineIsNoPartOfTheName() throws ParseException {
		ParsedReport report = parse("Harbour board must not dismiss calls for a vote\n\nBy contributor By Ada Lind, "
				+ "Harbour Political Staff\nPublished\n\n" + PROSE);
		assertThat(report.authors()).extracting(Author::name).containsExactly("Ada Lind");
	}

	@Test
	void aBylineWithATrailingBarOverALabelledDateInFiguresWithATwoFigureYear() throws ParseException {
		ParsedReport report = parse("Harbour board says the storm season was a rehearsal for the next one\n\n"
				+ "Ada Lind |\nPublished: 05.26.21, 18:12\n" + PROSE);
		assertThat(report.title()).isEqualTo("Harbour board says the storm season was a rehearsal for the next one");
		assertThat(report.authors()).extracting(Author::name).containsExactly("Ada Lind");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2021, 5, 26));
	}

	@Test
	void aLabelledDateInFiguresThatCouldBeEitherOrderWithATwoFigureYearIsLeftUnread() throws ParseException {
		ParsedReport report = parse("The Long Road Back for the Fleet\n\nPublished: 05.06.21\n\n" + PROSE);
		assertThat(report.publishedOn()).isNull();
	}

	@Test
	void aHeadlineInSentenceCaseStaysApartFromTheStandfirstUnderItButNotWhenItRunsOn() throws ParseException {
		String standfirst = "Harbour board rejects claims of the mayor and the council, saying the old pier and the new "
				+ "one are both \"safe and sound\".";
		ParsedReport apart = parse("Harbour board dismisses claims that the old pier is about to fall into the bay\n"
				+ standfirst + "\n\n" + PROSE + "\n\n" + PROSE);
		ParsedReport runsOn = parse("Harbour board faces test on the old pier;\nCouncil has strong support among "
				+ "the crews of the bay\n\n" + PROSE + "\n\n" + PROSE);
		assertThat(apart.title())
			.isEqualTo("Harbour board dismisses claims that the old pier is about to fall into the bay");
		assertThat(runsOn.title()).isEqualTo(
				"Harbour board faces test on the old pier; Council has strong support among the crews of the bay");
	}

	@ParameterizedTest
	@ValueSource(strings = { "In the Name of Allah, the Beneficent, the Merciful",
			"In the name of God, the Compassionate, the Merciful", "1:22 p.m. EST", "1:39 P.M. EDT" })
	void anInvocationOrABriefingsTimeIsNoTitle(String line) throws ParseException {
		ParsedReport report = parse(line + "\n\n" + PROSE + "\n\n" + PROSE);
		assertThat(report.title()).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "August 06, 2012, Monday/ 17:05:00", "August 6, 2012 - 18:3",
			"Monday, 6 August, 2012 - 08:45 -", "Published August 6,2012" })
	void aDateLineWithItsWeekdayBeforeTheTimeATimeCutShortASeparatorLeftOrNoSpaceBeforeTheYear(String line)
			throws ParseException {
		ParsedReport report = parse("Press Roundup\n\n" + line + "\n\n" + PROSE);
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2012, 8, 6));
		assertThat(report.title()).isEqualTo("Press Roundup");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Harbourton, Aug. 6, 2012, CNA -- ", "HARBOURTON, August 6, 2012 (Reuters) - ",
			"Harbourton, D.C., August 6, 2012 - ", "Harbourton, Ostia, August 6, 2012 - " })
	void anAgencysDatelineDatesItsCopyWhenNothingAboveDoes(String dateline) throws ParseException {
		ParsedReport report = parse("Press Roundup\n\n" + dateline + PROSE);
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2012, 8, 6));
		assertThat(report.title()).isEqualTo("Press Roundup");
	}

	@Test
	void aSummaryParagraphSharingMoreOfTheAddressThanTheHeadlineIsNoTitle() throws ParseException {
		ParsedReport report = parse(
				"URL: https://www.memri.org/tv/harbour-procession-bay-respond-call-mayor-sail-north\n\n"
						+ "Aug 16, 2019\nShare Video:\n\nHarbour Procession in the Bay: We Are Ready to Sail North\n\n"
						+ "#7427 | 02:18\nSource: Harbour TV (Ostia)\n\nOn August 16, 2019, Harbour TV (Ostia) aired a report "
						+ "about a pro-Harbour boat procession that sailed along the Ostia-Lindos border near the village of "
						+ "Aitaroun. Sailing past Lindos military outposts, the sailors displayed Harbour flags. The sailors told "
						+ "the reporter that they are steadfast on their bay, that they respond to any call from Harbour leader "
						+ "Mayor Quint Varro, and that they are ready to sail north, whether by day or by night. The sailors "
						+ "chanted: \"We respond to your call, oh Varro!\"\n\nReporter: It is very easy to hear the roar of "
						+ "these boats in the hills along the bay. It can be heard in the area along the pier.\n\n"
						+ PROSE);
		assertThat(report.title()).isEqualTo("Harbour Procession in the Bay: We Are Ready to Sail North");
	}

	@Test
	void aPhotographsTextSaidTwiceIsNoTitleAndTheSentenceCaseHeadlineAboveStandsAlone() throws ParseException {
		ParsedReport report = parse(
				"Harbour papers diverge over the storm, talks with the fleet\n\nAda Lind\nAda Lind\n\n"
						+ "Contributor\n\nHarbour Master Quint Varro Speaks\nHarbour Master Quint Varro Speaks\n\n"
						+ PROSE);
		assertThat(report.title()).isEqualTo("Harbour papers diverge over the storm, talks with the fleet");
	}

	@Test
	void aTimeLabelDatesThePage() throws ParseException {
		ParsedReport report = parse(
				"Harbour board says the storm season is over\n\nTime: October 02, 2019\n\n" + PROSE);
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2019, 10, 2));
	}

	@Test
	void twoOrMoreBareNamesRightAboveTheTitleAreItsAuthorsAndOneIsNot() throws ParseException {
		ParsedReport three = parse(
				"Ada Lind, Quint Varro, Tom Reyes\nReading the Harbour Master: The World View of the Bay's Ruler\n"
						+ PROSE);
		assertThat(three.title()).isEqualTo("Reading the Harbour Master: The World View of the Bay's Ruler");
		assertThat(three.authors()).extracting(Author::name).containsExactly("Ada Lind", "Quint Varro", "Tom Reyes");
		ParsedReport one = parse("Ada Lind\nReading the Harbour Master: The World View of the Bay's Ruler\n" + PROSE);
		assertThat(one.authors()).isEmpty();
	}

	@Test
	void aDateInsideTheFirstSentenceOrBelowAHeadersDateIsNoDateline() throws ParseException {
		assertThat(parse("Press Roundup\n\nIn Harbourton, August 6, 2012 was a day of talks. " + PROSE).publishedOn())
			.isNull();
		assertThat(parse("Press Roundup\n\nMay 1, 2013\n\nHarbourton, Aug. 6, 2012, CNA -- " + PROSE).publishedOn())
			.isEqualTo(LocalDate.of(2013, 5, 1));
	}

	@Test
	void aDocumentLibrarysFileNoteIsNoPartOfTheTitleAndTheTitlesDateIsTheDate() throws ParseException {
		ParsedReport report = parse("Negotiations on the Harbour Fees: Hearing Before the County Committee on Ports, "
				+ "Second Session, February 4, 2014   [open pdf - 695KB]\n\n" + PROSE);
		assertThat(report.title()).isEqualTo(
				"Negotiations on the Harbour Fees: Hearing Before the County Committee on Ports, Second Session, "
						+ "February 4, 2014");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2014, 2, 4));
	}

	@Test
	void aSeriesNumberAndADateInOneFieldAfterAComma() throws ParseException {
		ParsedReport report = parse(
				"Fisheries Report No. 12, May 9, 2020\n\nThe Long Road Back for the Fleet\n\n" + PROSE);
		assertThat(report.series()).isEqualTo("Fisheries Report");
		assertThat(report.seriesNumber()).isEqualTo("12");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2020, 5, 9));
		assertThat(report.title()).isEqualTo("The Long Road Back for the Fleet");
	}

	@Test
	void headerLinesOneUnderTheOtherWithoutBlankLines() throws ParseException {
		ParsedReport report = parse("Gulf Policy Forum\nCommentary\nThe Long Road Back for Yemen's Central Bank\n"
				+ "A quieter presence may serve the bank better than open confrontation.\nby Dana Whitfield\n"
				+ "Thursday, March 4, 2021\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("The Long Road Back for Yemen's Central Bank");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2021, 3, 4));
		assertThat(report.authors()).extracting(ParsedReport.Author::name).containsExactly("Dana Whitfield");
	}

	@Test
	void aMemriTvPagesClipLineGivesTheClipsNumber() throws ParseException {
		ParsedReport report = parse("URL: https://www.memri.org/tv/harbour-master-varro-storms\n\nMay 18, 2015\n"
				+ "Harbour Master Quint Varro: The Storms Will Not Close Our Port\n\n#4922 | 02:38\n"
				+ "Source: Harbour TV (Ostia)\n\n" + PROSE);
		assertThat(report.series()).isEqualTo("MEMRI TV");
		assertThat(report.seriesNumber()).isEqualTo("4922");
		assertThat(report.title()).isEqualTo("Harbour Master Quint Varro: The Storms Will Not Close Our Port");
	}

	@Test
	void aMemriTvClipsTurnsRunOnOverTheParagraphsAfterTheirLabel() throws ParseException {
		ParsedReport report = parse("URL: https://www.memri.org/tv/harbour-master-varro-storms\n\nMay 18, 2015\n"
				+ "Harbour Master Quint Varro: The Storms Will Not Close Our Port\n\n#4922 | 02:38\n"
				+ "Source: Harbour TV (Ostia)\n\nHarbour Master Quint Varro spoke of the storms in his weekly show "
				+ "on Harbour TV. Following are excerpts:\n\nQuint Varro: Some of those who fear the storms want to "
				+ "close the port to every boat that sails north.\n\nDear viewers, they based themselves on the "
				+ "idea that the sea is our enemy. Do we agree to this? Do we really need to fear the sea?\n\n"
				+ "My dear viewers, I have told you that those who fear the storms only fear the boats.\n");
		assertThat(report.quotes()).extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly("Quint Varro", "Quint Varro", "Quint Varro");
	}

	@Test
	void anotherSitesClipLineGivesNoSeries() throws ParseException {
		ParsedReport report = parse("URL: https://www.harbourvideo.org/clips/varro\n\nMay 18, 2015\n"
				+ "Harbour Master Quint Varro: The Storms Will Not Close Our Port\n\n#4922 | 02:38\n\n" + PROSE);
		assertThat(report.series()).isNull();
		assertThat(report.seriesNumber()).isNull();
	}

	@Test
	void aBriefingsFirstQuestionUnderTheDateIsNotTheTitle() throws ParseException {
		ParsedReport report = parse(
				"Harbour Board Spokesperson Quint Varro's Regular Press Conference on July 17, 2020\n"
						+ "2020-07-18 00:48\n\nHarbour Daily: A series of Senior Officials' Meetings on Harbour Ferry "
						+ "Cooperation will be held soon. What is the Board's expectation of the meetings?\n\n"
						+ PROSE);
		assertThat(report.title())
			.isEqualTo("Harbour Board Spokesperson Quint Varro's Regular Press Conference on July 17, 2020");
	}

	@Test
	void theSiteNameAsTheAddressSpellsItIsNotTheTitle() throws ParseException {
		ParsedReport report = parse("URL: https://www.iranobserver.org/2020/01/08/x\n\nThe Iran Observer\n\n"
				+ "After Soleimani\n\nJanuary 8, 2020\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("After Soleimani");
	}

	@ParameterizedTest
	@ValueSource(strings = { "October 23 Oct 2018 16:59 UTC", "Updated: Monday 5 May 2014, 10:30" })
	void aDateLineIsNoTitle(String line) throws ParseException {
		ParsedReport report = parse(line + "\n\n" + PROSE);
		assertThat(report.title()).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "February 8, 2013 / 9:32 AM / 5 years ago", "Published: 18:57, February 8, 2013",
			"February 8, 2013 / 10:36 AM / a month ago", "Reuters , Friday 8 Feb 2013", "AFP, 8 February 2013",
			"Last Updated: Fri Feb 08, 2013 19:23 pm (KSA) 16:23 pm (GMT)", "Tehran, 8 February 2013" })
	void aDateLineWithItsTimeAndAgeDatesTheReportUnderItsTitle(String line) throws ParseException {
		ParsedReport report = parse("County says new port fees aimed at creating tension\n" + line + "\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("County says new port fees aimed at creating tension");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2013, 2, 8));
	}

	@Test
	void aDatelinesPlaceAloneInCapitalsIsNoTitle() throws ParseException {
		ParsedReport report = parse("ANKARA\n" + PROSE);
		assertThat(report.title()).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "The harbour of the county in 1979 (File)\nThe harbour of the county in 1979 (File)",
			"The harbour of the county in 1979. (Reuters)" })
	void aHeadlineOverAWirePhotographsCaptionIsTheTitle(String caption) throws ParseException {
		ParsedReport report = parse(
				"County says new port fees aimed at creating tension\n\n" + caption + "\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("County says new port fees aimed at creating tension");
	}

	@Test
	void aBreadcrumbIsSkipped() throws ParseException {
		ParsedReport report = parse("Home > Reports > Special Dispatch\n\nJuly 22, 2016 Special Dispatch No. 6512\n\n"
				+ "Lebanese Daily: The Debate Intensifies\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Lebanese Daily: The Debate Intensifies");
		assertThat(report.sections().get(0).paragraphs().get(0).text()).isEqualTo(PROSE);
	}

	@Test
	void aSignUpFormsLinesAreSkipped() throws ParseException {
		ParsedReport report = parse("\"*\" indicates required fields\n\nSubscribe\n\nThis field is for validation "
				+ "purposes and should be left unchanged.\n\nBy subscribing you agree to our Privacy Policy\n\n"
				+ "Subscription Settings\n\nAlgeria's Gas Diplomacy\n\nNovember 3, 2022 | By Yacine Benali\n\n"
				+ PROSE);
		assertThat(report.title()).isEqualTo("Algeria's Gas Diplomacy");
	}

	@Test
	void anImagesFileNameLeftInTheSavedTextIsSkipped() throws ParseException {
		ParsedReport report = parse("Monday, 5 August 2013\n\nEOY_Banner_2013_v1 (2).jpg\n\nHarbour Daily: August 5, "
				+ "2013\n\ndonate image 2.jpg\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Harbour Daily: August 5, 2013");
	}

	@Test
	void aHeadlineInSentenceCaseUnderADateLineWithItsWeekdayIsTheTitle() throws ParseException {
		ParsedReport report = parse("| 30 November 2023, Thursday |\n\nHarbour's Varro: the transport of boats from "
				+ "the north urges a hasty board session\n\n" + PROSE);
		assertThat(report.title())
			.isEqualTo("Harbour's Varro: the transport of boats from the north urges a hasty board session");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2023, 11, 30));
	}

	@Test
	void aTestimonialInQuotationMarksAboveTheHeadlineIsSkipped() throws ParseException {
		ParsedReport report = parse("\"I find hope in the work of long-established groups such as the Harbour "
				+ "Association, and I find hope in younger activists.\"\n\nHarbour Hits The North With New Fees\n\n"
				+ PROSE);
		assertThat(report.title()).isEqualTo("Harbour Hits The North With New Fees");
	}

	@Test
	void aSitesNoticeNamingTheSiteAboveTheHeadlineIsSkipped() throws ParseException {
		ParsedReport report = new ReportParser().parse(("URL: https://old.harbourtimes.com/en/7/\n\nYou see a page "
				+ "from the old site of the Harbour Times that is no longer updated. Visit harbourtimes.com to view the "
				+ "new site.\n\nMaster: Some Boats Don't Need New Piers\n\n" + PROSE)
			.getBytes(StandardCharsets.UTF_8), "inline.txt");
		assertThat(report.title()).isEqualTo("Master: Some Boats Don't Need New Piers");
	}

	@Test
	void aShortLeadAboveASectionHeadingStaysText() throws ParseException {
		ParsedReport report = parse("The harbour board met on Monday to discuss the fees that the storms made "
				+ "necessary this year.\n\nThe Board Rejects The New Fees\n\n" + PROSE);
		assertThat(report.sections().getFirst().paragraphs().getFirst().text())
			.startsWith("The harbour board met on Monday");
	}

	@Test
	void shareAndSubscribeLinesAreSkipped() throws ParseException {
		ParsedReport report = parse("Share this: Facebook Twitter Email\nSubscribe to our newsletter\n\n"
				+ "Algeria's Gas Diplomacy\n\nNovember 3, 2022 | By Yacine Benali\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Algeria's Gas Diplomacy");
		assertThat(report.authors()).extracting(Author::name).containsExactly("Yacine Benali");
	}

	@Test
	void aPrintViewsDateIsNotTheReportsDate() throws ParseException {
		ParsedReport report = parse("Printer-friendly version\nPrinted from https://example.org on 2017-10-30\n\n"
				+ "October 24, 2017\n\nAfter the Referendum\n\n" + PROSE);
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2017, 10, 24));
		assertThat(report.title()).isEqualTo("After the Referendum");
	}

	@Test
	void aDocumentSitesUploadLineCountsAndPageMarkersAreSkipped() throws ParseException {
		ParsedReport report = parse("Uploaded by jdoe on March 2, 2022\n1,234 views\n87 downloads\n"
				+ "Category: Politics\nPage 1 of 12\n\nHumanitarian Access in Yemen\n\nJanuary 15, 2022\n\n" + PROSE);
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2022, 1, 15));
		assertThat(report.title()).isEqualTo("Humanitarian Access in Yemen");
	}

	@Test
	void aJsonMetadataBlockIsNotText() throws ParseException {
		ParsedReport report = parse("{\n  \"authors\": [\n    \"Hannah Weiss\"\n  ],\n  \"type\": \"analysis\"\n}\n\n"
				+ "Libya's Proxy War Turns\n\nBy Hannah Weiss\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Libya's Proxy War Turns");
		assertThat(report.sections().get(0).paragraphs()).extracting(ParsedReport.Paragraph::text)
			.containsExactly(PROSE);
	}

	@Test
	void aVideoPagesBlurbsAndButtonsComeBeforeItsDateAndTitle() throws ParseException {
		ParsedReport report = parse("Donations from readers like you allow us to do what we do.\n\nDonate Today\n\n"
				+ "Request a Clip\nRequest Clip\nMar 12, 2019\nShare Video:\n\nCommander: We Will Expel Them\n\n"
				+ "#7012 | 03:15\n\n" + PROSE);
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2019, 3, 12));
		assertThat(report.title()).isEqualTo("Commander: We Will Expel Them");
	}

	// --- titles ---

	@Test
	void aTitleOfAnyLength() throws ParseException {
		String title = "Egyptian Columnists Debate The Future Of Arab Nationalism: "
				+ "'The Nation Has Awakened'; ".repeat(20) + "Others Warn Of Fragmentation";
		ParsedReport report = parse("September 9, 2012 Special Dispatch No. 4871\n\n" + title + "\n\n" + PROSE);
		assertThat(title.length()).isGreaterThan(500);
		assertThat(report.title()).isEqualTo(title);
	}

	@Test
	void theAddressNamesASentenceCaseTitle() throws ParseException {
		ParsedReport report = parse(
				"URL: https://news.example.com/2023/05/14/iraq-oil-exports-kurdistan-pipeline-remain-shut\n\n"
						+ "Gulf Affairs Daily\n\nIraq's oil exports through the Kurdistan pipeline remain shut\n\n14 May 2023\n\n"
						+ PROSE);
		assertThat(report.title()).isEqualTo("Iraq's oil exports through the Kurdistan pipeline remain shut");
	}

	@Test
	void aSentenceCaseHeadlineAloneAboveTheProseIsTheTitle() throws ParseException {
		ParsedReport report = parse(
				"Iran's Friday prayer leader calls on supporters to counter the opposition online\n\n" + PROSE + "\n\n"
						+ PROSE);
		assertThat(report.title())
			.isEqualTo("Iran's Friday prayer leader calls on supporters to counter the opposition online");
		assertThat(report.sections().getFirst().paragraphs().getFirst().text()).isEqualTo(PROSE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "The talks went on. The foreign ministry spokesman told reporters in Tehran on Monday",
			"The foreign ministry spokesman told reporters in Tehran on Monday that the talks had concerned only "
					+ "the nuclear issue and nothing else[1]" })
	void aLineOfProseAboveTheProseIsNoTitle(String line) throws ParseException {
		ParsedReport report = parse(line + "\n\n" + PROSE + "\n\n" + PROSE);
		assertThat(report.title()).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Summary", "Abstract", "Key Points", "Introduction", "Executive Summary" })
	void aSectionHeadingIsNeverTheTitle(String heading) throws ParseException {
		ParsedReport report = parse(heading + "\n\n" + PROSE);
		assertThat(report.title()).isNull();
	}

	@Test
	void aJournalsNameAndVolumeLineAreNotTheTitle() throws ParseException {
		ParsedReport report = parse(
				"Journal of Gulf Studies\n\nVol. 12, No. 2 (Summer 2008)\n\nOil and Patronage in Kuwait\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Oil and Patronage in Kuwait");
		assertThat(report.series()).isEqualTo("Journal of Gulf Studies");
		assertThat(report.seriesNumber()).isNull();
		assertThat(report.publishedOn()).isNull();
	}

	@Test
	void aKickerAboveTheTitleIsPassedOver() throws ParseException {
		ParsedReport report = parse("The Corner\n\nIran's Supreme Leader Speaks\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Iran's Supreme Leader Speaks");
	}

	@Test
	void aKickerAndAnInstitutionsNameAboveTheTitleArePassedOver() throws ParseException {
		ParsedReport report = parse("In The Media\n\nMalcolm H. Kerr Carnegie Middle East Center\n\nTehran Rising\n\n"
				+ "Hezbollah is a key ally to Iran.\n\nLink Copied\nBy Paul Salem\nPublished on Apr 13, 2011\n\n"
				+ PROSE);
		assertThat(report.title()).isEqualTo("Tehran Rising");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2011, 4, 13));
		assertThat(report.authors()).extracting(Author::name).containsExactly("Paul Salem");
	}

	@Test
	void aLogosLowerCaseWordAboveTheHeaderIsSkipped() throws ParseException {
		ParsedReport report = parse(
				"memri\nAugust 24, 2021 Special Dispatch No. 9510\n\nSaudi Columnists: Feeble U.S. Policy\n\n"
						+ "August 24, 2021\nIran, Saudi Arabia | Special Dispatch No. 9510\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Saudi Columnists: Feeble U.S. Policy");
		assertThat(report.countries()).containsExactly("Iran", "Saudi Arabia");
	}

	// --- report numbers ---

	@Test
	void aReportNumberWithTheDateOnOneLine() throws ParseException {
		ParsedReport report = parse("Asia Report N°312 | 4 March 2021\n\nWater and Borders\n\n" + PROSE);
		assertThat(report.series()).isEqualTo("Asia Report");
		assertThat(report.seriesNumber()).isEqualTo("312");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2021, 3, 4));
		assertThat(report.title()).isEqualTo("Water and Borders");
	}

	@Test
	void aPolicyBriefNumber() throws ParseException {
		ParsedReport report = parse("Policy Brief No. 12\n\nThe Baghdad Channel\n\n" + PROSE);
		assertThat(report.series()).isEqualTo("Policy Brief");
		assertThat(report.seriesNumber()).isEqualTo("12");
		assertThat(report.title()).isEqualTo("The Baghdad Channel");
	}

	@Test
	void aSeriesNameAndItsNumberInSeparateFields() throws ParseException {
		ParsedReport report = parse("Special Dispatch | No. 3120 | May 5, 2010\n\nSyrian Cleric On TV\n\n" + PROSE);
		assertThat(report.series()).isEqualTo("Special Dispatch");
		assertThat(report.seriesNumber()).isEqualTo("3120");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2010, 5, 5));
	}

	@Test
	void aNumberAloneUnderTheDateTakesTheSeriesTheTextSaysItBelongsTo() throws ParseException {
		ParsedReport report = parse("Harbour Jihadis Spread A Segment Deleted From The Latest Video\n\n"
				+ "December 27, 2012\n\nNo. 5111\n\n" + PROSE + "\n\nTo request a full copy of this MEMRI Jihad "
				+ "and Terrorism Threat Monitor report, send us an email with the report title.");
		assertThat(report.seriesNumber()).isEqualTo("5111");
		assertThat(report.series()).isEqualTo("Jihad and Terrorism Threat Monitor");
		assertThat(report.sections()).extracting(Section::heading).doesNotContain("No. 5111");
	}

	@Test
	void aKindLineRunIntoTheBylineIsNoAuthor() throws ParseException {
		ParsedReport report = parse("The Harbour Board Uses The Storm To Reinforce Its Hold\n\n"
				+ "by Kay LundgrenPolicy Alert\nSeptember 23, 2020\n\n" + PROSE);
		assertThat(report.authors()).extracting(ParsedReport.Author::name).containsExactly("Kay Lundgren");
	}

	@Test
	void aPressReleasesDatelineClosedByAnEllipsisGivesTheDate() throws ParseException {
		ParsedReport report = parse("The Harbour Board's Threats Must Be Condemned by the Council\n\n"
				+ "Harbour City, NY, September 22, 2016 \u2026 The Harbour Union called on the council to condemn "
				+ "the threats in the board's speech.\n\n" + PROSE);
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2016, 9, 22));
	}

	@Test
	void aPressReleasesDatelineWithItsWireBetweenSlashesGivesTheDate() throws ParseException {
		ParsedReport report = parse("Union Thanks Council for Hearing on the Harbour\n\n"
				+ "HARBOUR CITY, March 29, 2011 /HarbourWire-CoastNewswire/ -- The Harbour Union today thanked the "
				+ "council for holding a hearing this morning.\n\n" + PROSE);
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2011, 3, 29));
	}

	@Test
	void aVideoPlayersControlsAboveTheHeadlineAreFurniture() throws ParseException {
		ParsedReport report = parse("Storms misread as a green light: Harbour spokesman Lund\n\n"
				+ "Lund on how the storms were misread\n0 seconds of 36 secondsVolume 90%\nPress shift question mark "
				+ "to access a list of keyboard shortcuts\nNext Up\nLund: Storms are a common threat\n01:21\n00:00\n"
				+ "00:36\n\nShort Url\nUpdated 24 March 2021\nFollow\n\nStorms misread as a green light: Harbour "
				+ "spokesman Lund\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Storms misread as a green light: Harbour spokesman Lund");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2021, 3, 24));
	}

	@Test
	void aNewsAppsAppealOverTheStoryIsFurniture() throws ParseException {
		ParsedReport report = parse("URL: https://inkl.com/news/new-harbour-chief-condemns-closure\n\n"
				+ "Get all your news in one place.\n100’s of premium titles.\nOne app.\n"
				+ "Start reading\nFrance 24\nFrance 24\nWorld\nQuint VARRO\n\n"
				+ "New harbour chief Kay Lund condemns 'reckless' closure of the northern quay\n\n" + PROSE);
		assertThat(report.title())
			.isEqualTo("New harbour chief Kay Lund condemns 'reckless' closure of the northern quay");
	}

	@Test
	void aSpeechsVenueOverItsPlaceAndDateIsNoTitle() throws ParseException {
		ParsedReport report = parse("Navigation path\n\nLeft navigation\n\nAdditional tools\n\nSPEECH/ 10/4\n\n"
				+ "Quint Varro\n\nHigh Representative / Vice President\n\nStatement on the Harbour\n\n"
				+ "Figures and graphics available in PDF and WORD PROCESSED\n\nHarbour Parliament\n\n"
				+ "Harbourtown, 19 January 2010\n\nHonourable Members,\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Statement on the Harbour");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2010, 1, 19));
	}

	@Test
	void aBriefingsNameAndItsDayAfterADashIsTheTitle() throws ParseException {
		ParsedReport report = parse("Harbour Board Press Briefing – December 20, 2022\n\nDecember 21, 2022\n\n\n"
				+ "Quint Varro\n\nAuthor's Title: \n\nBoard Spokesperson\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Harbour Board Press Briefing – December 20, 2022");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2022, 12, 21));
		assertThat(report.authors()).extracting(Author::name).containsExactly("Quint Varro");
	}

	@Test
	void aRepostsNoteUnderTheTitleNamesThePiecesWriter() throws ParseException {
		ParsedReport report = parse("Profile: New Harbour Master\n\n            The following article by Quint Varro "
				+ "was originally published by The Harbour Gazette as the new master took office in 2007.\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Profile: New Harbour Master");
		assertThat(report.authors()).extracting(Author::name).containsExactly("Quint Varro");
	}

	@Test
	void aContentSystemsFieldLabelOverTheTextIsNoTitle() throws ParseException {
		ParsedReport report = parse("URL: https://harbour-institute.example/blogs/the-board-offer\n\nBody\n" + PROSE);
		assertThat(report.title()).isNull();
	}

	@Test
	void emptyListItemsBeforeTheDateLeaveTheDate() throws ParseException {
		ParsedReport report = parse("- - Thursday, March 14, 2019\n\n" + PROSE);
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2019, 3, 14));
	}

	@Test
	void theWritersPictureSavedBeforeTheBylineLeavesTheByline() throws ParseException {
		ParsedReport report = parse("March 13, 2013 12:10 pm\n\nHarbour Board Continues to Plan Its Storm Defences\n\n"
				+ "avatar by Kay Lundgren\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Harbour Board Continues to Plan Its Storm Defences");
		assertThat(report.authors()).extracting(ParsedReport.Author::name).containsExactly("Kay Lundgren");
	}

	@Test
	void aPhotosCaptionUnderTheHeadlineIsNoWritersNote() throws ParseException {
		ParsedReport report = parse(
				"The Port and the Coast turn against their Union allies\n\nMon, 28 Aug 2017 - 04:16 GMT"
						+ "\n\nHarbour President Lundgren is pictured here with former Coast President Tom Reyes- AFP.\n\n"
						+ PROSE);
		assertThat(report.authors()).isEmpty();
	}

	@Test
	void aDigestsAppLineIsNoTitle() throws ParseException {
		ParsedReport report = parse("Prepared for the\nHarbour Union\n\nView this page at\nHarbour Alert app on "
				+ "Android\nMarch 2, 2012\n\n" + PROSE);
		assertThat(report.title()).isNull();
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2012, 3, 2));
	}

	@Test
	void aSeriesIsNamedWithoutItsPublisher() throws ParseException {
		ParsedReport report = parse("December 30, 2022 MEMRI Daily Brief No. 443\n\nThe Harbour Deal – Has the Board "
				+ "Learned Anything?\n\n" + PROSE);
		assertThat(report.series()).isEqualTo("Daily Brief");
		assertThat(report.seriesNumber()).isEqualTo("443");
		ParsedReport clip = parse(
				"Jul 26, 2017\n\nHarbour Guest Kicked Out of the Studio\n\nMEMRI TV No. 6183\n\n" + PROSE);
		assertThat(clip.series()).isEqualTo("MEMRI TV");
	}

	@Test
	void thePlacesAmongAPagesRelatedCategoriesAreItsCountries() throws ParseException {
		ParsedReport report = parse("Harbour Democracy Monitor No. 205\n\nRelated Categories: Democracy and "
				+ "Governance; Human Rights and Humanitarian Issues; Global Health; Iran; Iraq\n\n" + PROSE);
		assertThat(report.countries()).containsExactly("Iran", "Iraq");
	}

	@Test
	void severalNumbersLeaveTheNumberOpen() throws ParseException {
		ParsedReport report = parse(
				"Special Dispatch | No. 2413, 2414, 2415 | June 21, 2009\n\nThree Clips\n\n" + PROSE);
		assertThat(report.series()).isEqualTo("Special Dispatch");
		assertThat(report.seriesNumber()).isNull();
	}

	@Test
	void aDigestsTitleCarriesItsDateAndName() throws ParseException {
		ParsedReport report = parse("Iran News Round Up - Special Edition - July 23, 2013\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Iran News Round Up - Special Edition - July 23, 2013");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2013, 7, 23));
		assertThat(report.series()).isEqualTo("Iran News Round Up");
	}

	@Test
	void aSeriesTheTextNamesItselfBy() throws ParseException {
		ParsedReport report = parse("Jihadis Shift To Telegram\n\nOctober 29, 2015\n\n"
				+ "The following report is a complimentary offering from MEMRI's Jihad and Terrorism Threat Monitor (JTTM). "
				+ PROSE);
		assertThat(report.series()).isEqualTo("Jihad and Terrorism Threat Monitor");
		ParsedReport now = parse("Jihadis Shift To Telegram\n\nOctober 29, 2015\n\n"
				+ "The following report is now a complimentary offering from MEMRI's Jihad and Terrorism Threat "
				+ "Monitor (JTTM). " + PROSE);
		assertThat(now.series()).isEqualTo("Jihad and Terrorism Threat Monitor");
		ParsedReport video = parse("Jihadis Shift To Telegram\n\nOctober 29, 2015\n\n"
				+ "The following video is now a complimentary offering from MEMRI's Jihad and Terrorism Threat "
				+ "Monitor (JTTM). " + PROSE);
		assertThat(video.series()).isEqualTo("Jihad and Terrorism Threat Monitor");
	}

	// --- dates ---

	@ParameterizedTest
	@ValueSource(strings = { "4 March 2021", "March 4, 2021", "Mar. 4, 2021", "2021-03-04", "Thursday, March 4, 2021",
			"March 4, 2021 at 10:30 AM", "Published on 4 March 2021", "Posted: Mar 4, 2021",
			"Mar 4, 2021 12:42 Asia/Tehran", "4 March 2021 10:30 GMT+3:30" })
	void everyDateStyle(String line) throws ParseException {
		ParsedReport report = parse("The Quiet Return of Qatar\n\n" + line + "\n\n" + PROSE);
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2021, 3, 4));
		assertThat(report.title()).isEqualTo("The Quiet Return of Qatar");
	}

	@ParameterizedTest
	@ValueSource(strings = { "June 2022", "Summer 2011", "Spring/Summer 2020" })
	void aMonthOrSeasonIsNoDate(String line) throws ParseException {
		ParsedReport report = parse(
				"Will Politics Trump Nonproliferation?\n\n" + line + "\nBy Barbara Slavin\n\n" + PROSE);
		assertThat(report.publishedOn()).isNull();
		assertThat(report.title()).isEqualTo("Will Politics Trump Nonproliferation?");
		assertThat(report.authors()).extracting(Author::name).containsExactly("Barbara Slavin");
	}

	@Test
	void anOutletsNameBesideTheDateIsNoCountry() throws ParseException {
		ParsedReport report = parse(
				"April 13, 2020 | The Dispatch\n\nThe Islamic Revolution vs. Donald Trump\n\n" + PROSE);
		assertThat(report.countries()).isEmpty();
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2020, 4, 13));
		assertThat(report.title()).isEqualTo("The Islamic Revolution vs. Donald Trump");
	}

	// --- bylines ---

	@Test
	void namesAloneUnderTheTitleAboveTheDateAreItsAuthors() throws ParseException {
		ParsedReport one = parse("The Long Road Back for the Fleet\n\nDana Whitfield\n\nMarch 4, 2021\n\n" + PROSE);
		assertThat(one.authors()).extracting(ParsedReport.Author::name).containsExactly("Dana Whitfield");
		ParsedReport two = parse(
				"The Long Road Back for the Fleet\n\nDana Whitfield and Omar Haddad\n\nThursday, March 4, 2021\n\n"
						+ PROSE);
		assertThat(two.authors()).extracting(ParsedReport.Author::name)
			.containsExactly("Dana Whitfield", "Omar Haddad");
		assertThat(two.title()).isEqualTo("The Long Road Back for the Fleet");
		ParsedReport places = parse(
				"The Long Road Back for the Fleet\n\nBasra and Baghdad\n\nThursday, March 4, 2021\n\n" + PROSE);
		assertThat(places.authors()).isEmpty();
	}

	@Test
	void aNameUnderATitleAboutThatPersonIsThePhotosCaptionNotTheByline() throws ParseException {
		ParsedReport about = parse(
				"Dana Whitfield boasts of the fleet's new reach\n\nDana Whitfield\n\nMarch 4, 2021\n\n" + PROSE);
		assertThat(about.title()).isEqualTo("Dana Whitfield boasts of the fleet's new reach");
		assertThat(about.authors()).isEmpty();
		ParsedReport labelled = parse(
				"Dana Whitfield: The Fleet's New Reach\n\nDana Whitfield\n\nMarch 4, 2021\n\n" + PROSE);
		assertThat(labelled.authors()).extracting(ParsedReport.Author::name).containsExactly("Dana Whitfield");
	}

	@Test
	void aThinkTanksSeriesPrintedWithoutNoBeforeItsNumber() throws ParseException {
		ParsedReport report = parse("Policy Analysis\n\nPolicyWatch 2973\n\nFishermen Protest the New Quotas\n\n"
				+ "Dana Whitfield\n\nMay 25, 2018\n\n" + PROSE);
		assertThat(report.series()).isEqualTo("PolicyWatch");
		assertThat(report.seriesNumber()).isEqualTo("2973");
		assertThat(report.title()).isEqualTo("Fishermen Protest the New Quotas");
		ParsedReport chapter = parse("Chapter 3\n\nFishermen Protest the New Quotas\n\nMay 25, 2018\n\n" + PROSE);
		assertThat(chapter.series()).isNull();
	}

	@Test
	void anOlderSeriesLineWithADashBeforeTheNumberAndADateLineRepeatingIt() throws ParseException {
		ParsedReport report = parse("Special Dispatch Series - No. 1099\nFebruary 28, 2006 No. 1099\n\n"
				+ "Fishermen Protest the New Quotas\n\n" + PROSE);
		assertThat(report.series()).isEqualTo("Special Dispatch Series");
		assertThat(report.seriesNumber()).isEqualTo("1099");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2006, 2, 28));
		assertThat(report.title()).isEqualTo("Fishermen Protest the New Quotas");
	}

	@Test
	void anAddressAndAHandleBesideTheBylineAreNoObstacle() throws ParseException {
		ParsedReport report = parse("Fishermen Protest the New Quotas\n"
				+ "By Dana Whitfield | March 4, 2021 | dana@example.org | @dwhitfield\n\n" + PROSE);
		assertThat(report.authors()).extracting(ParsedReport.Author::name).containsExactly("Dana Whitfield");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2021, 3, 4));
	}

	@Test
	void aNameUnderTheTitleWithItsOfficeOrAReadingTimeBeforeTheDate() throws ParseException {
		ParsedReport office = parse("Fishermen Protest the New Quotas\nDana Whitfield\n"
				+ "Senior Fellow, Coastal Program\nMarch 4, 2021\n\n" + PROSE);
		assertThat(office.authors()).extracting(ParsedReport.Author::name).containsExactly("Dana Whitfield");
		ParsedReport reading = parse(
				"Fishermen Protest the New Quotas\nDana Whitfield\n4 min read\nMar 4, 2021\n\n" + PROSE);
		assertThat(reading.authors()).extracting(ParsedReport.Author::name).containsExactly("Dana Whitfield");
		assertThat(reading.title()).isEqualTo("Fishermen Protest the New Quotas");
	}

	@Test
	void aNameUnderTheDateLineOrRightAboveTheTextOfADatedHeader() throws ParseException {
		ParsedReport underDate = parse("Research Paper\nFishermen Protest the New Quotas\nCoastal Affairs Programme\n"
				+ "4 March 2021\nDana Whitfield\n\n" + PROSE);
		assertThat(underDate.title()).isEqualTo("Fishermen Protest the New Quotas");
		assertThat(underDate.authors()).extracting(ParsedReport.Author::name).containsExactly("Dana Whitfield");
		ParsedReport aboveText = parse("Coastal Issue Brief No. 5, March 4, 2021\nFishermen Protest the New Quotas\n"
				+ "Dana Whitfield and Omar Haddad\n\n" + PROSE);
		assertThat(aboveText.authors()).extracting(ParsedReport.Author::name)
			.containsExactly("Dana Whitfield", "Omar Haddad");
		assertThat(aboveText.sections()).allSatisfy(section -> assertThat(section.heading()).isNull());
	}

	@Test
	void aWeekdayBeforeANumericDateTellsItsOrder() throws ParseException {
		ParsedReport tuesday = parse("Fishermen Protest the New Quotas\n\nTuesday, 02/11/2025\n\n" + PROSE);
		assertThat(tuesday.publishedOn()).isEqualTo(LocalDate.of(2025, 2, 11));
		ParsedReport sunday = parse("Fishermen Protest the New Quotas\n\nSunday, 02/11/2025\n\n" + PROSE);
		assertThat(sunday.publishedOn()).isEqualTo(LocalDate.of(2025, 11, 2));
		ParsedReport neither = parse("Fishermen Protest the New Quotas\n\nMonday, 02/11/2025\n\n" + PROSE);
		assertThat(neither.publishedOn()).isNull();
	}

	@Test
	void aPostedOnLineWithANumericDateKeepsOnlyADateWhoseOrderIsPlain() throws ParseException {
		ParsedReport ambiguous = parse(
				"Posted on 04/03/2021 by Dana Whitfield\nFishermen Protest the New Quotas\n\n" + PROSE);
		assertThat(ambiguous.title()).isEqualTo("Fishermen Protest the New Quotas");
		assertThat(ambiguous.authors()).extracting(ParsedReport.Author::name).containsExactly("Dana Whitfield");
		assertThat(ambiguous.publishedOn()).isNull();
		ParsedReport plain = parse(
				"Posted on 24/03/2021 by Dana Whitfield\nFishermen Protest the New Quotas\n\n" + PROSE);
		assertThat(plain.publishedOn()).isEqualTo(LocalDate.of(2021, 3, 24));
	}

	@Test
	void aBylineAfterAKindOfPieceOrWithTheAuthorsOfficeAfterACommaNamesOnlyTheAuthor() throws ParseException {
		ParsedReport kind = parse(
				"Fishermen Protest the New Quotas\nAnalysis by Dana Whitfield\n04 Mar 2021\n\n" + PROSE);
		assertThat(kind.title()).isEqualTo("Fishermen Protest the New Quotas");
		assertThat(kind.authors()).extracting(ParsedReport.Author::name).containsExactly("Dana Whitfield");
		ParsedReport office = parse("Fishermen Protest the New Quotas\n"
				+ "By Dana Whitfield, Senior Fellow, Coastal Affairs Program\nMarch 4, 2021\n\n" + PROSE);
		assertThat(office.authors()).extracting(ParsedReport.Author::name).containsExactly("Dana Whitfield");
	}

	@Test
	void aPostedByLineWithTheAuthorsJobAndADatelineAloneUnderIt() throws ParseException {
		ParsedReport report = parse("Harbour board approves new quotas after a long fight over the fleet\n\n"
				+ "Posted by Dana Whitfield, Digital Content Director\nPORTVILLE, ME (Coast News Now) -\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Harbour board approves new quotas after a long fight over the fleet");
		assertThat(report.authors()).extracting(Author::name).containsExactly("Dana Whitfield");
	}

	@Test
	void aSentenceCaseHeadlineOverABareBylineAboveTheText() throws ParseException {
		ParsedReport report = parse("Harbour board comes out swinging at the mayor as the budget vote nears\n\n"
				+ "Dana Whitfield\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Harbour board comes out swinging at the mayor as the budget vote nears");
		assertThat(report.authors()).extracting(Author::name).containsExactly("Dana Whitfield");
	}

	@Test
	void aTimeBeforeANumericDateAndItsWeekdayUnderANewsServiceLine() throws ParseException {
		ParsedReport report = parse("Harbour board says the county does not have its eye on the fleet\n\nNews Service\n"
				+ "12:19 - 21/10/2019 Pazartesi\n\n" + PROSE);
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2019, 10, 21));
		assertThat(report.title()).isEqualTo("Harbour board says the county does not have its eye on the fleet");
	}

	@Test
	void anAuthorLabelRunIntoTheNamesAsATablesCellsAreSaved() throws ParseException {
		ParsedReport report = parse("Harbour board approves new quotas after a long fight over the fleet\n\n"
				+ "AuthorDana Whitfield & Omar Haddad\nPublication Date23 April 2021\n\n" + PROSE);
		assertThat(report.authors()).extracting(Author::name).containsExactly("Dana Whitfield", "Omar Haddad");
	}

	@Test
	void anAuthorsNameTwiceInABioAsAPhotosCaptionAndTheNameAreSaved() throws ParseException {
		ParsedReport report = parse("Harbour board approves new quotas after a long fight over the fleet\n\n"
				+ "May 18, 1998\n\nABOUT THE AUTHORS\n\nDana Whitfield Dana Whitfield is the Kahn Fellow and "
				+ "director of the Harbour Institute's Fleet Program.\n\n" + PROSE);
		assertThat(report.authors()).extracting(Author::name).containsExactly("Dana Whitfield");
	}

	@Test
	void aPublicationLabelNamesTheSeriesOverTheLineAboveTheVolume() throws ParseException {
		ParsedReport report = parse("Harbour board approves new quotas after a long fight over the fleet\n\n"
				+ "Publication: Harbour Issue Briefs\n\nInstitute for Coastal Affairs\n\n"
				+ "Founded jointly with the Whitfield Family Foundation\n\nVol. 21, No. 5\n\n" + PROSE);
		assertThat(report.series()).isEqualTo("Harbour Issue Briefs");
	}

	@Test
	void aPublicationLabelsVolumeAndIssueAreNoPartOfTheSeries() throws ParseException {
		ParsedReport report = parse("Harbour board approves new quotas after a long fight over the fleet\n\n"
				+ "Publication: Harbour Focus Volume: 6 Issue: 3\n\nJanuary 23, 2009\n\n" + PROSE);
		assertThat(report.series()).isEqualTo("Harbour Focus");
	}

	@Test
	void aDatelineWithAnAgencyBeforeADashIsNoAuthor() throws ParseException {
		ParsedReport report = parse("Harbour board approves new quotas after a long fight over the fleet\n\n"
				+ "Oct 22, 2023, 9:12 PM\n\nPortville, HNA \u2013 Harbour President Dana Whitfield has said that the "
				+ "board will approve the new quotas on Monday, after a long fight over the fleet.\n\n" + PROSE);
		assertThat(report.authors()).isEmpty();
	}

	@Test
	void aNewspaperGroupAfterTheNamesOfABylineIsNoAuthor() throws ParseException {
		ParsedReport report = parse("Harbour board approves new quotas after a long fight over the fleet\n\n"
				+ "September 21, 2009|By Dana Whitfield and Omar Haddad, Tribune Newspapers\n\n" + PROSE);
		assertThat(report.authors()).extracting(Author::name).containsExactly("Dana Whitfield", "Omar Haddad");
	}

	@Test
	void aLabelledPublishDateOutweighsTheDaysDateAboveIt() throws ParseException {
		ParsedReport report = parse(
				"Monday 06 April 2020\nNews ID: 76140\nPublish Date: 14 February 2020 - 23:18\n\n" + PROSE);
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2020, 2, 14));
		assertThat(report.title()).isNull();
	}

	@Test
	void aLoginBoxIsNoTitle() throws ParseException {
		ParsedReport report = parse(
				"Comment as a guest\n\nNot a member Register   Forgot Password\nor connect using\n\n" + PROSE);
		assertThat(report.title()).isNull();
	}

	@Test
	void aSentenceCaseHeadlineWrittenTwiceUnderTheDate() throws ParseException {
		ParsedReport report = parse("Mar 25, 2024, 5:01 PM\n\nHarbour board cannot deal with the anger of the town\n\n"
				+ "Harbour board cannot deal with the anger of the town\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Harbour board cannot deal with the anger of the town");
		assertThat(report.sections().get(0).paragraphs()).noneMatch(p -> p.text().startsWith("Harbour board cannot"));
	}

	@Test
	void aKickerEndingWithAColonOverTheHeadline() throws ParseException {
		ParsedReport report = parse("Mar 25, 2024, 5:01 PM\n\nSenior harbour commander:\n\n"
				+ "Harbour board cannot deal with the anger of the town\n\n"
				+ "Harbour board cannot deal with the anger of the town\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Harbour board cannot deal with the anger of the town");
	}

	@Test
	void byAloneOnItsLineOverTheNames() throws ParseException {
		ParsedReport report = parse("A New Strategy to Counter the Harbour Board\n\nThe board's attempt to make the "
				+ "fishermen an ally has backfired.\n\nby\nDana Whitfield\nMay 15, 2019\n\n" + PROSE);
		assertThat(report.authors()).extracting(Author::name).containsExactly("Dana Whitfield");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2019, 5, 15));
	}

	@Test
	void anOriginallyPublishedInLineAboveTheTitleIsFurniture() throws ParseException {
		ParsedReport report = parse(
				"Originally published in POLITICO.\nCautious Harbour Ceasefire Optimism Grows\n" + PROSE);
		assertThat(report.title()).isEqualTo("Cautious Harbour Ceasefire Optimism Grows");
	}

	@Test
	void aSectionsKickerThatTheAddressNamesIsNoTitle() throws ParseException {
		ParsedReport report = parse("URL: http://www.example.org/en/in-the-news?newsid=627\n\nIn The News\n\n\n"
				+ "Harbour Board Holds Hearings on the Fleet\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Harbour Board Holds Hearings on the Fleet");
	}

	@Test
	void aSeriesNamedAboveTheTitleAndAgainBeforeItsColon() throws ParseException {
		ParsedReport report = parse("HARBOURBRIEF\n\nJune 28, 2024\n\nHarbourBrief: Northern Pier Anything but Calm as "
				+ "Concerns Grow Over the Fleet\n\n" + PROSE);
		assertThat(report.series()).isEqualTo("HarbourBrief");
		assertThat(report.title()).isEqualTo("Northern Pier Anything but Calm as Concerns Grow Over the Fleet");
	}

	@Test
	void aColonInATitleWithNothingAboveItStaysInTheTitle() throws ParseException {
		ParsedReport report = parse(
				"June 28, 2024\n\nHarbour Board: Northern Pier Anything but Calm as Concerns Grow\n\n" + PROSE);
		assertThat(report.series()).isNull();
		assertThat(report.title()).isEqualTo("Harbour Board: Northern Pier Anything but Calm as Concerns Grow");
	}

	@Test
	void theSitesNameAfterABarInTheSavedTitleIsLeftOut() throws ParseException {
		ParsedReport report = parse(
				"URL: https://archive.harbourgazette.com/news/harbour-board-still-vigilant-in-face-of-fleet-aggression\n\n"
						+ "Coast News | Harbour Gazette\n\nHarbour board still vigilant in face of "
						+ "fleet aggression: official | HARBOUR GAZETTE English Archive 2005 -2017\nSelect Page\n\n"
						+ PROSE);
		assertThat(report.title()).isEqualTo("Harbour board still vigilant in face of fleet aggression: official");
	}

	@ParameterizedTest
	@ValueSource(strings = { "POLITICS >", "WORLD NEWS » ", "GULF › " })
	void aSectionsNameInCapitalsBeforeTheHeadlineIsLeftOut(String crumb) {
		assertThat(ReportHeader.withoutSectionCrumb(crumb + "Mayor slams harbour board, calls council to stand united"))
			.isEqualTo("Mayor slams harbour board, calls council to stand united");
	}

	@ParameterizedTest
	@ValueSource(strings = { "NATO > Russia? The Numbers Behind the Fleets", "Harbour > Fleet: a comparison" })
	void aHeadlineComparingWithAMarkKeepsItsFirstWords(String title) {
		assertThat(ReportHeader.withoutSectionCrumb(title)).isEqualTo(title);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Foundation for Defense of Harbours", "Council on Harbour Relations" })
	void aSitesNameWithLowerCaseWordsInsideIsLeftOutToo(String site) {
		assertThat(ReportHeader.withoutSiteName("Harbour Press Review: 25 Sept. | " + site))
			.isEqualTo("Harbour Press Review: 25 Sept.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Part 1 | The Rise of the Harbour Board", "The board and the fleet | a history" })
	void aBarInATitleThatIsNoSitesNameStays(String title) {
		assertThat(ReportHeader.withoutSiteName(title)).isEqualTo(title);
	}

	@Test
	void aParagraphEndingWithANoteMarkerAfterItsFullStopIsNoTitle() throws ParseException {
		ParsedReport report = parse(
				"Whither the Harbour? Following the Loss in the Board Election\n\nBy R. Whitfield\n\n"
						+ "On March 22, 2015, the mayor said that the board, which is determined by the charter, had been "
						+ "placed in the \u201cwaiting room,\u201d and added that \u201cevery sacred birth is preceded by "
						+ "painful labor.\u201d[1]\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Whither the Harbour? Following the Loss in the Board Election");
	}

	@Test
	void anImagesNumberAboveTheTextIsNoTitle() throws ParseException {
		ParsedReport report = parse(
				"URL: https://example.com/world/time-for-the-fleet-to-welcome-the-board-1.2218198\n\n"
						+ "1.2218198-3701740975\nA view of a part of the harbour compound after it was hit by the storm in "
						+ "Portville. Image Credit: Reuters\n\nPortville: The sound of the storm over the camps of the fleet on "
						+ "the outskirts of the town signals the time for the fishermen to welcome the board, Quint Varro, the "
						+ "spokesperson for the board, said as he spoke of the new pier.\n\n" + PROSE);
		assertThat(report.title()).isNull();
	}

	@Test
	void byTwoAuthors() throws ParseException {
		ParsedReport report = parse("The Baghdad Channel\n\nBy Leila Karimi and Thomas Becker\n\n" + PROSE);
		assertThat(report.authors()).extracting(Author::name).containsExactly("Leila Karimi", "Thomas Becker");
	}

	@Test
	void aNameAloneAboveTheDateLine() throws ParseException {
		ParsedReport report = parse("The Quiet Return of Qatar\n\nJane Doe\n\nMarch 4, 2021\n\n" + PROSE);
		assertThat(report.authors()).extracting(Author::name).containsExactly("Jane Doe");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2021, 3, 4));
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "March 4, 2021 — By Jane Doe", "By Jane Doe • March 4, 2021", "By Jane Doe · 4 March 2021" })
	void dateAndBylineJoinedByADashOrABullet(String line) throws ParseException {
		ParsedReport report = parse("The Quiet Return of Qatar\n\n" + line + "\n\n" + PROSE);
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2021, 3, 4));
		assertThat(report.authors()).extracting(Author::name).containsExactly("Jane Doe");
	}

	@Test
	void aBioLineIsTheByline() throws ParseException {
		ParsedReport report = parse(
				"Turkey's Balancing Act\n\nSelin Yilmaz is a senior fellow at the Atlantic Policy Forum.\n\n" + PROSE);
		assertThat(report.authors()).extracting(Author::name).containsExactly("Selin Yilmaz");
		assertThat(report.title()).isEqualTo("Turkey's Balancing Act");
	}

	@Test
	void aNameWithItsRoleAboveASitesDateLine() throws ParseException {
		ParsedReport report = parse("Suzanne Maloney – VP and director of Foreign Policy at the Institute\n"
				+ "BROOKINGS | March 1, 2024\n\n" + PROSE);
		assertThat(report.authors()).extracting(Author::name).containsExactly("Suzanne Maloney");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2024, 3, 1));
		assertThat(report.title()).isNull();
		assertThat(report.countries()).isEmpty();
	}

	@Test
	void rolesAroundTheNamesOfAnAuthorsLineAreLeftOut() throws ParseException {
		ParsedReport report = parse("Iran News Round Up\n\n" + PROSE + "\n\n"
				+ "Authors: AEI Critical Threats Project Iran Analyst Will Fulton and Iran Intern Amir Toumaj\n\n"
				+ PROSE);
		assertThat(report.authors()).extracting(Author::name).containsExactly("Will Fulton", "Amir Toumaj");
	}

	@Test
	void anAuthorLabelAboveABio() throws ParseException {
		ParsedReport report = parse(
				PROSE + "\n\nthe author\n\nPatrick Clawson is director of research at the Institute.");
		assertThat(report.authors()).extracting(Author::name).containsExactly("Patrick Clawson");
	}

	@Test
	void nobodyIsTheAuthorOfASubmittedByAnonymousLine() throws ParseException {
		ParsedReport report = parse("Rouhani at the U.N.\n\nSubmitted by Anonymous on\n\n" + PROSE);
		assertThat(report.authors()).isEmpty();
		assertThat(report.title()).isEqualTo("Rouhani at the U.N.");
	}

	@Test
	void aGallerysFullScreenButtonUnderTheTitleIsNoByline() throws ParseException {
		ParsedReport report = parse(
				"Interview: Harbour leader says the port still needs help\n\nFull Screen\n\n1 / 4\n\n" + PROSE);
		assertThat(report.authors()).isEmpty();
		assertThat(report.title()).isEqualTo("Interview: Harbour leader says the port still needs help");
	}

	@Test
	void aSentenceCaseHeadlineOverALongerStandfirstIsTheTitle() throws ParseException {
		ParsedReport report = parse("All news\n\nHarbour master says ready to keep close contact with the mayor\n\n"
				+ "The harbour master said \"the port is now facing changes unprecedented over the past century and "
				+ "has entered a new period of turbulence\"\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Harbour master says ready to keep close contact with the mayor");
	}

	@Test
	void aPublishedLabelAfterAnUpdatedOneInOneLineGivesThePublicationDate() throws ParseException {
		ParsedReport report = parse("The harbour outplays the board yet again\n\nExpert comment Updated 7 July 2021 "
				+ "Published 15 February 2021 3 minute READ\n\n" + PROSE);
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2021, 2, 15));
		assertThat(report.title()).isEqualTo("The harbour outplays the board yet again");
	}

	@Test
	void anEventPagesLabelsWeekdayAndHoursAreNoTitleAndItsVenueNoByline() throws ParseException {
		ParsedReport report = parse("The Visit of the Harbour Master: Where Is the Fleet Headed?\n\nDate & Time\n\n"
				+ "Monday\nMar. 19, 2018\n2:00pm \u2013 3:00pm ET\n\nLocation\n\nBY PHONE ONLY\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("The Visit of the Harbour Master: Where Is the Fleet Headed?");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2018, 3, 19));
		assertThat(report.authors()).isEmpty();
	}

	@Test
	void countriesUnderADateWithoutASeriesAreTheReportsAndACreditThereIsNot() throws ParseException {
		ParsedReport report = parse("Since The Storm, The Harbour's Support For The Fleet Continues On Every Level\n\n"
				+ "October 10, 2024\nQatar, Palestinians\n\n" + PROSE);
		assertThat(report.countries()).containsExactly("Qatar", "Palestinians");
		assertThat(report.title())
			.isEqualTo("Since The Storm, The Harbour's Support For The Fleet Continues On Every Level");
		ParsedReport credited = parse("Management of the Harbour Key to Protecting the Bay\n\nJanuary 17, 2020\n"
				+ "Courtesy of Harbour News\n\n" + PROSE);
		assertThat(credited.countries()).isEmpty();
	}

	@Test
	void anInstitutionsNameWithItsPurposeAboveTheTitleIsNoTitle() throws ParseException {
		ParsedReport report = parse("United States Institute of Harbours\n\nThe Harbour Primer\n\n"
				+ "White House Opens Harbour Deal Account\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("White House Opens Harbour Deal Account");
	}

	@Test
	void aPageStoresDateBeforeTheTextDatesThePageAndLeavesTheText() throws ParseException {
		ParsedReport report = parse("URL: https://example.org/2020/12/03/columnists\n\n date 2020-12-03 Prominent "
				+ "columnists in the harbour press have praised the board.\n\n" + PROSE);
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2020, 12, 3));
		assertThat(report.sections().getFirst().paragraphs().getFirst().text())
			.startsWith("Prominent columnists in the harbour press");
		ParsedReport impossible = parse(
				" date 2020-13-45 Prominent columnists in the harbour press have praised the " + "board.\n\n" + PROSE);
		assertThat(impossible.publishedOn()).isNull();
	}

	// --- nothing guessed, and linear ---

	@Test
	void textWithoutAHeaderHasNoMetadata() throws ParseException {
		ParsedReport report = parse("URL: https://example.org/note/4471\n\n" + PROSE + "\n\nJune 2, 2020\n\n" + PROSE);
		assertThat(report.title()).isNull();
		assertThat(report.publishedOn()).isNull();
		assertThat(report.series()).isNull();
		assertThat(report.authors()).isEmpty();
	}

	/**
	 * Furniture lines in random order and number before a MEMRI header: the header is
	 * read the same.
	 */
	@Test
	void furnitureInAnyOrderBeforeTheHeader() throws ParseException {
		long seed = System.nanoTime();
		System.out.println("HeaderLayoutTests seed " + seed);
		Random random = new Random(seed);
		List<String> furniture = new ArrayList<>(
				List.of("memri", "Home > Reports", "Share this: Facebook Twitter", "Subscribe Today", "Donate Today",
						"Printer-friendly version", "1,234 views", "Page 1 of 3", "Category: Politics", "Link Copied",
						"• Research", "Uploaded by jdoe on March 2, 2022", "All news", "Accessibility links"));
		for (int round = 0; round < 20; round++) {
			Collections.shuffle(furniture, random);
			String before = String.join(random.nextBoolean() ? "\n" : "\n\n",
					furniture.subList(0, 1 + random.nextInt(furniture.size())));
			ParsedReport report = parse("URL: https://www.memri.org/reports/x\n\n" + before
					+ "\n\nJune 20, 2014 Special Dispatch No. 5765\n\nIran Recruits Volunteers\n\n" + PROSE);
			assertThat(report.title()).as("seed %d: %s", seed, before).isEqualTo("Iran Recruits Volunteers");
			assertThat(report.publishedOn()).as("seed %d", seed).isEqualTo(LocalDate.of(2014, 6, 20));
			assertThat(report.seriesNumber()).as("seed %d", seed).isEqualTo("5765");
		}
	}

	@Test
	void longHeaderLikeLinesStayLinear() {
		String manyFields = ("June 20, 2014 | " + "Iran, Iraq | ".repeat(2000) + "\n\n");
		String longTitle = "Title Word ".repeat(200_000);
		String text = manyFields + longTitle + "\n\n" + "- item\n".repeat(50_000) + "\n\n" + PROSE;
		// A bound, not a speed figure: linear takes a few seconds even on a loaded
		// machine,
		// while anything quadratic in these 2.5 MB would take hours.
		assertTimeoutPreemptively(Duration.ofSeconds(60), () -> parse(text));
	}

	// --- rounds of the sixth session of 6 Dec 2026 ---

	@Test
	void aCommentBoxAboveTheHeaderIsFurnitureAndAnOutletsCreditGivesItsDateInFigures() throws ParseException {
		ParsedReport report = parse("Sign In / Up\n\nAdd contribution as a guest\n\nYour email will not be displayed "
				+ "publicly\n\nBenefit of signing in/signing up to personalize comment\n\nComment as a guest\n\n"
				+ "Not a member Register   Forgot Password\nor connect using\n\n"
				+ "Harbour board warns of further measures after the crews refuse its orders\n\nBy Harbour Wire 28/9/2017\n"
				+ "The old pier at dawn. Photo: Harbour Wire\n" + PROSE);
		assertThat(report.title())
			.isEqualTo("Harbour board warns of further measures after the crews refuse its orders");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2017, 9, 28));
		assertThat(report.authors()).isEmpty();
	}

	@Test
	void aBylineWithItsDateInFiguresAfterItGivesBoth() throws ParseException {
		ParsedReport report = parse("Harbour board warns the crews\n\nBy Ada Lind 28/9/2017\n\n" + PROSE);
		assertThat(report.authors()).extracting(Author::name).containsExactly("Ada Lind");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2017, 9, 28));
	}

	@Test
	void aHeadlineEndingWithAQuotedSentenceRightAboveItsBylineIsTheTitle() throws ParseException {
		ParsedReport report = parse(
				"Harbour officials ramp up rhetoric ahead of the regatta; Mayor: Statement \"not an "
						+ "aberration.\"\nBy ADA LIND, BO KARLSSON\n" + PROSE);
		assertThat(report.title()).isEqualTo(
				"Harbour officials ramp up rhetoric ahead of the regatta; Mayor: Statement \"not an aberration.\"");
		assertThat(report.authors()).extracting(Author::name).containsExactly("Ada Lind", "Bo Karlsson");
	}

	@Test
	void aKickerSetOffByABarAnAltTextInAnotherScriptAndAButtonSavedTwiceAreNoTitle() throws ParseException {
		ParsedReport report = parse(
				"Downplaying the Crisis |\n\nHarbour Board: Crews and Council Have a Common Goal\n\n"
						+ "\u05d1\u05e8\u05e7 \u05e8\u05d1\u05d9\u05d3\n\nSend in e-mailSend in e-mail\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Harbour Board: Crews and Council Have a Common Goal");
		assertThat(report.sections().get(0).paragraphs()).extracting(ParsedReport.Paragraph::text)
			.containsExactly(PROSE);
	}

	@Test
	void aPublishDateLabelWithTheTimeBeforeTheDateInWords() throws ParseException {
		ParsedReport report = parse("URL: https://www.yhc.ir/en/news/3029/harbour-representative\n\n"
				+ "Harbour representative says willing to be first member of the crews' group\n"
				+ "Young harbour club\nNews ID: 3029\nHarbour » Harbour\nPublish Date: 14:58 - 21 December 2013\n"
				+ PROSE);
		assertThat(report.title())
			.isEqualTo("Harbour representative says willing to be first member of the crews' group");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2013, 12, 21));
	}

	@Test
	void aWeekdayWithTheArabicCommaBeforeTheDate() throws ParseException {
		ParsedReport report = parse(
				"Harbour Board: World Media Highlight the Regatta\n\nSaturday\u060c 11 November 2017 - "
						+ "01:45 PM\n\n" + PROSE);
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2017, 11, 11));
	}

	@Test
	void aCaptionCreditedInBracketsUnderTheDateLineIsNoTitleAndAHeadlineUnderAMenuIs() throws ParseException {
		ParsedReport report = parse("xi's moments\n\nHome | Middle East\n\n"
				+ "Harbour master says ready to meet 'an individual' for the fleet's interests\n\n"
				+ "Xinhua | Updated: 2019-08-27 09:22\n\n"
				+ "The harbour master arrives at the quay in the harbour on Aug 26, 2019. [Photo/Agencies]\n\n"
				+ PROSE);
		assertThat(report.title())
			.isEqualTo("Harbour master says ready to meet 'an individual' for the fleet's interests");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2019, 8, 27));
	}

	@Test
	void aHeadlineInSentenceCaseWithAnInitialismOverAnAgencysCreditIsTheTitle() throws ParseException {
		ParsedReport report = parse(
				"Harbour warns to retaliate U.S. new tariffs\n\nXinhua News Agency\n\ntext\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Harbour warns to retaliate U.S. new tariffs");
		assertThat(report.authors()).isEmpty();
	}

	@Test
	void aCaptionSavedTwiceTheSecondTimeWithItsWireCreditStandsAboveTheTitle() throws ParseException {
		String caption = "Harbour Minister Quint Varro speaks before the board on the quay, Tuesday, March 3, 2015.";
		ParsedReport report = parse(
				caption + "\n\n" + caption + " Ada Lind/AP\n\nHere's What Varro Told the Board\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Here's What Varro Told the Board");
	}

	@Test
	void aCaptionCreditedToAWireAfterADashIsNoPartOfTheHeadlineAboveIt() throws ParseException {
		ParsedReport report = parse("The harbour will not stand idle before 'the fleet's interference'\n"
				+ "Harbour Minister Quint Varro - REUTERS\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("The harbour will not stand idle before 'the fleet's interference'");
	}

	@Test
	void aPortraitsCaptionAboveTheHeadlineIsNoText() throws ParseException {
		ParsedReport report = parse("Harbour Board Press Secretary Quint Varro.\n\n"
				+ "Harbour Board Alludes To Storm-Backed Crews For Attacks On The Pier\n\nThursday, 01/06/2022\n\n"
				+ PROSE);
		assertThat(report.title()).isEqualTo("Harbour Board Alludes To Storm-Backed Crews For Attacks On The Pier");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2022, 1, 6));
	}

	@Test
	void aBylinesFieldsPartedByHyphensWithADateWithoutASpaceAfterItsComma() throws ParseException {
		ParsedReport report = parse("You are here\n\nMinister: Any attempt to alter the quay's status akin to 'playing "
				+ "with fire'\n\nBy Ada Lind - May 11,2022 - Last updated at May 11,2022\n\n" + PROSE);
		assertThat(report.title())
			.isEqualTo("Minister: Any attempt to alter the quay's status akin to 'playing with fire'");
		assertThat(report.authors()).extracting(Author::name).containsExactly("Ada Lind");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2022, 5, 11));
	}

	@ParameterizedTest
	@ValueSource(strings = { "World / Middle East", "Harbour TV / state" })
	void aSectionAndItsPartAboveTheHeadlineAreNoTitle(String crumbs) throws ParseException {
		ParsedReport report = parse(crumbs + "\n\nHarbour board says the storm season was a rehearsal\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Harbour board says the storm season was a rehearsal");
	}

	@Test
	void anAgencysCreditInBracketsBeforeTheUpdatedLabelLeavesTheDate() throws ParseException {
		ParsedReport report = parse("Harbour board says the storm season was a rehearsal\n\n"
				+ "(Xinhua) Updated: 2014-08-30 20:56\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Harbour board says the storm season was a rehearsal");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2014, 8, 30));
	}

	@Test
	void aColumnsNameAboveAHeadlineInSentenceCaseIsNoTitle() throws ParseException {
		ParsedReport report = parse("Media Monitor\n\nDissolved harbour guild leader: 'If the board is satisfied "
				+ "with us, we must reevaluate ourselves'\n\n" + PROSE);
		assertThat(report.title()).isEqualTo(
				"Dissolved harbour guild leader: 'If the board is satisfied with us, we must reevaluate ourselves'");
	}

	@Test
	void aBrowsersNotificationPromptAboveTheHeadlineIsNoTitle() throws ParseException {
		ParsedReport report = parse("Stay up to date with notifications from The Harbour Daily\n\n"
				+ "Notifications can be managed in browser preferences.\n\n"
				+ "Harbour board says the storm season was a rehearsal\n\nAda Lind\nWednesday 23 January 2019 15:53 GMT\n\n"
				+ PROSE);
		assertThat(report.title()).isEqualTo("Harbour board says the storm season was a rehearsal");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2019, 1, 23));
	}

	@Test
	void aServersIncludeErrorAndAClipsLinkAboveTheHeaderAreLeftOut() throws ParseException {
		ParsedReport report = parse("URL: http://news.harbournews.co.uk/1/hi/world/3395521.stm\n\n"
				+ "[an error occurred while processing this directive]\nHarbour News\n"
				+ "watch One-Minute Harbour News\nLast Updated: Wednesday, 14 January, 2004, 10:25 GMT\n"
				+ "Harbour board probes storm talk\n\nBy Ada Lind\nHarbour News security correspondent\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Harbour board probes storm talk");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2004, 1, 14));
		assertThat(report.authors()).extracting(Author::name).containsExactly("Ada Lind");
	}

	@Test
	void aDateWithTheHourOfItsUpdateAfterADashIsTheDate() throws ParseException {
		ParsedReport report = parse("Harbour board: 'No reason to doubt' the storm report\n\n"
				+ "By Ada Lind and Tom Reyes, HNN\nJuly 8, 2014 -- Updated 1220 GMT (2020 HKT)\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Harbour board: 'No reason to doubt' the storm report");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2014, 7, 8));
	}

	@Test
	void aPictureAgencysCreditUnderTheHeadlineIsNoAuthorAndTheOutletsInitialsAfterABylineAreNoName()
			throws ParseException {
		ParsedReport credited = parse(
				"Harbour board to accept help from the fishing guilds\n\nGetty Images\n\n" + PROSE);
		assertThat(credited.title()).isEqualTo("Harbour board to accept help from the fishing guilds");
		assertThat(credited.authors()).isEmpty();
		ParsedReport initials = parse("Harbour Board Responds Swiftly To The Storm\n\nBy Ada Lind HNN\n\n" + PROSE);
		assertThat(initials.authors()).extracting(Author::name).containsExactly("Ada Lind");
	}

	@Test
	void aCaptionWithAPhotographersCreditToAWireWithoutAStopIsNoTitle() throws ParseException {
		ParsedReport report = parse("Harbour board says the storm season was a rehearsal - as it happened\n\n"
				+ "The harbour master addresses the press in Ostia\n"
				+ "The harbour master addresses the press in Ostia Photograph: ADA LIND/AFP/Getty Images\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Harbour board says the storm season was a rehearsal - as it happened");
	}

	@Test
	void thePagesKindAboveAHeadlineInTitleCaseIsAKickerNotTheStartOfTheText() throws ParseException {
		ParsedReport report = parse("Subscription Settings\nAnalysis\n\n"
				+ "Intransigence or Camouflage? The Harbour Master on the Storm Season\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Intransigence or Camouflage? The Harbour Master on the Storm Season");
	}

	@Test
	void aWriterAfterTheCityOfTheDatelineIsTheAuthorAndAnOutletThereIsNone() throws ParseException {
		ParsedReport written = parse("Harbour Minister: We Will Talk With The Guild\n\n"
				+ "Wednesday, 22 May, 2019 - 06:30\nOstia - Ada Lind\n\n" + PROSE);
		assertThat(written.title()).isEqualTo("Harbour Minister: We Will Talk With The Guild");
		assertThat(written.authors()).extracting(Author::name).containsExactly("Ada Lind");
		ParsedReport credited = parse("Harbour Minister: We Will Talk With The Guild\n\n"
				+ "Wednesday, 22 May, 2019 - 06:30\nLondon - Asharq Al-Awsat\n\n" + PROSE);
		assertThat(credited.title()).isEqualTo("Harbour Minister: We Will Talk With The Guild");
		assertThat(credited.authors()).isEmpty();
	}

	@Test
	void anOlderDispatchLineNamesItsCountriesAfterADashAndItsProjectsAreNoPlaces() throws ParseException {
		ParsedReport report = parse("Special Dispatch No. 4060\u2014Saudi Arabia/Women's Topics\n"
				+ "Harbour Crews of Women Try to Gain Recognition\n\n" + PROSE);
		assertThat(report.series()).isEqualTo("Special Dispatch");
		assertThat(report.seriesNumber()).isEqualTo("4060");
		assertThat(report.countries()).containsExactly("Saudi Arabia");
		assertThat(report.title()).isEqualTo("Harbour Crews of Women Try to Gain Recognition");
		ParsedReport project = parse("Special Dispatch No. 3159\u2014Urdu-Pashtu Media Project\n"
				+ "Harbour Crews of Women Try to Gain Recognition\n\n" + PROSE);
		assertThat(project.seriesNumber()).isEqualTo("3159");
		assertThat(project.countries()).isEmpty();
	}

	@Test
	void aRoundUpOfTheDaysReportsGivesTheFirstReportPrintedInFull() throws ParseException {
		ParsedReport report = parse("The following is research published today from the Harbour Institute's "
				+ "Fleet Project.\nFor more visit the institute's site.\n"
				+ "- Harbour Crews of Women Try to Gain Recognition\n- Dock Workers Debate the Storm Season\n"
				+ "- Pilots Train the Young on the Night Tide\n"
				+ "Special Dispatch No. 4060\u2014Saudi Arabia/Women's Topics\n"
				+ "Harbour Crews of Women Try to Gain Recognition\n" + PROSE);
		assertThat(report.title()).isEqualTo("Harbour Crews of Women Try to Gain Recognition");
		assertThat(report.series()).isEqualTo("Special Dispatch");
		assertThat(report.seriesNumber()).isEqualTo("4060");
	}

	@Test
	void aRoundUpsNameAndDayOverANumberedReportGiveWayToItsTitle() throws ParseException {
		ParsedReport report = parse("Thursday, 1 August 2013\n\nHarbour Daily: August 1, 2013\n\n"
				+ "Subscribe to Additional E-Newsletters\n\nSpecial Dispatch No. 5387\n\n"
				+ "Harbour Columnist: The Storm Is The Standard-Bearer Of Change\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Harbour Columnist: The Storm Is The Standard-Bearer Of Change");
		assertThat(report.seriesNumber()).isEqualTo("5387");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2013, 8, 1));
	}

	@Test
	void aDigestsItemNamesItsWriterAfterItsSourceAndIsDatedByItsTimeStampUnderTheText() throws ParseException {
		ParsedReport report = parse("URL: https://www.harbouralert.org/rss/Mainissues.php?id=58882\n\n"
				+ "The Storm Deal: No Pause in the Guild's Vow\n\n"
				+ "(Harbour Center for Public Affairs) Lt. Col. (ret.) Ada Lind - The guild's founding vision still "
				+ "guides the harbour's pilots, its board and its crews, and the storm season has changed none of it. "
				+ PROSE + "\n\n2015-08-17 00:00:00\n\nFull Article\n");
		assertThat(report.title()).isEqualTo("The Storm Deal: No Pause in the Guild's Vow");
		assertThat(report.authors()).extracting(Author::name).containsExactly("Ada Lind");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2015, 8, 17));
		ParsedReport two = parse("The Storm Deal: No Pause in the Guild's Vow\n\n"
				+ "(Harbour Institute for Near Bay Policy) Tom Reyes and Kay Lund - The guild's founding vision still "
				+ "guides the harbour's pilots, its board and its crews. " + PROSE + "\n\n2019-06-28 00:00:00\n");
		assertThat(two.authors()).extracting(Author::name).containsExactly("Tom Reyes", "Kay Lund");
	}

	@Test
	void aRetiredOfficersRankInABylineIsNoPartOfTheName() throws ParseException {
		ParsedReport report = parse(
				"The Storm Deal: No Pause in the Guild's Vow\n\n" + "By Brig. Gen. (res.) Quint Varro\n\n" + PROSE);
		assertThat(report.authors()).extracting(Author::name).containsExactly("Quint Varro");
	}

	@Test
	void aDailyUpdatesDateAfterItsNameWithoutADashDatesItAndItsWritersUnderItAreTheAuthors() throws ParseException {
		ParsedReport report = parse("Harbour Update March 14, 2025\n"
				+ "Ada Lind, Tom Reyes, Quint Varro, Kay Lund, Hal Brenner\nInformation Cutoff 2:00 pm ET\n" + PROSE);
		assertThat(report.title()).isEqualTo("Harbour Update March 14, 2025");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2025, 3, 14));
		assertThat(report.series()).isEqualTo("Harbour Update");
		assertThat(report.authors()).extracting(Author::name)
			.containsExactly("Ada Lind", "Tom Reyes", "Quint Varro", "Kay Lund", "Hal Brenner");
	}

	@Test
	void aDigestsCreditAndLinksOverItsDateGiveNoTitleAndNoAuthor() throws ParseException {
		ParsedReport report = parse("URL: https://www.harbouralert.org/archive/2015-12/2015-12-11.html\n\n"
				+ "Prepared for the\nHarbour Guild of Major Pilots Organizations\n\n"
				+ "by the Harbour Center for Public Affairs\nView this page at\nHarbour Alert Mobile\n"
				+ "Search Back Issues\nDecember 11, 2015\n\nIn-Depth Issues:\n\n"
				+ "Boats Leave the Bay for the Open Sea - Tom Reyes (Harbour Times)\n" + PROSE);
		assertThat(report.title()).isNull();
		assertThat(report.authors()).isEmpty();
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2015, 12, 11));
	}

	@Test
	void aDigestsCreditWholeOnTwoLinesGivesNoTitle() throws ParseException {
		ParsedReport report = parse("URL: https://harbouralert.org/Mobile/mobile-14dec17.html\n\n"
				+ "Prepared for the Harbour Guild of Presidents\nof Major Pilots Organizations\n\n"
				+ "by the Harbour Center for Public Affairs\n\nHARBOUR ALERT\nThursday,\nDecember 14, 2017\n"
				+ "News Resources - North America, Europe, and Asia:\n" + PROSE);
		assertThat(report.title()).isNull();
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2017, 12, 14));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Blog Post", "Opinion Piece" })
	void whatKindOfPieceAPageIsUnderTheDateIsNoAuthor(String kind) throws ParseException {
		ParsedReport report = parse("The Harbour Doth Protest Too Much\n\nSeptember 22, 2014 1:15 pm (EST)\n\n" + kind
				+ "\n\nMore on:\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("The Harbour Doth Protest Too Much");
		assertThat(report.authors()).isEmpty();
		ParsedReport named = parse("The Harbour Doth Protest Too Much\n\nSeptember 22, 2014 1:15 pm (EST)\n\n"
				+ "Jerrold Post\n\nMore on:\n\n" + PROSE);
		assertThat(named.authors()).extracting(Author::name).containsExactly("Jerrold Post");
	}

	@Test
	void aClipNumberOnMemrisOlderClipPagesIsAMemriTvClip() throws ParseException {
		ParsedReport report = parse("URL: http://www.memritv.org/clip_transcript/en/1545.htm\n\nPrint Report\n"
				+ "Increase Text Size\nAugust 18, 2007 Clip No. 1545\n\nQuint Varro, Editor of the Harbour Daily, "
				+ "Renews Claims to the Bay\n\n" + PROSE);
		assertThat(report.series()).isEqualTo("MEMRI TV");
		assertThat(report.seriesNumber()).isEqualTo("1545");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2007, 8, 18));
	}

	@Test
	void aRepostsThanksToItsCompilerNamesTheDigestAndItsCompiler() throws ParseException {
		ParsedReport report = parse("The Corner\n\nHarbour News Round Up\n\n[Thanks to Ada Lind for her compilation; "
				+ "(E) signifies English link]\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Harbour News Round Up");
		assertThat(report.series()).isEqualTo("Harbour News Round Up");
		assertThat(report.authors()).extracting(Author::name).containsExactly("Ada Lind");
	}

	@Test
	void aDigestsPageWithoutAHeadlineNamesItsCompilerInItsOpeningCredit() throws ParseException {
		ParsedReport report = parse("A selection of the latest news stories and editorials published in harbour "
				+ "news outlets, compiled by Harbour Project Analyst Ada Lind.\n\n(E) = Article in English\n\n"
				+ PROSE);
		assertThat(report.title()).isNull();
		assertThat(report.authors()).extracting(Author::name).containsExactly("Ada Lind");
	}

	@Test
	void aRepostedTitleWithItsBylineAndDateAfterItGivesTheReportsOwnDate() throws ParseException {
		ParsedReport report = parse("November 18, 2005\n\nThe Second Storm in the Bay: Power Struggle at the Top, "
				+ "By A. Lind - November 17, 2005\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("The Second Storm in the Bay: Power Struggle at the Top");
		assertThat(report.authors()).extracting(Author::name).containsExactly("A. Lind");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2005, 11, 17));
	}

	@Test
	void aTeasersOneParagraphOfProseIsNoTitleAndStaysTheText() throws ParseException {
		String paragraph = "Quint Varro, spokesman for the Harbour Guild Brigades, said in a recent TV interview that "
				+ "\"the board is the cause of all the storms and all the troubles of the bay\" and that \"we have "
				+ "made all the preparations for the season with the pilots in the bay.\" In the interview, which aired "
				+ "on Harbour TV on March 7, Varro said that the storm is the board's own creation and tha";
		ParsedReport report = parse("URL: https://www.harbour.org/tv/guild-spokesman-quint-varro\n\n" + paragraph);
		assertThat(report.title()).isNull();
		assertThat(report.quotes()).extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly("Quint Varro", "Quint Varro");
	}

	@Test
	void aDigestsAppealOverItsItemsIsNoTitle() throws ParseException {
		ParsedReport report = parse("URL: https://www.harbouralert.org/archive/2009-07/2009-07-21.html\n\n"
				+ "Prepared for the\nHarbour Guild of Major Pilots Organizations\n\n"
				+ "by the Harbour Center for Public Affairs\nView this page at\nVia Smartphone\n\n\nJuly 21, 2009\n\n"
				+ "Harbour Alert Needs Your Support\n\nIn-Depth Issues:\n\n"
				+ "Will the Storm Shake the Guild? - Tom Reyes (Harbour Times)\n" + PROSE);
		assertThat(report.title()).isNull();
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2009, 7, 21));
	}

	@Test
	void aDateInFiguresWithSlashesAndTheHijriDateBesideItIsNoTitle() throws ParseException {
		ParsedReport report = parse("Harbour Press\n\nTuesday 1439/1/27 - 2017/10/17\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Harbour Press");
		ParsedReport dated = parse("Harbour Press\n\nTuesday 2017/10/17\n\n" + PROSE);
		assertThat(dated.publishedOn()).isEqualTo(LocalDate.of(2017, 10, 17));
	}

	@Test
	void aPapersNameAndEditionOverTheHeadlineIsNoTitle() throws ParseException {
		ParsedReport report = parse("URL: https://www.pressreader.com/usa/the-harbour-week-us/20171124/281917\n\n"
				+ "The Harbour Week (US)\n\nCaught between the Guild and the Board\n\n-\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Caught between the Guild and the Board");
	}

	@Test
	void aDateFollowedByTheLabelsOfThePiecesSubjectsDatesIt() throws ParseException {
		ParsedReport report = parse("What the Harbour Really Wants\n"
				+ "April 16, 2018 Topic: Security Region: Middle East Tags: HarbourForeign PolicyStorms\n"
				+ "What the Harbour Really Wants\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("What the Harbour Really Wants");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2018, 4, 16));
	}

	@ParameterizedTest
	@ValueSource(strings = { "National Security & Defense", "Society & Culture", "Politics and Policy" })
	void aSitesSectionsJoinedByAnAmpersandOverTheHeadlineAreAKicker(String section) throws ParseException {
		ParsedReport report = parse(section + "\nCertifiable Storms\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Certifiable Storms");
	}

	@Test
	void aSubheadingMarkedWithAStarThatReadsLikeAnAuthorNoteNamesNoAuthor() throws ParseException {
		ParsedReport report = parse("Harbour Assessments of the Storm\n\nApril 14, 2008 Special Dispatch No. 1277\n\n"
				+ "The following are excerpts:\n\nThe Guild Won the Season\n\n"
				+ "*Guilds have Shown That Resistance is the Most Effective Weapon Against Storms\n\n" + PROSE);
		assertThat(report.authors()).isEmpty();
		ParsedReport noted = parse("Harbour Assessments of the Storm\n\nApril 14, 2008 Special Dispatch No. 1277\n\n"
				+ PROSE + "\n\n*Ada Lind is Director of the Harbour Media Project.\n");
		assertThat(noted.authors()).extracting(Author::name).containsExactly("Ada Lind");
	}

	@Test
	void aSeriesAndNumberInTheMenusListOverTheTitleAreTheHeaders() throws ParseException {
		ParsedReport report = parse(
				"- Policy Analysis\n- PolicyWatch 3895\nHarbour-Guild Escalation: Prospects for " + "Storms\n" + PROSE);
		assertThat(report.series()).isEqualTo("PolicyWatch");
		assertThat(report.seriesNumber()).isEqualTo("3895");
		assertThat(report.title()).isEqualTo("Harbour-Guild Escalation: Prospects for Storms");
	}

	@Test
	void namesUnderTheTitleOverWhereTheOpEdAlsoRanAndItsDateAreTheByline() throws ParseException {
		ParsedReport report = parse("The Next Harbour-Guild Conflict\n\nAda Lind and Tom Reyes\n\nAlso available in\n\n"
				+ "Harbour Interest\n\nSeptember 19, 2017\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("The Next Harbour-Guild Conflict");
		assertThat(report.authors()).extracting(Author::name).containsExactly("Ada Lind", "Tom Reyes");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2017, 9, 19));
	}

	@Test
	void aPressReleasesWireDatelineWithSlashesDatesIt() throws ParseException {
		ParsedReport report = parse("Harbour media translations provide insight into the latest storms in the bay\n\n\n"
				+ "OSTIA, DC/HARBOURWIRE/August 22, 2022/ In light of the recent storm that sank the guild's flagship, "
				+ "we would like to remind readers that the institute publishes translations of the harbour press. "
				+ PROSE);
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2022, 8, 22));
	}

	@Test
	void aBlogsDateAndARoundUpsOpeningOverANumberedReportGiveTheReportsTitle() throws ParseException {
		ParsedReport report = parse("Wednesday, 17 August 2011\n\n\nThe following is research published today from the "
				+ "Harbour Institute's Dispatch Series and TV Project.\n\n"
				+ "Inquiry & Analysis No. 725\u2014Syria/Inter-Arab Relations\n\n"
				+ "Guilds and Harbour States Break Silence over the Storm\n\nBy: A. Lind*\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Guilds and Harbour States Break Silence over the Storm");
		assertThat(report.series()).isEqualTo("Inquiry & Analysis");
		assertThat(report.seriesNumber()).isEqualTo("725");
		assertThat(report.countries()).containsExactly("Syria");
	}

	@Test
	void aWritersNameBesideADateWithoutByIsTheByline() throws ParseException {
		ParsedReport report = parse(
				"Escalating to Open Conflict in the Bay\n\nDaniel Lund, et al. | 2024.10.04\n\n" + PROSE);
		assertThat(report.authors()).extracting(Author::name).containsExactly("Daniel Lund");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2024, 10, 4));
	}

	@Test
	void aForumsNameBesideADateIsNoByline() throws ParseException {
		ParsedReport report = parse(
				"Escalating to Open Conflict in the Bay\n\nHarbour Policy Forum | October 4, 2024\n\n" + PROSE);
		assertThat(report.authors()).isEmpty();
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2024, 10, 4));
	}

	@Test
	void aLinkToTheAuthorsOtherPiecesIsNoTitleAndADayInFiguresLeavesTheHeadline() throws ParseException {
		ParsedReport report = parse("Is the Harbour the Guild's Trojan Horse? 4.6.2012\n\nBy Tom Reyes\n\n"
				+ "Read more by the Author\n\nJune 4, 2012\n\n" + PROSE);
		assertThat(report.title()).isEqualTo("Is the Harbour the Guild's Trojan Horse?");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2012, 6, 4));
	}

	@Test
	void aRepostsSummaryOpeningWithTheSeriesNumberAndDateGivesThem() throws ParseException {
		ParsedReport report = parse(
				"by Tom Reyes\n\nHarbourWatch 3196 October 4, 2019 \u2013 The board's latest speech "
						+ "may indicate its growing confidence that the piers can be rebuilt before the winter.\n\n"
						+ PROSE);
		assertThat(report.series()).isEqualTo("HarbourWatch");
		assertThat(report.seriesNumber()).isEqualTo("3196");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2019, 10, 4));
	}

	@Test
	void aHeadlineSavedTwiceInOneBlockIsOneTitle() {
		assertThat(ReportHeader
			.oneOfSameLines("\"Please Don't Rebuild the Piers.\" Okay! \"Please Don't Rebuild the " + "Piers.\" Okay!"))
			.isEqualTo("\"Please Don't Rebuild the Piers.\" Okay!");
		assertThat(ReportHeader.oneOfSameLines("Storm Over the Piers\nStorm Over the Piers"))
			.isEqualTo("Storm Over the Piers");
		assertThat(ReportHeader.oneOfSameLines("Storm Over the Piers Storm Over the Bay"))
			.isEqualTo("Storm Over the Piers Storm Over the Bay");
	}

	@Test
	void aPressReleasesPlaceInCapitalsAndItsDateBetweenDashesDateIt() throws ParseException {
		ParsedReport report = parse("As the harbour faces new storms, the institute starts a project on the piers\n\n"
				+ "OSTIA D.C. \u2013 DECEMBER 2, 2022 \u2013 Today, the institute announced the launch of its new "
				+ "Harbour Project, designed to bring its work on the piers under a single banner. " + PROSE);
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2022, 12, 2));
	}

	@Test
	void aDispatchNumberRunIntoItsPlacesAndProjectsGivesSeriesNumberAndCountries() throws ParseException {
		ParsedReport report = parse(
				"The following is research published today.\n\nSpecial Dispatch No. 4288India/South "
						+ "Asia Studies Project/Kashmir/Jihad and Terrorism Threat Monitor\n\nHarbour Report Warns About the "
						+ "Northern Piers\n\n" + PROSE);
		assertThat(report.series()).isEqualTo("Special Dispatch");
		assertThat(report.seriesNumber()).isEqualTo("4288");
		assertThat(report.countries()).containsExactly("India", "Kashmir");
		assertThat(report.title()).isEqualTo("Harbour Report Warns About the Northern Piers");
	}

	@Test
	void placesAfterAReportPreparedByAgenciesAreNoCompilers() throws ParseException {
		ParsedReport report = parse("Harbour Report Warns About the Northern Piers\n\nA secret report, prepared by the "
				+ "harbour agencies, warns that the piers host crews from the tribal region, Gilgit Baltistan, "
				+ "Harbour-administered Kashmir and the coast.\n\n" + PROSE);
		assertThat(report.authors()).isEmpty();
	}

}
