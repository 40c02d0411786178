package org.analecta.bulkload;

import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar analecta.jar import [--threads N] DIR|FILE...}: imports report files
 * into the archive the application is configured for (same database and index settings),
 * then rebuilds the search index. Run it while the application is stopped: the index is a
 * folder on disk that only one process may write. Arguments of the form
 * {@code --name=value} are Spring properties, as for the application. Exit status 0 when
 * every file was stored or already held, 1 when some were refused or the index could not
 * be rebuilt, 2 for a usage error.
 */
public final class ImportCommand {

	private ImportCommand() {
	}

	/** Runs the command; returns the process exit status. */
	public static int main(Class<?> application, List<String> args, PrintStream out, PrintStream err) {
		List<Path> roots = new ArrayList<>();
		List<String> properties = new ArrayList<>();
		int threads = Runtime.getRuntime().availableProcessors();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("-h") || arg.equals("--help")) {
				usage(err);
				return 0;
			}
			else if (arg.equals("--threads") && i + 1 < args.size() && args.get(i + 1).matches("[1-9][0-9]?")) {
				threads = Integer.parseInt(args.get(++i));
			}
			else if (arg.startsWith("--") && arg.contains("=")) {
				properties.add(arg);
			}
			else if (arg.startsWith("-")) {
				err.println("Unknown option " + arg);
				usage(err);
				return 2;
			}
			else {
				roots.add(Path.of(arg));
			}
		}
		if (roots.isEmpty()) {
			usage(err);
			return 2;
		}
		List<Path> files;
		try {
			files = ImportFiles.list(roots);
		}
		catch (NoSuchFileException ex) {
			err.println("No such file or directory: " + ex.getMessage());
			return 2;
		}
		out.printf("Importing %,d files with %d threads%n", files.size(), threads);
		try (ConfigurableApplicationContext context = start(application, properties)) {
			ImportSummary summary = context.getBean(ArchiveImport.class).run(files, threads, new ProgressBar(out));
			print(summary, out);
			return summary.refused().isEmpty() && summary.indexProblem() == null ? 0 : 1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			err.println("Interrupted; run the same command again to finish.");
			return 1;
		}
	}

	/**
	 * The application without its web server, sample reports, start-up index rebuild or
	 * outbox processor: this process only stores and then rebuilds the index itself.
	 */
	private static ConfigurableApplicationContext start(Class<?> application, List<String> properties) {
		List<String> args = new ArrayList<>(List.of("--spring.main.web-application-type=none", "--analecta.seed-dir=",
				"--analecta.search.rebuild-empty-index=false",
				"--spring.jpa.properties.hibernate.search.coordination.event_processor.enabled=false",
				"--logging.level.root=WARN"));
		args.addAll(properties);
		SpringApplication app = new SpringApplication(application);
		app.setBannerMode(Banner.Mode.OFF);
		return app.run(args.toArray(String[]::new));
	}

	static void print(ImportSummary summary, PrintStream out) {
		out.printf("%,d files in %s: %,d new, %,d new versions, %,d unchanged, %,d refused%n", summary.files(),
				ProgressBar.clock(summary.stored()), summary.created(), summary.updated(), summary.unchanged(),
				summary.refused().size());
		for (ImportSummary.Refusal refusal : summary.refused()) {
			out.printf("  refused %s: %s%n", refusal.file(), refusal.reason());
		}
		if (summary.indexProblem() != null) {
			out.println("The search index could not be rebuilt (" + summary.indexProblem()
					+ "). Is the application running? Stop it and run the same command again.");
		}
		else {
			out.printf("Search index rebuilt in %s: %,d reports searchable%n", ProgressBar.clock(summary.indexed()),
					summary.reportsInIndex());
		}
	}

	private static void usage(PrintStream err) {
		err.println("Usage: java -jar analecta.jar import [--threads N] DIR|FILE...");
		err.println("Stores every report file (.html, .htm, .txt) under each DIR, and each FILE, with the same");
		err.println("rules as an upload, then rebuilds the search index. Stop the application first.");
	}

}
