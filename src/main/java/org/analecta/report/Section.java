package org.analecta.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

/** The lead (index 0, no heading) or a headed section of a report. */
@Entity
@Table(name = "sections")
public class Section {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sections_id")
	@SequenceGenerator(name = "sections_id", sequenceName = "sections_id_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "report_id", nullable = false)
	private Report report;

	@Column(name = "section_index", nullable = false)
	private int index;

	/**
	 * The fragment identifier in the reader: s0 is the lead. Indexed with each quote
	 * (Quote.section), not with the report.
	 */
	@KeywordField(projectable = Projectable.YES)
	@Column(nullable = false)
	private String anchor;

	// Stored with each quote, for the quote hit's "in section …", not searched: the
	// report's own "text" field holds the headings.
	@FullTextField(searchable = Searchable.NO, projectable = Projectable.YES)
	private String heading;

	/** Image captions and source lines, kept apart from the prose. */
	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(nullable = false, columnDefinition = "text[]")
	private List<String> captions = new ArrayList<>();

	// Replaced with the whole report, never edited in place (see Report.sections).
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	@OneToMany(mappedBy = "section", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	@BatchSize(size = 64)
	private List<Paragraph> paragraphs = new ArrayList<>();

	protected Section() {
	}

	public Section(int index, String anchor, String heading, List<String> captions) {
		this.index = index;
		this.anchor = anchor;
		this.heading = heading;
		this.captions = new ArrayList<>(captions);
	}

	void attachTo(Report report) {
		this.report = report;
	}

	public void addParagraph(Paragraph paragraph) {
		paragraph.attachTo(this);
		paragraphs.add(paragraph);
	}

	/**
	 * The section's prose, paragraphs separated by blank lines: the report's searched
	 * text holds it (Report.getTextParts), and a hit's passages are cut from it.
	 */
	@Transient
	public String getText() {
		return paragraphs.stream().map(Paragraph::getText).collect(Collectors.joining("\n\n"));
	}

	public Long getId() {
		return id;
	}

	public Report getReport() {
		return report;
	}

	public int getIndex() {
		return index;
	}

	public String getAnchor() {
		return anchor;
	}

	public String getHeading() {
		return heading;
	}

	public List<String> getCaptions() {
		return captions;
	}

	public List<Paragraph> getParagraphs() {
		return paragraphs;
	}

}
