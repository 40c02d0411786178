package org.analecta.parser;

/**
 * The one exception the parser throws: its message says, for a person, what is wrong with
 * the input.
 */
public class ParseException extends Exception {

	private final Reason reason;

	public ParseException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public ParseException(Reason reason, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

	public enum Reason {

		EMPTY, BINARY, TOO_LARGE, BAD_ENCODING, NO_REPORT, NO_MAIN_CONTENT, INTERNAL

	}

}
