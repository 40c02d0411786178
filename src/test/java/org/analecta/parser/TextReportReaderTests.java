package org.analecta.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.analecta.parser.ReportDocument.Block;
import org.analecta.parser.ReportDocument.Kind;
import org.junit.jupiter.api.Test;

/** Blocks, headings, captions, notes and boilerplate in plain text. */
class TextReportReaderTests {

	private static List<Block> read(String text) {
		return new TextReportReader().read(text).blocks();
	}

	private static Kind kindOf(String line) {
		List<Block> blocks = read(line + "\n\n" + ReportParserTests.PROSE);
		return blocks.get(0).kind();
	}

	@Test
	void aJsonBlockWhoseClosingBracketRunsOnIntoTextIsDroppedAndTheTextKept() {
		List<Block> blocks = read("The harbour board met on Monday.\nAda Lind\n{\n\"authors\": [],\n\"centers\": [\n"
				+ "\"Harbour Endowment for Calm Seas\"\n],\n\"topics\": [\n\"Military\"\n]\n}REQUIRED IMAGE\n"
				+ "Critics of the board's move to close the pier have accused it of giving in to the storms.");
		assertThat(blocks).extracting(Block::text)
			.noneMatch(text -> text.contains("\"centers\""))
			.anyMatch(text -> text.contains("Critics of the board's move"));
	}

	@Test
	void aParagraphWrappedByHandInAPageSavedAParagraphALineIsOneParagraph() {
		String longLine = "Harbour Minister Quint Varro has defended the board's decision to keep the old pier open "
				+ "despite the approach of the storm, which has already closed the ports of the northern coast and "
				+ "sent the fleet home.";
		List<Block> blocks = read("Varro defends decision to keep the pier open\n" + longLine
				+ "\nEarlier, Varro had decided to cut his trip short\ndue to the storm, and held calls with officials "
				+ "from the\nCouncil and the crews.\n\"The council has a special responsibility for\nthe safety of the "
				+ "bay,\" he said.\nThe Crews Are Out In\nThe fleet stayed in the harbour.");
		assertThat(blocks).extracting(Block::text)
			.containsExactly("Varro defends decision to keep the pier open", longLine,
					"Earlier, Varro had decided to cut his trip short due to the storm, and held calls with officials "
							+ "from the Council and the crews.",
					"\"The council has a special responsibility for the safety of the bay,\" he said.",
					"The Crews Are Out In", "The fleet stayed in the harbour.");
	}

	@Test
	void wrappedLinesSavedWithABlankLineBetweenThemAreOneParagraph() {
		List<Block> blocks = read("Harbour Minister Quint Varro said in a meeting that the board\n\nis used to these "
				+ "kinds of storms and will give a response, the gazette reported.\n\n\"The crews well know that they "
				+ "should resist and stand against their\n\nstorms,\" he said. \"Over the past 40 years (since the "
				+ "founding of the\n\nHarbour Board in 1979), the crews have faced storms.\"");
		assertThat(blocks).extracting(Block::text)
			.containsExactly(
					"Harbour Minister Quint Varro said in a meeting that the board is used to these kinds of storms "
							+ "and will give a response, the gazette reported.",
					"\"The crews well know that they should resist and stand against their storms,\" he said. \"Over "
							+ "the past 40 years (since the founding of the Harbour Board in 1979), the crews have "
							+ "faced storms.\"");
	}

	@Test
	void aSubheadingOpeningWithWordsInSingleMarksIsAHeading() {
		assertThat(kindOf("'More than Enough Stubborn Captains' in the Bay")).isEqualTo(Kind.HEADING);
		assertThat(kindOf("\u2018More than Enough Stubborn Captains\u2019 in the Bay")).isEqualTo(Kind.HEADING);
		assertThat(kindOf("'We Will Not Leave the Bay'")).isNotEqualTo(Kind.HEADING);
	}

	@Test
	void aParagraphQuotingSomeoneWithAPicturesCaptionRunIntoItIsNoCaption() {
		assertThat(kindOf("\"The guild welcomes any initiative from any port that intends to help the bay rebuild "
				+ "its piers,\" Varro added. Guild boats seized by the coast guard in the bay. (credit: HARBOUR "
				+ "GUARD'S UNIT)"))
			.isEqualTo(Kind.PARAGRAPH);
		assertThat(kindOf("Guild boats seized by the coast guard in the bay. (credit: HARBOUR GUARD'S UNIT)"))
			.isEqualTo(Kind.CAPTION);
	}

	@Test
	void anEpigraphsCreditIsNoHeading() {
		assertThat(kindOf("From a poem by Quint Varro, January 5, 2005")).isNotEqualTo(Kind.HEADING);
	}

