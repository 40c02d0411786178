package org.analecta.admin;

import java.util.Locale;
import java.util.Optional;

import org.analecta.parser.ReportParser;

/**
 * What may be uploaded: HTML or plain text (by file name or declared type), not empty, at
 * most {@link ReportParser#MAX_BYTES}. Each refusal says what is wrong in words an editor
 * understands.
 */
final class UploadCheck {

	static final long MAX_BYTES = ReportParser.MAX_BYTES;

	private UploadCheck() {
	}

	static Optional<String> problem(String fileName, String contentType, long size) {
		if (size == 0) {
			return Optional.of("The file is empty.");
		}
		if (size > MAX_BYTES) {
			return Optional
				.of("The file is too large (" + megabytes(size) + "); at most " + megabytes(MAX_BYTES) + " per file.");
		}
		if (!acceptedName(fileName) && !acceptedType(contentType)) {
			return Optional.of("Only HTML pages (.html, .htm) and plain-text files (.txt) can be uploaded.");
		}
		return Optional.empty();
	}

	/**
	 * The media type stored and sent back on download: derived from the name, never
	 * trusted from the client.
	 */
	static String mediaType(String fileName, String contentType) {
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		boolean html = name.endsWith(".html") || name.endsWith(".htm") || (!name.endsWith(".txt") && contentType != null
				&& contentType.toLowerCase(Locale.ROOT).startsWith("text/html"));
		return html ? "text/html" : "text/plain";
	}

	/**
	 * A file name fit to store and show: no path, no control characters, bounded length.
	 */
	static String cleanName(String fileName) {
		if (fileName == null || fileName.isBlank()) {
			return "upload.txt";
		}
		String name = fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		name = name.replaceAll("[\\p{Cntrl}\"<>]", "_").strip();
		if (name.length() > 120) {
			name = name.substring(name.length() - 120);
		}
		return name.isEmpty() ? "upload.txt" : name;
	}

	private static boolean acceptedName(String fileName) {
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".txt");
	}

	private static boolean acceptedType(String contentType) {
		return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/");
	}

	/** A size for people: KB below a megabyte. */
	static String humanSize(long bytes) {
		return bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%.0f KB", Math.ceil(bytes / 1024.0))
				: megabytes(bytes);
	}

	static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
	}

}
