package org.analecta.admin;

import java.time.Instant;

import org.analecta.parser.ParsedReport;

/**
 * A file between preview and save: the bytes exactly as uploaded (what will be stored), and the
 * parse result or the reason it cannot be stored.
 */
record PendingUpload(String token, String fileName, String mediaType, byte[] content, ParsedReport parsed,
		String error, Instant receivedAt) {

	boolean saveable() {
		return parsed != null && error == null;
	}

	@Override
	public String toString() {
		return "PendingUpload[" + fileName + ", " + size() + " bytes" + (error == null ? "" : ", " + error) + "]";
	}

	long size() {
		return content == null ? 0 : content.length;
	}

}
