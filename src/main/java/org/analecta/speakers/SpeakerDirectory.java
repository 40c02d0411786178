package org.analecta.speakers;

import org.analecta.parser.SpeakerNames;
import org.analecta.report.KeyedIds;
import org.analecta.report.Slugs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.analecta.report.AliasSource;
import org.analecta.report.Quote;
import org.analecta.report.Quotes;
import org.analecta.report.Speaker;
import org.analecta.report.SpeakerAlias;
import org.analecta.report.SpeakerAliases;
import org.analecta.parser.ParsedReport.SpeakerKind;
import org.analecta.report.Speakers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

/**
 * The speaker authority file: finds the one speaker record behind a spelling, creating it
 * on first sight, and lets an admin add spellings or merge two records of one person.
 *
 * <p>
 * A spelling resolves through its folded key ({@link SpeakerNames#fold}), which already
 * equates the transliterations of the shipped alias list (Rohani, Rouhani, Rowhani),
 * against every alias stored: spellings seen in reports and spellings added by an admin.
 * So "Rouhani" in one report and "Rohani" in another are one speaker, and an admin alias
 * makes the next report that uses it land on the right person. Admin aliases are also
 * handed to the parser ({@link #namesWithAdminAliases()}).
 */
@Service
public class SpeakerDirectory {

	private static final Logger log = LoggerFactory.getLogger(SpeakerDirectory.class);

	private final Speakers speakers;

	private final SpeakerAliases aliases;

	private final Quotes quotes;

	private final SpeakerNames names;

	private final EntityManager em;

	SpeakerDirectory(Speakers speakers, SpeakerAliases aliases, Quotes quotes, SpeakerNames names, EntityManager em) {
		this.speakers = speakers;
		this.aliases = aliases;
		this.quotes = quotes;
		this.names = names;
		this.em = em;
	}

	/** A speaker's name as a report writes it, with the kind the parser gave it. */
	public record Named(String name, SpeakerKind kind) {
	}

	/**
	 * The speakers of one report's quotes by folded key ({@link #key}), found or created
	 * together, in the caller's transaction: one select for all the spellings, and for
	 * the new ones an advisory lock per key (taken in key order, so two uploads cannot
	 * deadlock) before they are looked up again and created. A concurrent upload naming
	 * the same new speaker waits for this one to commit and then finds the speaker
	 * instead of creating it twice. No lookup flushes the session (a flush per quote
	 * would be most of an upload's time).
	 */
	public Map<String, Speaker> resolveAll(List<Named> wanted) {
		return resolveAll(wanted, AliasSource.REPORT);
	}

	/**
	 * The speaker an admin names (a quote's corrected speaker): found by any spelling,
	 * else created with that spelling as an admin alias. In the caller's transaction,
	 * safe against a concurrent upload creating the same speaker, as {@link #resolveAll}
	 * is.
	 */
	public Speaker resolveNamedByAdmin(String name) {
		return resolveAll(List.of(new Named(name, SpeakerKind.PERSON)), AliasSource.ADMIN).get(key(name));
	}

	private Map<String, Speaker> resolveAll(List<Named> wanted, AliasSource source) {
		Map<String, Named> byKey = new TreeMap<>();
		for (Named named : wanted) {
			String key = key(named.name());
			if (!key.isEmpty()) {
				byKey.putIfAbsent(key, named);
			}
		}
		Map<String, Speaker> found = select(byKey.keySet());
		if (found.size() == byKey.size()) {
			return found;
		}
		List<String> missing = byKey.keySet().stream().filter(k -> !found.containsKey(k)).toList();
		for (String key : missing) {
			// Selects a value: a void result makes Hibernate throw and catch an exception
			// per call.
			em.createNativeQuery("select 1 from pg_advisory_xact_lock(hashtextextended(?1, 7))")
				.setParameter(1, "speaker:" + key)
				.setFlushMode(FlushModeType.COMMIT)
				.getSingleResult();
		}
		found.putAll(select(missing));
		Set<String> slugsTaken = new HashSet<>();
		for (String key : missing) {
			if (!found.containsKey(key)) {
				Named named = byKey.get(key);
				Speaker speaker = new Speaker(names.canonical(named.name()), slug(named.name(), slugsTaken),
						named.kind());
				speaker.addAlias(named.name().strip(), key, source);
				em.persist(speaker);
				found.put(key, speaker);
			}
		}
		return found;
	}

