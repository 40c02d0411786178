package org.analecta.report;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface Quotes extends JpaRepository<Quote, Long> {

	@EntityGraph(attributePaths = { "speaker", "footnote", "footnote.outlet" })
	List<Quote> findByReportOrderByNumber(Report report);

	@EntityGraph(attributePaths = { "report", "report.series", "footnote", "footnote.outlet" })
	Page<Quote> findBySpeakerOrderByReportPublishedOnDescNumberAsc(Speaker speaker, Pageable pageable);

	long countBySpeaker(Speaker speaker);

	long countByReport(Report report);

	/** Moves every quote of one speaker record to another (merging two records of one person). */
	@Modifying
	@Query("update Quote q set q.speaker = :target where q.speaker = :source")
	int reassignSpeaker(Speaker source, Speaker target);

}
