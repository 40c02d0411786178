package org.analecta.report;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.analecta.report.Author;
import org.analecta.report.Countries;
import org.analecta.report.Country;
import org.analecta.report.Outlet;
import org.analecta.report.Outlets;
import org.analecta.report.Series;
import org.analecta.report.SeriesCatalog;
import org.springframework.stereotype.Component;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

/**
 * Finds or creates the shared rows reports point to (series, countries, outlets,
 * authors), in the caller's transaction. Names are matched case- and accent-blind.
 */
@Component
public class ReferenceRows {

	private final SeriesCatalog series;

	private final Countries countries;

	private final Outlets outlets;

	private final EntityManager em;

	ReferenceRows(SeriesCatalog series, Countries countries, Outlets outlets, EntityManager em) {
		this.series = series;
		this.countries = countries;
		this.outlets = outlets;
		this.em = em;
	}

	/**
	 * The countries of one report, found or created together: one select for all of them,
	 * an insert that waits for (rather than collides with) a concurrent upload creating
	 * the same country, one select for those inserted. No lookup flushes the session.
	 * Names are inserted in a fixed order so that two uploads creating the same countries
	 * cannot deadlock. A name the batch misses (a spelling PostgreSQL and Java upper-case
	 * differently, a slug taken by another name) is left out of the map: {@link #country}
	 * resolves it one at a time.
	 */
	public Map<String, Country> countries(Collection<String> names) {
		Map<String, String> byKey = new TreeMap<>();
		for (String name : names) {
			if (!isBlank(name)) {
				byKey.putIfAbsent(name.strip().toUpperCase(Locale.ROOT), name.strip());
			}
		}
		Map<String, Country> found = new HashMap<>();
		if (byKey.isEmpty()) {
			return found;
		}
		selectCountries(byKey, found);
		boolean inserted = false;
		for (Map.Entry<String, String> entry : byKey.entrySet()) {
			if (!found.containsKey(entry.getKey())) {
				String clean = entry.getValue();
				insert("insert into countries (id, name, slug) values (nextval('countries_id_seq'), ?1, ?2) "
						+ "on conflict do nothing", clean, null,
						Slugs.unique(slug(clean), s -> Slugs.taken(em, "countries", s)));
				inserted = true;
			}
		}
		if (inserted) {
			selectCountries(byKey, found);
		}
		return found;
	}

	private void selectCountries(Map<String, String> byKey, Map<String, Country> found) {
		KeyedIds.select(em, "select upper(name), id from countries where upper(name) = any(?)", byKey.keySet())
			.forEach((key, id) -> found.put(key, em.getReference(Country.class, id)));
	}

	/**
	 * The outlets of one report by their folded name, found or created together as
	 * {@link #countries} does.
	 */
	public Map<String, Outlet> outlets(Collection<String> names) {
		Map<String, String> byKey = new TreeMap<>();
		for (String name : names) {
			String key = isBlank(name) ? "" : Slugs.key(name);
			if (!key.isEmpty()) {
				byKey.putIfAbsent(key, name.strip());
			}
		}
		Map<String, Outlet> found = new HashMap<>();
		if (byKey.isEmpty()) {
			return found;
		}
		selectOutlets(byKey, found);
		boolean inserted = false;
		for (Map.Entry<String, String> entry : byKey.entrySet()) {
			if (!found.containsKey(entry.getKey())) {
				String clean = entry.getValue();
				insert("insert into outlets (id, name, name_key, slug) values (nextval('outlets_id_seq'), ?1, ?3, ?2) "
						+ "on conflict do nothing", clean, entry.getKey(),
						Slugs.unique(slug(clean), s -> Slugs.taken(em, "outlets", s)));
				inserted = true;
			}
		}
		if (inserted) {
			selectOutlets(byKey, found);
		}
		return found;
	}

	private void selectOutlets(Map<String, String> byKey, Map<String, Outlet> found) {
		KeyedIds.select(em, "select name_key, id from outlets where name_key = any(?)", byKey.keySet())
			.forEach((key, id) -> found.put(key, em.getReference(Outlet.class, id)));
	}

	private int insert(String sql, String name, String key, String slug) {
		var query = em.createNativeQuery(sql)
			.setParameter(1, name)
			.setParameter(2, slug)
			.setFlushMode(FlushModeType.COMMIT);
		if (key != null) {
			query.setParameter(3, key);
		}
		return query.executeUpdate();
	}

