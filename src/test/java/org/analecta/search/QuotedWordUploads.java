package org.analecta.search;

import java.util.Random;

import org.analecta.ingest.IngestService;
import org.springframework.jdbc.core.JdbcTemplate;

import jakarta.persistence.EntityManagerFactory;

/**
 * Fixture reports made new for a test: the Rowhani inauguration report under another
 * number and country, its president's quote and title holding words no other report
 * holds.
 */
record QuotedWordUploads(IngestService ingest, JdbcTemplate jdbc, EntityManagerFactory emf) {

	/** A word of letters only, new to the archive on every run. */
	static String newWord(Random random) {
		StringBuilder word = new StringBuilder("zq");
		for (int i = 0; i < 10; i++) {
			word.append((char) ('a' + random.nextInt(26)));
		}
		return word.toString();
	}

	/**
	 * Uploads the report and waits until the search sees it.
	 * @param quotedWord put in the president's quote (none when empty)
	 */
	void upload(String titleWords, String country, int number, String quotedWord) {
		upload(titleWords, country, number, quotedWord, "A. Savyon");
	}

	/** As the other, by these authors. */
	void upload(String titleWords, String country, int number, String quotedWord, String byline) {
		// The fixture's number first: a number holding "5400" (454007) must not be
		// replaced again inside itself.
		String text = FixtureReports.text("02-rowhani-inauguration-2013.txt")
			.replace("5400", String.valueOf(number))
			.replace("dialogue on an equal footing", ("dialogue " + quotedWord).strip() + " on an equal footing")
			.replace("Rowhani Sworn In As President", "Rowhani Sworn In As President " + titleWords)
			.replace("Iran | Special Dispatch No. " + number, country + " | Special Dispatch No. " + number)
			.replace("| By A. Savyon*", "| By " + byline + "*");
		FixtureReports.store(ingest, jdbc, emf, text, "upload-" + number + ".txt");
	}

}
