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

/**
 * A source named by footnotes (a news agency, a daily, a website). Matched across reports
 * by its folded name, so "Fars" and "FARS" are one outlet.
 */
@Entity
@Table(name = "outlets")
public class Outlet {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outlets_id")
	@SequenceGenerator(name = "outlets_id", sequenceName = "outlets_id_seq", allocationSize = 1)
	private Long id;

	@KeywordField(name = IndexFields.NAME_KEYWORD, aggregable = Aggregable.YES, projectable = Projectable.YES)
	@Column(nullable = false)
	private String name;

	/** The folded name: the identity of an outlet across spellings. */
	@Column(name = "name_key", nullable = false, unique = true)
	private String nameKey;

	@KeywordField
	@Column(nullable = false, unique = true)
	private String slug;

	protected Outlet() {
	}

	public Outlet(String name, String nameKey, String slug) {
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

	@Override
	public String toString() {
		return name;
	}

}
