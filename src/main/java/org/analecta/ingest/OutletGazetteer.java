package org.analecta.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Outlet names known by heart: a bundled list of news agencies, dailies, websites and channels
 * that reports quote, plus the outlets a report's own footnotes name. Lookup is by folded name;
 * the display form is the footnote's spelling when there is one, else the first listed.
 */
final class OutletGazetteer {

	static final List<String> BUNDLED = readBundled();

	private final SpeakerNames names;

	private final Map<String, String> display = new HashMap<>();

	/** Lower-case first words of the known outlets: a cheap test before folding a candidate. */
	private final java.util.Set<String> firstWords = new java.util.HashSet<>();

	OutletGazetteer(SpeakerNames names, Collection<String> reportOutlets) {
		this.names = names;
		for (String outlet : reportOutlets) {
			if (outlet != null && !outlet.isBlank()) {
				display.putIfAbsent(names.fold(outlet), outlet.strip());
			}
		}
		for (String outlet : BUNDLED) {
			display.putIfAbsent(names.fold(outlet), outlet);
		}
		display.remove("");
		for (String outlet : display.values()) {
			List<Tokens.Token> words = Tokens.of(outlet);
			if (!words.isEmpty()) {
				firstWords.add(words.getFirst().key());
			}
		}
	}

	boolean mayStartWith(String key) {
		return firstWords.contains(key);
	}

	boolean contains(String name) {
		return display.containsKey(names.fold(name));
	}

	/** The outlet's display name: "Asr-e Iran" for "Asr-e Iran's", the footnotes' spelling first. */
	String canonical(String name) {
		return display.getOrDefault(names.fold(name), name.strip());
	}

	private static List<String> readBundled() {
		try (InputStream in = OutletGazetteer.class.getResourceAsStream("known-outlets.txt")) {
			if (in == null) {
				throw new IllegalStateException("The bundled outlet list known-outlets.txt is missing");
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
