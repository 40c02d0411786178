package org.analecta.parser;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The months' names in the languages of the pages the archive takes besides English:
 * French, Spanish, Portuguese, Italian, German, Romanian and Turkish. A date written with
 * one is always day, month, year. Names that English also spells ("August", "September")
 * are English's.
 */
final class ForeignMonths {

	/** Each name in lower case, longest first so that no name stops a longer one. */
	static final Map<String, Integer> NAMES = names(
			new String[][] { { "janvier", "enero", "janeiro", "gennaio", "januar", "ianuarie", "ocak" },
					{ "février", "fevrier", "febrero", "fevereiro", "febbraio", "februar", "februarie", "şubat",
							"subat" },
					{ "mars", "marzo", "março", "marco", "märz", "maerz", "martie", "mart" },
					{ "avril", "abril", "aprile", "aprilie", "nisan" },
					{ "mai", "mayo", "maio", "maggio", "mayıs", "mayis" },
					{ "juin", "junio", "junho", "giugno", "juni", "iunie", "haziran" },
					{ "juillet", "julio", "julho", "luglio", "juli", "iulie", "temmuz" },
					{ "août", "aout", "agosto", "ağustos", "agustos" },
					{ "septembre", "septiembre", "setiembre", "setembro", "settembre", "septembrie", "eylül", "eylul" },
					{ "octobre", "octubre", "outubro", "ottobre", "oktober", "octombrie", "ekim" },
					{ "novembre", "noviembre", "novembro", "noiembrie", "kasım", "kasim" }, { "décembre", "decembre",
							"diciembre", "dezembro", "dicembre", "dezember", "decembrie", "aralık", "aralik" } });

	private ForeignMonths() {
	}

	private static Map<String, Integer> names(String[][] months) {
		Map<String, Integer> names = new LinkedHashMap<>();
		for (int month = 0; month < months.length; month++) {
			for (String name : months[month]) {
				names.put(name, month + 1);
			}
		}
		// Longest first: the alternation tries "martie" before "mart".
		Map<String, Integer> sorted = new LinkedHashMap<>();
		names.entrySet()
			.stream()
			.sorted((a, b) -> b.getKey().length() - a.getKey().length())
			.forEach(e -> sorted.put(e.getKey(), e.getValue()));
		return sorted;
	}

}
