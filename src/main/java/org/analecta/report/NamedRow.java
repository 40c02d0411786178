package org.analecta.report;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * A reference row known by a unique name and a unique slug (countries, series): both
 * indexed whole, the name also for facets and hit lines. Each subclass keeps its own
 * table, id and sequence.
 */
@MappedSuperclass
public abstract class NamedRow {

	@KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	@Column(nullable = false, unique = true)
	private String name;

	@KeywordField
	@Column(nullable = false, unique = true)
	private String slug;

	protected NamedRow() {
	}

	protected NamedRow(String name, String slug) {
		this.name = name;
		this.slug = slug;
	}

	public abstract Long getId();

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
