package org.analecta.api;

/** Page sizes of the API's lists. */
final class ApiDefaults {

	/**
	 * Items per page when {@code size} is not given; at most {@code 100} may be asked
	 * for.
	 */
	static final int SIZE = 20;

	private ApiDefaults() {
	}

}
