package org.analecta.bulkload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The files an import reads: each file named, and in each directory named, every report
 * file below it (HTML or plain text by its extension; hidden files and other files, such
 * as a manifest, are passed over), in name order so that two runs see the same sequence.
 */
final class ImportFiles {

	private static final List<String> REPORT_EXTENSIONS = List.of(".html", ".htm", ".xhtml", ".txt", ".text");

	private ImportFiles() {
	}

	static List<Path> list(List<Path> roots) throws NoSuchFileException {
		List<Path> files = new ArrayList<>();
		for (Path root : roots) {
			if (Files.isDirectory(root)) {
				try (Stream<Path> walk = Files.walk(root)) {
					walk.filter(Files::isRegularFile).filter(ImportFiles::isReportFile).sorted().forEach(files::add);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
			else if (Files.exists(root)) {
				files.add(root);
			}
			else {
				throw new NoSuchFileException(root.toString());
			}
		}
		return files;
	}

	static boolean isReportFile(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return !name.startsWith(".") && REPORT_EXTENSIONS.stream().anyMatch(name::endsWith);
	}

}
