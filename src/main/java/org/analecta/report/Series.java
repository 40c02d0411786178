package org.analecta.report;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A publication series ("Inquiry & Analysis Series", "Special Dispatch"). */
@Entity
@Table(name = "series")
public class Series extends NamedRow {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "series_id")
	@SequenceGenerator(name = "series_id", sequenceName = "series_id_seq", allocationSize = 1)
	private Long id;

	protected Series() {
	}

	public Series(String name, String slug) {
		super(name, slug);
	}

	@Override
	public Long getId() {
		return id;
	}

}