	@Test
	void aShortLineWithAPhotosCreditAfterItsSentenceIsACaption() {
		assertThat(kindOf("The old pier at dawn. Photo: Harbour Wire")).isEqualTo(Kind.CAPTION);
		assertThat(kindOf("The crews at the quay. Picture by Ada Lind")).isEqualTo(Kind.CAPTION);
		assertThat(kindOf("The board met on Monday. Photographs of the pier were shown to the crews."))
			.isNotEqualTo(Kind.CAPTION);
	}

	@Test
	void aHyphenatedNameBrokenAfterItsHyphenIsWholeAgain() {
		List<Block> blocks = read(ReportParserTests.PROSE + "\n\nThe prayer leader, Ayatollah Quint Varro- Reyes, "
				+ "said the pro- board crews - all of them - stayed home.");
		assertThat(blocks.getLast().text())
			.isEqualTo("The prayer leader, Ayatollah Quint Varro-Reyes, said the pro- board "
					+ "crews - all of them - stayed home.");
	}

	@Test
	void theHeadlineEndingInASmallWordIsNotJoinedToTheLineUnderIt() {
		List<Block> blocks = read(
				"Varro: I suggested to Reyes that we hold a joint press conference; he decided not to\n\n"
						+ "Having completed his opening statement, Harbour Minister Varro takes questions.");
		assertThat(blocks).hasSize(2);
	}

	@Test
	void aWirePhotographsCreditLineAndThePhotographersNameUnderItAreCaptions() {
		List<Block> blocks = read("AP Photo/Ada Lind, File\n\nAda Lind\n\n" + ReportParserTests.PROSE);
		assertThat(blocks).extracting(Block::kind).containsExactly(Kind.CAPTION, Kind.CAPTION, Kind.PARAGRAPH);
		assertThat(kindOf("Ada Lind")).isNotEqualTo(Kind.CAPTION);
	}

	@Test
	void aTurnsLabelOpeningALineAfterASentencesEndStartsAParagraph() {
		List<Block> blocks = read("Speaking to the county paper on the sidelines of the council's meeting, the mayor "
				+ "voiced his wish for a deal.\nHarbour Times: During your speech to the council, you called for the "
				+ "fleet to be banned. How important is this?\nAbdel Quint al-Varro: Of course, what the fleet has "
				+ "done to the harbour qualifies it for a ban.");
		assertThat(blocks).extracting(Block::text)
			.containsExactly(
					"Speaking to the county paper on the sidelines of the council's meeting, the mayor voiced his wish "
							+ "for a deal.",
					"Harbour Times: During your speech to the council, you called for the fleet to be banned. How "
							+ "important is this?",
					"Abdel Quint al-Varro: Of course, what the fleet has done to the harbour qualifies it for a ban.");
	}

	@Test
	void aPageSavedAParagraphALineKeepsAQuotationsParagraphsApart() {
		String first = "Tomas Wendel: \"The harbour board was founded by the shipping firms, and it watches every "
				+ "berth in the bay, from the ferry piers to the fuel jetty and the old dry dock by the lighthouse. "
				+ "It looks for any slip in order to close us down.";
		String second = "\"Therefore, my advice to the other crews in the bay is that as long as we moor at piers "
				+ "that we do not own, we must keep to the board's rules, because a breach might cost us the berth. "
				+ "In the end, our aim is to land the catch.";
		String third = "\"So we must be careful when we speak of the board.\"";
		List<Block> blocks = read(first + "\n" + second + "\n" + third);
		assertThat(blocks).extracting(Block::text).containsExactly(first, second, third);
	}

	@Test
	void aLineTooLongToBeWrappedEndsItsParagraphWithoutASentencesEndBeforeACapitalOrAQuotationMark() {
		String signed = "\u201cOnce again, the harbour board is showing its admiration for the old pier, even after "
				+ "the storm that broke it in two. It is not even clear that this helps the board at home anymore, "
				+ "after the vote that showed a drop in its support.\u201d \u2014 Tomas Wendel, Harbour Institute Fellow";
		String next = "\u201cThe board's comparison of the old pier to a cathedral is vile. It also shows the "
				+ "board's core belief that the pier is a monument, not a place of work for the crews of the bay.\u201d";
		String cut = "The harbour board said on Monday that the storm had broken the old pier in two, and that the "
				+ "crews of the bay would moor at the new pier until the spring, according to a notice published by";
		String rest = "the board, which also said that the ferry would run again by March.";
		assertThat(read(signed + "\n" + next)).extracting(Block::text).containsExactly(signed, next);
		assertThat(read(cut + "\n" + rest)).extracting(Block::text).containsExactly(cut + " " + rest);
	}

