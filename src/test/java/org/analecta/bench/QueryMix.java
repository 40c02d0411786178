package org.analecta.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.analecta.bench.BenchQuery.Type;
import org.analecta.bench.Vocabulary.SpeakerSpec;

/**
 * The fixed query mix: for each type a list of distinct queries drawn from the corpus
 * vocabulary with a constant seed, so every run and every system asks exactly the same
 * questions, and enough different ones that no cache can answer them all from one entry.
 */
final class QueryMix {

	private QueryMix() {
	}

	static Map<Type, List<BenchQuery>> build(int perType) {
		SplittableRandom r = new SplittableRandom(0xC0FFEE);
		Vocabulary v = Vocabulary.INSTANCE;
		Map<Type, List<BenchQuery>> mix = new EnumMap<>(Type.class);
		for (Type type : Type.values()) {
			mix.put(type, new ArrayList<>(perType));
		}
		// Popular speakers (the head of the Zipf pool) are the ones researchers look up.
		List<SpeakerSpec> popular = v.speakers.subList(0, 300);
		for (int i = 0; i < perType; i++) {
			// Half common topic words, half words from the rare tail (ranks 50-5000).
			String word = i % 2 == 0 ? Vocabulary.pick(r, Vocabulary.TOPICS).toLowerCase()
					: v.tail.get(50 + r.nextInt(4950));
			mix.get(Type.TERM).add(BenchQuery.term(word));
			mix.get(Type.PHRASE).add(BenchQuery.phrase(Vocabulary.PHRASES.get(i % Vocabulary.PHRASES.size())));
			mix.get(Type.BOOLEAN)
				.add(BenchQuery.bool(List.of(Vocabulary.pick(r, Vocabulary.TOPICS), v.tail.get(r.nextInt(300))),
						List.of(Vocabulary.pick(r, Vocabulary.TOPICS))));
			SpeakerSpec s = popular.get(r.nextInt(popular.size()));
			mix.get(Type.FUZZY).add(BenchQuery.fuzzy(misspell(s.surname(0), r)));
			mix.get(Type.SPEAKER).add(BenchQuery.speaker(s.fullName(s.variants().size() - 1)));
			int year = 1998 + r.nextInt(24);
			mix.get(Type.FACETED)
				.add(BenchQuery.faceted(Vocabulary.pick(r, Vocabulary.TOPICS).toLowerCase(), LocalDate.of(year, 1, 1),
						LocalDate.of(year + 4, 12, 31),
						Vocabulary.COUNTRIES.get(Vocabulary.weighted(r, Vocabulary.COUNTRY_WEIGHTS))));
		}
		return mix;
	}

	/**
	 * One edit (a letter dropped or doubled), past the first two letters, as a user's
	 * typo.
	 */
	static String misspell(String name, SplittableRandom r) {
		String bare = name.startsWith("Al-") ? name.substring(3) : name;
		if (bare.length() < 5) {
			return bare + bare.charAt(bare.length() - 1);
		}
		int at = 2 + r.nextInt(bare.length() - 3);
		return r.nextBoolean() ? bare.substring(0, at) + bare.substring(at + 1)
				: bare.substring(0, at) + bare.charAt(at) + bare.substring(at);
	}

}
