package org.analecta.system;

/** An unknown report, speaker or country: shown as our 404 page with this message. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
