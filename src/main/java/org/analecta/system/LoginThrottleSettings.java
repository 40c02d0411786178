package org.analecta.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many wrong passwords one user name may get from one address within {@code window}
 * before that pair is locked out for {@code lockout}.
 */
@ConfigurationProperties("analecta.login")
record LoginThrottleSettings(int maxFailures, Duration window, Duration lockout) {

	LoginThrottleSettings {
		maxFailures = maxFailures <= 0 ? 5 : maxFailures;
		window = window == null ? Duration.ofMinutes(15) : window;
		lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
	}

}
