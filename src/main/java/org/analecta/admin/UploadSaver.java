package org.analecta.admin;

import org.analecta.ingest.IngestResult;
import org.analecta.ingest.IngestService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Stores the previewed files of a batch as the admin decided, each through the ingest in
 * its own transaction, and logs each stored one; one file's failure never stops the
 * others.
 */
@Component
class UploadSaver {

	private static final Logger logger = LoggerFactory.getLogger(UploadSaver.class);

	private final IngestService ingest;

	private final AdminLog log;

	UploadSaver(IngestService ingest, AdminLog log) {
		this.ingest = ingest;
		this.log = log;
	}

	/**
	 * What became of one file; {@code message} joins the ingest's warnings or says why it
	 * failed.
	 */
	record Saved(String fileName, IngestResult.Outcome outcome, String slug, String title, String message) {

		public boolean failed() {
			return outcome == IngestResult.Outcome.REJECTED;
		}

	}

	Saved save(PendingUpload file) {
		if (!file.saveable()) {
			return new Saved(file.fileName(), IngestResult.Outcome.REJECTED, null, null, file.error());
		}
		if (!file.included()) {
			return new Saved(file.fileName(), IngestResult.Outcome.SKIPPED, null, null, "Left out.");
		}
		try {
			IngestResult r = ingest.save(file.prepared(), file.correction(), file.choice());
			switch (r.outcome()) {
				case CREATED -> log.record("upload", r.slug(), file.fileName());
				case UPDATED -> log.record("upload new version", r.slug(), file.fileName());
				default -> {
				}
			}
			String message = r.error() != null ? r.error()
					: r.warnings().isEmpty() ? null : String.join(" ", r.warnings());
			return new Saved(file.fileName(), r.outcome(), r.slug(), r.title(), message);
		}
		catch (RuntimeException e) {
			logger.error("Saving {} failed", file.fileName(), e);
			return new Saved(file.fileName(), IngestResult.Outcome.REJECTED, null, null,
					"Saving failed (" + e.getClass().getSimpleName() + "); nothing was stored, the error was logged.");
		}
	}

}