	@Test
	void titleCaseLinesAreHeadings() {
		assertThat(kindOf("Iran Recruits Volunteers For Operations In Iraq")).isEqualTo(Kind.HEADING);
		assertThat(kindOf(
				"President Rohani: We May Consider Collaborating With The Americans In Iraq If They Act Against Terrorism There"))
			.isEqualTo(Kind.HEADING);
		assertThat(kindOf(
				"Tabnak: Cessation Of U.S. Opposition To Iran – A Precondition For U.S.-Iran Collaboration On Iraq"))
			.isEqualTo(Kind.HEADING);
	}

	@Test
	void aHeadingMayEndWithAnAbbreviationOrAQuestionMark() {
		assertThat(kindOf("Iran's Dilemma – The Need To Publicly Reject Collaboration With U.S."))
			.isEqualTo(Kind.HEADING);
		assertThat(kindOf(
				"Iran's Dilemma: Cooperate With U.S. Against Sunnis In Iraq – Or Maintain Anti-U.S. Ideological Stance?"))
			.isEqualTo(Kind.HEADING);
	}

	@Test
	void aHeadingMayEndWithAQuotedName() {
		assertThat(kindOf("The Leaders Of Several Harbour Boards \"Created Something Called The Fleet\" And "
				+ "\"Invented The So-Called 'Storm Of The Century'\""))
			.isEqualTo(Kind.HEADING);
		assertThat(kindOf("The Board Says \"We Will Fight.\"")).isEqualTo(Kind.PARAGRAPH);
	}

	@Test
	void sentencesAreNotHeadings() {
		assertThat(kindOf("Iran Rejects The Offer.")).isEqualTo(Kind.PARAGRAPH);
		assertThat(kindOf("\"We Will Fight,\" He Said")).isEqualTo(Kind.PARAGRAPH);
		assertThat(kindOf("the regime said nothing more about the offer")).isEqualTo(Kind.PARAGRAPH);
		assertThat(kindOf(ReportParserTests.PROSE)).isEqualTo(Kind.PARAGRAPH);
	}

	@Test
	void aShortSentenceCaseLineBeforeProseIsAHeading() {
		assertThat(kindOf("Background")).isEqualTo(Kind.HEADING);
		assertThat(kindOf("Reactions in the Iranian press")).isEqualTo(Kind.HEADING);
	}

	@Test
	void captionsAndSourceLines() {
		assertThat(kindOf("Sign-up website for volunteers (Source:, accessed June 19, 2014)")).isEqualTo(Kind.CAPTION);
		assertThat(kindOf("Poster from the volunteer registration site: \"Registering those interested\" (Source:"))
			.isEqualTo(Kind.CAPTION);
		assertThat(kindOf("Photo: Rohani at the press conference")).isEqualTo(Kind.CAPTION);
		assertThat(kindOf("Image source: Tasnim, June 14, 2014")).isEqualTo(Kind.CAPTION);
	}

	@Test
	void aWirePhotographsCreditEndsACaption() {
		assertThat(kindOf("A harbour master gestures as he attends a gathering of boat owners in the northern port "
				+ "March 13, 2014. (Reuters)"))
			.isEqualTo(Kind.CAPTION);
		assertThat(kindOf("Boats wait outside the harbour on Monday. (AP Photo/Quint Varro)")).isEqualTo(Kind.CAPTION);
		assertThat(kindOf("The board met on Monday (and again on Tuesday) to discuss the fees for the boats."))
			.isEqualTo(Kind.PARAGRAPH);
	}

	@Test
	void aNameAboveAnImagesSourceLineIsACaptionNotAHeading() throws ParseException {
		List<Block> blocks = read("Mehdi Majid 'Abdallah\n(image: aafaq.org)\n\n" + ReportParserTests.PROSE);
		assertThat(blocks.get(0)).isEqualTo(new Block(Kind.CAPTION, "Mehdi Majid 'Abdallah"));
		assertThat(blocks.get(1).kind()).isEqualTo(Kind.CAPTION);
		// So the excerpts under it keep the lead-in above the picture.
		ParsedReport report = ReportParserTests.parse("The Harbour Column\n\n" + ReportParserTests.PROSE
				+ "\n\nIn his column, harbour writer Quint Varro called on the board to act. The following are "
				+ "excerpts from his column:[1]\n\nQuint Varro\n(image: example.org)\n\n\"The board has failed the "
				+ "fishermen for ten years, and the fishermen have paid for every one of those years.\"\n");
		assertThat(report.quotes()).last()
			.satisfies(quote -> assertThat(quote.speaker().name()).isEqualTo("Quint Varro"));
	}

