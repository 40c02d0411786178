package org.analecta;

import java.util.Arrays;
import java.util.List;

import org.analecta.bulkload.ImportCommand;
import org.analecta.parser.ParseSpeedCommand;
import org.analecta.parser.ParseCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class AnalectaApplication {

	public static void main(String[] args) {
		// Command-line tools: parse and bench-parse run before Spring (no database, no
		// web
		// server, no log noise); import starts the application without its web server.
		if (args.length > 0) {
			List<String> rest = Arrays.asList(args).subList(1, args.length);
			switch (args[0]) {
				case "parse" -> System.exit(ParseCommand.main(rest, System.out, System.err));
				case "bench-parse" -> System.exit(ParseSpeedCommand.main(rest, System.out, System.err));
				case "import" ->
					System.exit(ImportCommand.main(AnalectaApplication.class, rest, System.out, System.err));
				default -> {
				}
			}
		}
		SpringApplication.run(AnalectaApplication.class, args);
	}

}
