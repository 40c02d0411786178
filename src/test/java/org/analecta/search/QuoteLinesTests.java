package org.analecta.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteLinesTests {

	@Test
	void theContextIsTheSentenceAroundTheQuotation() {
		String paragraph = "Iran will confront terrorists. On June 14, 2014, Rohani said regarding possible collaboration with the U.S. that "
				+ "\"if the Americans operate against terrorist groups and we see this, we may consider it.\" He added more.";
		QuoteLines.Context context = QuoteLines.context(paragraph,
				"if the Americans operate against terrorist groups and we see this, we may consider it.");
		assertThat(context.before())
			.isEqualTo("On June 14, 2014, Rohani said regarding possible collaboration with the U.S. that \"");
		assertThat(context.quote()).startsWith("if the Americans");
		assertThat(context.after()).isEqualTo("\"");
	}

	@Test
	void aQuotationThatIsTheWholeSentenceHasNoContextToShow() {
		assertThat(
				QuoteLines.context("\"We will answer every threat.\"[3] Then he left.", "We will answer every threat."))
			.isNull();
		assertThat(QuoteLines.context("Something else entirely.", "words found nowhere")).isNull();
		assertThat(QuoteLines.context(null, "words")).isNull();
	}

	@Test
	void aLongSentenceIsCutWithAnEllipsis() {
		String before = "word ".repeat(100);
		QuoteLines.Context context = QuoteLines.context(before + "said \"yes\" and left.", "yes");
		assertThat(context.before()).startsWith("…").hasSize(281);
		assertThat(context.after()).isEqualTo("\" and left.");
	}

}
