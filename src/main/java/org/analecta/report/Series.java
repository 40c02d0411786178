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

/** A publication series ("Inquiry & Analysis Series", "Special Dispatch"). */
@Entity
@Table(name = "series")
public class Series {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "series_id")
	@SequenceGenerator(name = "series_id", sequenceName = "series_id_seq", allocationSize = 1)
	private Long id;

	@KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	@Column(nullable = false, unique = true)
	private String name;

	@KeywordField
	@Column(nullable = false, unique = true)
	private String slug;

	protected Series() {
	}

	public Series(String name, String slug) {
		this.name = name;
		this.slug = slug;
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public String getSlug() {
		return slug;
	}

	@Override
	public String toString() {
		return name;
	}

}
