package org.analecta.system;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.springframework.boot.health.contributor.Health;

/**
 * Runs a health check on a thread of its own and waits for it at most the time limit, so
 * that a server that stops answering makes the check DOWN within that limit instead of
 * hanging the health endpoint. At most one check runs at a time: while one is still
 * stuck, the next answers DOWN at once rather than piling up threads.
 */
final class TimeLimitedCheck implements AutoCloseable {

	private final ExecutorService executor;

	private final Duration limit;

	private Future<Health> running;

	TimeLimitedCheck(String name, Duration limit) {
		this.executor = Executors.newSingleThreadExecutor(Thread.ofPlatform().name(name).daemon().factory());
		this.limit = limit;
	}

	synchronized Health run(Supplier<Health> check) {
		if (running != null && !running.isDone()) {
			return Health.down().withDetail("error", "the previous check has had no answer yet").build();
		}
		running = executor.submit(check::get);
		try {
			return running.get(limit.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException e) {
			return Health.down().withDetail("error", "no answer within " + limit.toMillis() + " ms").build();
		}
		catch (ExecutionException e) {
			return Health.down(e.getCause() instanceof Exception cause ? cause : e).build();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Health.down(e).build();
		}
	}

	@Override
	public void close() {
		executor.shutdownNow();
	}

}
