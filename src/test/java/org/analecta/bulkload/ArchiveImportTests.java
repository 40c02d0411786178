package org.analecta.bulkload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.analecta.ingest.IngestResult;
import org.analecta.ingest.IngestService;
import org.analecta.search.IndexMaintenance;
import org.analecta.search.ReportQuery;
import org.analecta.search.ReportResults;
import org.analecta.search.ReportSearch;
import org.analecta.search.FixtureReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.junit.jupiter.api.Timeout;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bulk import on real files, PostgreSQL and a Lucene index in a temporary directory,
 * in a context set up as the import command sets up its own (no outbox processor). A
 * context of its own (the property below), so that it starts from an empty archive: what
 * is "new" and what is "unchanged" depends on what the archive held before.
 */
@SpringBootTest(properties = { "analecta.test.context=bulk-import",
		// As the import command runs it: no outbox processor in this process.
		"spring.jpa.properties.hibernate.search.coordination.event_processor.enabled=false",
		"analecta.search.rebuild-empty-index=false" })
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ArchiveImportTests {

	static final List<String> REPORTS = List.of(FixtureReports.SEED, "03-daesh-raqqa-2016.txt",
			"07-saddam-inspectors-1998.txt", "13-soleimani-killing-2020.txt");

	@Autowired
	ArchiveImport archiveImport;

	@Autowired
	IngestService ingest;

	@Autowired
	ReportSearch search;

	@Autowired
	IndexMaintenance index;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path dir;

	@Test
	void importsADirectoryRefusesABadFileWithItsReasonAndChangesNothingTheSecondTime() throws Exception {
		copy(REPORTS.get(0), dir);
		copy(REPORTS.get(1), dir);
		Path shard = Files.createDirectories(dir.resolve("shard-2"));
		copy(REPORTS.get(2), shard);
		copy(REPORTS.get(3), shard);
		// A later version of the seed, taken up after it (name order).
		Files.writeString(dir.resolve("00b-seed-revised.txt"), FixtureReports.text(REPORTS.get(0))
				+ "\n\nEditor's note: this report was revised to correct the date of a quotation.\n");
		Files.writeString(dir.resolve("notes.txt"), "Call the printer on Monday.\n");
		// Not a report file by its name: passed over, not refused.
		Files.writeString(dir.resolve("manifest.tsv"), "file\ttitle\n");

		List<Path> files = ImportFiles.list(List.of(dir));
		assertThat(files).extracting(f -> f.getFileName().toString())
			.containsExactlyInAnyOrder(REPORTS.get(0), "00b-seed-revised.txt", REPORTS.get(1), REPORTS.get(2),
					REPORTS.get(3), "notes.txt");

		// An import stopped after storing the seed, before the index was rebuilt.
		IngestResult stoppedEarlier = ingest.ingestUnindexed(bytes(REPORTS.get(0)), REPORTS.get(0));
		assertThat(stoppedEarlier.outcome()).isEqualTo(IngestResult.Outcome.CREATED);
		assertThat(search("Kayhan").total()).as("stored without indexing: not searchable yet").isZero();

		ImportSummary first = archiveImport.run(files, 2, ImportProgress.SILENT);

		assertThat(first.created()).isEqualTo(3);
		assertThat(first.unchanged()).isEqualTo(1);
		assertThat(first.updated()).as("the revised seed").isEqualTo(1);
		assertThat(first.refused()).singleElement().satisfies(refusal -> {
			assertThat(refusal.file()).endsWith("notes.txt");
			assertThat(refusal.reason()).contains("No report recognised");
		});
		assertThat(first.indexProblem()).isNull();
		assertThat(first.reportsInIndex()).isEqualTo(4);
		assertThat(reportsInDatabase()).isEqualTo(4);
		assertThat(index.check().consistent()).isTrue();
		// Every report is searchable, the one stored before the interruption included.
		assertThat(search("").total()).isEqualTo(4);
		assertThat(search("Kayhan").hits()).extracting(ReportResults.Hit::slug).contains(stoppedEarlier.slug());
		for (String file : REPORTS.subList(1, REPORTS.size())) {
			String title = jdbc.queryForObject("select title from reports where file_name = ?", String.class, file);
			assertThat(search("\"" + title.replace("\"", "") + "\"").hits()).as(title)
				.extracting(ReportResults.Hit::title)
				.contains(title);
		}

		ImportSummary again = archiveImport.run(files, 2, ImportProgress.SILENT);

		assertThat(again.created()).isZero();
		assertThat(again.updated()).isZero();
		// The seed's first version included: it is held as a revision, and does not
		// become
		// current again.
		assertThat(again.unchanged()).isEqualTo(5);
		assertThat(jdbc.queryForObject("select count(*) from report_revisions", Long.class)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select file_name from reports where id = ?", String.class,
				stoppedEarlier.reportId()))
			.isEqualTo("00b-seed-revised.txt");
		assertThat(again.refused()).hasSize(1);
		assertThat(reportsInDatabase()).isEqualTo(4);
		assertThat(search("").total()).isEqualTo(4);
	}

	@Test
	void aFileNamedThatDoesNotExistIsAUsageError() {
		assertThat(ImportCommand.main(Object.class, List.of(dir.resolve("missing").toString()), System.out, System.err))
			.isEqualTo(2);
		assertThat(ImportCommand.main(Object.class, List.of(), System.out, System.err)).isEqualTo(2);
	}

	@Test
	void theProgressLineSaysFilesDoneRateAndTimeLeft() {
		assertThat(ProgressBar.line(250, 1000, 10))
			.isEqualTo("[#######.......................] 250/1,000 files  25.0 files/s  0:30 left");
	}

	private ReportResults search(String q) {
		return search.search(ReportQuery.of(q));
	}

	private long reportsInDatabase() {
		return jdbc.queryForObject("select count(*) from reports", Long.class);
	}

	private static byte[] bytes(String fixture) throws IOException {
		return FixtureReports.text(fixture).getBytes(StandardCharsets.UTF_8);
	}

	private static void copy(String fixture, Path to) throws IOException {
		Files.copy(FixtureReports.DIR.resolve(fixture), to.resolve(fixture));
	}

}
