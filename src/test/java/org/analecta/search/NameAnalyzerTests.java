package org.analecta.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/**
 * The "name" analyzer on transliteration variants seen in Middle-East reporting: the
 * spellings of one person must meet, different people must not.
 */
class NameAnalyzerTests {

	private static final Analyzer NAME = ArchiveAnalyzers.name();

	@Test
	void spellingsOfOneNameMeet() throws IOException {
		List<List<String>> sameName = List.of(List.of("Rohani", "Rouhani", "Rowhani", "Ruhani"),
				List.of("Hussein", "Husayn", "Hossein", "Husain", "Hosein"),
				List.of("Mohammad", "Muhammad", "Mohammed", "Mohamed", "Muhammed"), List.of("Hassan", "Hasan"),
				List.of("Firouzabadi", "Firuzabadi", "Firoozabadi"),
				List.of("Khamenei", "Khamene'i", "Khamene’i", "Khameneï"),
				List.of("Soleimani", "Suleimani", "Soleymani", "Sulaimani"),
				List.of("Qassem", "Ghasem", "Kassem", "Qasem"), List.of("Qaddafi", "Kadhafi", "Qadhafi", "Kaddafi"),
				List.of("Velayati", "Welayati"), List.of("Javad", "Jawad"), List.of("Ahmadinejad", "Ahmadinezhad"),
				List.of("Abdollahian", "Abdullahian", "Abdolahian"), List.of("Mottahari", "Motahari", "Motahhari"),
				List.of("Marzieh", "Marzia"), List.of("Haniyeh", "Haniya", "Haniyya"),
				List.of("Rezaei", "Rezai", "Rezaee"), List.of("Saeed", "Said", "Sa'id"), List.of("Araghchi", "Araqchi"),
				List.of("Mustafa", "Mostafa", "Moustafa", "Mustapha"), List.of("Osama", "Usama"),
				List.of("Nouri", "Nuri"), List.of("Erdoğan", "Erdogan"), List.of("Moqtada", "Muqtada"),
				List.of("Qalibaf", "Ghalibaf"), List.of("Mahmoud", "Mahmud"), List.of("Assad", "Asad"));
		for (List<String> spellings : sameName) {
			String first = key(spellings.get(0));
			for (String spelling : spellings) {
				assertThat(key(spelling)).as(spelling + " vs " + spellings.get(0)).isEqualTo(first);
			}
		}
	}

	@Test
	void differentNamesStayApart() throws IOException {
		List<List<String>> different = List.of(List.of("Hassan", "Hussein"), List.of("Ali", "Ala"),
				List.of("Hamid", "Hamad"), List.of("Rohani", "Rahnama"), List.of("Jamal", "Gamal"),
				List.of("Zarif", "Zafar"), List.of("Khatami", "Hatami"), List.of("Abbas", "Abbasi"),
				List.of("Sadr", "Sader"), List.of("Mousavi", "Moussa"), List.of("Larijani", "Rafsanjani"),
				List.of("Kerry", "Khoury"));
		for (List<String> pair : different) {
			assertThat(key(pair.get(0))).as(pair.toString()).isNotEqualTo(key(pair.get(1)));
		}
	}

	@Test
	void articlesAreDroppedSoPrefixedNamesMeet() throws IOException {
		assertThat(ArchiveAnalyzersTests.tokens(NAME, "Nouri Al-Maliki"))
			.isEqualTo(ArchiveAnalyzersTests.tokens(NAME, "Nuri al Maliki"))
			.isEqualTo(ArchiveAnalyzersTests.tokens(NAME, "Nouri el-Maliki"));
		assertThat(ArchiveAnalyzersTests.tokens(NAME, "al-Maliki"))
			.isEqualTo(ArchiveAnalyzersTests.tokens(NAME, "Maliki"));
	}

	@Test
	void fullNamesKeepEveryPart() throws IOException {
		assertThat(ArchiveAnalyzersTests.tokens(NAME, "Hassan Rouhani"))
			.isEqualTo(ArchiveAnalyzersTests.tokens(NAME, "Hasan Rohani"))
			.hasSize(2);
	}

	@Test
	void nonLatinNamesPassThrough() throws IOException {
		assertThat(ArchiveAnalyzersTests.tokens(NAME, "حسن روحانی")).hasSize(2);
	}

	private static String key(String name) throws IOException {
		List<String> tokens = ArchiveAnalyzersTests.tokens(NAME, name);
		assertThat(tokens).as(name).hasSize(1);
		return tokens.get(0);
	}

}
