package org.analecta.parser;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.stream.Collectors;

/**
 * Outlet names known by heart: a bundled list of news agencies, dailies, websites and
 * channels that reports quote, plus the outlets a report's own footnotes name. Lookup is
 * by folded name; the display form is the footnote's spelling when there is one, else the
 * first listed.
 */
final class OutletGazetteer {

	static final List<String> BUNDLED = WordList.lines("known-outlets.txt");

	/** The bundled outlets folded without an alias table (see {@link #isBundled}). */
	private static final Set<String> BUNDLED_FOLDS = BUNDLED.stream()
		.map(OutletGazetteer::foldWithoutAliases)
		.collect(Collectors.toUnmodifiableSet());

	/**
	 * Whether a name is a bundled outlet's, however capitalised, hyphenated or accented:
	 * for the header, read before any report's alias table applies ("London - Asharq
	 * Al-Awsat").
	 */
	static boolean isBundled(String name) {
		return BUNDLED_FOLDS.contains(foldWithoutAliases(name));
	}

	private static String foldWithoutAliases(String name) {
		return String.join("", NameFolding.words(name));
	}

	/**
	 * The bundled outlets folded, per alias table: the same for every report, and folding
	 * them anew for each report would cost a visible share of parse time. SpeakerNames is
	 * immutable and compared by identity; an archive's tables come and go, hence weak
	 * keys.
	 */
	private static final Map<SpeakerNames, Folded> FOLDED = Collections.synchronizedMap(new WeakHashMap<>());

	/**
	 * Bundled outlets by folded name (the first listed of equal folds), and each one's
	 * first-word key.
	 */
	private record Folded(Map<String, String> display, Map<String, String> firstWords) {
	}

	private final SpeakerNames names;

	private final Map<String, String> display = new HashMap<>();

	/**
	 * Lower-case first words of the known outlets: a cheap test before folding a
	 * candidate.
	 */
	private final Set<String> firstWords = new HashSet<>();

	/** The folded names of the outlets the report's own footnotes name. */
	private final Set<String> reportFolds = new HashSet<>();

	OutletGazetteer(SpeakerNames names, Collection<String> reportOutlets) {
		this.names = names;
		for (String outlet : reportOutlets) {
			if (outlet != null && !outlet.isBlank()) {
				display.putIfAbsent(names.fold(outlet), outlet.strip());
				reportFolds.add(names.fold(outlet));
			}
		}
		Folded bundled = FOLDED.computeIfAbsent(names, OutletGazetteer::fold);
		bundled.display().forEach(display::putIfAbsent);
		display.remove("");
		for (String outlet : display.values()) {
			String first = bundled.firstWords().containsKey(outlet) ? bundled.firstWords().get(outlet)
					: firstWordKey(outlet);
			if (first != null) {
				firstWords.add(first);
			}
		}
	}

	private static Folded fold(SpeakerNames names) {
		Map<String, String> display = new LinkedHashMap<>();
		for (String outlet : BUNDLED) {
			display.putIfAbsent(names.fold(outlet), outlet);
		}
		Map<String, String> firstWords = new HashMap<>();
		for (String outlet : display.values()) {
			firstWords.put(outlet, firstWordKey(outlet));
		}
		return new Folded(display, firstWords);
	}

	private static String firstWordKey(String outlet) {
		List<Tokens.Token> words = Tokens.of(outlet);
		return words.isEmpty() ? null : words.getFirst().key();
	}

	boolean mayStartWith(String key) {
		return firstWords.contains(key);
	}

	boolean contains(String name) {
		return display.containsKey(names.fold(name));
	}

	/**
	 * The outlet's display name: the footnotes' spelling when they name it, else the
	 * spelling the text uses ("Al Sharq", though the list has "Al-Sharq"), as a person's
	 * name is. The archive files both spellings under one speaker (its keys are folded).
	 */
	String canonical(String name) {
		String fold = names.fold(name);
		return reportFolds.contains(fold) ? display.get(fold) : name.strip();
	}

}
