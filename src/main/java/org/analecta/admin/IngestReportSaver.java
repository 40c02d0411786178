package org.analecta.admin;

import org.analecta.ingest.IngestResult;
import org.analecta.ingest.IngestService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

@Component
class IngestReportSaver implements ReportSaver {

	private static final Logger logger = LoggerFactory.getLogger(IngestReportSaver.class);

	private final IngestService ingest;

	private final AdminLog log;

	IngestReportSaver(IngestService ingest, AdminLog log) {
		this.ingest = ingest;
		this.log = log;
	}

	@Override
	public Result save(PendingUpload upload) {
		try {
			IngestResult r = ingest.ingest(upload.content(), upload.fileName(), upload.mediaType());
			Outcome outcome = switch (r.outcome()) {
				case CREATED, REPARSED -> Outcome.SAVED;
				case UPDATED -> Outcome.REPLACED;
				case UNCHANGED -> Outcome.UNCHANGED;
				case REJECTED -> Outcome.FAILED;
			};
			if (outcome != Outcome.FAILED && outcome != Outcome.UNCHANGED) {
				log.record(outcome == Outcome.REPLACED ? "upload new version" : "upload", r.slug(), upload.fileName());
			}
			String message = r.error() != null ? r.error()
					: r.warnings().isEmpty() ? null : String.join(" ", r.warnings());
			return new Result(upload.fileName(), outcome, r.slug(), r.title(), message);
		}
		catch (RuntimeException e) {
			logger.error("Saving {} failed", upload.fileName(), e);
			return new Result(upload.fileName(), Outcome.FAILED, null, null,
					"Saving failed (" + e.getClass().getSimpleName() + "); nothing was stored, the error was logged.");
		}
	}

}
