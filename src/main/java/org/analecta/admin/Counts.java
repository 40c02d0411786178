package org.analecta.admin;

import java.util.Locale;

/** "1 quotation", "2 quotations": a number with its noun in the right number. */
final class Counts {

	private Counts() {
	}

	static String of(long n, String singular, String plural) {
		return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? singular : plural);
	}

}
