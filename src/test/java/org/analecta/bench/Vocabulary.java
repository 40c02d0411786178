package org.analecta.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The fixed word material of the synthetic corpus. Built once from a constant seed, so
 * every run of every size draws from the same vocabulary and the same speaker pool: a
 * query made for 1k reports still means the same thing at 100k.
 */
final class Vocabulary {

	/** Shared by all corpora: the corpus seed chooses reports, never the vocabulary. */
	private static final long VOCABULARY_SEED = 0x5EED_A4A1_EC7AL;

	static final List<String> COUNTRIES = List.of("Iran", "Iraq", "Syria", "Saudi Arabia", "Egypt", "Lebanon", "Israel",
			"Turkey", "Qatar", "Yemen", "Palestinian Authority", "Jordan", "UAE", "Afghanistan", "Pakistan", "Russia",
			"China", "U.S.", "Libya", "Tunisia", "Algeria", "Morocco", "Kuwait", "Bahrain", "Oman", "Sudan", "Gaza");

	/**
	 * Weights of the countries above: Iran and the Arab world dominate, as in the real
	 * archive.
	 */
	static final int[] COUNTRY_WEIGHTS = { 30, 18, 16, 14, 12, 10, 9, 8, 6, 6, 6, 5, 5, 5, 4, 4, 3, 3, 3, 2, 2, 2, 2, 2,
			1, 1, 3 };

