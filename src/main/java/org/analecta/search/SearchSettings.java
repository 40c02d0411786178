package org.analecta.search;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Search settings ({@code analecta.search.*}).
 *
 * @param synonymsFile the admin's synonym rules, added to the shipped ones; read at
 * startup, a missing file is fine
 * @param rebuildEmptyIndex whether a start that finds reports in the database but none in
 * the index (a deleted or moved index folder, a new machine) rebuilds the index by itself
 */
@ConfigurationProperties("analecta.search")
record SearchSettings(@DefaultValue("data/synonyms.txt") Path synonymsFile,
		@DefaultValue("true") boolean rebuildEmptyIndex) {
}
