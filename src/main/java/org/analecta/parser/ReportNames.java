package org.analecta.parser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.analecta.parser.NameVocabulary.Gender;
import org.analecta.parser.ParsedReport.SpeakerKind;

/**
 * One canonical name per person within a report. A first pass over all the report's text
 * collects every person named in full ("Hassan Rohani", "Iranian Army chief of staff
 * Hassan Firouzabadi"); a later bare "Rohani" or "Firuzabadi" then takes the full name
 * (matched by folded surname, so spelling variants meet). A surname the report never
 * gives in full takes the alias table's full name ("Obama" → "Barack Obama"), or stays as
 * written.
 */
final class ReportNames {

	private final SpeakerNames names;

	private final OutletGazetteer outlets;

	/** Folded full name → first spelling in the report. */
	private final Map<String, String> fullNames = new LinkedHashMap<>();

	/** Folded first word → the full names opening with it, in order of appearance. */
	private final Map<String, List<String>> byGivenName = new HashMap<>();

	/** Folded surname → the full names ending in it, in order of appearance. */
	private final Map<String, List<String>> bySurname = new HashMap<>();

	/**
	 * The folded words of a hyphenated family name ending a full name ("emami kashani"
	 * for "Mohammad Emami-Kashani"), which the text may use alone.
	 */
	private final Set<String> hyphenatedSurnames = new HashSet<>();

	private final Map<String, String> firstRoles = new HashMap<>();

	private final Map<String, Gender> genders = new HashMap<>();

	ReportNames(SpeakerNames names, OutletGazetteer outlets) {
		this.names = names;
		this.outlets = outlets;
	}

	/**
	 * Pre-pass: remembers a person named with at least two name words, and what the role
	 * says of them.
	 */
	void learn(Mention mention) {
		if (mention.kind() != SpeakerKind.PERSON) {
			return;
		}
		List<String> words = names.foldedWords(mention.name());
		if (words.size() >= 2) {
			String key = String.join("", words);
			if (fullNames.putIfAbsent(key, mention.name()) == null) {
				// "Mohammed bin Salman" alone is "Mohammed"; "Salman" is his father. "Ban
				// Ki-moon" alone is "Ban": a Korean given name written with a hyphen
				// follows the family name.
				int lineage = SpeakerNames.lineageParticle(words);
				String alone = lineage > 0 || koreanOrder(mention.name()) || chineseOrder(words) ? words.getFirst()
						: words.getLast();
				bySurname.computeIfAbsent(alone, k -> new ArrayList<>()).add(mention.name());
				if (lineage > 0 && lineage + 2 < words.size()) {
					// "Khalid bin Mohammad Al-Attiyah": a family name after the father's
					// name is how the text calls him too ("Al-Attiyah: ...").
					bySurname.computeIfAbsent(words.getLast(), k -> new ArrayList<>()).add(mention.name());
				}
				byGivenName.computeIfAbsent(words.getFirst(), k -> new ArrayList<>()).add(mention.name());
				learnEarlierNisbas(mention.name());
				String last = mention.name().substring(mention.name().lastIndexOf(' ') + 1);
				List<String> lastWords = last.indexOf('-') > 0 ? names.foldedWords(last) : List.of();
				if (lastWords.size() > 1 && lastWords.size() < words.size()
						&& (mention.role() != null || NameVocabulary.hasKnownGivenName(mention.name()))) {
					// Only someone plainly a person: "Super Glass-Steagall" is a bill.
					hyphenatedSurnames.add(String.join(" ", lastWords));
				}
			}
		}
		String canonical = resolve(mention.name());
		if (mention.role() != null
				&& (!firstRoles.containsKey(canonical) || NameVocabulary.courtesyOnly(firstRoles.get(canonical))
						&& !NameVocabulary.courtesyOnly(mention.role()))) {
			// "Mr. Lake" first, "Lake, a senior fellow" later: what he does outranks
			// how he is addressed
			firstRoles.put(canonical, mention.role());
		}
		Gender gender = NameVocabulary.genderOfRole(mention.role(), canonical);
		if (gender == Gender.UNKNOWN) {
			gender = NameVocabulary.genderOfPersonsName(canonical);
		}
		if (gender != Gender.UNKNOWN) {
			genders.putIfAbsent(canonical, gender);
		}
	}

