package org.analecta.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.analecta.parser.ParsedReport;
import org.hibernate.annotations.BatchSize;
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
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

/**
 * One report as the archive keeps it: its metadata, the fingerprint of the original it
 * was built from (the bytes themselves live in {@link ReportOriginal}, loaded only when
 * needed), and its parts. Parts belong to the report: they are replaced together when a
 * new version arrives or the report is re-parsed, and deleted with it.
 */
@Entity
@Indexed
@Table(name = "reports")
public class Report {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reports_id")
	@SequenceGenerator(name = "reports_id", sequenceName = "reports_id_seq", allocationSize = 1)
	private Long id;

	@Version
	private long version;

	/**
	 * Readable, unique, stable: the report's address in the reader
	 * ({@code /reports/{slug}}).
	 */
	@KeywordField(projectable = Projectable.YES)
	@Column(nullable = false, unique = true)
	private String slug;

	@FullTextField(analyzer = AnalyzerNames.ENGLISH, searchAnalyzer = AnalyzerNames.ENGLISH_QUERY,
			projectable = Projectable.YES)
	@KeywordField(name = IndexFields.Reports.TITLE_SORT, normalizer = AnalyzerNames.FOLDED, sortable = Sortable.YES)
	@Column(nullable = false)
	private String title;

	@GenericField(sortable = Sortable.YES, aggregable = Aggregable.YES, projectable = Projectable.YES)
	@Column(name = "published_on")
	private LocalDate publishedOn;

