package org.analecta.report;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Quotes extends JpaRepository<Quote, Long> {

	@EntityGraph(attributePaths = { "speaker", "footnote", "footnote.outlet" })
	List<Quote> findByReportOrderByNumber(Report report);

	@EntityGraph(attributePaths = { "report", "report.series", "footnote", "footnote.outlet" })
	Page<Quote> findBySpeakerOrderByReportPublishedOnDescNumberAsc(Speaker speaker, Pageable pageable);

	List<Quote> findBySpeaker(Speaker speaker);

	long countBySpeaker(Speaker speaker);

	long countByReport(Report report);

}
