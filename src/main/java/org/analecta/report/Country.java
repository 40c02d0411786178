package org.analecta.report;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A country a report is about, or an outlet is from. */
@Entity
@Table(name = "countries")
public class Country extends NamedRow {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "countries_id")
	@SequenceGenerator(name = "countries_id", sequenceName = "countries_id_seq", allocationSize = 1)
	private Long id;

	protected Country() {
	}

	public Country(String name, String slug) {
		super(name, slug);
	}

	@Override
	public Long getId() {
		return id;
	}

}
