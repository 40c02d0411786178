package org.analecta.ingest;

import org.analecta.report.Author;
import org.analecta.report.Authors;
import org.analecta.report.Countries;
import org.analecta.report.Country;
import org.analecta.report.Outlet;
import org.analecta.report.Outlets;
import org.analecta.report.Series;
import org.analecta.report.SeriesCatalog;
import org.springframework.stereotype.Component;

/**
 * Finds or creates the shared rows reports point to (series, countries, outlets, authors), in the
 * caller's transaction. Names are matched case- and accent-blind.
 */
@Component
class ReferenceRows {

	private final SeriesCatalog series;

	private final Countries countries;

	private final Outlets outlets;

	private final Authors authors;

	ReferenceRows(SeriesCatalog series, Countries countries, Outlets outlets, Authors authors) {
		this.series = series;
		this.countries = countries;
		this.outlets = outlets;
		this.authors = authors;
	}

	Series series(String name) {
		if (isBlank(name)) {
			return null;
		}
		String clean = name.strip();
		return series.findByNameIgnoreCase(clean)
			.orElseGet(() -> series.save(new Series(clean, Slugs.unique(slug(clean), series::existsBySlug))));
	}

	/** Without creating it: for finding the report a new version replaces. */
	Series existingSeries(String name) {
		return isBlank(name) ? null : series.findByNameIgnoreCase(name.strip()).orElse(null);
	}

	Country country(String name) {
		if (isBlank(name)) {
			return null;
		}
		String clean = name.strip();
		return countries.findByNameIgnoreCase(clean)
			.orElseGet(() -> countries.save(new Country(clean, Slugs.unique(slug(clean), countries::existsBySlug))));
	}

	Outlet outlet(String name) {
		String key = isBlank(name) ? "" : Slugs.key(name);
		if (key.isEmpty()) {
			return null;
		}
		return outlets.findByNameKey(key)
			.orElseGet(() -> outlets.save(new Outlet(name.strip(), key, Slugs.unique(slug(name), outlets::existsBySlug))));
	}

	Author author(String name, String bio) {
		String key = isBlank(name) ? "" : Slugs.key(name);
		if (key.isEmpty()) {
			return null;
		}
		Author author = authors.findByNameKey(key)
			.orElseGet(() -> authors.save(new Author(name.strip(), key, Slugs.unique(slug(name), authors::existsBySlug))));
		if (!isBlank(bio)) {
			author.setBio(bio.strip());
		}
		return author;
	}

	private static String slug(String name) {
		String slug = Slugs.of(name, 60);
		return slug.isEmpty() ? "x" : slug;
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}

}