	/** The key {@link #countries} files a country name under. */
	public static String countryKey(String name) {
		return isBlank(name) ? "" : name.strip().toUpperCase(Locale.ROOT);
	}

	/** The key {@link #outlets} files an outlet name under. */
	public static String outletKey(String name) {
		return isBlank(name) ? "" : Slugs.key(name);
	}

	/**
	 * The series of that name, created when new. Like the countries: no flushing lookup,
	 * and an insert that waits for a concurrent upload creating the same series instead
	 * of failing.
	 */
	public Series series(String name) {
		if (isBlank(name)) {
			return null;
		}
		String clean = name.strip();
		Series found = existingSeries(clean);
		if (found == null) {
			insert("insert into series (id, name, slug) values (nextval('series_id_seq'), ?1, ?2) on conflict do nothing",
					clean, null, Slugs.unique(slug(clean), s -> Slugs.taken(em, "series", s)));
			found = existingSeries(clean);
		}
		return found != null ? found
				: series.findByNameIgnoreCase(clean).orElseThrow(() -> new IllegalStateException("No series " + clean));
	}

	/**
	 * Without creating it; the row of the name as written first, then its other spelling.
	 */
	public Series existingSeries(String name) {
		List<Series> spellings = seriesSpellings(name);
		return spellings.isEmpty() ? null : spellings.getFirst();
	}

	/**
	 * The rows of a series under either of its spellings, the name as written first: a
	 * series is written with and without its word "Series" ("Special Dispatch Series No.
	 * 1850" on old pages and reposts, "Special Dispatch No. 1850" on new ones), so that
	 * one dispatch saved from two pages is one report and an analyst sees one series.
	 */
	public List<Series> seriesSpellings(String name) {
		if (isBlank(name)) {
			return List.of();
		}
		String key = name.strip().toUpperCase(Locale.ROOT);
		String bare = seriesKey(name);
		return em
			.createQuery("select s from Series s where upper(s.name) in (:key, :bare, :worded)"
					+ " order by case when upper(s.name) = :key then 0 else 1 end, s.id", Series.class)
			.setParameter("key", key)
			.setParameter("bare", bare)
			.setParameter("worded", bare + SERIES_WORD)
			.setFlushMode(FlushModeType.COMMIT)
			.getResultList();
	}

	/**
	 * A series' name in capitals without its word "Series": the same for both spellings.
	 */
	public static String seriesKey(String name) {
		String key = isBlank(name) ? "" : name.strip().toUpperCase(Locale.ROOT);
		return key.endsWith(SERIES_WORD) ? key.substring(0, key.length() - SERIES_WORD.length()).strip() : key;
	}

	private static final String SERIES_WORD = " SERIES";

	public Country country(String name) {
		if (isBlank(name)) {
			return null;
		}
		String clean = name.strip();
		return countries.findByNameIgnoreCase(clean)
			.orElseGet(() -> countries.save(new Country(clean, Slugs.unique(slug(clean), countries::existsBySlug))));
	}

	public Outlet outlet(String name) {
		String key = isBlank(name) ? "" : Slugs.key(name);
		if (key.isEmpty()) {
			return null;
		}
		return outlets.findByNameKey(key)
			.orElseGet(
					() -> outlets.save(new Outlet(name.strip(), key, Slugs.unique(slug(name), outlets::existsBySlug))));
	}

	/**
	 * The author of that name (by folded key), created when new, as {@link #series} does.
	 */
	public Author author(String name, String bio) {
		String key = isBlank(name) ? "" : Slugs.key(name);
		if (key.isEmpty()) {
			return null;
		}
		Author author = existingAuthor(key);
		if (author == null) {
			insert("insert into authors (id, name, name_key, slug) values (nextval('authors_id_seq'), ?1, ?3, ?2) "
					+ "on conflict do nothing", name.strip(), key,
					Slugs.unique(slug(name), s -> Slugs.taken(em, "authors", s)));
			author = existingAuthor(key);
		}
		if (author == null) {
			throw new IllegalStateException("No author " + name);
		}
		if (!isBlank(bio)) {
			author.setBio(bio.strip());
		}
		return author;
	}

	private Author existingAuthor(String key) {
		return em.createQuery("select a from Author a where a.nameKey = :key", Author.class)
			.setParameter("key", key)
			.setFlushMode(FlushModeType.COMMIT)
			.getResultStream()
			.findFirst()
			.orElse(null);
	}

	private static String slug(String name) {
		String slug = Slugs.of(name, 60);
		return slug.isEmpty() ? "x" : slug;
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}

}
