package org.analecta.report;

import java.util.LinkedHashSet;
import java.util.Set;

import org.analecta.parser.ParsedReport.QuoteKind;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

/**
 * A quotation in a report: who said it (the speaker's authority record, the role they
 * held then, and the name as the report wrote it), the cue that attributed it, and where
 * it stands.
 */
@Entity
@Indexed
@Table(name = "quotes")
public class Quote {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quotes_id")
	@SequenceGenerator(name = "quotes_id", sequenceName = "quotes_id_seq", allocationSize = 50)
	private Long id;

	@IndexedEmbedded(includePaths = { "slug", "title", "publishedOn", "year", "seriesNumber", "series.name",
			"series.slug", "countries.name", "countries.slug" })
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "report_id", nullable = false)
	private Report report;

	/** 1-based, in reading order; stable per report for anchors (#q12). */
	@GenericField(projectable = Projectable.YES, sortable = Sortable.YES)
	@Column(nullable = false)
	private int number;

	@FullTextField(analyzer = AnalyzerNames.ENGLISH, searchAnalyzer = AnalyzerNames.ENGLISH_QUERY,
			projectable = Projectable.YES)
	@Column(nullable = false)
	private String text;

	/** Null for terms and unattributed quotations. */
	@IndexedEmbedded(includePaths = { "name", "name_keyword", "slug", "kind", "aliases.spelling" })
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "speaker_id")
	private Speaker speaker;

	/** The speaker's title at the time of the quote ("Iranian President"). */
	@FullTextField(analyzer = AnalyzerNames.ENGLISH, projectable = Projectable.YES)
	private String role;

	/** Shown as written; matched through its keys (search.ComputedFieldMapping). */
	@GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
	@Column(name = "speaker_as_written")
	private String speakerAsWritten;

	/** The attributing words ("said", "tweeted", "stated:"). */
	private String cue;

	@KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private QuoteKind kind;

	@GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
	@Column(nullable = false)
	private double confidence;

	// Sections, paragraphs and footnotes never change in place (a report's parts are
	// replaced together), so following them for re-indexing would be wasted work.
	//
	// They are the quote's own report's parts, and persisting the quote persists them
	// first. Without that, Hibernate, cascading a report's collections in the order of
	// their names (footnotes, quotes, sections), would meet each quote before its section
	// and paragraph are persistent, insert it without them and set them by a second
	// UPDATE of every quote row (ReportsTests).
	@IndexedEmbedded(includePaths = { "anchor", "heading" })
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	@ManyToOne(fetch = FetchType.LAZY, cascade = CascadeType.PERSIST)
	@JoinColumn(name = "section_id")
	private Section section;

	@ManyToOne(fetch = FetchType.LAZY, cascade = CascadeType.PERSIST)
	@JoinColumn(name = "paragraph_id")
	private Paragraph paragraph;

	@IndexedEmbedded(includePaths = { "number", "date", "outlet.name", "outlet.name_keyword", "outlet.slug",
			"country.name", "country.slug" })
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	@ManyToOne(fetch = FetchType.LAZY, cascade = CascadeType.PERSIST)
	@JoinColumn(name = "footnote_id")
	private Footnote footnote;

	/** An admin has checked the attribution (or that this is no quotation at all). */
	@GenericField(projectable = Projectable.YES, aggregable = Aggregable.YES)
	@Column(nullable = false)
	private boolean verified;

	protected Quote() {
	}

	public Quote(int number, String text, QuoteKind kind, double confidence) {
		this.number = number;
		this.text = text;
		this.kind = kind;
		this.confidence = confidence;
	}

	void attachTo(Report report) {
		this.report = report;
	}

	public void attribute(Speaker speaker, String role, String speakerAsWritten, String cue) {
		this.speaker = speaker;
		this.role = role;
		this.speakerAsWritten = speakerAsWritten;
		this.cue = cue;
	}

	public void place(Section section, Paragraph paragraph, Footnote footnote) {
		this.section = section;
		this.paragraph = paragraph;
		this.footnote = footnote;
	}

	/** Reassigns the quote when two speaker records turn out to be one person. */
	public void setSpeaker(Speaker speaker) {
		this.speaker = speaker;
	}

	public boolean isVerified() {
		return verified;
	}

	public void setVerified(boolean verified) {
		this.verified = verified;
	}

	/**
	 * An admin's "not a quotation": a term (nobody's statement), unattributed, checked.
	 */
	public void markNotQuotation() {
		this.kind = QuoteKind.TERM;
		this.speaker = null;
		this.role = null;
		this.verified = true;
	}

	/** The fragment identifier in the reader, e.g. q12. */
	public String getAnchor() {
		return "q" + number;
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

	public Speaker getSpeaker() {
		return speaker;
	}

	public String getRole() {
		return role;
	}

	public String getSpeakerAsWritten() {
		return speakerAsWritten;
	}

	/**
	 * Every spelling the quote's speaker goes by: the canonical name, each alias, and the
	 * report's own spelling. The quote search finds a typed name when all of its keys are
	 * among theirs (search.ComputedFieldMapping), in one indexed field.
	 */
	@Transient
	@IndexingDependency(derivedFrom = {
			@ObjectPath({ @PropertyValue(propertyName = "speaker"), @PropertyValue(propertyName = "canonicalName") }),
			@ObjectPath({ @PropertyValue(propertyName = "speaker"), @PropertyValue(propertyName = "aliases"),
					@PropertyValue(propertyName = "spelling") }),
			@ObjectPath(@PropertyValue(propertyName = "speakerAsWritten")) })
	public Set<String> getSpeakerSpellings() {
		Set<String> spellings = new LinkedHashSet<>();
		if (speaker != null) {
			spellings.add(speaker.getCanonicalName());
			speaker.getAliases().forEach(alias -> spellings.add(alias.getSpelling()));
		}
		if (speakerAsWritten != null) {
			spellings.add(speakerAsWritten);
		}
		return spellings;
	}

	public String getCue() {
		return cue;
	}

	public QuoteKind getKind() {
		return kind;
	}

	public double getConfidence() {
		return confidence;
	}

	public Section getSection() {
		return section;
	}

	public Paragraph getParagraph() {
		return paragraph;
	}

	public Footnote getFootnote() {
		return footnote;
	}

}
