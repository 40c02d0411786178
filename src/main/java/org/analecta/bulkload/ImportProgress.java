package org.analecta.bulkload;

/** What an import tells as it goes; called from the import's worker threads. */
public interface ImportProgress {

	ImportProgress SILENT = new ImportProgress() {
	};

	/**
	 * One more file stored, found unchanged or refused: {@code done} of {@code total}.
	 */
	default void fileDone(int done, int total) {
	}

	/** Every file is done; the search index is being rebuilt. */
	default void indexing() {
	}

}
