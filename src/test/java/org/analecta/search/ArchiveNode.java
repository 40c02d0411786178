package org.analecta.search;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.analecta.AnalectaApplication;
import org.analecta.ingest.IngestResult;
import org.analecta.ingest.IngestService;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One application node of {@link TwoNodeTests}, in a process of its own: the whole
 * application (web server included) plus uploads read from standard input, one file path
 * a line, each stored through the node's own {@link IngestService} and answered with
 * "STORED slug". Serves until killed.
 */
public final class ArchiveNode {

	private ArchiveNode() {
	}

	public static void main(String[] args) throws Exception {
		ConfigurableApplicationContext context = SpringApplication.run(AnalectaApplication.class, args);
		IngestService ingest = context.getBean(IngestService.class);
		BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		for (String line = in.readLine(); line != null; line = in.readLine()) {
			Path file = Path.of(line.strip());
			IngestResult result = ingest.ingest(Files.readAllBytes(file), file.getFileName().toString(), null);
			System.out.println("STORED " + result.slug() + " " + result.outcome());
			System.out.flush();
		}
		Thread.currentThread().join();
	}

}
