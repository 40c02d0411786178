package org.analecta.report;

import java.time.LocalDate;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A numbered note of a report, with the source it names when the parser could read one.
 */
@Entity
@Table(name = "footnotes")
public class Footnote {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "footnotes_id")
	@SequenceGenerator(name = "footnotes_id", sequenceName = "footnotes_id_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "report_id", nullable = false)
	private Report report;

	@GenericField(projectable = Projectable.YES)
	@Column(nullable = false)
	private int number;

	@Column(nullable = false)
	private String text;

	// Outlets and countries are shared reference rows that are renamed rarely; a rename
	// is followed
	// by a mass reindex rather than tracked here.
	@IndexedEmbedded(includePaths = { "name", "name_keyword", "slug" })
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "outlet_id")
	private Outlet outlet;

	@IndexedEmbedded(includePaths = { "name", "slug" })
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "country_id")
	private Country country;

	/** The date of the cited source (not of the report). */
	@GenericField(projectable = Projectable.YES, sortable = Sortable.YES, aggregable = Aggregable.YES)
	@Column(name = "source_date")
	private LocalDate date;

	protected Footnote() {
	}

	public Footnote(int number, String text, Outlet outlet, Country country, LocalDate date) {
		this.number = number;
		this.text = text;
		this.outlet = outlet;
		this.country = country;
		this.date = date;
	}

	void attachTo(Report report) {
		this.report = report;
	}

	/** The fragment identifier in the reader, e.g. fn3. */
	public String getAnchor() {
		return "fn" + number;
	}

	public Long getId() {
		return id;
	}

	public Report getReport() {
		return report;
	}

	public int getNumber() {
		return number;
	}

	public String getText() {
		return text;
	}

	public Outlet getOutlet() {
		return outlet;
	}

	public Country getCountry() {
		return country;
	}

	public LocalDate getDate() {
		return date;
	}

}