	/**
	 * "Abu Muhammad al-Adnani al-Shami" is "Adnani" too: in an Arabic name of three words
	 * or more, each name with its article before the last one is a name the text may call
	 * the person by alone.
	 */
	private void learnEarlierNisbas(String name) {
		String[] written = name.split(" ");
		for (int i = 1; i < written.length - 1; i++) {
			if (NameVocabulary.stripArticle(written[i]).equals(written[i])) {
				continue;
			}
			List<String> folded = names.foldedWords(written[i]);
			if (folded.size() == 1) {
				List<String> people = bySurname.computeIfAbsent(folded.getFirst(), k -> new ArrayList<>());
				if (!people.contains(name)) {
					people.add(name);
				}
			}
		}
	}

	/**
	 * Whether a name of two words opens with a Chinese family name ("Zhang Jun", "Wang
	 * Wenbin"), which the text calls the person by alone ("Zhang said").
	 */
	private static boolean chineseOrder(List<String> folded) {
		return folded.size() == 2 && CHINESE_FAMILY_NAMES.contains(folded.getFirst());
	}

	/**
	 * Common Chinese family names in pinyin that are no English word, so that a name they
	 * open is read family name first.
	 */
	private static final Set<String> CHINESE_FAMILY_NAMES = Set.of("zhang", "wang", "liu", "chen", "yang", "huang",
			"zhao", "zhou", "xu", "sun", "zhu", "guo", "luo", "zheng", "liang", "xie", "tang", "feng", "deng", "cao",
			"peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang", "cheng", "wei", "shen", "yao", "qin",
			"xi", "hua", "geng", "zhai", "qian", "hou", "shao", "meng", "duan", "lei", "qiao", "yin", "xiong", "gu",
			"hao", "wu", "li", "lin", "zhong", "ye", "fu", "mao", "jin", "gao", "lu", "ma", "hu");

	/**
	 * Whether a name of two words ends in a given name written Korean style, two
	 * syllables joined by a hyphen, the second in lower case ("Ban Ki-moon", "Moon
	 * Jae-in").
	 */
	private static boolean koreanOrder(String name) {
		int space = name.indexOf(' ');
		if (space < 0 || name.indexOf(' ', space + 1) >= 0) {
			return false;
		}
		int hyphen = name.indexOf('-', space);
		return hyphen > space + 2 && hyphen + 2 < name.length() && Character.isLowerCase(name.charAt(hyphen + 1))
				&& name.substring(hyphen + 1).chars().allMatch(Character::isLowerCase);
	}

	/**
	 * The longest run of a name's first words that names a person this report (or the
	 * alias table) knows: a full name it knows, or a surname it knows alone or ending the
	 * whole name of up to three words; null if none does.
	 */
	String knownPrefix(String name) {
		String[] words = name.split(" ");
		for (int length = words.length; length >= 1; length--) {
			String prefix = String.join(" ", Arrays.copyOf(words, length));
			List<String> folded = names.foldedWords(prefix);
			boolean whole = length == words.length;
			if (folded.size() >= 2 && fullNames.containsKey(String.join("", folded))
					|| (length == 1 || whole && length <= 3) && knownSurname(words[length - 1])) {
				return prefix;
			}
		}
		return null;
	}

	private final Map<String, Boolean> surnameChecks = new HashMap<>();

	/**
	 * Whether a lone word is the surname of someone this report or the alias table names
	 * in full.
	 */
	boolean knownSurname(String word) {
		Boolean known = surnameChecks.get(word);
		if (known == null) {
			known = checkSurname(word);
			if (surnameChecks.size() < 10_000) {
				surnameChecks.put(word, known);
			}
		}
		return known;
	}

