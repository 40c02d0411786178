package org.analecta.admin;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Component;

/**
 * Keeps uploaded files between the preview and the save, in the admin's own session:
 * nothing is written to disk under a name the client chose, another session cannot reach
 * them, and a batch is addressed by a random token. Old batches expire and the total size
 * is capped.
 */
@Component
class UploadStash {

	static final Duration TIME_TO_LIVE = Duration.ofHours(2);

	static final long MAX_BYTES_PER_SESSION = 200L * 1024 * 1024;

	private static final String ATTRIBUTE = UploadStash.class.getName();

	private final Clock clock;

	UploadStash() {
		this(Clock.systemUTC());
	}

	UploadStash(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Stores a batch and returns its token; the oldest batches give way when space runs
	 * out.
	 */
	String put(HttpSession session, List<PendingUpload> files) {
		Batches batches = batches(session);
		synchronized (batches) {
			batches.expire(clock.instant().minus(TIME_TO_LIVE));
			long size = files.stream().mapToLong(PendingUpload::size).sum();
			while (!batches.map.isEmpty() && batches.totalBytes() + size > MAX_BYTES_PER_SESSION) {
				batches.map.remove(batches.map.keySet().iterator().next());
			}
			String token = UUID.randomUUID().toString();
			batches.map.put(token, new Batch(clock.instant(), List.copyOf(files)));
			return token;
		}
	}

	Optional<List<PendingUpload>> get(HttpSession session, String token) {
		Batches batches = batches(session);
		synchronized (batches) {
			batches.expire(clock.instant().minus(TIME_TO_LIVE));
			Batch batch = batches.map.get(token);
			return Optional.ofNullable(batch).map(Batch::files);
		}
	}

	/**
	 * Replaces a batch's files (the admin's decisions in the preview); false when the
	 * batch is gone.
	 */
	boolean replace(HttpSession session, String token, List<PendingUpload> files) {
		Batches batches = batches(session);
		synchronized (batches) {
			Batch batch = batches.map.get(token);
			if (batch == null) {
				return false;
			}
			batches.map.put(token, new Batch(batch.createdAt(), List.copyOf(files)));
			return true;
		}
	}

	void remove(HttpSession session, String token) {
		Batches batches = batches(session);
		synchronized (batches) {
			batches.map.remove(token);
		}
	}

	private static Batches batches(HttpSession session) {
		synchronized (session) {
			Batches batches = (Batches) session.getAttribute(ATTRIBUTE);
			if (batches == null) {
				batches = new Batches();
				session.setAttribute(ATTRIBUTE, batches);
			}
			return batches;
		}
	}

	private record Batch(Instant createdAt, List<PendingUpload> files) implements Serializable {

		long bytes() {
			return files.stream().mapToLong(PendingUpload::size).sum();
		}

	}

	private static final class Batches implements Serializable {

		final Map<String, Batch> map = new LinkedHashMap<>();

		void expire(Instant before) {
			map.values().removeIf(b -> b.createdAt().isBefore(before));
		}

		long totalBytes() {
			return map.values().stream().mapToLong(Batch::bytes).sum();
		}

	}

}
