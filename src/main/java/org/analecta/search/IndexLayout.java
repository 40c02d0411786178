package org.analecta.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The version of the embedded index's layout: which fields exist and how they are
 * indexed. Lucene refuses to add a document whose field options differ from those the
 * index already holds, and an index without a field finds nothing in it, so an index
 * written by an older layout must be rebuilt, not reused. The version is kept in a small
 * file beside the indexes' folders; raise {@link #CURRENT} with every change to the
 * mapping or the analysis that needs a rebuild.
 *
 * <p>
 * Versions: 1 (no file) the first layouts; 2 name keys computed by the application and
 * section text without term vectors; 3 no section documents in the report index, its text
 * in parts a position gap apart (a hit's passages are cut from the database's text); 4
 * how many positions each part takes, and how many parts are sections (passages cut at
 * the words' positions); 5 the name keys of a report's text a part a value; 6 a quote's
 * speaker spellings' keys in one field.
 */
final class IndexLayout {

	static final int CURRENT = 6;

	static final String FILE_NAME = "analecta-index-layout";

	private IndexLayout() {
	}

	/**
	 * @return why the index under {@code root} cannot be reused by this version, or empty
	 * when it can (it has the current layout, or holds no index yet)
	 */
	static Optional<String> outdated(Path root) {
		if (!holdsAnIndex(root)) {
			return Optional.empty();
		}
		Path file = root.resolve(FILE_NAME);
		int found = 1;
		try {
			if (Files.exists(file)) {
				found = Integer.parseInt(Files.readString(file, StandardCharsets.US_ASCII).strip());
			}
		}
		catch (IOException | NumberFormatException e) {
			return Optional.of("its layout version is unreadable (" + e + ")");
		}
		return found == CURRENT ? Optional.empty()
				: Optional.of("it was written with index layout " + found + ", this version uses " + CURRENT);
	}

	/** Records that the indexes under {@code root} have the current layout. */
	static void record(Path root) {
		try {
			Files.createDirectories(root);
			Files.writeString(root.resolve(FILE_NAME), CURRENT + "\n", StandardCharsets.US_ASCII);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot write the index layout version under " + root, e);
		}
	}

	private static boolean holdsAnIndex(Path root) {
		if (!Files.isDirectory(root)) {
			return false;
		}
		try (Stream<Path> children = Files.list(root)) {
			return children.anyMatch(Files::isDirectory);
		}
		catch (IOException e) {
			return true; // unreadable: treat as an index, so the check says what is wrong
		}
	}

}
