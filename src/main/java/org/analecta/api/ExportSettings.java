package org.analecta.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxRows an export of a search stops after this many rows, and says so in the
 * file name
 * @param batchSize rows fetched from the search at a time while an export is written
 * (1-100)
 */
@ConfigurationProperties("analecta.export")
record ExportSettings(@DefaultValue("10000") int maxRows, @DefaultValue("100") int batchSize) {

	ExportSettings {
		if (maxRows < 1) {
			throw new IllegalArgumentException("analecta.export.max-rows must be at least 1, was " + maxRows);
		}
		if (batchSize < 1 || batchSize > 100) {
			throw new IllegalArgumentException("analecta.export.batch-size must be 1 to 100, was " + batchSize);
		}
	}

}
