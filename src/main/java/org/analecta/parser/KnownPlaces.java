package org.analecta.parser;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Country and region names as report headers list them: every country's English name from
 * the JDK's locale data, and the regions and usual short forms that reports put in their
 * country lines. A header field beside a date only counts as a country list when every
 * item is one of these; beside a series line ("Iraq, Iran | Inquiry &amp; Analysis Series
 * No. 1099") any place name counts, since that layout is unambiguous.
 */
final class KnownPlaces {

	private static final Set<String> NAMES = names();

	private KnownPlaces() {
	}

	static boolean isKnown(String place) {
		return NAMES.contains(ReportHeader.normalise(place));
	}

	/** The first words of the names, for a cheap test before the full one. */
	private static final Set<String> FIRST_WORDS = NAMES.stream()
		.map(name -> name.indexOf(' ') < 0 ? name : name.substring(0, name.indexOf(' ')))
		.collect(Collectors.toUnmodifiableSet());

	/**
	 * Whether a name of two words or more is a country's or region's ("Hong Kong"): its
	 * first word is tested first, which most persons' names fail.
	 */
	static boolean isKnownName(String name) {
		int space = name.indexOf(' ');
		return space > 0 && FIRST_WORDS.contains(name.substring(0, space).toLowerCase(Locale.ROOT)) && isKnown(name);
	}

	private static Set<String> names() {
		Set<String> names = new HashSet<>();
		for (String code : Locale.getISOCountries()) {
			names.add(ReportHeader.normalise(Locale.of("", code).getDisplayCountry(Locale.ENGLISH)));
		}
		for (String other : new String[] { "U.S.", "US", "USA", "United States", "America", "UK", "U.K.", "Britain",
				"Great Britain", "England", "Russia", "Turkey", "Syria", "Iran", "Palestinians", "Palestine",
				"Palestinian Authority", "Gaza", "West Bank", "Kurdistan", "Iraqi Kurdistan", "Israel", "Lebanon",
				"Gulf", "Persian Gulf", "Arabian Gulf", "Gulf States", "Arab World", "Middle East", "North Africa",
				"Maghreb", "Levant", "Horn of Africa", "Sahel", "Africa", "Europe", "Asia", "Central Asia",
				"South Asia", "Southeast Asia", "East Asia", "Latin America", "Caucasus", "Balkans", "European Union",
				"EU", "Global Jihad", "Korea", "North Korea", "South Korea", "Taiwan", "Hong Kong", "Vatican", "Kosovo",
				"Czech Republic", "Ivory Coast", "Burma", "Macedonia", "Swaziland", "UAE", "Congo", "Sudan",
				"South Sudan", "Yemen", "Libya", "Tunisia", "Algeria", "Morocco", "Mauritania" }) {
			names.add(ReportHeader.normalise(other));
		}
		return Set.copyOf(names);
	}

}
