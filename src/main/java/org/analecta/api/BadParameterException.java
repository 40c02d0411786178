package org.analecta.api;

/**
 * A request parameter that cannot be used, with the sentence that tells the caller how to
 * fix it.
 */
class BadParameterException extends RuntimeException {

	private final String parameter;

	BadParameterException(String parameter, String message) {
		super(message);
		this.parameter = parameter;
	}

	String parameter() {
		return parameter;
	}

}
