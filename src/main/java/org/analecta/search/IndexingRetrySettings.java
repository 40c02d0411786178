package org.analecta.search;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Retrying indexing events that failed ({@code analecta.search.indexing-retry.*}).
 *
 * @param interval how often the outbox is looked at for events Hibernate Search gave up
 * on
 */
@ConfigurationProperties("analecta.search.indexing-retry")
record IndexingRetrySettings(@DefaultValue("60s") Duration interval) {
}
