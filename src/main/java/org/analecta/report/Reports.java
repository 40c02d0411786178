package org.analecta.report;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Reports extends JpaRepository<Report, Long> {

	Optional<Report> findBySlug(String slug);

	/**
	 * A report for reading: the series and sections come in the same query; paragraphs,
	 * their footnote references, footnotes, quotes and speakers follow in one batched
	 * query each (see the @BatchSize on the associations), whatever the report's length.
	 */
	@EntityGraph(attributePaths = { "series", "sections" })
	@Query("select r from Report r where r.slug = :slug")
	Optional<Report> findForReadingBySlug(String slug);

	Optional<Report> findByContentHash(String contentHash);

	Optional<Report> findBySeriesAndSeriesNumber(Series series, String seriesNumber);

	Optional<Report> findFirstBySourceUrlOrderByIdAsc(String sourceUrl);

	@Query("select r.id from Report r order by r.id")
	List<Long> findAllIds();

}
