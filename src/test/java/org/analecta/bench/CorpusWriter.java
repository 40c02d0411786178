package org.analecta.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams a corpus to a directory, one report in memory at a time, with a manifest of
 * what each file was meant to contain. A corpus directory belongs to one seed and grows:
 * asking for 10k where 1k exists writes only reports 1000..9999, since report i does not
 * depend on N.
 */
final class CorpusWriter {

	static final String MANIFEST = "manifest.tsv";

	/**
	 * Written last, after the manifest line of the final report: the count that is
	 * complete.
	 */
	private static final String COMPLETE = "complete.count";

	private final CorpusGenerator generator;

	private final Path directory;

	CorpusWriter(CorpusGenerator generator, Path directory) {
		this.generator = generator;
		this.directory = directory;
	}

	/** Makes sure reports 0..n-1 exist; returns how many were written now. */
	int ensure(int n) throws IOException {
		Files.createDirectories(directory);
		int have = complete();
		if (have >= n) {
			return 0;
		}
		List<String> manifest = have == 0 ? List.of() : Files.readAllLines(directory.resolve(MANIFEST));
		try (BufferedWriter out = Files.newBufferedWriter(directory.resolve(MANIFEST), StandardCharsets.UTF_8)) {
			if (have == 0) {
				out.write(ManifestEntry.HEADER);
				out.newLine();
			}
			else {
				// Rewrite the lines we trust: a run killed mid-way may have left a
				// partial tail.
				for (String line : manifest.subList(0, have + 1)) {
					out.write(line);
					out.newLine();
				}
			}
			for (int i = have; i < n; i++) {
				SyntheticReport report = generator.report(i);
				byte[] bytes = generator.render(report).getBytes(StandardCharsets.UTF_8);
				Path file = directory.resolve(report.relativePath());
				Files.createDirectories(file.getParent());
				Files.write(file, bytes);
				out.write(ManifestEntry.of(report, bytes.length).line());
				out.newLine();
			}
		}
		Files.writeString(directory.resolve(COMPLETE), Integer.toString(n));
		return n - have;
	}

	int complete() throws IOException {
		Path marker = directory.resolve(COMPLETE);
		return Files.exists(marker) ? Integer.parseInt(Files.readString(marker).strip()) : 0;
	}

	/** The first n entries of the manifest, in order. */
	List<ManifestEntry> entries(int n) throws IOException {
		List<ManifestEntry> entries = new ArrayList<>(n);
		try (var lines = Files.lines(directory.resolve(MANIFEST))) {
			lines.skip(1).limit(n).forEach(line -> entries.add(ManifestEntry.parse(line)));
		}
		return entries;
	}

	Path file(ManifestEntry entry) {
		return directory.resolve(entry.path());
	}

	byte[] read(ManifestEntry entry) {
		try {
			return Files.readAllBytes(file(entry));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** One manifest line: where a report is and what it holds. */
	record ManifestEntry(int index, String path, String format, String date, String series, int number,
			String countries, int sections, int footnotes, int quotes, int bytes) {

		static final String HEADER = "index\tpath\tformat\tdate\tseries\tnumber\tcountries\tsections\tfootnotes\tquotes\tbytes";

		static ManifestEntry of(SyntheticReport r, int bytes) {
			return new ManifestEntry(r.index(), r.relativePath(), r.format().name(), r.date().toString(), r.series(),
					r.number(), String.join("|", r.countries()), r.sections().size(), r.footnotes().size(),
					r.quotes().size(), bytes);
		}

		String line() {
			return String.join("\t", Integer.toString(index), path, format, date, series, Integer.toString(number),
					countries, Integer.toString(sections), Integer.toString(footnotes), Integer.toString(quotes),
					Integer.toString(bytes));
		}

		static ManifestEntry parse(String line) {
			String[] f = line.split("\t", -1);
			return new ManifestEntry(Integer.parseInt(f[0]), f[1], f[2], f[3], f[4], Integer.parseInt(f[5]), f[6],
					Integer.parseInt(f[7]), Integer.parseInt(f[8]), Integer.parseInt(f[9]), Integer.parseInt(f[10]));
		}

		String fileName() {
			return path.substring(path.lastIndexOf('/') + 1);
		}
	}

}
