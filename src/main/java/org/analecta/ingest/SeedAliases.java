package org.analecta.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The alias list shipped with the application (speaker-aliases.txt next to this class): groups of
 * spellings that name one person, the first being the canonical name. Read leniently — one group
 * per line, {@code Canonical: alias, alias} or {@code Canonical | alias | alias}, '#' comments —
 * so the file can be written by hand. Missing file: no groups, matching falls back on folding.
 */
final class SeedAliases {

	static final String RESOURCE = "speaker-aliases.txt";

	private static final Pattern HEAD = Pattern.compile("\\s*[:=]\\s*");

	private static final Pattern LIST = Pattern.compile("\\s*[|,;\\t]\\s*");

	private final Map<String, Group> byKey = new HashMap<>();

	/** One person: the canonical name first, then every spelling. */
	record Group(String canonicalName, List<String> spellings) {
	}

	SeedAliases(SpeakerNames names) {
		this(names, SeedAliases.class.getResourceAsStream(RESOURCE));
	}

	SeedAliases(SpeakerNames names, InputStream in) {
		if (in == null) {
			return;
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				Group group = parse(line);
				if (group != null) {
					for (String spelling : group.spellings()) {
						String key = names.fold(spelling);
						if (!key.isEmpty()) {
							byKey.putIfAbsent(key, group);
						}
					}
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the speaker alias list " + RESOURCE, e);
		}
	}

	static Group parse(String line) {
		int hash = line.indexOf('#');
		String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
		if (content.isEmpty()) {
			return null;
		}
		List<String> spellings = new ArrayList<>();
		String[] head = HEAD.split(content, 2);
		String rest = content;
		if (head.length == 2) {
			spellings.add(head[0].strip());
			rest = head[1];
		}
		for (String spelling : LIST.split(rest)) {
			if (!spelling.isBlank() && !spellings.contains(spelling.strip())) {
				spellings.add(spelling.strip());
			}
		}
		return spellings.isEmpty() || spellings.getFirst().isEmpty() ? null
				: new Group(spellings.getFirst(), List.copyOf(spellings));
	}

	/** The group a folded spelling belongs to, or null. */
	Group groupOf(String key) {
		return byKey.get(key);
	}

	int size() {
		return (int) byKey.values().stream().distinct().count();
	}

}
