package org.analecta.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.analecta.report.Reports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start with an empty archive, loads every file of the seed directory
 * ({@code analecta.seed-dir}, default {@code data/reports}; empty to skip), so that the
 * run command alone shows a working archive. A file that fails is logged and skipped;
 * startup goes on.
 */
@Component
@Order(1)
class ArchiveSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ArchiveSeeder.class);

	private final IngestService ingest;

	private final Reports reports;

	private final String seedDir;

	ArchiveSeeder(IngestService ingest, Reports reports, @Value("${analecta.seed-dir:data/reports}") String seedDir) {
		this.ingest = ingest;
		this.reports = reports;
		this.seedDir = seedDir;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (seedDir == null || seedDir.isBlank() || reports.count() > 0) {
			return;
		}
		Path dir = Path.of(seedDir);
		if (!Files.isDirectory(dir)) {
			log.info("The archive is empty and there is no seed directory {}; nothing to load", dir.toAbsolutePath());
			return;
		}
		load(dir);
	}

	void load(Path dir) {
		List<Path> files;
		try (Stream<Path> list = Files.list(dir)) {
			files = list.filter(Files::isRegularFile)
				.filter(f -> !f.getFileName().toString().startsWith("."))
				.sorted()
				.toList();
		}
		catch (IOException e) {
			log.error("Cannot list the seed directory {}: {}", dir.toAbsolutePath(), e.getMessage());
			return;
		}
		List<String> loaded = new ArrayList<>();
		int failed = 0;
		for (Path file : files) {
			String name = file.getFileName().toString();
			try {
				IngestResult result = ingest.ingest(Files.readAllBytes(file), name, null);
				if (result.stored()) {
					log.info("Seed {}: {} as {}", name, result.outcome(), result.slug());
					loaded.add(result.slug());
				}
				else {
					failed++;
					log.warn("Seed {} was not loaded: {}", name, result.error());
				}
			}
			catch (IOException | RuntimeException e) {
				failed++;
				log.error("Seed {} was not loaded: {}", name, e.toString(), e);
			}
		}
		log.info(summary(dir, loaded, failed));
	}

	/**
	 * The closing log line. Two files may be two versions of one report (a text and an
	 * HTML copy, the second an update of the first): each report is named once, with its
	 * number of versions.
	 */
	static String summary(Path dir, List<String> loadedSlugs, int failed) {
		Map<String, Integer> versions = new LinkedHashMap<>();
		loadedSlugs.forEach(slug -> versions.merge(slug, 1, Integer::sum));
		String reports = versions.entrySet()
			.stream()
			.map(e -> e.getValue() == 1 ? e.getKey() : e.getKey() + " (" + e.getValue() + " versions)")
			.collect(Collectors.joining(", "));
		return "Loaded " + plural(loadedSlugs.size(), "sample file") + " from " + dir + " as "
				+ plural(versions.size(), "report") + (reports.isEmpty() ? "" : ": " + reports)
				+ (failed == 0 ? "" : " (" + failed + " failed, see above)");
	}

	private static String plural(int count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}

}
