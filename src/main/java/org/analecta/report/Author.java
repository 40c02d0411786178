package org.analecta.report;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A report's author; one row per person across reports, matched by folded name. */
@Entity
@Table(name = "authors")
public class Author {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "authors_id")
	@SequenceGenerator(name = "authors_id", sequenceName = "authors_id_seq", allocationSize = 1)
	private Long id;

	@KeywordField(name = IndexFields.NAME_KEYWORD, aggregable = Aggregable.YES, projectable = Projectable.YES)
	@Column(nullable = false)
	private String name;

	@Column(name = "name_key", nullable = false, unique = true)
	private String nameKey;

	@KeywordField
	@Column(nullable = false, unique = true)
	private String slug;

	/** The latest bio a report gave; null when none did. */
	private String bio;

	protected Author() {
	}

	public Author(String name, String nameKey, String slug) {
		this.name = name;
		this.nameKey = nameKey;
		this.slug = slug;
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public String getNameKey() {
		return nameKey;
	}

	public String getSlug() {
		return slug;
	}

	public String getBio() {
		return bio;
	}

	public void setBio(String bio) {
		this.bio = bio;
	}

	@Override
	public String toString() {
		return name;
	}

}
