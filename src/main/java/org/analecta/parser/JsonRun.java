package org.analecta.parser;

/**
 * A JSON object or array saved with a page's text (a site's metadata block:
 * {@code "authors":
 * [...], "type": ...}): where it ends. Strings and escapes are followed, so a brace
 * inside a value does not count. Bounded: a run longer than the given lines or
 * {@link #MAX_CHARS} is not taken for one.
 */
final class JsonRun {

	private static final int MAX_CHARS = 40_000;

	private JsonRun() {
	}

	/**
	 * The index after the line that closes the JSON value opening at {@code start} (the
	 * start of a line holding "{" or "["), or where text runs on after its closing
	 * bracket on that line; -1 when it does not close within the bounds or holds no
	 * {@code "key":} pair.
	 */
	static int end(String content, int start, int maxLines) {
		int depth = 0;
		int lines = 0;
		boolean inString = false;
		boolean sawKey = false;
		int limit = Math.min(content.length(), start + MAX_CHARS);
		for (int i = start; i < limit; i++) {
			char c = content.charAt(i);
			if (inString) {
				if (c == '\\') {
					i++;
				}
				else if (c == '"') {
					inString = false;
					int next = i + 1;
					while (next < limit && content.charAt(next) == ' ') {
						next++;
					}
					sawKey |= next < limit && content.charAt(next) == ':';
				}
				else if (c == '\n') {
					return -1; // JSON strings do not span lines
				}
				continue;
			}
			switch (c) {
				case '"' -> inString = true;
				case '{', '[' -> depth++;
				case '}', ']' -> {
					depth--;
					if (depth == 0) {
						return sawKey ? afterLine(content, i + 1) : -1;
					}
				}
				case '\n' -> {
					if (++lines > maxLines) {
						return -1;
					}
				}
				default -> {
				}
			}
		}
		return -1;
	}

	/**
	 * After the closing bracket and the white space or comma after it: the next line, or
	 * the text the page ran on into on the same line ("}REQUIRED IMAGE", as Carnegie's
	 * pages are saved), which is no part of the block.
	 */
	private static int afterLine(String content, int from) {
		for (int i = from; i < content.length(); i++) {
			char c = content.charAt(i);
			if (c == '\n') {
				return i + 1;
			}
			if (c != ' ' && c != '\t' && c != ',' && c != '\r') {
				return i;
			}
		}
		return content.length();
	}

}
