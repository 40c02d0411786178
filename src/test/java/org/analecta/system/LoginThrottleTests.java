package org.analecta.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T10:00:00Z"));

	private final LoginThrottle throttle = new LoginThrottle(
			new LoginThrottleSettings(3, Duration.ofMinutes(10), Duration.ofMinutes(15)), clock);

	@Test
	void locksThePairOutAfterTooManyFailures() {
		throttle.failed("admin", "10.0.0.1");
		throttle.failed("admin", "10.0.0.1");
		assertThat(throttle.lockedFor("admin", "10.0.0.1")).isEmpty();
		throttle.failed("Admin", "10.0.0.1");
		assertThat(throttle.lockedFor("admin", "10.0.0.1")).contains(Duration.ofMinutes(15));
	}

	@Test
	void anotherAddressIsNotLockedOut() {
		for (int i = 0; i < 3; i++) {
			throttle.failed("admin", "10.0.0.1");
		}
		assertThat(throttle.lockedFor("admin", "10.0.0.2")).isEmpty();
		assertThat(throttle.lockedFor("someone", "10.0.0.1")).isEmpty();
	}

	@Test
	void lockoutEndsAfterItsDuration() {
		for (int i = 0; i < 3; i++) {
			throttle.failed("admin", "10.0.0.1");
		}
		clock.advance(Duration.ofMinutes(14));
		assertThat(throttle.lockedFor("admin", "10.0.0.1")).contains(Duration.ofMinutes(1));
		clock.advance(Duration.ofMinutes(1));
		assertThat(throttle.lockedFor("admin", "10.0.0.1")).isEmpty();
	}

	@Test
	void failuresOutsideTheWindowAreForgotten() {
		throttle.failed("admin", "10.0.0.1");
		throttle.failed("admin", "10.0.0.1");
		clock.advance(Duration.ofMinutes(11));
		throttle.failed("admin", "10.0.0.1");
		assertThat(throttle.lockedFor("admin", "10.0.0.1")).isEmpty();
	}

	@Test
	void successClearsTheCount() {
		throttle.failed("admin", "10.0.0.1");
		throttle.failed("admin", "10.0.0.1");
		throttle.succeeded("admin", "10.0.0.1");
		throttle.failed("admin", "10.0.0.1");
		throttle.failed("admin", "10.0.0.1");
		assertThat(throttle.lockedFor("admin", "10.0.0.1")).isEmpty();
	}

	static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration d) {
			now = now.plus(d);
		}

		@Override
		public ZoneId getZone() {
			return ZoneId.of("UTC");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