	@Test
	void endnotesIncludingAMissingSpace() {
		List<Block> blocks = read(
				"[1] Fars (Iran), June 14, 2014.\n\n[13]Fars, June 18, 2014.\n[14] Kayhan (Iran), June 18, 2014.");
		assertThat(blocks).containsExactly(new Block(Kind.NOTE, "[1] Fars (Iran), June 14, 2014."),
				new Block(Kind.NOTE, "[13]Fars, June 18, 2014."),
				new Block(Kind.NOTE, "[14] Kayhan (Iran), June 18, 2014."));
	}

	@Test
	void numberedEntriesUnderANotesHeadingAreNotes() {
		List<Block> blocks = read(
				ReportParserTests.PROSE + "\n\nNotes\n\n1. Fars, June 14, 2014.\n2. Kayhan, June 18, 2014.");
		assertThat(blocks).extracting(Block::kind).containsExactly(Kind.PARAGRAPH, Kind.HEADING, Kind.NOTE, Kind.NOTE);
	}

	@Test
	void shareAndPrintLinesAreDropped() {
		List<Block> blocks = read(ReportParserTests.PROSE
				+ "\n\nShare this Report:\n\nPrint | Email | Tweet\n\nShare: Facebook Twitter LinkedIn\n\nRelated Reports\n\nBack to top");
		assertThat(blocks).containsExactly(new Block(Kind.PARAGRAPH, ReportParserTests.PROSE));
	}

	@Test
	void aShareLineGluedUnderTheLastNoteIsNotPartOfIt() {
		assertThat(read(
				"[14] Kayhan (Iran), June 18, 2014. The editorial appeared on its front page.\nShare this Report:"))
			.containsExactly(new Block(Kind.NOTE,
					"[14] Kayhan (Iran), June 18, 2014. The editorial appeared on its front page."));
	}

	@Test
	void headerLinesWithoutBlankLinesBetweenThemStayApartWhileWrappedProseAfterThemIsJoined() {
		String saved = """
				Gulf Policy Forum
				The Long Road Back for Yemen's Central Bank in Aden and Sanaa
				by Dana Whitfield
				Published on March 4, 2021
				Fisheries Report No. 12, May 9, 2020
				A Sentence-case dek line that is long enough to look wrapped here.

				The foreign ministry spokesman told reporters in Tehran on Monday that
				the talks had concerned only the nuclear issue and had not touched on
				the question of Iraq at all, and that the Gulf Policy Forum and the
				Central Bank in Aden had asked to meet the negotiators in the spring.
				""";
		assertThat(read(saved)).extracting(Block::text)
			.containsExactly("Gulf Policy Forum", "The Long Road Back for Yemen's Central Bank in Aden and Sanaa",
					"by Dana Whitfield", "Published on March 4, 2021", "Fisheries Report No. 12, May 9, 2020",
					"A Sentence-case dek line that is long enough to look wrapped here.",
					"The foreign ministry spokesman told reporters in Tehran on Monday that the talks had concerned only "
							+ "the nuclear issue and had not touched on the question of Iraq at all, and that the Gulf "
							+ "Policy Forum and the Central Bank in Aden had asked to meet the negotiators in the spring.");
	}

	@Test
	void hardWrappedLinesAreJoinedAndShortLinesKeptApart() {
		String wrapped = """
				The foreign ministry spokesman told reporters in Tehran on Monday that
				the talks had concerned only the nuclear issue and had not touched on
				the question of Iraq at all.
				June 20, 2014 | By A. Savyon
				Iraq, Iran | Inquiry & Analysis Series No. 1099
				""";
		assertThat(read(wrapped)).extracting(Block::text)
			.containsExactly(
					"The foreign ministry spokesman told reporters in Tehran on Monday that the talks had concerned only "
							+ "the nuclear issue and had not touched on the question of Iraq at all.",
					"June 20, 2014 | By A. Savyon", "Iraq, Iran | Inquiry & Analysis Series No. 1099");
	}

	@Test
	void bulletsAreListItemsAndQuotedLinesBlockQuotes() {
		assertThat(read("- first point of the list\n• second point\n\n> quoted line of text")).containsExactly(
				new Block(Kind.LIST_ITEM, "first point of the list"), new Block(Kind.LIST_ITEM, "second point"),
				new Block(Kind.BLOCKQUOTE, "quoted line of text"));
	}

	@Test
	void whiteSpaceIsNormalised() {
		assertThat(read("  Tabs\tand\u00A0no-break   spaces  \r\n")).extracting(Block::text)
			.containsExactly("Tabs and no-break spaces");
	}

}
