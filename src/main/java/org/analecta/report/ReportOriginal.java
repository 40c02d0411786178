package org.analecta.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/**
 * The uploaded bytes a report is currently built from. Kept out of the reports table so
 * that listing and reading reports never drags megabytes of HTML along; its key is the
 * report's.
 */
@Entity
@Table(name = "report_originals")
public class ReportOriginal {

	@Id
	@Column(name = "report_id")
	private Long reportId;

	@MapsId
	@OneToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "report_id")
	private Report report;

	@Column(nullable = false)
	private byte[] content;

	protected ReportOriginal() {
	}

	public ReportOriginal(Report report, byte[] content) {
		this.report = report;
		this.content = content;
	}

	public Report getReport() {
		return report;
	}

	public byte[] getContent() {
		return content;
	}

	public void setContent(byte[] content) {
		this.content = content;
	}

}
