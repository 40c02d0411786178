package org.analecta.search;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Search settings ({@code analecta.search.*}).
 *
 * @param synonymsFile the admin's synonym rules, added to the shipped ones; read at
 * startup, a missing file is fine
 * @param rebuildEmptyIndex whether a start that finds reports in the database but none in
 * the index (a deleted or moved index folder, a new machine) rebuilds the index by itself
 * @param exactTotalUpTo the report search counts its hits exactly up to this many; past
 * it Lucene may skip documents that cannot make the page, and the page says "more than N
 * reports"
 * @param facetCacheSize how many facet-count sets (one per query text and filters) are
 * kept
 * @param facetCacheTtl how long a facet-count set is kept at most where the backend
 * cannot tell the state of its index (OpenSearch): the bound on how old the counts shown
 * can be when the index changed without changing the number of hits. On the embedded
 * index a set is kept for its state of the index only, until the size bound evicts it.
 * @param quoteRowCache how much memory the quote hits' rows, as the index holds them, may
 * take while kept decoded for the next page that shows them ({@link QuoteRows}); 0 reads
 * every row from the index each time
 * @param reportRowCache the same for the report hits' rows ({@link ReportRows}): title,
 * date, series, countries and the positions each part of the text takes
 * @param sectionTextCache the same for the texts of the sections a page of report hits
 * marks its passages in, read from the database ({@link HitTexts}); 0 reads them each
 * time
 * @param facetSidebarCache how much memory the search page's facet lists, rendered, may
 * take while kept for the next page that shows the same lists ({@link FacetSidebar}); 0
 * renders them on every page
 * @param backend where the index lives: an embedded Lucene index on local disk, or an
 * OpenSearch cluster shared by several application nodes
 * @param opensearch the cluster, when {@code backend} is {@code opensearch}
 */
@ConfigurationProperties("analecta.search")
record SearchSettings(@DefaultValue("data/synonyms.txt") Path synonymsFile,
		@DefaultValue("true") boolean rebuildEmptyIndex, @DefaultValue("1000") int exactTotalUpTo,
		@DefaultValue("500") int facetCacheSize, @DefaultValue("30s") Duration facetCacheTtl,
		@DefaultValue("32MB") DataSize quoteRowCache, @DefaultValue("16MB") DataSize reportRowCache,
		@DefaultValue("32MB") DataSize sectionTextCache, @DefaultValue("8MB") DataSize facetSidebarCache,
		@DefaultValue("lucene") Backend backend, @DefaultValue OpenSearch opensearch) {

	SearchSettings {
		if (exactTotalUpTo < SearchAnalysis.FEW_HITS) {
			// The search decides on spelling help from the count of few hits.
			throw new IllegalArgumentException(
					"analecta.search.exact-total-up-to must be at least " + SearchAnalysis.FEW_HITS);
		}
	}

	enum Backend {

		LUCENE, OPENSEARCH

	}

	/**
	 * @param uris the cluster's HTTP addresses
	 * @param username empty for a cluster without authentication
	 * @param indexPrefix put before each index name, so that several archives (or test
	 * runs) can share a cluster
	 */
	record OpenSearch(@DefaultValue("http://127.0.0.1:9200") List<String> uris, @DefaultValue("") String username,
			@DefaultValue("") String password, @DefaultValue("analecta-") String indexPrefix) {
	}

}