	/** The key a spelling resolves by ({@link SpeakerNames#fold}); empty for no name. */
	public String key(String name) {
		return name == null ? "" : names.fold(name);
	}

	private Map<String, Speaker> select(Collection<String> keys) {
		Map<String, Speaker> out = new HashMap<>();
		KeyedIds.select(em, "select spelling_key, speaker_id from speaker_aliases where spelling_key = any(?)", keys)
			.forEach((key, id) -> out.put(key, em.getReference(Speaker.class, id)));
		return out;
	}

	/** A free slug; {@code taken} holds those given to speakers not yet flushed. */
	private String slug(String name, Set<String> taken) {
		String base = Slugs.of(names.canonical(name), 60);
		String slug = Slugs.unique(base.isEmpty() ? "speaker" : base,
				s -> taken.contains(s) || Slugs.taken(em, "speakers", s));
		taken.add(slug);
		return slug;
	}

	/**
	 * The shared name handling extended with the admins' aliases, as alias lines
	 * ({@code canonical | spelling}), so the parser applies them too. Read in the
	 * caller's transaction.
	 */
	public SpeakerNames namesWithAdminAliases() {
		List<String> lines = new ArrayList<>();
		for (SpeakerAlias alias : aliases.findBySource(AliasSource.ADMIN)) {
			String canonical = alias.getSpeaker().getCanonicalName();
			if (!names.fold(canonical).equals(alias.getSpellingKey())) {
				lines.add(canonical.replace("|", " ") + " | " + alias.getSpelling().replace("|", " "));
			}
		}
		if (lines.isEmpty()) {
			return names;
		}
		try {
			return names.withAliases(lines);
		}
		catch (IllegalArgumentException e) {
			log.warn("Admin speaker aliases not usable by the parser: {}", e.getMessage());
			return names;
		}
	}

	/**
	 * Recomputes every alias's folded key with the current name handling, after the
	 * shipped alias list changed: a spelling that now folds like another speaker's means
	 * the list says they are one person, and the two records are merged. Returns how many
	 * aliases changed.
	 */
	@Transactional
	public int refoldAliases() {
		Map<String, SpeakerAlias> byKey = new HashMap<>();
		List<SpeakerAlias> moved = new ArrayList<>();
		for (SpeakerAlias alias : aliases.findAll()) {
			String key = names.fold(alias.getSpelling());
			if (key.isEmpty() || key.equals(alias.getSpellingKey())) {
				byKey.putIfAbsent(alias.getSpellingKey(), alias);
			}
			else {
				moved.add(alias);
			}
		}
		int changed = 0;
		for (SpeakerAlias alias : moved) {
			String key = names.fold(alias.getSpelling());
			SpeakerAlias holder = byKey.get(key);
			if (holder == null) {
				alias.setSpellingKey(key);
				byKey.put(key, alias);
			}
			else {
				Speaker owner = holder.getSpeaker();
				Speaker other = alias.getSpeaker();
				alias.getSpeaker().getAliases().remove(alias);
				aliases.delete(alias);
				aliases.flush();
				if (!other.getId().equals(owner.getId())) {
					log.info("The alias list makes {} and {} one speaker; merging them", other.getCanonicalName(),
							owner.getCanonicalName());
					merge(other.getId(), owner.getId());
				}
			}
			changed++;
		}
		if (changed > 0) {
			log.info("Re-folded {} speaker aliases after a change of the alias list", changed);
		}
		return changed;
	}

	public SpeakerNames baseNames() {
		return names;
	}

	/**
	 * Adds a spelling to a speaker, so that reports ingested from now on that spell the
	 * name so are matched to it (existing reports after a re-parse). A spelling already
	 * owned by another speaker is refused: merge the two instead.
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
	 * Merges two records of one person: the quotes and spellings of {@code sourceId} move
	 * to {@code targetId}, and the source record is deleted.
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
