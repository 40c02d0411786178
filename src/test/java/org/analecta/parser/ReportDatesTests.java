package org.analecta.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportDatesTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "12 noiembrie 2019|2019-11-12", "12 de noviembre de 2019|2019-11-12", "12. März 2019|2019-03-12",
					"3 Kasım 2019|2019-11-03", "14 juillet 2019|2019-07-14", "1 de março de 2020|2020-03-01",
					"20 Januar 2022|2022-01-20", "12 martie 2019|2019-03-12" })
	void aDateWithTheMonthInThePagesOwnLanguageIsRead(String written, LocalDate date) {
		assertThat(ReportDates.whole(written)).isEqualTo(date);
		assertThat(ReportDates.find("Published on " + written + " in the harbour").date()).isEqualTo(date);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "the mars 2019 rover", "31 février 2019", "12 Marsh 2019" })
	void wordsThatOnlyLookLikeAForeignDateAreNone(String written) {
		assertThat(ReportDates.find(written)).isNull();
	}

}
