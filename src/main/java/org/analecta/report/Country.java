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

/** A country a report is about, or an outlet is from. */
@Entity
@Table(name = "countries")
public class Country {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "countries_id")
	@SequenceGenerator(name = "countries_id", sequenceName = "countries_id_seq", allocationSize = 1)
	private Long id;

	@KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	@Column(nullable = false, unique = true)
	private String name;

	@KeywordField
	@Column(nullable = false, unique = true)
	private String slug;

	protected Country() {
	}

	public Country(String name, String slug) {
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
