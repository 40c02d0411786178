package org.analecta.report;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.annotations.BatchSize;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

/**
 * A paragraph of a section, its text without footnote markers, and where those markers
 * stood.
 */
@Entity
@Table(name = "paragraphs")
public class Paragraph {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "paragraphs_id")
	@SequenceGenerator(name = "paragraphs_id", sequenceName = "paragraphs_id_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "section_id", nullable = false)
	private Section section;

	/** 0-based position within the section. */
	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String text;

	@ElementCollection
	@CollectionTable(name = "paragraph_footnote_refs", joinColumns = @JoinColumn(name = "paragraph_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 256)
	private List<FootnoteReference> footnoteRefs = new ArrayList<>();

	protected Paragraph() {
	}

	public Paragraph(int position, String text, List<FootnoteReference> footnoteRefs) {
		this.position = position;
		this.text = text;
		this.footnoteRefs = new ArrayList<>(footnoteRefs);
	}

	void attachTo(Section section) {
		this.section = section;
	}

	/** The fragment identifier in the reader, e.g. s2p3. */
	@Transient
	public String getAnchor() {
		return section.getAnchor() + "p" + position;
	}

	public Long getId() {
		return id;
	}

	public Section getSection() {
		return section;
	}

	public int getPosition() {
		return position;
	}

	public String getText() {
		return text;
	}

	public List<FootnoteReference> getFootnoteRefs() {
		return footnoteRefs;
	}

}
