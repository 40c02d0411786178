package org.analecta.report;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ReportRevisions extends JpaRepository<ReportRevision, Long> {

	/** Without the bytes: for listing a report's history. */
	@Query("""
			select new org.analecta.report.RevisionSummary(v.id, v.revision, v.contentHash, v.mediaType, v.fileName,
				v.title, v.ingestedAt, v.replacedAt)
			from ReportRevision v where v.report.id = :reportId order by v.revision desc""")
	List<RevisionSummary> findSummariesByReportId(Long reportId);

	Optional<ReportRevision> findByReportIdAndRevision(Long reportId, int revision);

	@Query("select coalesce(max(v.revision), 0) from ReportRevision v where v.report.id = :reportId")
	int findLatestRevisionNumber(Long reportId);

	long countByReportId(Long reportId);

	/** The revision of a report that had these bytes, if any. */
	@Query("select max(v.revision) from ReportRevision v where v.report.id = :reportId and v.contentHash = :contentHash")
	Integer findRevisionNumberByContentHash(Long reportId, String contentHash);

	/** The reports that had these bytes as an earlier version, latest revision first. */
	@Query("select v.report from ReportRevision v where v.contentHash = :contentHash order by v.revision desc")
	List<Report> findReportsByRevisionContentHash(String contentHash);

	@Modifying
	@Query("delete from ReportRevision v where v.report.id = :reportId")
	int deleteByReportId(Long reportId);

}
