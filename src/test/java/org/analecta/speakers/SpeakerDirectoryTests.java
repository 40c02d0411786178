package org.analecta.speakers;

import org.analecta.report.Slugs;

import org.analecta.parser.SpeakerNames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.analecta.report.AliasSource;
import org.analecta.report.Speaker;
import org.analecta.report.SpeakerAliases;
import org.analecta.parser.ParsedReport.SpeakerKind;
import org.analecta.report.Speakers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class SpeakerDirectoryTests {

	@Autowired
	SpeakerDirectory directory;

	@Autowired
	Speakers speakers;

	@Autowired
	SpeakerAliases aliases;

	@Autowired
	SpeakerNames names;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aChangedAliasListMergesTheSpeakersItNowEquates() {
		// Stored before the list said Soleimani and Suleimani are one man: each under its
		// own key.
		long soleimani = store("Qassem Soleimani", "qassemsoleimani-old");
		long suleimani = store("Qassem Suleimani", "qassemsuleimani-old");
		assertThat(names.fold("Qassem Suleimani")).isEqualTo(names.fold("Qassem Soleimani"));

		int changed = directory.refoldAliases();

		assertThat(changed).isGreaterThanOrEqualTo(2);
		assertThat(speakers.existsById(soleimani) ^ speakers.existsById(suleimani)).isTrue();
		long survivor = speakers.existsById(soleimani) ? soleimani : suleimani;
		assertThat(aliases.findBySpellingKey(names.fold("Qassem Soleimani")))
			.hasValueSatisfying(alias -> assertThat(alias.getSpeaker().getId()).isEqualTo(survivor));
		assertThat(directory.refoldAliases()).isZero();
	}

	@Test
	void aSpellingOfAnotherSpeakerIsRefusedAsAlias() {
		long one = store("Ali Shamkhani", names.fold("Ali Shamkhani"));
		store("Hossein Salami", names.fold("Hossein Salami"));

		assertThatThrownBy(() -> directory.addAlias(one, "Hossein Salami")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("already names Hossein Salami");
		assertThat(directory.addAlias(one, "Ali Shamkhany").getSource()).isEqualTo(AliasSource.ADMIN);
		assertThat(directory.addAlias(one, "Ali Shamkhany").getSpeaker().getId()).isEqualTo(one);
	}

	private long store(String name, String key) {
		return new TransactionTemplate(transactions).execute(status -> {
			Speaker speaker = new Speaker(name, Slugs.of(name, 60) + "-" + key.hashCode(), SpeakerKind.PERSON);
			speaker.addAlias(name, key, AliasSource.REPORT);
			return speakers.save(speaker).getId();
		});
	}

}
