package org.analecta.admin;

import org.analecta.ingest.Match;
import org.analecta.ingest.MetadataCorrection;
import org.analecta.ingest.PreparedUpload;
import org.analecta.ingest.SaveChoice;
import org.analecta.parser.ParsedReport;

/**
 * A file between preview and save: the upload parsed once (null when it was refused
 * before parsing, and then {@code error} says why), with what the admin decided in the
 * preview — the corrections, whether to save it at all, what to do when it looks like a
 * stored report — and that stored report as the corrections make it look. What the
 * preview shows is what the save stores.
 */
record PendingUpload(String fileName, PreparedUpload prepared, String error, MetadataCorrection correction,
		boolean included, SaveChoice choice, Match match) {

	static PendingUpload of(PreparedUpload prepared) {
		return new PendingUpload(prepared.fileName(), prepared, prepared.error(), MetadataCorrection.NONE, true,
				SaveChoice.NEW_VERSION, prepared.match());
	}

	static PendingUpload refused(String fileName, String error) {
		return new PendingUpload(fileName, null, error, MetadataCorrection.NONE, false, SaveChoice.NEW_VERSION, null);
	}

	boolean saveable() {
		return prepared != null && prepared.saveable();
	}

	/** Saved when the batch is: saveable, not left out, not skipped. */
	boolean toBeSaved() {
		return saveable() && included && choice != SaveChoice.SKIP;
	}

	/**
	 * The parse as it will be stored: with the corrections, named after the file when
	 * untitled.
	 */
	ParsedReport corrected() {
		return saveable() ? prepared.corrected(correction) : null;
	}

	PendingUpload decided(MetadataCorrection correction, boolean included, SaveChoice choice, Match match) {
		return new PendingUpload(fileName, prepared, error, correction, included, choice, match);
	}

	long size() {
		return prepared == null ? 0 : prepared.size();
	}

	@Override
	public String toString() {
		return "PendingUpload[" + fileName + ", " + size() + " bytes" + (error == null ? "" : ", " + error) + "]";
	}

}
