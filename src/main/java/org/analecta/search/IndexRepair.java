package org.analecta.search;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.persistence.EntityManagerFactory;

import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The index's repair state. While the index is rebuilt from the database (after damage
 * was found, or because a start found it empty) every search is refused with
 * {@link SearchBeingRepairedException} rather than answered from a partial index; pages
 * that need only the database go on as usual.
 *
 * <p>
 * A search that fails inside Lucene (a corruption or I/O error, or an unchecked exception
 * thrown from Lucene's own code, which is how overwritten postings show) is diagnosed
 * here: the checksums of the live index decide. Damage confirmed, the broken files are
 * copied aside for inspection and the index is rebuilt in the background.
 */
@Component
public class IndexRepair {

	private static final Logger log = LoggerFactory.getLogger(IndexRepair.class);

	private final IndexMaintenance maintenance;

	private final EntityManagerFactory entityManagerFactory;

	private volatile Repair current;

	record Repair(String reason, Instant since) {
	}

	IndexRepair(IndexMaintenance maintenance, EntityManagerFactory entityManagerFactory) {
		this.maintenance = maintenance;
		this.entityManagerFactory = entityManagerFactory;
	}

	/** The repair under way, if any. */
	Optional<Repair> underWay() {
		return Optional.ofNullable(current);
	}

	/** Called before every search. */
	void ensureSearchable() {
		Repair repair = current;
		if (repair != null) {
			throw new SearchBeingRepairedException(repair.reason());
		}
	}

	/**
	 * Rebuilds the index from the database, refusing searches meanwhile; blocks until
	 * done. A second call while one runs returns at once.
	 */
	void rebuild(String reason) {
		synchronized (this) {
			if (current != null) {
				return;
			}
			current = new Repair(reason, Instant.now());
		}
		runRebuild(reason);
	}

	/** The rebuild itself, with {@link #current} already set; clears it when done. */
	private void runRebuild(String reason) {
		try {
			log.warn("Rebuilding the search index ({}); searches answer 'being repaired' until it is done", reason);
			maintenance.rebuildFromEmpty();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException e) {
			log.error("Rebuilding the search index failed; an admin can reindex from /admin", e);
		}
		finally {
			current = null;
		}
	}

	void rebuildInBackground(String reason) {
		Thread.ofVirtual().name("index-repair").start(() -> rebuild(reason));
	}

	/**
	 * For a search that failed: whether the failure is index damage. If so, a repair is
	 * under way when this returns (started by this call or an earlier one).
	 */
	public boolean diagnose(Throwable failure) {
		if (current != null) {
			return true;
		}
		if (!fromTheIndex(failure)) {
			return false;
		}
		synchronized (this) {
			if (current != null) {
				return true;
			}
			Path root = indexRoot();
			Optional<String> problem = IndexChecksums.verify(root);
			if (problem.isEmpty()) {
				log.warn("A search failed inside Lucene but every index checksum is sound: {}", failure.toString());
				return false;
			}
			Path aside = StartupIndexCheck.besideWithTime(root);
			copyAside(root, aside);
			log.error("The search index is damaged ({}); a copy is kept in {}", problem.get(), aside);
			current = new Repair("damaged index: " + problem.get(), Instant.now());
		}
		String reason = current.reason();
		Thread.ofVirtual().name("index-repair").start(() -> runRebuild(reason));
		return true;
	}

	static boolean fromTheIndex(Throwable failure) {
		int depth = 0;
		for (Throwable t = failure; t != null && depth < 30; t = t.getCause(), depth++) {
			if (t instanceof CorruptIndexException || t instanceof IndexFormatTooOldException
					|| t instanceof IndexFormatTooNewException || t instanceof EOFException
					|| (t instanceof IOException && thrownByLucene(t))) {
				return true;
			}
			if (t instanceof RuntimeException && thrownByLucene(t)) {
				return true;
			}
		}
		return false;
	}

	private static boolean thrownByLucene(Throwable t) {
		StackTraceElement[] stack = t.getStackTrace();
		return stack.length > 0 && stack[0].getClassName().startsWith("org.apache.lucene.");
	}

	private Path indexRoot() {
		Object root = entityManagerFactory.getProperties().get("hibernate.search.backend.directory.root");
		return Path.of(root == null ? "data/index" : root.toString());
	}

	/** Best effort: the files as they are now, write lock left behind. */
	private static void copyAside(Path root, Path aside) {
		try (Stream<Path> files = Files.walk(root)) {
			files.forEach(source -> {
				Path target = aside.resolve(root.relativize(source).toString());
				try {
					if (Files.isDirectory(source)) {
						Files.createDirectories(target);
					}
					else if (!source.getFileName().toString().equals("write.lock")) {
						Files.copy(source, target);
					}
				}
				catch (IOException e) {
					log.debug("Not copied aside: {} ({})", source, e.toString());
				}
			});
		}
		catch (IOException e) {
			log.warn("Could not copy the damaged index aside: {}", e.toString());
		}
	}

}
