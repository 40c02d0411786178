package org.analecta.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The index lives in a folder apart from the database: when it is deleted, moved or not copied
 * to a new machine, the archive would start with every report stored and none findable. A start
 * that finds reports in the database and none in the index rebuilds it, in the background so the
 * site is up meanwhile. Runs before the first-start seeding, which would otherwise look like a
 * database ahead of its index.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class EmptyIndexRebuilder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(EmptyIndexRebuilder.class);

	private final IndexMaintenance maintenance;

	private final SearchSettings settings;

	EmptyIndexRebuilder(IndexMaintenance maintenance, SearchSettings settings) {
		this.maintenance = maintenance;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (settings.rebuildEmptyIndex() && indexIsEmptyButDatabaseIsNot()) {
			Thread.ofVirtual().name("empty-index-rebuild").start(this::rebuild);
		}
	}

	boolean indexIsEmptyButDatabaseIsNot() {
		IndexMaintenance.Counts reports = maintenance.check().reports();
		return reports.inIndex() == 0 && reports.inDatabase() > 0;
	}

	void rebuild() {
		log.warn("The search index holds no reports but the database holds some: rebuilding the index");
		try {
			maintenance.reindex();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException e) {
			log.error("Rebuilding the empty search index failed; an admin can reindex from /admin", e);
		}
	}

}
