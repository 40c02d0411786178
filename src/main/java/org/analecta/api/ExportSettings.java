package org.analecta.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param maxRows an export of a search stops after this many rows, and says so in the file name */
@ConfigurationProperties("analecta.export")
record ExportSettings(@DefaultValue("10000") int maxRows) {

	ExportSettings {
		if (maxRows < 1) {
			throw new IllegalArgumentException("analecta.export.max-rows must be at least 1, was " + maxRows);
		}
	}

}
