package org.analecta.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.analecta.AnalectaApplication;
import org.analecta.report.Report;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManager;

/**
 * The application as {@link CrashRecoveryTests} runs it in a process of its own.
 * <ul>
 * <li>{@code upload FILE [spring args]}: stores the file through the IngestService,
 * prints {@code STORED <slug>} and how many reports the index holds, then halts the JVM
 * on the spot — no shutdown hooks, no orderly close of the index.</li>
 * <li>{@code find SLUG [spring args]}: starts normally and waits (bounded) until a search
 * finds the report, printing {@code FOUND <slug>} (exit 0) or {@code NOT FOUND} (exit
 * 3).</li>
 * </ul>
 */
public final class CrashingArchive {

	private CrashingArchive() {
	}

	public static void main(String[] args) throws Exception {
		String mode = args[0];
		String argument = args[1];
		String[] springArgs = Arrays.copyOfRange(args, 2, args.length);
		ConfigurableApplicationContext context = SpringApplication.run(AnalectaApplication.class, springArgs);
		if (mode.equals("upload")) {
			Path file = Path.of(argument);
			IngestResult result = context.getBean(IngestService.class)
				.ingest(Files.readAllBytes(file), file.getFileName().toString(), null);
			System.out.println("STORED " + result.slug() + " " + result.outcome());
			System.out.println("INDEXED_BEFORE_CRASH " + indexedSlugs(context).size());
			System.out.flush();
			Runtime.getRuntime().halt(137);
		}
		long deadline = System.nanoTime() + 90_000_000_000L;
		while (System.nanoTime() < deadline) {
			if (indexedSlugs(context).contains(argument)) {
				System.out.println("FOUND " + argument);
				System.out.flush();
				Runtime.getRuntime().halt(0);
			}
			Thread.sleep(200);
		}
		System.out.println("NOT FOUND");
		System.out.flush();
		Runtime.getRuntime().halt(3);
	}

	private static List<String> indexedSlugs(ConfigurableApplicationContext context) {
		EntityManager em = context.getBean(EntityManager.class);
		return new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
			.execute(status -> Search.session(em)
				.search(Report.class)
				.select(f -> f.field("slug", String.class))
				.where(f -> f.matchAll())
				.fetchHits(100));
	}

}
