package org.analecta.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.analecta.parser.ParsedReport.SpeakerKind;
import org.hibernate.annotations.BatchSize;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * The authority record of one person, outlet or institution that is quoted: a canonical
 * name and every spelling seen for it ({@link SpeakerAlias}), so that "Rohani" in one
 * report and "Rouhani" in another are one speaker.
 */
@Entity
@Table(name = "speakers")
public class Speaker {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "speakers_id")
	@SequenceGenerator(name = "speakers_id", sequenceName = "speakers_id_seq", allocationSize = 1)
	private Long id;

	@KeywordField(name = IndexFields.NAME_KEYWORD, aggregable = Aggregable.YES, sortable = Sortable.YES,
			projectable = Projectable.YES)
	@Column(name = "canonical_name", nullable = false)
	private String canonicalName;

	@KeywordField(projectable = Projectable.YES, aggregable = Aggregable.YES)
	@Column(nullable = false, unique = true)
	private String slug;

	@KeywordField(aggregable = Aggregable.YES)
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SpeakerKind kind;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@IndexedEmbedded(includePaths = "spelling")
	@OneToMany(mappedBy = "speaker", cascade = CascadeType.ALL)
	@OrderBy("id")
	@BatchSize(size = 64)
	private List<SpeakerAlias> aliases = new ArrayList<>();

	/**
	 * Inverse side of Quote.speaker, never read by the application: Hibernate Search
	 * follows it to re-index a speaker's quotes when an alias or the canonical name
	 * changes.
	 */
	@OneToMany(mappedBy = "speaker")
	private Set<Quote> quotes = new LinkedHashSet<>();

	protected Speaker() {
	}

	public Speaker(String canonicalName, String slug, SpeakerKind kind) {
		this.canonicalName = canonicalName;
		this.slug = slug;
		this.kind = kind;
		this.createdAt = Instant.now();
	}

	public SpeakerAlias addAlias(String spelling, String spellingKey, AliasSource source) {
		SpeakerAlias alias = new SpeakerAlias(this, spelling, spellingKey, source);
		aliases.add(alias);
		return alias;
	}

	public Long getId() {
		return id;
	}

	public String getCanonicalName() {
		return canonicalName;
	}

	public void setCanonicalName(String canonicalName) {
		this.canonicalName = canonicalName;
	}

	public String getSlug() {
		return slug;
	}

	public SpeakerKind getKind() {
		return kind;
	}

	/**
	 * An admin's repair: the parser guessed a person where the text meant an outlet, or
	 * the reverse.
	 */
	public void setKind(SpeakerKind kind) {
		this.kind = kind;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public List<SpeakerAlias> getAliases() {
		return aliases;
	}

	@Override
	public String toString() {
		return canonicalName;
	}

}
