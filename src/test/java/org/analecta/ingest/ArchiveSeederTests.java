package org.analecta.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.analecta.report.Report;
import org.analecta.report.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class ArchiveSeederTests {

	private static final String HTML_REPORT = """
			<!DOCTYPE html><html><head><meta charset="utf-8"><title>Hezbollah Leader On The Southern Front</title>
			<meta property="article:published_time" content="2023-11-03"></head>
			<body><article><h1>Hezbollah Leader On The Southern Front</h1>
			<p>In a speech delivered on November 3, 2023, Hezbollah Secretary-General Hassan Nasrallah addressed the
			fighting on the Lebanese border for the first time since the war began, and said that "all options are
			open" on the southern front, while stopping short of announcing a wider war against Israel.</p>
			<p>Lebanese dailies close to the organization described the speech as a calibrated warning to Washington,
			and noted that the movement had so far kept its operations within the rules of engagement of 2006.</p>
			</article></body></html>
			""";

	@Autowired
	ArchiveSeeder seeder;

	@Autowired
	Reports reports;

	@Autowired
	IngestService ingest;

	@TempDir
	Path dir;

	@Test
	void loadsEveryReportOfTheDirectoryAndSkipsWhatFails(CapturedOutput output) throws Exception {
		Files.write(dir.resolve("a-sample.txt"), IngestServiceTests.variant(9101, ""));
		Files.writeString(dir.resolve("b-page.html"), HTML_REPORT);
		Files.writeString(dir.resolve("c-broken.txt"), "Milk, eggs, bread.");
		Files.writeString(dir.resolve(".hidden"), "not a report");

		seeder.load(dir);

		assertThat(output).contains("Seed a-sample.txt: CREATED", "Seed b-page.html: CREATED",
				"Seed c-broken.txt was not loaded", "Loaded 2 sample files from " + dir + " as 2 reports: ",
				"(1 failed, see above)");
		Report html = reports.findAll()
			.stream()
			.filter(r -> "b-page.html".equals(r.getFileName()))
			.findFirst()
			.orElseThrow();
		assertThat(html.getMediaType()).isEqualTo("text/html");
		assertThat(html.getSourceFormat()).isEqualTo("HTML");
		assertThat(html.getTitle()).isEqualTo("Hezbollah Leader On The Southern Front");
	}

	@Test
	void twoFilesOfOneReportAreNamedOnceAsTwoVersions() {
		assertThat(ArchiveSeeder.summary(Path.of("data/reports"),
				List.of("2014-06-20-irans-dilemma", "2014-06-20-irans-dilemma", "2023-11-03-hezbollah"), 0))
			.isEqualTo("Loaded 3 sample files from data/reports as 2 reports: 2014-06-20-irans-dilemma (2 versions), "
					+ "2023-11-03-hezbollah");
	}

	@Test
	void anArchiveWithReportsIsNotSeededAgain(CapturedOutput output) throws Exception {
		seeder.load(dir); // an empty directory: nothing loaded, says so
		assertThat(output).contains("Loaded 0 sample files from " + dir + " as 0 reports");
		Files.write(dir.resolve("sample.txt"), IngestServiceTests.variant(9102, ""));
		seeder.load(dir);
		long count = reports.count();
		assertThat(count).isPositive();
		Files.write(dir.resolve("another.txt"), IngestServiceTests.variant(9103, ""));

		new ArchiveSeeder(ingest, reports, dir.toString()).run(null);

		assertThat(reports.count()).isEqualTo(count);
	}

}
