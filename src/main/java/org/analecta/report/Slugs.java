package org.analecta.report;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

/** Readable URL keys: lower-case ASCII words joined by hyphens. */
public final class Slugs {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern APOSTROPHES = Pattern.compile("['’ʼ`´]");

	private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

	private Slugs() {
	}

	/**
	 * "Iran's Dilemma: Cooperate With U.S." → "irans-dilemma-cooperate-with-us", cut at a
	 * word.
	 */
	public static String of(String text, int maxLength) {
		if (text == null) {
			return "";
		}
		String ascii = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
		ascii = APOSTROPHES.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("");
		// "U.S." is one word, not "u-s".
		ascii = ascii.replaceAll("(?<=\\b[a-z])\\.(?=[a-z]\\b)", "").replace(".", " ");
		String slug = NON_WORD.matcher(ascii).replaceAll("-").replaceAll("^-+|-+$", "");
		if (slug.length() <= maxLength) {
			return slug;
		}
		int cut = slug.lastIndexOf('-', maxLength);
		return cut > maxLength / 2 ? slug.substring(0, cut) : slug.substring(0, maxLength);
	}

	/** The slug itself, or with -2, -3, ... appended until {@code taken} says no. */
	public static String unique(String slug, Predicate<String> taken) {
		String candidate = slug;
		for (int n = 2; taken.test(candidate); n++) {
			candidate = slug + "-" + n;
		}
		return candidate;
	}

	/**
	 * A case-, accent- and punctuation-blind key for matching names (outlets, authors).
	 */
	static String key(String name) {
		return of(name, Integer.MAX_VALUE);
	}

	/**
	 * Whether a row of {@code table} already has this slug, in the caller's transaction
	 * and without flushing it (an upload's parts are about to be saved anyway; a flush
	 * per check is costly).
	 */
	public static boolean taken(EntityManager em, String table, String slug) {
		return !em.createNativeQuery("select 1 from " + table + " where slug = ?1")
			.setParameter(1, slug)
			.setFlushMode(FlushModeType.COMMIT)
			.getResultList()
			.isEmpty();
	}

}
