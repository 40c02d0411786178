package org.analecta;

import org.flywaydb.core.Flyway;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Every test application context starts from an empty, freshly migrated database,
 * matching the fresh temporary index directory it gets: the two must agree, and test
 * classes must not see each other's reports. Off in processes that a test starts to
 * simulate a restart.
 */
@Component
@ConditionalOnProperty(name = "analecta.test.clean-database", havingValue = "true")
class CleanTestDatabase implements FlywayMigrationStrategy {

	@Override
	public void migrate(Flyway flyway) {
		flyway.clean();
		flyway.migrate();
	}

}
