package org.analecta.parser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * A bundled word list next to these classes: lines of whitespace-separated words, "#"
 * comments.
 */
final class WordList {

	private WordList() {
	}

	static Set<String> read(String resource) {
		return Set.copyOf(lines(resource).stream().flatMap(line -> List.of(line.split("\\s+")).stream()).toList());
	}

	/** The list's non-blank, non-comment lines, stripped. */
	static List<String> lines(String resource) {
		try (InputStream in = WordList.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("The bundled list " + resource + " is missing");
			}
			return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
