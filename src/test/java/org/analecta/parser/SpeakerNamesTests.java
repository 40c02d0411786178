package org.analecta.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpeakerNamesTests {

	private final SpeakerNames names = new SpeakerNames();

	@ParameterizedTest
	@CsvSource(delimiter = ';', textBlock = """
			Hassan Rohani; Hassan Rouhani
			Hassan Rohani; hasan rowhani
			Ali Khamenei; Ali Khamene'i
			Ali Khamenei; Ali Khameneʾi
			Hassan Nasrallah; Hassan Nasr Allah
			Qassem Soleimani; Qasem Suleimani
			Abbas Araghchi; Abbas Agharchi
			Hassan Firouzabadi; Hasan Firuzabadi
			Mahmoud Ahmadinejad; Mahmoud Ahmadinezhad
			Recep Tayyip Erdogan; Recep Tayyip Erdoğan
			Muammar Gaddafi; Muammar Qaddafi
			Muammar Gaddafi; Muammar Kadhafi
			Osama bin Laden; Usama bin Ladin
			Nouri al-Maliki; Nouri Al-Maliki
			Nouri al-Maliki; Nouri Maliki
			Abu Bakr al-Baghdadi; Abu Bakr El-Baghdadi
			Bashar al-Assad; Bashar Assad
			Asr-e Iran; Asre Iran
			Shi’ite; Shi'ite
			""")
	void variantsFoldAlike(String a, String b) {
		assertThat(names.fold(a)).isEqualTo(names.fold(b));
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', textBlock = """
			Hassan Rohani; Hassan Nasrallah
			Abu Bakr al-Baghdadi; Mahmoud Abbas
			Ali Khamenei; Ali Larijani
			Rohani; Hassan Rohani
			""")
	void differentNamesFoldApart(String a, String b) {
		assertThat(names.fold(a)).isNotEqualTo(names.fold(b));
	}

	@Test
	void aliasWordsDoNotSpreadToUnlikeWords() {
		// "Abu Mazen" is listed for Mahmoud Abbas, but "Abu" must not become "Mahmoud"
		// elsewhere.
		assertThat(names.fold("Abu Mazen")).isEqualTo(names.fold("Mahmoud Abbas"));
		assertThat(names.fold("Abu Bakr")).isEqualTo("abubakr");
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', nullValues = "-", textBlock = """
			President Hassan Rohani; Hassan Rohani; President
			Iranian Foreign Ministry spokeswoman Marzia Afkham; Marzia Afkham; Iranian Foreign Ministry spokeswoman
			Iranian Army chief of staff Hassan Firouzabadi; Hassan Firouzabadi; Iranian Army chief of staff
			Deputy Foreign Minister Agharchi; Agharchi; Deputy Foreign Minister
			Major General Qassem Soleimani; Qassem Soleimani; Major General
			Dr. Ali Akbar Velayati; Ali Akbar Velayati; Dr.
			Ayatollah Ahmad Khatami; Ahmad Khatami; Ayatollah
			U.S. Secretary of State John Kerry; John Kerry; U.S. Secretary of State
			Iraqi Prime Minister Nouri Al-Maliki; Nouri Al-Maliki; Iraqi Prime Minister
			Abu Bakr al-Baghdadi; Abu Bakr al-Baghdadi; -
			Osama bin Laden; Osama bin Laden; -
			Hamid Aboutalebi; Hamid Aboutalebi; -
			the president; -; president
			""")
	void splitsTitlesFromNames(String asWritten, String name, String role) {
		assertThat(names.split(asWritten)).isEqualTo(new SpeakerNames.SplitName(name, role));
	}

	@Test
	void sameSpeakerMatchesSurnameAndFullNameAcrossSpellings() {
		assertThat(names.sameSpeaker("Rohani", "Hassan Rouhani")).isTrue();
		assertThat(names.sameSpeaker("President Rouhani", "Hassan Rohani")).isTrue();
		assertThat(names.sameSpeaker("Amir Abdollahian", "Hossein Amir-Abdollahian")).isTrue();
		assertThat(names.sameSpeaker("Firuzabadi", "Iranian Army chief of staff Hassan Firouzabadi")).isTrue();
		assertThat(names.sameSpeaker("Hassan Rohani", "Hassan Nasrallah")).isFalse();
		assertThat(names.sameSpeaker("Hassan", "Hassan Rohani")).isFalse();
		assertThat(names.sameSpeaker("Ali Khamenei", "Ali Larijani")).isFalse();
		assertThat(names.sameSpeaker("", "Ali Larijani")).isFalse();
	}

	@Test
	void canonicalSpellingAndSurnamesComeFromTheAliasTable() {
		assertThat(names.canonical("Hassan Rouhani")).isEqualTo("Hassan Rohani");
		assertThat(names.canonical("Usama bin Ladin")).isEqualTo("Osama bin Laden");
		assertThat(names.canonical("Marzia Afkham")).isEqualTo("Marzia Afkham");
		assertThat(names.fullNameForSurname("Obama")).isEqualTo("Barack Obama");
		assertThat(names.fullNameForSurname("Agharchi")).isEqualTo("Abbas Agharchi");
		assertThat(names.fullNameForSurname("Araghchi")).isEqualTo("Abbas Araghchi");
		assertThat(names.fullNameForSurname("Afkham")).isNull();
	}

	@ParameterizedTest
	@CsvSource({ "Rohani, Hassan Rohani", "Rouhani, Hassan Rouhani", "Rowhani, Hassan Rowhani" })
	void aSurnameIsCompletedInTheReportsOwnSpellingAndStaysOneSpeaker(String surname, String full) {
		assertThat(names.fullNameForSurname(surname)).isEqualTo(full);
		assertThat(names.fold(full)).isEqualTo(names.fold("Hassan Rohani"));
	}

	@Test
	void theArchiveCanExtendTheAliasTable() {
		assertThat(names.fold("Marziyeh Afkham")).isNotEqualTo(names.fold("Marzia Afkham"));
		SpeakerNames extended = names.withAliases(
				List.of("# added by an admin", "Marzia Afkham | Marziyeh Afkham | Marzieh Afkham  # spokeswoman", ""));
		assertThat(extended.fold("Marziyeh Afkham")).isEqualTo(extended.fold("Marzia Afkham"));
		assertThat(extended.fold("Hassan Rouhani")).isEqualTo(extended.fold("Hassan Rohani"));
		assertThat(names.fold("Marziyeh Afkham")).as("the original is unchanged")
			.isNotEqualTo(names.fold("Marzia Afkham"));
	}

	@Test
	void anAliasLineWithoutCanonicalNameIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> names.withAliases(List.of(" | Rouhani")))
			.withMessageContaining("line 1");
	}

	@Test
	void aLineageNameMatchesItsOwnFirstNameNeverTheFathers() {
		SpeakerNames names = new SpeakerNames();
		assertThat(names.sameSpeaker("Faisal bin Turki", "Turki bin Faisal")).isFalse();
		assertThat(names.sameSpeaker("Turki", "Faisal bin Turki")).isFalse();
		assertThat(names.sameSpeaker("Turki", "Turki bin Faisal")).isTrue();
		assertThat(names.sameSpeaker("bin Laden", "Osama bin Laden")).isTrue();
	}

	@Test
	void theFathersNameAfterBinInTheAliasTableIsNobodysSurname() {
		assertThat(names.fullNameForSurname("Salman")).as("King Salman is not Mohammed bin Salman").isNull();
		assertThat(names.canonical("Muhammad bin Salman")).isEqualTo("Mohammed bin Salman");
		assertThat(names.canonical("bin Ladin")).isEqualTo("Osama bin Laden");
	}

}
