package org.analecta.search;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * A task that runs on a daemon thread of its own, every interval from the end of the
 * previous run, from the context's start to its stop. A run that throws is logged and the
 * next one still comes (a scheduled executor would silently stop repeating it).
 */
abstract class PeriodicTask implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(PeriodicTask.class);

	private final String name;

	private final Duration interval;

	private ScheduledExecutorService scheduler;

	PeriodicTask(String name, Duration interval) {
		this.name = name;
		this.interval = interval;
	}

	/** One run. */
	abstract void runOnce();

	private void runLogged() {
		try {
			runOnce();
		}
		catch (RuntimeException ex) {
			log.warn("{} failed: {}", name, ex.toString());
		}
	}

	@Override
	public synchronized void start() {
		scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name(name).daemon().factory());
		scheduler.scheduleWithFixedDelay(this::runLogged, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public synchronized void stop() {
		if (scheduler != null) {
			scheduler.shutdownNow();
			scheduler = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return scheduler != null;
	}

}
