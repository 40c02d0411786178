package org.analecta.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The index lives in a folder apart from the database: when it is deleted, moved or not
 * copied to a new machine, the archive would start with every report stored and none
 * findable. A start that finds reports in the database and none in the index rebuilds it,
 * in the background so the site is up meanwhile, and searches answer "being repaired"
 * rather than from a partial index. Runs before the first-start seeding, which would
 * otherwise look like a database ahead of its index. An index that cannot even be read
 * does not stop the start: the failure is diagnosed and repaired like a failed search.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class EmptyIndexRebuilder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(EmptyIndexRebuilder.class);

	private final IndexMaintenance maintenance;

	private final SearchSettings settings;

	private final IndexRepair repair;

	EmptyIndexRebuilder(IndexMaintenance maintenance, SearchSettings settings, IndexRepair repair) {
		this.maintenance = maintenance;
		this.settings = settings;
		this.repair = repair;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean empty;
		try {
			empty = indexIsEmptyButDatabaseIsNot();
		}
		catch (RuntimeException e) {
			if (!repair.diagnose(e)) {
				log.error("The search index could not be read at start; an admin can reindex from /admin", e);
			}
			return;
		}
		if (settings.rebuildEmptyIndex() && empty) {
			Thread.ofVirtual().name("empty-index-rebuild").start(this::rebuild);
		}
	}

	boolean indexIsEmptyButDatabaseIsNot() {
		IndexMaintenance.Counts reports = maintenance.check().reports();
		return reports.inIndex() == 0 && reports.inDatabase() > 0;
	}

	void rebuild() {
		repair.rebuild("the index holds no reports but the database holds some");
	}

}
