package org.analecta.report;

import java.time.Instant;

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

/** A previous original of a report, kept when a new version replaced it. */
@Entity
@Table(name = "report_revisions")
public class ReportRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_revisions_id")
	@SequenceGenerator(name = "report_revisions_id", sequenceName = "report_revisions_id_seq", allocationSize = 1)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "report_id", nullable = false)
	private Report report;

	/** 1 for the first original, counting up. */
	@Column(nullable = false)
	private int revision;

	@Column(name = "content_hash", nullable = false, length = 64)
	private String contentHash;

	@Column(name = "media_type", nullable = false)
	private String mediaType;

	@Column(name = "file_name")
	private String fileName;

	@Column(name = "source_url")
	private String sourceUrl;

	private String title;

	@Column(nullable = false)
	private byte[] content;

	/** When this original was first stored. */
	@Column(name = "ingested_at", nullable = false)
	private Instant ingestedAt;

	/** When a newer version replaced it. */
	@Column(name = "replaced_at", nullable = false)
	private Instant replacedAt;

	protected ReportRevision() {
	}

	public ReportRevision(Report report, int revision, String contentHash, String mediaType, String fileName,
			String sourceUrl, String title, byte[] content, Instant ingestedAt, Instant replacedAt) {
		this.report = report;
		this.revision = revision;
		this.contentHash = contentHash;
		this.mediaType = mediaType;
		this.fileName = fileName;
		this.sourceUrl = sourceUrl;
		this.title = title;
		this.content = content;
		this.ingestedAt = ingestedAt;
		this.replacedAt = replacedAt;
	}

	public Long getId() {
		return id;
	}

	public Report getReport() {
		return report;
	}

	public int getRevision() {
		return revision;
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

	public String getSourceUrl() {
		return sourceUrl;
	}

	public String getTitle() {
		return title;
	}

	public byte[] getContent() {
		return content;
	}

	public Instant getIngestedAt() {
		return ingestedAt;
	}

	public Instant getReplacedAt() {
		return replacedAt;
	}

}
