package org.analecta.system;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * Too many failed logins for this user name from this address: the login page says how
 * long to wait.
 */
class LoginThrottledException extends AuthenticationException {

	private final Duration wait;

	LoginThrottledException(Duration wait) {
		super("Too many failed logins; try again in " + minutes(wait) + " minute(s)");
		this.wait = wait;
	}

	long minutesToWait() {
		return minutes(wait);
	}

	private static long minutes(Duration wait) {
		return Math.max(1, (wait.toSeconds() + 59) / 60);
	}

}
