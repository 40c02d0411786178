package org.analecta.report;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Quotes extends JpaRepository<Quote, Long> {

	List<Quote> findBySpeaker(Speaker speaker);

	long countBySpeaker(Speaker speaker);

	long countByReport(Report report);

	/** A report's quotations in reading order (the API's report document). */
	List<Quote> findByReportOrderByNumber(Report report);

}
