package org.analecta.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per user name and client address and locks a pair out after too
 * many. Keyed by the pair, not the name alone, so a stranger guessing cannot lock the
 * real admin out from every address. Entries expire, and the map is pruned when it grows,
 * so a flood of invented names cannot exhaust memory.
 */
class LoginThrottle {

	private static final int PRUNE_ABOVE = 10_000;

	private final LoginThrottleSettings settings;

	private final Clock clock;

	private final Map<String, Attempts> attempts = new ConcurrentHashMap<>();

	LoginThrottle(LoginThrottleSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	/** How long the pair must still wait, or empty when it may try now. */
	Optional<Duration> lockedFor(String username, String address) {
		Attempts a = attempts.get(key(username, address));
		Instant now = clock.instant();
		if (a == null || a.lockedUntil == null || !now.isBefore(a.lockedUntil)) {
			return Optional.empty();
		}
		return Optional.of(Duration.between(now, a.lockedUntil));
	}

	void failed(String username, String address) {
		Instant now = clock.instant();
		if (attempts.size() > PRUNE_ABOVE) {
			prune(now);
		}
		attempts.compute(key(username, address), (k, a) -> {
			if (a == null || a.expired(now, settings.window())) {
				a = new Attempts(now);
			}
			a.failures++;
			if (a.failures >= settings.maxFailures()) {
				a.lockedUntil = now.plus(settings.lockout());
				a.failures = 0;
				a.firstFailure = now;
			}
			return a;
		});
	}

	void succeeded(String username, String address) {
		attempts.remove(key(username, address));
	}

	private void prune(Instant now) {
		attempts.values().removeIf(a -> a.expired(now, settings.window()));
	}

	private static String key(String username, String address) {
		return String.valueOf(username).strip().toLowerCase(Locale.ROOT) + "\u0000" + address;
	}

	private static final class Attempts {

		Instant firstFailure;

		int failures;

		Instant lockedUntil;

		Attempts(Instant firstFailure) {
			this.firstFailure = firstFailure;
		}

		boolean expired(Instant now, Duration window) {
			boolean locked = lockedUntil != null && now.isBefore(lockedUntil);
			return !locked && now.isAfter(firstFailure.plus(window));
		}

	}

}
