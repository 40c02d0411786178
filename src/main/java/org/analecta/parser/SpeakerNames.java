package org.analecta.parser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Speaker name handling shared by the parser and the archive: titles split off into
 * roles, and a folding under which transliteration variants of one name are equal.
 * Variants the folding cannot see (Rohani / Rouhani, Qaddafi / Gaddafi) come from an
 * alias table, by default {@code speaker-aliases.txt} next to this class; the archive
 * adds its own lines with {@link #withAliases(Collection)}. Immutable and thread-safe;
 * every lookup is a few hash probes per word.
 */
public final class SpeakerNames {

	static final String DEFAULT_ALIASES = "speaker-aliases.txt";

	private final List<String> aliasLines;

	private final AliasTable aliases;

	/** Names with the bundled alias table. */
	public SpeakerNames() {
		this(readBundledAliases());
	}

	private SpeakerNames(List<String> aliasLines) {
		this.aliasLines = List.copyOf(aliasLines);
		this.aliases = AliasTable.compile(this.aliasLines);
	}

	/**
	 * A copy that also knows these alias lines ({@code canonical | variant | variant},
	 * {@code #} comments). Earlier lines win when two lines claim the same variant.
	 * @throws IllegalArgumentException when a line has no canonical name
	 */
	public SpeakerNames withAliases(Collection<String> extraLines) {
		// Compiled alone first so that an error names the line number within the caller's
		// lines.
		AliasTable.compile(List.copyOf(extraLines));
		List<String> lines = new ArrayList<>(aliasLines);
		lines.addAll(extraLines);
		return new SpeakerNames(lines);
	}

	/**
	 * The key under which two spellings of one name are equal: "Hassan Rouhani", "hassan
	 * rohani" and "Hasan Rowhani" fold alike, as do "Nouri al-Maliki" and "Nouri Maliki",
	 * "Nasr Allah" and "Nasrallah". Titles are not removed here (see
	 * {@link #split(String)}).
	 */
	public String fold(String name) {
		return String.join("", foldedWords(name));
	}

	/** The folded words of a name, aliases applied; the last one is the surname. */
	List<String> foldedWords(String name) {
		return aliases.apply(NameFolding.words(name));
	}

	/**
	 * Separates the titles and role words before a name from the name: "President Hassan
	 * Rohani" → ("Hassan Rohani", "President"); "Iranian Army chief of staff Hassan
	 * Firouzabadi" → ("Hassan Firouzabadi", "Iranian Army chief of staff"). Name or role
	 * is null when absent.
	 */
	public SplitName split(String asWritten) {
		return TitleSplitter.split(asWritten);
	}

	/**
	 * Whether two names can denote the same person: equal when folded, or the shorter is
	 * the end of the longer ("Rohani" and "Hassan Rouhani", "Amir Abdollahian" and
	 * "Hossein Amir-Abdollahian"). Titles are split off first. Different given names
	 * never match, and in a lineage name the lone word is the person's own name ("Turki"
	 * is Turki bin Faisal, never Faisal bin Turki).
	 */
	public boolean sameSpeaker(String a, String b) {
		List<String> left = foldedWords(nameOf(a));
		List<String> right = foldedWords(nameOf(b));
		if (left.isEmpty() || right.isEmpty()) {
			return false;
		}
		List<String> shorterWords = left.size() <= right.size() ? left : right;
		String shorter = String.join("", shorterWords);
		List<String> longer = left.size() <= right.size() ? right : left;
		int lineage = lineageParticle(longer);
		if (lineage > 0 && shorterWords.size() == 1 && lineageParticle(shorterWords) < 0
				&& longer.getFirst().equals(shorter)) {
			return true; // "Turki" for "Turki bin Faisal": his own name, not his father's
		}
		StringBuilder suffix = new StringBuilder();
		int i = longer.size() - 1;
		for (; i >= 0 && suffix.length() < shorter.length(); i--) {
			suffix.insert(0, longer.get(i));
		}
		// "Faisal bin Turki" is Turki's son, not Turki: a match may not start at a
		// father's name,
		// though "bin Turki" with its particle may.
		return suffix.toString().equals(shorter) && !(i >= 0 && LINEAGE.contains(longer.get(i)));
	}

	/**
	 * Words that join a person's own name to a father's: "Faisal bin Turki", "Ahmad ibn
	 * Hanbal".
	 */
	static final Set<String> LINEAGE = Set.of("bin", "ibn", "bint");

	/** Index of the first lineage particle after the first word, or -1. */
	static int lineageParticle(List<String> folded) {
		for (int i = 1; i < folded.size() - 1; i++) {
			if (LINEAGE.contains(folded.get(i))) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * The alias table's canonical spelling for a full name it lists ("Hassan Rouhani" →
	 * "Hassan Rohani"), otherwise the name as given (stripped).
	 */
	public String canonical(String name) {
		if (name == null) {
			return null;
		}
		String known = aliases.canonicalName(NameFolding.words(name));
		return known != null ? known : name.strip();
	}

	/**
	 * The full name the alias table gives for a bare surname ("Obama" → "Barack Obama"),
	 * or null when it lists no one or several people with that surname.
	 */
	String fullNameForSurname(String surname) {
		List<String> words = NameFolding.words(surname);
		if (words.size() != 1) {
			return null;
		}
		return aliases.fullNameForSurname(words.getFirst());
	}

	private String nameOf(String asWritten) {
		int space = asWritten.indexOf(' ');
		if (space > 0 && LINEAGE.contains(asWritten.substring(0, space))) {
			return asWritten; // "bin Laden": the particle opens a name, it is no title
		}
		SplitName split = split(asWritten);
		return split.name() != null ? split.name() : asWritten;
	}

	private static List<String> readBundledAliases() {
		try (InputStream in = SpeakerNames.class.getResourceAsStream(DEFAULT_ALIASES)) {
			if (in == null) {
				throw new IllegalStateException("The bundled alias table " + DEFAULT_ALIASES + " is missing");
			}
			return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the bundled alias table " + DEFAULT_ALIASES, ex);
		}
	}

	/**
	 * A person as written, split: the name without titles, and the role or titles before
	 * it.
	 */
	public record SplitName(String name, String role) {
	}

}
