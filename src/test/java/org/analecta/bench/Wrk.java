package org.analecta.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP throughput with wrk (Debian's package): loopback only, a bounded duration, a Lua
 * script that cycles through a list of paths so the server sees many different pages, not
 * one cached one.
 */
final class Wrk {

	static final Path BINARY = Path.of("/usr/bin/wrk");

	private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");

	private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|90|99)%\\s+([0-9.]+)(us|ms|s)\\s*$",
			Pattern.MULTILINE);

	private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");

	private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");

	record Outcome(double requestsPerSecond, double p50Ms, double p90Ms, double p99Ms, long requests, long non2xx,
			String output) {
	}

	private Wrk() {
	}

	static boolean available() {
		return Files.isExecutable(BINARY);
	}

	static Outcome run(int port, List<String> paths, int connections, int seconds, Path workDir)
			throws IOException, InterruptedException {
		Files.createDirectories(workDir);
		Path script = Files.createTempFile(workDir, "paths", ".lua");
		StringBuilder lua = new StringBuilder("paths = {\n");
		for (String p : paths) {
			lua.append("  \"").append(p.replace("\\", "\\\\").replace("\"", "\\\"")).append("\",\n");
		}
		lua.append("}\ncounter = 0\n");
		lua.append("request = function()\n  counter = counter + 1\n")
			.append("  return wrk.format(\"GET\", paths[(counter % #paths) + 1])\nend\n");
		Files.writeString(script, lua);
		List<String> command = new ArrayList<>(
				List.of(BINARY.toString(), "-t2", "-c" + connections, "-d" + seconds + "s", "--timeout", "10s",
						"--latency", "-s", script.toString(), "http://127.0.0.1:" + port + "/"));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output;
		try (var in = process.getInputStream()) {
			output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		if (!process.waitFor(seconds + 30L, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
		Files.deleteIfExists(script);
		double rps = find(RPS, output);
		double p50 = Double.NaN, p90 = Double.NaN, p99 = Double.NaN;
		Matcher m = PERCENTILE.matcher(output);
		while (m.find()) {
			double v = Double.parseDouble(m.group(2)) * switch (m.group(3)) {
				case "us" -> 0.001;
				case "s" -> 1000.0;
				default -> 1.0;
			};
			switch (m.group(1)) {
				case "50" -> p50 = v;
				case "90" -> p90 = v;
				default -> p99 = v;
			}
		}
		Matcher non2xx = NON_2XX.matcher(output);
		Matcher requests = REQUESTS.matcher(output);
		return new Outcome(rps, p50, p90, p99, requests.find() ? Long.parseLong(requests.group(1)) : 0,
				non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0, output);
	}

	private static double find(Pattern p, String text) {
		Matcher m = p.matcher(text);
		return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
	}

}
