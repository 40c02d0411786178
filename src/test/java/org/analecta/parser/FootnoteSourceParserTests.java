package org.analecta.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.analecta.parser.FootnoteSourceParser.Source;
import org.junit.jupiter.api.Test;

class FootnoteSourceParserTests {

	private static Source parse(String note) {
		return FootnoteSourceParser.parse(note);
	}

	@Test
	void outletCountryAndDate() {
		assertThat(parse("Fars (Iran), June 14, 2014."))
			.isEqualTo(new Source("Fars", "Iran", LocalDate.of(2014, 6, 14)));
		assertThat(parse("Asr-e Iran (Iran), June 16, 2014."))
			.isEqualTo(new Source("Asr-e Iran", "Iran", LocalDate.of(2014, 6, 16)));
	}

	@Test
	void outletWithoutCountry() {
		assertThat(parse("Reuters, June 16, 2014.")).isEqualTo(new Source("Reuters", null, LocalDate.of(2014, 6, 16)));
		assertThat(parse("Al-Sharq Al-Awsat (London), 3 May 2015"))
			.isEqualTo(new Source("Al-Sharq Al-Awsat", "London", LocalDate.of(2015, 5, 3)));
	}

	@Test
	void outletNamesWithTheAndDots() {
		assertThat(parse("The New York Times, June 14, 2014."))
			.isEqualTo(new Source("The New York Times", null, LocalDate.of(2014, 6, 14)));
		assertThat(parse("Al-Arabiya.net (Saudi Arabia), 2014-06-14; Fars (Iran), June 18, 2014."))
			.isEqualTo(new Source("Al-Arabiya.net", "Saudi Arabia", LocalDate.of(2014, 6, 14)));
	}

	@Test
	void strippedAddressKeepsTheDate() {
		assertThat(parse(", June 13, 2014.")).isEqualTo(new Source(null, null, LocalDate.of(2014, 6, 13)));
		assertThat(parse("Aragchi made a similar claim., June 16, 2014."))
			.isEqualTo(new Source(null, null, LocalDate.of(2014, 6, 16)));
	}

	@Test
	void theFirstSourceOfANoteThatGoesOn() {
		assertThat(parse("ISNA (Iran), June 16, 2014. Foreign Minister Zarif told a German delegation that Iran "
				+ "would not send forces., June 14, 2014. Fars, June 14, 2014."))
			.isEqualTo(new Source("ISNA", "Iran", LocalDate.of(2014, 6, 16)));
	}

	@Test
	void commentaryTakesTheTrailingSourceWhenClear() {
		assertThat(
				parse("See in particular the June 16, 2014 statement by U.S. Secretary of State John Kerry; he said, "
						+ "\"I wouldn't rule out anything that would be constructive.\" Yahoo News, June 16, 2014."))
			.isEqualTo(new Source("Yahoo News", null, LocalDate.of(2014, 6, 16)));
		assertThat(parse(
				"According to the Reuters report, the official said: \"No outcome was achieved.\" Reuters, June 16, 2014."))
			.isEqualTo(new Source("Reuters", null, LocalDate.of(2014, 6, 16)));
	}

	@Test
	void commentaryWithoutAClearSourceHasNone() {
		assertThat(parse("See also the statement he made in the Majlis on June 16, 2014."))
			.isEqualTo(new Source(null, null, null));
		assertThat(parse("Ibid.")).isEqualTo(new Source(null, null, null));
		assertThat(parse("The minister repeated this claim several times, June 16, 2014."))
			.isEqualTo(new Source(null, null, null));
	}

	@Test
	void addressesGiveTheirHost() {
		assertThat(parse("http://www.farsnews.ir/newstext.php?nn=13930324, June 14, 2014."))
			.isEqualTo(new Source("farsnews.ir", null, LocalDate.of(2014, 6, 14)));
	}

}