	static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July", "August",
			"September", "October", "November", "December");

	/**
	 * Outlet name and the country it is from, as footnotes print them:
	 * {@code Fars (Iran)}.
	 */
	record Outlet(String name, String country, String kind) {
	}

	static final List<Outlet> OUTLETS = List.of(new Outlet("Fars", "Iran", "news agency"),
			new Outlet("Tasnim", "Iran", "news agency"), new Outlet("Kayhan", "Iran", "daily"),
			new Outlet("Javan", "Iran", "daily"), new Outlet("Tabnak", "Iran", "website"),
			new Outlet("Asr-e Iran", "Iran", "website"), new Outlet("IRNA", "Iran", "news agency"),
			new Outlet("ISNA", "Iran", "news agency"), new Outlet("Mehr", "Iran", "news agency"),
			new Outlet("Resalat", "Iran", "daily"), new Outlet("Etemad", "Iran", "daily"),
			new Outlet("Shargh", "Iran", "daily"), new Outlet("Al-Ahram", "Egypt", "daily"),
			new Outlet("Al-Masri Al-Yawm", "Egypt", "daily"), new Outlet("Al-Youm Al-Sabi'", "Egypt", "website"),
			new Outlet("Al-Riyadh", "Saudi Arabia", "daily"), new Outlet("Okaz", "Saudi Arabia", "daily"),
			new Outlet("Al-Watan", "Saudi Arabia", "daily"), new Outlet("Al-Sharq Al-Awsat", "London", "daily"),
			new Outlet("Al-Hayat", "London", "daily"), new Outlet("Al-Quds Al-Arabi", "London", "daily"),
			new Outlet("Al-Akhbar", "Lebanon", "daily"), new Outlet("Al-Nahar", "Lebanon", "daily"),
			new Outlet("Al-Manar", "Lebanon", "TV"), new Outlet("Al-Mayadeen", "Lebanon", "TV"),
			new Outlet("Al-Jazeera", "Qatar", "TV"), new Outlet("Al-Raya", "Qatar", "daily"),
			new Outlet("Al-Sabah", "Iraq", "daily"), new Outlet("Al-Mada", "Iraq", "daily"),
			new Outlet("Al-Zaman", "Iraq", "daily"), new Outlet("Tishreen", "Syria", "daily"),
			new Outlet("Al-Thawra", "Syria", "daily"), new Outlet("SANA", "Syria", "news agency"),
			new Outlet("Al-Ra'i", "Jordan", "daily"), new Outlet("Al-Ghad", "Jordan", "daily"),
			new Outlet("Al-Ayyam", "Palestinian Authority", "daily"),
			new Outlet("Al-Hayat Al-Jadida", "Palestinian Authority", "daily"),
			new Outlet("Felesteen", "Gaza", "daily"), new Outlet("Al-Khaleej", "UAE", "daily"),
			new Outlet("Al-Ittihad", "UAE", "daily"), new Outlet("Al-Qabas", "Kuwait", "daily"),
			new Outlet("Al-Watan", "Kuwait", "daily"), new Outlet("Al-Wasat", "Bahrain", "daily"),
			new Outlet("Al-Masirah", "Yemen", "TV"), new Outlet("Yeni Safak", "Turkey", "daily"),
			new Outlet("Hurriyet", "Turkey", "daily"), new Outlet("Sabah", "Turkey", "daily"),
			new Outlet("RT", "Russia", "TV"), new Outlet("TASS", "Russia", "news agency"),
			new Outlet("Global Times", "China", "daily"), new Outlet("Dawn", "Pakistan", "daily"),
			new Outlet("Tolo News", "Afghanistan", "TV"), new Outlet("Reuters", null, "news agency"),
			new Outlet("AFP", null, "news agency"), new Outlet("Al-Arabiya", "UAE", "TV"),
			new Outlet("Echorouk", "Algeria", "daily"), new Outlet("Hespress", "Morocco", "website"),
			new Outlet("Al-Wasat", "Libya", "website"), new Outlet("Al-Sudani", "Sudan", "daily"),
			new Outlet("Al-Shorouk", "Tunisia", "daily"));

	static final List<String> ROLES = List.of("President", "Foreign Minister", "Deputy Foreign Minister",
			"Foreign Ministry spokesman", "Foreign Ministry spokeswoman", "Majlis member", "Defense Minister",
			"Army chief of staff", "Supreme Leader", "IRGC commander", "Prime Minister", "parliament speaker",
			"senior cleric", "columnist", "political analyst", "Hizbullah Secretary-General", "Hamas official",
			"government spokesman", "Interior Minister", "former ambassador", "member of the Assembly of Experts",
			"Friday prayer leader", "member of the National Security Committee", "editor-in-chief", "deputy commander",
			"senior advisor", "Expediency Council Secretary", "military expert", "MP", "Minister of Intelligence");

	static final List<String> FIRST_NAMES = List.of("Hassan", "Mohammad", "Ali", "Ahmad", "Abbas", "Hamid", "Marzia",
			"Amir", "Hossein", "Javad", "Mahmoud", "Yousef", "Khaled", "Omar", "Fatima", "Zainab", "Nasser", "Saeed",
			"Reza", "Mehdi", "Mohsen", "Ghassan", "Walid", "Bashar", "Nouri", "Ibrahim", "Ismail", "Mustafa",
			"Abdullah", "Faisal", "Salman", "Tariq", "Rami", "Nabil", "Samir", "Karim", "Jamal", "Adel", "Hisham",
			"Majid", "Ayman", "Hamza", "Bilal", "Yasser", "Qassem", "Masoud", "Ruhollah", "Hadi", "Saleh", "Ziad",
			"Fouad", "Nabih", "Wafiq", "Leila", "Mona", "Huda", "Rania", "Ebrahim", "Esmail", "Kamal", "Jalal", "Anwar",
			"Sami", "Bassam", "Osama", "Talal", "Fadl", "Ashraf", "Hazem", "Atef", "Ghazi", "Raed", "Issa", "Musa",
			"Younes", "Mansour", "Kazem", "Ja'far", "Abd Al-Rahman", "Abd Al-Bari");

	/** Syllables of Arabic and Persian family names, transliterated. */
	private static final String[] NAME_ONSETS = { "Ro", "Kha", "Za", "Fi", "Ma", "Na", "Ha", "Sa", "Ra", "Ja", "Ka",
			"Ta", "Mo", "Sha", "Ba", "Da", "Ga", "Qa", "Ya", "A", "Ba", "Mu", "Ne", "Fa", "Gha", "Ve", "La", "Ta" };

	private static final String[] NAME_MIDDLES = { "ha", "me", "ri", "ra", "za", "sa", "la", "ba", "qi", "ki", "di",
			"ru", "sou", "mou", "hee", "bo", "ka", "ja", "na", "ta", "gha", "kho", "ze", "li", "ma", "da", "ya" };

	private static final String[] NAME_ENDS = { "ni", "i", "di", "bi", "ri", "ian", "zadeh", "pour", "far", "nejad",
			"abadi", "wi", "oun", "ai", "ali", "ari", "mi", "vand", "lou", "kani", "shi", "hani", "yeh", "ri", "an" };

	static final List<String> HEADLINE_OPENERS = List.of("President", "Foreign Minister", "IRGC Daily",
			"Kayhan Editorial", "Columnist", "Cleric", "Analyst", "Spokesman", "Official", "Former Ambassador",
			"Commander", "Majlis Member", "Website", "Daily", "Prime Minister", "Hamas Leader", "Hizbullah Official",
			"Saudi Columnist", "Egyptian Daily", "Iraqi MP");

	/**
	 * Fixed phrases that recur across reports; the phrase queries are drawn from these.
	 */
	static final List<String> PHRASES = List.of("axis of evil", "collective security strategy", "axis of resistance",
			"maximum pressure", "nuclear negotiations", "regional stability", "Great Satan", "death to America",
			"Zionist regime", "holy sites", "Revolutionary Guards Corps", "Supreme National Security Council",
			"Islamic State", "ballistic missile program", "economic sanctions", "Arab Spring", "two-state solution",
			"Muslim Brotherhood", "peace process", "Gulf Cooperation Council", "Strait of Hormuz", "sectarian war",
			"refugee crisis", "military intervention", "joint action plan", "uranium enrichment", "human rights",
			"free elections", "oil exports", "proxy war", "normalization agreement", "national unity government",
			"popular mobilization forces", "border crossing", "security agreement", "foreign interference",
			"terrorist organization", "reconstruction of Gaza", "Hajj pilgrimage", "Quds Force");

	/** Unattributed scare quotes, slogans and titles as reports print them. */
	static final List<String> TERMS = List.of("the Great Satan", "death to America", "the axis of evil",
			"resistance economy", "the Little Satan", "heroic flexibility", "the deal of the century", "Arab NATO",
			"the Shi'ite crescent", "the new Middle East", "strategic patience", "the Zionist entity",
			"the moderate camp", "the Islamic awakening", "the sedition");

	static final List<String> TOPICS = List.of("sanctions", "ISIS", "Daesh", "ISIL", "Hizbullah", "Hamas", "IRGC",
			"nuclear", "Shi'ite", "Sunni", "Shiite", "Houthis", "Kurds", "Al-Qaeda", "Taliban", "Assad", "Hormuz",
			"enrichment", "JCPOA", "Vienna", "Riyadh", "Tehran", "Baghdad", "Damascus", "Beirut", "Ankara", "Doha",
			"Cairo", "Sanaa", "Mosul", "Aleppo", "Karbala", "Najaf", "Basra", "Idlib", "Jerusalem", "Washington",
			"Moscow", "Beijing", "Europe", "Takfiri", "jihad", "caliphate", "militias", "Basij", "Quds", "Mossad",
			"drones", "missiles", "oil", "elections", "protests", "corruption", "inflation", "currency", "refugees",
			"reconstruction", "negotiations", "ceasefire", "occupation", "resistance", "martyrdom", "clerics",
			"Wahhabism", "Salafis", "Brotherhood", "parliament", "constitution", "referendum", "judiciary");

	private static final String[] ADJECTIVES = { "regional", "strategic", "political", "military", "economic",
			"religious", "ideological", "diplomatic", "extremist", "moderate", "conservative", "pragmatic",
			"revolutionary", "sectarian", "national", "international", "foreign", "domestic", "hostile", "joint",
			"secret", "public", "official", "serious", "direct", "indirect", "dangerous", "historic", "recent",
			"unprecedented", "clear", "possible", "new", "former", "current", "legitimate", "illegal", "Western",
			"Arab", "Islamic", "Iranian", "Iraqi", "Syrian", "Saudi", "Egyptian", "Turkish", "Russian", "American" };

	private static final String[] NOUNS = { "government", "regime", "position", "policy", "collaboration",
			"cooperation", "conflict", "crisis", "strategy", "interests", "alliance", "negotiations", "talks", "threat",
			"security", "stability", "terrorism", "terrorists", "forces", "army", "leadership", "elections", "majority",
			"minority", "media", "website", "daily", "statement", "article", "editorial", "speech", "interview",
			"agreement", "deal", "proposal", "condition", "demand", "intervention", "influence", "presence",
			"sovereignty", "border", "region", "people", "nation", "camp", "stream", "faction", "movement",
			"organization", "militia", "group", "operation", "attack", "assault", "campaign", "war", "peace",
			"dialogue", "initiative", "plan", "program", "budget", "economy", "reform", "opposition", "protest",
			"uprising", "volunteers", "sites", "shrines", "clerics", "scholars", "officials", "spokesman", "delegation",
			"ministry", "council", "parliament", "court", "decree", "fatwa", "sermon", "ideology", "rhetoric",
			"dilemma", "opportunity", "test", "integrity", "intentions", "claim", "accusation", "measures", "steps",
			"relations", "ties", "tension", "escalation", "deterrence", "retaliation" };

	private static final String[] VERBS = { "rejected", "supported", "condemned", "welcomed", "demanded", "proposed",
			"denied", "confirmed", "warned against", "called for", "criticized", "praised", "questioned", "undermined",
			"strengthened", "weakened", "threatened", "exposed", "ignored", "emphasized", "discussed", "reviewed",
			"examined", "opposed", "backed", "financed", "organized", "planned", "announced", "revealed", "accused",
			"blamed", "defended", "challenged", "endorsed", "suspended", "resumed" };

	private static final String[] CLAUSES = { "according to the report", "in recent days", "despite the pressure",
			"in response to these developments", "at this time", "in the coming weeks", "for the first time",
			"as expected", "in contrast to previous statements", "behind closed doors",
			"in an interview on state television", "following the elections", "after the attack",
			"on the eve of the talks", "in the wake of the crisis", "as part of this policy",
			"under these circumstances", "at least publicly", "in practice", "in the long term" };

	private static final String[] INSTITUTIONS = { "the Foreign Ministry", "the IRGC", "the Supreme Leader's office",
			"the Majlis", "the Guardian Council", "the Assembly of Experts", "the Arab League",
			"the UN Security Council", "the Muslim Brotherhood", "Hizbullah", "Hamas", "the Houthis",
			"the Iraqi government", "the Syrian regime", "the Saudi royal court", "the Egyptian presidency",
			"the Turkish government", "the Kremlin", "the White House", "the State Department", "the European Union",
			"the IAEA", "the Basij", "the Quds Force", "the Taliban", "the Palestinian Authority",
			"the Israeli government", "the Gulf states", "the P5+1", "the opposition" };

	/**
	 * Declared after every list the constructor reads: static fields initialise in order.
	 */
	static final Vocabulary INSTANCE = new Vocabulary();

	/**
	 * Rare words: a long, Zipf-distributed tail so the term dictionary grows with the
	 * corpus as real text does.
	 */
	final List<String> tail;

	/**
	 * The speaker pool: a few thousand people, each with the spellings reports use for
	 * them.
	 */
	final List<SpeakerSpec> speakers;

	private Vocabulary() {
		SplittableRandom random = new SplittableRandom(VOCABULARY_SEED);
		this.tail = tailWords(random, 40_000);
		this.speakers = speakers(random, 3_000);
	}

	/**
	 * A person of the pool. {@code variants} are the spellings of the family name that
	 * reports use (the first is the canonical one): Rohani, Rouhani, Rowhani.
	 */
	record SpeakerSpec(int id, String firstName, List<String> variants, String role, String country) {

		String canonicalName() {
			return firstName + " " + variants.get(0);
		}

		String surname(int variant) {
			return variants.get(variant % variants.size());
		}

		String fullName(int variant) {
			return firstName + " " + surname(variant);
		}
	}

	private static List<String> tailWords(SplittableRandom random, int count) {
		String[] onsets = { "b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "cr",
				"dr", "gr", "pr", "st", "tr", "sh", "ch", "th" };
		String[] vowels = { "a", "e", "i", "o", "u", "ea", "io", "ou", "ai" };
		String[] codas = { "", "n", "r", "s", "t", "l", "m", "nd", "st", "rt", "nt", "ck" };
		String[] suffixes = { "", "", "ion", "ity", "ism", "al", "ive", "ment", "ate", "ous", "ing", "ed" };
		Set<String> words = new LinkedHashSet<>();
		while (words.size() < count) {
			StringBuilder w = new StringBuilder();
			int syllables = 1 + random.nextInt(3);
			for (int s = 0; s < syllables; s++) {
				w.append(pick(random, onsets)).append(pick(random, vowels)).append(pick(random, codas));
			}
			w.append(pick(random, suffixes));
			words.add(w.toString());
		}
		return List.copyOf(words);
	}

	private static List<SpeakerSpec> speakers(SplittableRandom random, int count) {
		Set<String> seen = new LinkedHashSet<>();
		List<SpeakerSpec> result = new ArrayList<>(count);
		while (result.size() < count) {
			String first = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size()));
			StringBuilder last = new StringBuilder(pick(random, NAME_ONSETS));
			int middles = random.nextInt(3);
			for (int m = 0; m < middles; m++) {
				last.append(pick(random, NAME_MIDDLES));
			}
			last.append(pick(random, NAME_ENDS));
			String surname = (random.nextInt(6) == 0 ? "Al-" : "") + last;
			if (!seen.add(first + " " + surname)) {
				continue;
			}
			String role = ROLES.get(random.nextInt(ROLES.size()));
			String country = COUNTRIES.get(weighted(random, COUNTRY_WEIGHTS));
			result.add(new SpeakerSpec(result.size(), first, variants(surname), role, country));
		}
		return List.copyOf(result);
	}

	/**
	 * Spellings of one family name as different outlets transliterate it. The rules
	 * mirror real ones: o/ou/ow (Rohani, Rouhani, Rowhani), ee/i, q/gh, kh/h, and the
	 * article Al- written with and without its hyphen.
	 */
	static List<String> variants(String surname) {
		Set<String> out = new LinkedHashSet<>();
		out.add(surname);
		String[][] rules = { { "o", "ou" }, { "o", "ow" }, { "ou", "o" }, { "ee", "i" }, { "i", "ee" }, { "q", "gh" },
				{ "Q", "Gh" }, { "kh", "h" }, { "Kh", "H" }, { "Al-", "al-" }, { "Al-", "Al " }, { "dh", "z" },
				{ "ei", "ey" } };
		for (String[] rule : rules) {
			int at = surname.indexOf(rule[0], 1);
			if (rule[0].startsWith("Al-") || rule[0].equals("Q") || rule[0].equals("Kh")) {
				at = surname.indexOf(rule[0]);
			}
			if (at >= 0 && out.size() < 4) {
				out.add(surname.substring(0, at) + rule[1] + surname.substring(at + rule[0].length()));
			}
		}
		return List.copyOf(out);
	}

	static <T> T pick(SplittableRandom random, T[] values) {
		return values[random.nextInt(values.length)];
	}

	static <T> T pick(SplittableRandom random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	static int weighted(SplittableRandom random, int[] weights) {
		int total = 0;
		for (int w : weights) {
			total += w;
		}
		int r = random.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			r -= weights[i];
			if (r < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	String adjective(SplittableRandom r) {
		return pick(r, ADJECTIVES);
	}

	String noun(SplittableRandom r) {
		return pick(r, NOUNS);
	}

	String verb(SplittableRandom r) {
		return pick(r, VERBS);
	}

	String clause(SplittableRandom r) {
		return pick(r, CLAUSES);
	}

	String institution(SplittableRandom r) {
		return pick(r, INSTITUTIONS);
	}

	/**
	 * A rare word, Zipf-distributed over the tail (s = 1): a few are common, most are
	 * seen once or twice.
	 */
	String rareWord(SplittableRandom r) {
		// Inverse-CDF of a continuous 1/x law over [1, n]: x = n^u.
		double x = Math.pow(tail.size(), r.nextDouble());
		return tail.get(Math.min(tail.size() - 1, (int) x - 1));
	}

	/** A speaker, Zipf-like: a few officials are quoted in many reports, most in few. */
	SpeakerSpec speaker(SplittableRandom r) {
		double x = Math.pow(speakers.size(), r.nextDouble());
		return speakers.get(Math.min(speakers.size() - 1, (int) x - 1));
	}

}
