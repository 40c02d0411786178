package org.analecta.browse;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plain reads of report lists for the browse pages and the home page: summaries only
 * (never whole reports), grouped and counted in the database.
 */
@Component
@Transactional(readOnly = true)
public class ReportListing {

	private static final String SUMMARY = "select r.slug as slug, r.title as title, r.publishedOn as publishedOn,"
			+ " s.name as series, r.seriesNumber as seriesNumber from Report r left join r.series s ";

	private final EntityManager em;

	ReportListing(EntityManager em) {
		this.em = em;
	}

	public record CountryCount(String name, String slug, long reports) {
	}

	public record YearCount(int year, long reports) {
	}

	public List<ReportSummary> latest(int limit) {
		return summaries(em.createQuery(SUMMARY + "order by r.publishedOn desc nulls last, r.id desc", Tuple.class)
			.setMaxResults(limit)
			.getResultList());
	}

	/** Reports per month, over the dated reports. */
	public SortedMap<YearMonth, Long> perMonth() {
		SortedMap<YearMonth, Long> out = new TreeMap<>();
		em.createQuery(
				"select extract(year from r.publishedOn), extract(month from r.publishedOn), count(r)"
						+ " from Report r where r.publishedOn is not null"
						+ " group by extract(year from r.publishedOn), extract(month from r.publishedOn)",
				Object[].class)
			.getResultList()
			.forEach(row -> out.put(YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue()),
					((Number) row[2]).longValue()));
		return out;
	}

	public long undatedCount() {
		return em.createQuery("select count(r) from Report r where r.publishedOn is null", Long.class)
			.getSingleResult();
	}

	public List<ReportSummary> inYear(int year) {
		return summaries(em
			.createQuery(SUMMARY + "where r.publishedOn >= :from and r.publishedOn < :to"
					+ " order by r.publishedOn desc, r.id desc", Tuple.class)
			.setParameter("from", LocalDate.of(year, 1, 1))
			.setParameter("to", LocalDate.of(year + 1, 1, 1))
			.getResultList());
	}

	public List<ReportSummary> undated() {
		return summaries(
				em.createQuery(SUMMARY + "where r.publishedOn is null order by r.title", Tuple.class).getResultList());
	}

	public List<CountryCount> countries() {
		return em
			.createQuery("select c.name, c.slug, count(r) from Report r join r.countries c"
					+ " group by c.name, c.slug order by c.name", Object[].class)
			.getResultList()
			.stream()
			.map(row -> new CountryCount((String) row[0], (String) row[1], ((Number) row[2]).longValue()))
			.toList();
	}

	/**
	 * The newest {@code limit} reports of every country, by country slug: one query over
	 * the archive (a window per country), not one per country.
	 */
	@SuppressWarnings("unchecked")
	public Map<String, List<ReportSummary>> latestPerCountry(int limit) {
		Map<String, List<ReportSummary>> out = new HashMap<>();
		List<Object[]> rows = em
			.createNativeQuery(
					"""
							select country, slug, title, published_on, series, series_number from (
								select c.slug as country, r.slug, r.title, r.published_on, s.name as series, r.series_number,
									row_number() over (partition by c.id order by r.published_on desc nulls last, r.id desc) as n
								from reports r join report_countries rc on rc.report_id = r.id join countries c on c.id = rc.country_id
								left join series s on s.id = r.series_id) ranked
							where n <= :limit order by country, n""")
			.setParameter("limit", limit)
			.getResultList();
		for (Object[] row : rows) {
			out.computeIfAbsent((String) row[0], k -> new ArrayList<>())
				.add(new ReportSummary((String) row[1], (String) row[2], localDate(row[3]), (String) row[4],
						(String) row[5]));
		}
		return out;
	}

	/** Dated reports per year of every country, by country slug. */
	public Map<String, Map<Integer, Long>> perYearPerCountry() {
		Map<String, Map<Integer, Long>> out = new HashMap<>();
		em.createQuery(
				"select c.slug, extract(year from r.publishedOn), count(r) from Report r join r.countries c"
						+ " where r.publishedOn is not null group by c.slug, extract(year from r.publishedOn)",
				Object[].class)
			.getResultList()
			.forEach(row -> out.computeIfAbsent((String) row[0], k -> new HashMap<>())
				.put(((Number) row[1]).intValue(), ((Number) row[2]).longValue()));
		return out;
	}

	public Optional<String> countryName(String slug) {
		return em.createQuery("select c.name from Country c where c.slug = :slug", String.class)
			.setParameter("slug", slug)
			.getResultStream()
			.findFirst();
	}

	public List<ReportSummary> inCountry(String slug, int offset, int limit) {
		return summaries(em
			.createQuery(SUMMARY + "join r.countries c where c.slug = :slug"
					+ " order by r.publishedOn desc nulls last, r.id desc", Tuple.class)
			.setParameter("slug", slug)
			.setFirstResult(offset)
			.setMaxResults(limit)
			.getResultList());
	}

	public long countInCountry(String slug) {
		return em.createQuery("select count(r) from Report r join r.countries c where c.slug = :slug", Long.class)
			.setParameter("slug", slug)
			.getSingleResult();
	}

	private static LocalDate localDate(Object value) {
		return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
	}

	private static List<ReportSummary> summaries(List<Tuple> rows) {
		return rows.stream()
			.map(t -> new ReportSummary(t.get("slug", String.class), t.get("title", String.class),
					t.get("publishedOn", LocalDate.class), t.get("series", String.class),
					t.get("seriesNumber", String.class)))
			.toList();
	}

}