	private boolean checkSurname(String word) {
		List<String> folded = names.foldedWords(word);
		if (folded.size() > 1 && word.indexOf('-') > 0) {
			return hyphenatedSurnames.contains(String.join(" ", folded)); // "Emami-Kashani"
		}
		return folded.size() == 1
				&& (bySurname.containsKey(folded.getFirst()) || names.fullNameForSurname(word) != null);
	}

	private final Map<String, String> resolved = new HashMap<>();

	/** Titles before which a lone word is a given name: "Prince Saud", "Sheikh Tamim". */
	private static final Set<String> GIVEN_NAME_TITLES = Set.of("prince", "princess", "king", "queen", "emir", "sheikh",
			"sheikha", "sultan", "sayyid", "sayyed", "sayed", "sir", "dame");

	/**
	 * As {@link #person(String)}, for a lone word after a royal title: the one full name
	 * the report gives that opens with it ("Prince Saud" after "Saud al-Faisal"), since
	 * royals are called by their given name.
	 */
	String person(String name, String role) {
		if (role != null && name.indexOf(' ') < 0) {
			// The title's last word: "Crown Prince" is a prince.
			String title = role.strip().toLowerCase(Locale.ROOT);
			int space = title.lastIndexOf(' ');
			if (GIVEN_NAME_TITLES.contains(title.substring(space + 1))) {
				List<String> folded = names.foldedWords(name);
				List<String> full = folded.size() == 1 ? byGivenName.get(folded.getFirst()) : null;
				// Each full name is listed once (learn), so one entry is one person.
				if (full != null && full.size() == 1) {
					return full.getFirst();
				}
				String opening = folded.size() == 2 ? fullNameOpeningWith(folded) : null;
				if (opening != null) {
					return opening; // "Sayyid Abdul-Malik": a given name of two words
				}
			}
		}
		return person(name);
	}

	/**
	 * The one full name the report gives whose folded words open with these ("Abdul-Malik
	 * Badr al-Din al-Houthi" for abdul, malik), or null.
	 */
	private String fullNameOpeningWith(List<String> folded) {
		String match = null;
		for (String full : byGivenName.getOrDefault(folded.getFirst(), List.of())) {
			List<String> words = names.foldedWords(full);
			if (words.size() > folded.size() && words.subList(0, folded.size()).equals(folded)) {
				if (match != null && !match.equals(full)) {
					return null;
				}
				match = full;
			}
		}
		return match;
	}

	/** The report's canonical name for a person as named (without titles). */
	String person(String name) {
		String known = resolved.get(name);
		if (known == null) {
			known = resolve(name);
			if (resolved.size() < 10_000) {
				resolved.put(name, known);
			}
		}
		return known;
	}

	private String resolve(String name) {
		List<String> words = names.foldedWords(name);
		if (words.isEmpty()) {
			return name;
		}
		String known = fullNames.get(String.join("", words));
		if (known != null) {
			String longer = words.size() >= 2 && fullNames.size() <= 2_000 ? longerEndingIn(words) : null;
			return longer != null ? longer : known;
		}
		if (words.size() == 1) {
			List<String> candidates = bySurname.get(words.getFirst());
			if (candidates != null) {
				return candidates.getFirst();
			}
			String aliasFull = names.fullNameForSurname(name);
			if (aliasFull != null) {
				String inReport = fullNames.get(names.fold(aliasFull));
				return inReport != null ? inReport : aliasFull;
			}
			String byFirst = fullNames.size() <= 2_000 ? onlyFullNameOpenedBy(words.getFirst()) : null;
			return byFirst != null ? byFirst : name;
		}
		// "Amir Abdollahian" after "Hossein Amir-Abdollahian": the longer full name that
		// ends like it.
		if (fullNames.size() > 2_000) {
			return name; // not a report but a list of names: no partial matching
		}
		String match = null;
		for (String full : fullNames.values()) {
			if (full.length() > name.length() && names.sameSpeaker(name, full)) {
				if (match != null) {
					return name;
				}
				match = full;
			}
		}
		return match != null ? match : name;
	}

