package org.analecta.parser;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar analecta.jar parse FILE...}: parses each file without a database and
 * prints one JSON object per line. A file that fails prints {@code {"file": ..., "error":
 * ...}} and the others still print; the exit status is 1 when any failed. This is also
 * how an admin previews a report before uploading it.
 */
public final class ParseCommand {

	private final ReportParser parser;

	private final JsonMapper json = JsonMapper.builder().build();

	public ParseCommand(ReportParser parser) {
		this.parser = parser;
	}

	/** Runs the command; returns the process exit status. */
	public static int main(List<String> args, PrintStream out, PrintStream err) {
		if (args.isEmpty() || args.contains("-h") || args.contains("--help")) {
			err.println("Usage: java -jar analecta.jar parse FILE...");
			err.println("Parses each report (saved HTML page or plain text) and prints one JSON object per line.");
			return args.isEmpty() ? 2 : 0;
		}
		return new ParseCommand(new ReportParser()).run(args, out);
	}

	int run(List<String> files, PrintStream out) {
		boolean failed = false;
		for (String file : files) {
			Object line;
			try {
				line = ParsedReportJson.of(file, parser.parse(read(Path.of(file)), file));
			}
			catch (ParseException e) {
				line = ParsedReportJson.error(file, e.getMessage());
				failed = true;
			}
			catch (NoSuchFileException e) {
				line = ParsedReportJson.error(file, "No such file");
				failed = true;
			}
			catch (IOException e) {
				line = ParsedReportJson.error(file, "The file cannot be read: " + e.getMessage());
				failed = true;
			}
			out.println(json.writeValueAsString(line));
			out.flush();
		}
		return failed ? 1 : 0;
	}

	/**
	 * The file's bytes; a file too large is refused from its size, without reading it.
	 */
	static byte[] read(Path path) throws IOException, ParseException {
		if (Files.isDirectory(path)) {
			throw new IOException("this is a directory, not a report file");
		}
		if (Files.size(path) > ReportParser.MAX_BYTES) {
			throw new ParseException(ParseException.Reason.TOO_LARGE, "The file is larger than "
					+ ReportParser.MAX_BYTES / (1024 * 1024) + " MB; reports that large are refused");
		}
		return Files.readAllBytes(path);
	}

}
