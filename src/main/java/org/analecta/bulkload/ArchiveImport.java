package org.analecta.bulkload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.ExecutionException;

import org.analecta.ingest.IngestResult;
import org.analecta.ingest.IngestService;
import org.analecta.search.IndexMaintenance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Imports many report files at once: each goes through the same rules as an upload
 * (IngestService: same bytes → unchanged, same series and number, source URL or nearly
 * the same text → a new version, a file the parser refuses → refused with its reason),
 * but without writing search-index events; once every file is done, the index is rebuilt
 * from the database in one pass and merged.
 *
 * <p>
 * Stopping it midway loses nothing: every stored report is committed whole, and the index
 * is rebuilt by every run, so running it again (the stored files come back as unchanged)
 * leaves the archive and the index as if it had never been stopped.
 */
@Service
public class ArchiveImport {

	private static final Logger log = LoggerFactory.getLogger(ArchiveImport.class);

	private final IngestService ingest;

	private final IndexMaintenance index;

	ArchiveImport(IngestService ingest, IndexMaintenance index) {
		this.ingest = ingest;
		this.index = index;
	}

	/**
	 * @param files the files, in the order they are taken up
	 * @param threads how many files are parsed and stored at a time
	 */
	public ImportSummary run(List<Path> files, int threads, ImportProgress progress) throws InterruptedException {
		long start = System.nanoTime();
		List<Outcome> outcomes;
		Duration stored;
		Duration indexed = null;
		long reportsInIndex = 0;
		String indexProblem = null;
		// Until the rebuild ends the index is behind the database by design.
		try (var load = index.unindexedLoad()) {
			outcomes = store(files, threads, progress);
			stored = Duration.ofNanos(System.nanoTime() - start);
			progress.indexing();
			try {
				IndexMaintenance.Reindexed reindexed = index.rebuildFromEmpty();
				indexed = reindexed.took();
				reportsInIndex = reindexed.reports();
			}
			catch (RuntimeException ex) {
				// Typically the application itself runs on the same index and holds its
				// lock.
				log.warn("The search index could not be rebuilt", ex);
				indexProblem = ex.getMessage();
			}
		}
		int created = 0;
		int updated = 0;
		int unchanged = 0;
		List<ImportSummary.Refusal> refused = new ArrayList<>();
		for (Outcome o : outcomes) {
			switch (o.result().outcome()) {
				case CREATED -> created++;
				case UPDATED -> updated++;
				case UNCHANGED -> unchanged++;
				default -> refused.add(new ImportSummary.Refusal(o.file().toString(),
						o.result().error() == null ? o.result().outcome().name() : o.result().error()));
			}
		}
		return new ImportSummary(created, updated, unchanged, refused, stored, indexed, reportsInIndex, indexProblem);
	}

	private record Outcome(int position, Path file, IngestResult result) {
	}

	private List<Outcome> store(List<Path> files, int threads, ImportProgress progress) throws InterruptedException {
		AtomicInteger next = new AtomicInteger();
		AtomicInteger done = new AtomicInteger();
		List<Outcome> outcomes = new ArrayList<>(files.size());
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
		try {
			List<Future<List<Outcome>>> workers = new ArrayList<>();
			for (int t = 0; t < Math.max(1, threads); t++) {
				workers.add(pool.submit(() -> {
					List<Outcome> mine = new ArrayList<>();
					for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
						mine.add(new Outcome(i, files.get(i), storeOne(files.get(i))));
						progress.fileDone(done.incrementAndGet(), files.size());
					}
					return mine;
				}));
			}
			for (Future<List<Outcome>> worker : workers) {
				outcomes.addAll(worker.get());
			}
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("The import stopped: " + ex.getCause().getMessage(), ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
		outcomes.sort(Comparator.comparingInt(Outcome::position));
		return outcomes;
	}

	private IngestResult storeOne(Path file) {
		byte[] content;
		try {
			content = Files.readAllBytes(file);
		}
		catch (IOException ex) {
			return new IngestResult(IngestResult.Outcome.REJECTED, null, null, null, List.of(),
					"The file cannot be read: " + ex.getMessage());
		}
		try {
			return ingest.ingestUnindexed(content, file.getFileName().toString());
		}
		catch (RuntimeException ex) {
			// One bad file must not end the import of the others; it is named in the
			// summary.
			log.warn("Could not store {}", file, ex);
			return new IngestResult(IngestResult.Outcome.REJECTED, null, null, null, List.of(),
					"It could not be stored: " + ex.getMessage());
		}
	}

}