	/**
	 * The one full name of the report that opens with this word, a known given name or
	 * one after a name's prefix ("Md", "Mirza"), which the report then uses alone ("Jane
	 * said" after "Jane Sanders"); null when none or several do, or when the word is no
	 * known given name ("Trump" is not the "Trump Train" of a headline).
	 */
	private String onlyFullNameOpenedBy(String word) {
		boolean given = NameVocabulary.isGivenNameKey(word);
		String match = null;
		for (String full : fullNames.values()) {
			List<String> fullWords = names.foldedWords(full);
			int first = 0;
			while (first < fullWords.size() - 2 && NAME_PREFIXES.contains(fullWords.get(first))) {
				first++;
			}
			// "Shahriar" after "Md Shahriar Alam", "Fakhrul" after "Mirza Fakhrul Islam
			// Alamgir": behind such a prefix the next word is a given name, known or not
			if (fullWords.size() - first >= 2 && fullWords.get(first).equals(word) && (given || first > 0)) {
				if (match != null && !match.equals(full)) {
					return null;
				}
				match = full;
			}
		}
		return match;
	}

	/**
	 * Words that open a South Asian Muslim name before the given name the prose then uses
	 * alone: "Md Shahriar Alam", "Mirza Fakhrul Islam Alamgir".
	 */
	private static final Set<String> NAME_PREFIXES = Set.of("md", "mohd", "mirza", "syed");

	/** Words that open an Arabic name's family part: "Abu Zuhri", "bin Laden". */
	private static final Set<String> NAME_PARTICLE_OPENERS = Set.of("abu", "al", "el", "bin", "ibn", "abd", "umm");

	/**
	 * The one longer full name of the report whose last words are these, when its first
	 * word is a known given name or these open with a particle of Arabic names: "Abu
	 * Zuhri" after "Sami Abu Zuhri", "Bin Laden" after "Osama bin Laden" (not "Rival
	 * Hillary Clinton", a headline read as a name); null when none or several.
	 */
	private String longerEndingIn(List<String> words) {
		String match = null;
		for (String full : fullNames.values()) {
			List<String> fullWords = names.foldedWords(full);
			if (fullWords.size() > words.size()
					&& (NameVocabulary.hasKnownGivenName(full) || NAME_PARTICLE_OPENERS.contains(words.getFirst()))
					&& fullWords.subList(fullWords.size() - words.size(), fullWords.size()).equals(words)) {
				if (match != null && !match.equals(full)) {
					return null;
				}
				match = full;
			}
		}
		return match;
	}

	String outlet(String name) {
		return outlets.canonical(name);
	}

	boolean knownOutlet(String name) {
		return outlets.contains(name);
	}

	/** A role's words before the phrase that qualifies it: "leader" of "leader of …". */
	private static final Pattern ROLE_PHRASE = Pattern.compile("(.+?) (?:of|at|for|in|to|from|with) .*");

	/**
	 * The first person the report names whose first role ends in the given noun
	 * ("columnist" → Khalaf Al-Harbi, "liberal Saudi columnist"); null if none, or if
	 * several are.
	 */
	String describedAs(String noun) {
		String found = null;
		for (Map.Entry<String, String> role : firstRoles.entrySet()) {
			String words = role.getValue().toLowerCase(Locale.ROOT).strip();
			Matcher phrase = ROLE_PHRASE.matcher(words);
			if (phrase.lookingAt()) {
				words = phrase.group(1); // "leader of the dissolved militia …": a leader
			}
			if (words.equals(noun) || words.endsWith(" " + noun)) {
				if (found != null && !found.equals(role.getKey())) {
					return null;
				}
				found = role.getKey();
			}
		}
		return found;
	}

	String firstRole(String canonical) {
		return firstRoles.get(canonical);
	}

	Gender gender(String canonical) {
		return genders.getOrDefault(canonical, Gender.UNKNOWN);
	}

}
