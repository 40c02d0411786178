package org.analecta.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Health settings ({@code analecta.health.*}).
 *
 * @param checkInterval how often the background check compares the database and the index
 * @param disagreementGrace how long a disagreement must last, seen in every check with no
 * indexing pending, before readiness falls: a commit whose index write is not yet visible
 * lasts well under a second, a real disagreement lasts until a reindex
 * @param timeout the longest any one health check may take before it counts as DOWN
 * @param recountInterval how long a check may keep the last agreeing count when nothing
 * has changed since in the database's reports and quotes or in the index: a safety net
 * for changes no trigger sees (triggers disabled during a restore)
 */
@ConfigurationProperties("analecta.health")
public record HealthSettings(@DefaultValue("2s") Duration checkInterval,
		@DefaultValue("10s") Duration disagreementGrace, @DefaultValue("2s") Duration timeout,
		@DefaultValue("60s") Duration recountInterval) {
}
