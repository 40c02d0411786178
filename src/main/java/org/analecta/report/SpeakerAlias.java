package org.analecta.report;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One spelling of a speaker's name. The folded key (SpeakerNames.fold) is unique across
 * all speakers: a spelling belongs to exactly one speaker, which is what makes matching
 * by alias deterministic.
 */
@Entity
@Table(name = "speaker_aliases")
public class SpeakerAlias {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "speaker_aliases_id")
	@SequenceGenerator(name = "speaker_aliases_id", sequenceName = "speaker_aliases_id_seq", allocationSize = 1)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "speaker_id", nullable = false)
	private Speaker speaker;

	@Column(nullable = false)
	private String spelling;

	@Column(name = "spelling_key", nullable = false, unique = true)
	private String spellingKey;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AliasSource source;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected SpeakerAlias() {
	}

	SpeakerAlias(Speaker speaker, String spelling, String spellingKey, AliasSource source) {
		this.speaker = speaker;
		this.spelling = spelling;
		this.spellingKey = spellingKey;
		this.source = source;
		this.createdAt = Instant.now();
	}

	public Long getId() {
		return id;
	}

	public Speaker getSpeaker() {
		return speaker;
	}

	/** Moves this spelling to another speaker (merging two records of one person). */
	public void moveTo(Speaker target) {
		speaker.getAliases().remove(this);
		speaker = target;
		target.getAliases().add(this);
	}

	public String getSpelling() {
		return spelling;
	}

	public String getSpellingKey() {
		return spellingKey;
	}

	/** A new key for this spelling, when the folding of names changed. */
	public void setSpellingKey(String spellingKey) {
		this.spellingKey = spellingKey;
	}

	public AliasSource getSource() {
		return source;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
