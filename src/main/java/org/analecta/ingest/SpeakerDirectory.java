package org.analecta.ingest;

import java.util.List;
import java.util.Map;

import org.analecta.report.AliasSource;
import org.analecta.report.Quote;
import org.analecta.report.Quotes;
import org.analecta.report.Speaker;
import org.analecta.report.SpeakerAlias;
import org.analecta.report.SpeakerAliases;
import org.analecta.report.SpeakerKind;
import org.analecta.report.Speakers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The speaker authority file: finds the one speaker record behind a spelling, creating it on first
 * sight, and lets an admin add spellings or merge two records of one person.
 *
 * <p>
 * A spelling resolves through its folded key ({@link SpeakerNames#fold}): first among the aliases
 * already stored (spellings seen in reports, seeded, or added by an admin), then among the groups
 * of the shipped alias list — so "Rouhani" finds the speaker first stored as "Rohani" when the
 * list says they are one person. Every new spelling seen is stored as an alias.
 */
@Service
public class SpeakerDirectory {

	private static final Logger log = LoggerFactory.getLogger(SpeakerDirectory.class);

	private final Speakers speakers;

	private final SpeakerAliases aliases;

	private final Quotes quotes;

	private final SpeakerNames names;

	private final SeedAliases seed;

	SpeakerDirectory(Speakers speakers, SpeakerAliases aliases, Quotes quotes, SpeakerNames names) {
		this.speakers = speakers;
		this.aliases = aliases;
		this.quotes = quotes;
		this.names = names;
		this.seed = new SeedAliases(names);
		log.debug("Speaker alias list: {} groups", seed.size());
	}

	/**
	 * The speaker a report's quote names, created when new. Runs in the caller's transaction;
	 * {@code seen} caches spellings already resolved in it.
	 */
	Speaker resolve(String name, SpeakerKind kind, Map<String, Speaker> seen) {
		String key = names.fold(name);
		if (key.isEmpty()) {
			return null;
		}
		Speaker known = seen.get(key);
		if (known != null) {
			return known;
		}
		Speaker speaker = aliases.findBySpellingKey(key).map(SpeakerAlias::getSpeaker).orElse(null);
		if (speaker == null) {
			speaker = fromSeedList(key, kind);
		}
		if (speaker == null) {
			speaker = create(name.strip(), kind);
			speaker.addAlias(name.strip(), key, AliasSource.REPORT);
		}
		seen.put(key, speaker);
		return speaker;
	}

	private Speaker fromSeedList(String key, SpeakerKind kind) {
		SeedAliases.Group group = seed.groupOf(key);
		if (group == null) {
			return null;
		}
		for (String spelling : group.spellings()) {
			Speaker known = aliases.findBySpellingKey(names.fold(spelling)).map(SpeakerAlias::getSpeaker).orElse(null);
			if (known != null) {
				addMissingAlias(known, key, group);
				return known;
			}
		}
		Speaker speaker = create(group.canonicalName(), kind);
		for (String spelling : group.spellings()) {
			String spellingKey = names.fold(spelling);
			if (!spellingKey.isEmpty() && speaker.getAliases().stream().noneMatch(a -> a.getSpellingKey().equals(spellingKey))) {
				speaker.addAlias(spelling, spellingKey, AliasSource.SEED);
			}
		}
		return speaker;
	}

	private void addMissingAlias(Speaker speaker, String key, SeedAliases.Group group) {
		for (String spelling : group.spellings()) {
			if (names.fold(spelling).equals(key)) {
				speaker.addAlias(spelling, key, AliasSource.SEED);
				return;
			}
		}
	}

	private Speaker create(String canonicalName, SpeakerKind kind) {
		String base = Slugs.of(canonicalName, 60);
		String slug = Slugs.unique(base.isEmpty() ? "speaker" : base, speakers::existsBySlug);
		return speakers.save(new Speaker(canonicalName, slug, kind));
	}

	/**
	 * Adds a spelling to a speaker, so that reports ingested from now on that spell the name so are
	 * matched to it (existing reports after a re-parse). A spelling already owned by another
	 * speaker is refused: merge the two instead.
	 */
	@Transactional
	public SpeakerAlias addAlias(long speakerId, String spelling) {
		Speaker speaker = speakers.findById(speakerId)
			.orElseThrow(() -> new IllegalArgumentException("No speaker with id " + speakerId));
		String key = names.fold(spelling);
		if (key.isEmpty()) {
			throw new IllegalArgumentException("An alias needs letters");
		}
		SpeakerAlias existing = aliases.findBySpellingKey(key).orElse(null);
		if (existing != null) {
			if (existing.getSpeaker().getId().equals(speaker.getId())) {
				return existing;
			}
			throw new IllegalArgumentException("\"" + spelling.strip() + "\" already names "
					+ existing.getSpeaker().getCanonicalName() + "; merge the two speakers instead");
		}
		return aliases.save(speaker.addAlias(spelling.strip(), key, AliasSource.ADMIN));
	}

	/** Renames a speaker's canonical name (kept as an alias too). */
	@Transactional
	public Speaker rename(long speakerId, String canonicalName) {
		Speaker speaker = speakers.findById(speakerId)
			.orElseThrow(() -> new IllegalArgumentException("No speaker with id " + speakerId));
		if (canonicalName == null || canonicalName.isBlank()) {
			throw new IllegalArgumentException("A speaker needs a name");
		}
		String key = names.fold(canonicalName);
		if (aliases.findBySpellingKey(key).isEmpty()) {
			aliases.save(speaker.addAlias(canonicalName.strip(), key, AliasSource.ADMIN));
		}
		speaker.setCanonicalName(canonicalName.strip());
		return speaker;
	}

	/**
	 * Merges two records of one person: the quotes and spellings of {@code sourceId} move to
	 * {@code targetId}, and the source record is deleted.
	 */
	@Transactional
	public Speaker merge(long sourceId, long targetId) {
		if (sourceId == targetId) {
			throw new IllegalArgumentException("A speaker cannot be merged into itself");
		}
		Speaker source = speakers.findById(sourceId)
			.orElseThrow(() -> new IllegalArgumentException("No speaker with id " + sourceId));
		Speaker target = speakers.findById(targetId)
			.orElseThrow(() -> new IllegalArgumentException("No speaker with id " + targetId));
		// Entity by entity rather than one UPDATE, so that the search index follows.
		for (Quote quote : quotes.findBySpeaker(source)) {
			quote.setSpeaker(target);
		}
		for (SpeakerAlias alias : List.copyOf(source.getAliases())) {
			alias.moveTo(target);
		}
		speakers.delete(source);
		return target;
	}

}
