package org.analecta.reader;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param publisher the institution that issues the reports, as citations name it
 */
@ConfigurationProperties("analecta.citation")
record CitationSettings(@DefaultValue("MEMRI") String publisher) {
}
