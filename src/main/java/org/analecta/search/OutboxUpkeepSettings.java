package org.analecta.search;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The outbox upkeep ({@code analecta.search.outbox-upkeep.*}).
 *
 * @param enabled whether the application vacuums and analyses the indexing outbox itself
 * @param interval how often it looks at the outbox's statistics
 * @param threshold dead or changed rows (as PostgreSQL's statistics count them) that make
 * it act
 */
@ConfigurationProperties("analecta.search.outbox-upkeep")
record OutboxUpkeepSettings(@DefaultValue("true") boolean enabled, @DefaultValue("10s") Duration interval,
		@DefaultValue("2000") long threshold) {
}
