package org.analecta.api;

import org.analecta.report.Quote;

/**
 * Whether a stored quotation has been checked against its source. Quotations have no verified
 * flag yet, so every one counts as unverified; when the flag exists, this reads it (the search
 * hits carry theirs from {@code QuoteSearch}).
 */
final class Verification {

	private Verification() {
	}

	static boolean of(Quote quote) {
		return false;
	}

}