	@IndexedEmbedded(includePaths = { "name", "slug" })
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "series_id")
	private Series series;

	@KeywordField(projectable = Projectable.YES, sortable = Sortable.YES)
	@Column(name = "series_number")
	private String seriesNumber;

	@Column(name = "source_url")
	private String sourceUrl;

	/** HTML or TEXT: which reader the parser used. */
	@Column(name = "source_format", nullable = false)
	private String sourceFormat;

	/**
	 * SHA-256 of the original bytes, lower-case hex: uploading the same bytes again is a
	 * no-op.
	 */
	@Column(name = "content_hash", nullable = false, unique = true, length = 64)
	private String contentHash;

	@Column(name = "media_type", nullable = false)
	private String mediaType;

	@Column(name = "file_name")
	private String fileName;

	@Column(name = "original_size", nullable = false)
	private long originalSize;

	@Column(name = "ingested_at", nullable = false)
	private Instant ingestedAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@IndexedEmbedded(includePaths = { "name", "name_keyword", "slug" })
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	@ManyToMany
	@JoinTable(name = "report_authors", joinColumns = @JoinColumn(name = "report_id"),
			inverseJoinColumns = @JoinColumn(name = "author_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 64)
	private List<Author> authors = new ArrayList<>();

	@IndexedEmbedded(includePaths = { "name", "slug" })
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	@ManyToMany
	@JoinTable(name = "report_countries", joinColumns = @JoinColumn(name = "report_id"),
			inverseJoinColumns = @JoinColumn(name = "country_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 64)
	private List<Country> countries = new ArrayList<>();

	/**
	 * Not in the index on their own: their words are in {@link #getTextParts()}, and a
	 * hit's passages are cut from the sections as the database holds them
	 * (search.HitTexts). A second copy of every section in the index, indexed and stored,
	 * was more than two thirds of the report index. Sections, their paragraphs and the
	 * footnotes never change in place: an upload or re-parse replaces them all and
	 * touches the report itself, which re-indexes it. Following them as well would add an
	 * indexing event for every part of every upload (even SHALLOW, which still follows
	 * additions to the collection).
	 */
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	@OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("index")
	@BatchSize(size = 64)
	private List<Section> sections = new ArrayList<>();

	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	@OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("number")
	@BatchSize(size = 64)
	private List<Footnote> footnotes = new ArrayList<>();

	@OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("number")
	@BatchSize(size = 64)
	private List<Quote> quotes = new ArrayList<>();

	protected Report() {
	}

	public Report(String slug, String contentHash, Instant ingestedAt) {
		this.slug = slug;
		this.contentHash = contentHash;
		this.ingestedAt = ingestedAt;
		this.updatedAt = ingestedAt;
	}

	/**
	 * How many of the values of the searched text ({@link #getTextParts()}) are sections,
	 * the rest being footnotes: a search tells from it which a word's part is without
	 * asking the database.
	 */
	@Transient
	@GenericField(name = IndexFields.Reports.SECTION_COUNT, projectable = Projectable.YES, searchable = Searchable.NO)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "sections")))
	public int getSectionCount() {
		return Math.min(sections.size(), IndexFields.MAX_PARTS - 1);
	}

	/** The year of publication, for the year facet. */
	@Transient
	@GenericField(aggregable = Aggregable.YES, sortable = Sortable.YES, projectable = Projectable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "publishedOn")))
	public Integer getYear() {
		return publishedOn == null ? null : publishedOn.getYear();
	}

	/**
	 * All headings, paragraphs and footnotes as one text, in reading order: the source of
	 * the duplicate fingerprint. Not indexed (the name keys of the text are taken part by
	 * part, search.TextPartFields).
	 */
	@Transient
	public String getFullText() {
		StringBuilder text = new StringBuilder();
		for (Section section : sections) {
			if (section.getHeading() != null) {
				text.append(section.getHeading()).append("\n\n");
			}
			text.append(section.getText()).append("\n\n");
		}
		for (Footnote footnote : footnotes) {
			text.append(footnote.getText()).append("\n\n");
		}
		return text.toString();
	}

	/**
	 * The searched text (not shown): each section (its heading, then its prose) and then
	 * each footnote as a value of its own, in reading order. One field, so that a report
	 * matches when all the words of a query are anywhere in it; footnotes are in because
	 * they name sources and hold quotations too. The values are {@link IndexFields#PART}
	 * positions apart (the prose analyzer's position gap), so the position of a word in
	 * the index tells which part it is in: a hit's passages are cut from the parts where
	 * its words are, read from the database, without a second copy of the text in the
	 * index. A report of more than {@link IndexFields#MAX_PARTS} parts has the rest in
	 * its last value, so that positions stay within Lucene's range.
	 */
	@Transient
	@FullTextField(name = IndexFields.Reports.TEXT, analyzer = AnalyzerNames.ENGLISH,
			searchAnalyzer = AnalyzerNames.ENGLISH_QUERY)
	@IndexingDependency(derivedFrom = {
			@ObjectPath({ @PropertyValue(propertyName = "sections"), @PropertyValue(propertyName = "paragraphs"),
					@PropertyValue(propertyName = "text") }),
			@ObjectPath({ @PropertyValue(propertyName = "sections"), @PropertyValue(propertyName = "heading") }),
			@ObjectPath({ @PropertyValue(propertyName = "footnotes"), @PropertyValue(propertyName = "text") }) })
	public List<String> getTextParts() {
		List<String> parts = new ArrayList<>(sections.size() + footnotes.size());
		for (Section section : sections) {
			parts.add(section.getHeading() == null ? section.getText()
					: section.getHeading() + "\n\n" + section.getText());
		}
		for (Footnote footnote : footnotes) {
			parts.add(footnote.getText());
		}
		if (parts.size() <= IndexFields.MAX_PARTS) {
			return parts;
		}
		List<String> capped = new ArrayList<>(parts.subList(0, IndexFields.MAX_PARTS - 1));
		capped.add(String.join("\n\n", parts.subList(IndexFields.MAX_PARTS - 1, parts.size())));
		return capped;
	}

	/**
	 * Every name and spelling of everyone quoted, folded by the "name" analyzer: a search
	 * for "Rouhani" finds the report that quotes him as Rohani even though its text never
	 * says Rouhani.
	 */
	@Transient
	@IndexingDependency(derivedFrom = {
			@ObjectPath({ @PropertyValue(propertyName = "quotes"), @PropertyValue(propertyName = "speaker"),
					@PropertyValue(propertyName = "canonicalName") }),
			@ObjectPath({ @PropertyValue(propertyName = "quotes"), @PropertyValue(propertyName = "speaker"),
					@PropertyValue(propertyName = "aliases"), @PropertyValue(propertyName = "spelling") }) })
	public Set<String> getSpeakerSpellings() {
		Set<String> names = new LinkedHashSet<>();
		for (Quote quote : quotes) {
			if (quote.getSpeaker() != null) {
				names.add(quote.getSpeaker().getCanonicalName());
				quote.getSpeaker().getAliases().forEach(alias -> names.add(alias.getSpelling()));
			}
		}
		return names;
	}

	/** Canonical names of everyone quoted, for the speaker facet and filter. */
	@Transient
	@KeywordField(name = IndexFields.Reports.SPEAKER, aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath({ @PropertyValue(propertyName = "quotes"),
			@PropertyValue(propertyName = "speaker"), @PropertyValue(propertyName = "canonicalName") }))
	public Set<String> getSpeakerNames() {
		Set<String> names = new LinkedHashSet<>();
		for (Quote quote : quotes) {
			if (quote.getSpeaker() != null) {
				names.add(quote.getSpeaker().getCanonicalName());
			}
		}
		return names;
	}

	/** Slugs of everyone quoted: a stable key for a speaker filter in a URL. */
	@Transient
	@KeywordField(name = IndexFields.Reports.SPEAKER_SLUG, aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath({ @PropertyValue(propertyName = "quotes"),
			@PropertyValue(propertyName = "speaker"), @PropertyValue(propertyName = "slug") }))
	public Set<String> getSpeakerSlugs() {
		Set<String> slugs = new LinkedHashSet<>();
		for (Quote quote : quotes) {
			if (quote.getSpeaker() != null) {
				slugs.add(quote.getSpeaker().getSlug());
			}
		}
		return slugs;
	}

	/** Names of the outlets the footnotes cite, for the outlet facet and filter. */
	@Transient
	@KeywordField(name = IndexFields.Reports.OUTLET, aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath({ @PropertyValue(propertyName = "footnotes"),
			@PropertyValue(propertyName = "outlet") }))
	public Set<String> getOutletNames() {
		Set<String> names = new LinkedHashSet<>();
		for (Footnote footnote : footnotes) {
			if (footnote.getOutlet() != null) {
				names.add(footnote.getOutlet().getName());
			}
		}
		return names;
	}

	/**
	 * The shared rows a parse names, already found or created: series, authors and
	 * countries of the report; outlets and countries by
	 * {@link ReferenceRows#outletKey}/{@link ReferenceRows#countryKey} (the footnotes');
	 * speakers by the name as the parse gives it.
	 */
	public record References(Series series, List<Author> authors, List<Country> countries,
			Map<String, Country> countriesByKey, Map<String, Outlet> outletsByKey, Map<String, Speaker> speakers) {

		Country country(String name) {
			return name == null ? null : countriesByKey.get(ReferenceRows.countryKey(name));
		}

		Outlet outlet(String name) {
			return name == null ? null : outletsByKey.get(ReferenceRows.outletKey(name));
		}

	}

	/**
	 * Takes its metadata and builds its parts from a parse, in one call. The report must
	 * have no parts (a new one, or after {@link #clearParts()} has been flushed). The
	 * parse's title must not be blank: the caller names an untitled report. Returns what
	 * had to be repaired.
	 */
	public List<String> rebuild(ParsedReport parsed, References refs) {
		if (!sections.isEmpty() || !footnotes.isEmpty() || !quotes.isEmpty()) {
			throw new IllegalStateException("Clear and flush the parts of " + this + " before rebuilding it");
		}
		this.title = Objects.requireNonNull(PartsFromParse.blankToNull(parsed.title()), "title");
		this.publishedOn = parsed.publishedOn();
		this.series = refs.series();
		this.seriesNumber = PartsFromParse.blankToNull(parsed.seriesNumber());
		this.sourceUrl = PartsFromParse.blankToNull(parsed.sourceUrl());
		this.sourceFormat = parsed.format().name();
		refs.authors().stream().distinct().forEach(authors::add);
		refs.countries().stream().distinct().forEach(countries::add);
		return new PartsFromParse(this, parsed, refs).build();
	}

	/** Drops every part, before a new version or a re-parse adds them again. */
	public void clearParts() {
		quotes.clear();
		footnotes.clear();
		sections.clear();
		authors.clear();
		countries.clear();
	}

	public void addSection(Section section) {
		section.attachTo(this);
		sections.add(section);
	}

	public void addFootnote(Footnote footnote) {
		footnote.attachTo(this);
		footnotes.add(footnote);
	}

	public void addQuote(Quote quote) {
		quote.attachTo(this);
		quotes.add(quote);
	}

	/** Records which original the report is now built from. */
	public void setOriginal(String contentHash, String mediaType, String fileName, long size, String sourceFormat) {
		this.contentHash = Objects.requireNonNull(contentHash);
		this.mediaType = Objects.requireNonNull(mediaType);
		this.fileName = fileName;
		this.originalSize = size;
		this.sourceFormat = Objects.requireNonNull(sourceFormat);
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public String getSlug() {
		return slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public LocalDate getPublishedOn() {
		return publishedOn;
	}

	public void setPublishedOn(LocalDate publishedOn) {
		this.publishedOn = publishedOn;
	}

	public Series getSeries() {
		return series;
	}

	public void setSeries(Series series) {
		this.series = series;
	}

	public String getSeriesNumber() {
		return seriesNumber;
	}

	public void setSeriesNumber(String seriesNumber) {
		this.seriesNumber = seriesNumber;
	}

	public String getSourceUrl() {
		return sourceUrl;
	}

	public void setSourceUrl(String sourceUrl) {
		this.sourceUrl = sourceUrl;
	}

	public String getSourceFormat() {
		return sourceFormat;
	}

	public String getContentHash() {
		return contentHash;
	}

	public String getMediaType() {
		return mediaType;
	}

	public String getFileName() {
		return fileName;
	}

	public long getOriginalSize() {
		return originalSize;
	}

	public Instant getIngestedAt() {
		return ingestedAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public void setUpdatedAt(Instant updatedAt) {
		this.updatedAt = updatedAt;
	}

	public List<Author> getAuthors() {
		return authors;
	}

	public List<Country> getCountries() {
		return countries;
	}

	public List<Section> getSections() {
		return sections;
	}

	public List<Footnote> getFootnotes() {
		return footnotes;
	}

	public List<Quote> getQuotes() {
		return quotes;
	}

	@Override
	public String toString() {
		return "Report[" + id + ", " + slug + "]";
	}

}
