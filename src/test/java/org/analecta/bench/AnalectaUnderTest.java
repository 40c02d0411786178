package org.analecta.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.analecta.AnalectaApplication;
import org.analecta.search.IndexMaintenance;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Analecta application started in this process against the benchmark's own database
 * and index directory — never a developer's archive — with the web server on a free
 * loopback port.
 */
final class AnalectaUnderTest implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final double startSeconds;

	private final BenchIndex index;

	private final String jdbcUrl;

	private AnalectaUnderTest(ConfigurableApplicationContext context, double startSeconds, BenchIndex index,
			String jdbcUrl) {
		this.context = context;
		this.startSeconds = startSeconds;
		this.index = index;
		this.jdbcUrl = jdbcUrl;
	}

	/**
	 * Drops the benchmark database and index, so an ingest starts from an empty archive.
	 */
	static void wipe(String server, String database, BenchIndex index) throws SQLException, IOException {
		try (Connection admin = DriverManager.getConnection(server + "postgres", "postgres", "");
				Statement s = admin.createStatement()) {
			s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
			s.execute("CREATE DATABASE " + database);
		}
		index.wipe();
	}

	static AnalectaUnderTest start(String server, String database, BenchIndex index, List<String> extraArgs) {
		String jdbcUrl = server + database;
		List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + jdbcUrl,
				"--spring.datasource.username=postgres", "--server.port=0", "--server.address=127.0.0.1",
				// Only the synthetic corpus: no sample reports loaded on first start.
				"--analecta.seed-dir=",
				// The test classpath carries the tests' "clean the database at start"
				// switch: off here,
				// or the restart measurement would start from an empty archive.
				"--analecta.test.clean-database=false", "--spring.flyway.clean-disabled=true",
				// The benchmark builds the index itself (rebuildIndex, the bulk
				// import): the application's own rebuild of an empty or outdated
				// index would run beside it on the same folders.
				"--analecta.search.rebuild-empty-index=false", "--logging.level.root=WARN",
				"--logging.level.org.analecta=WARN", "--management.endpoints.web.exposure.include=health"));
		args.addAll(index.appArgs());
		args.addAll(extraArgs);
		SpringApplication app = new SpringApplication(AnalectaApplication.class);
		app.setBannerMode(Banner.Mode.OFF);
		long t0 = System.nanoTime();
		ConfigurableApplicationContext context = app.run(args.toArray(String[]::new));
		double seconds = (System.nanoTime() - t0) / 1e9;
		return new AnalectaUnderTest(context, seconds, index, jdbcUrl);
	}

	ConfigurableApplicationContext context() {
		return context;
	}

	double startSeconds() {
		return startSeconds;
	}

	int port() {
		return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
	}

	<T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	/**
	 * Waits until the outbox is drained and every indexed entity type has as many
	 * documents in the index as rows in the database: then the last report is searchable.
	 * Returns false on timeout.
	 */
	boolean awaitIndexed(double timeoutSeconds) throws Exception {
		return awaitIndexed(timeoutSeconds, timeoutSeconds);
	}

	/**
	 * As {@link #awaitIndexed(double)}, but gives up after {@code idleSeconds} without an
	 * outbox event to process: an index that disagrees with the database then has nothing
	 * coming that would make it agree (a reused archive whose index was deleted, say).
	 */
	boolean awaitIndexed(double timeoutSeconds, double idleSeconds) throws Exception {
		long start = System.nanoTime();
		long deadline = start + (long) (timeoutSeconds * 1e9);
		long lastLog = start;
		long lastBacklog = start;
		while (System.nanoTime() < deadline) {
			long backlog = outboxEvents();
			if (backlog == 0 && indexMatchesDatabase()) {
				return true;
			}
			if (backlog > 0) {
				lastBacklog = System.nanoTime();
			}
			else if (System.nanoTime() - lastBacklog > idleSeconds * 1e9) {
				return false;
			}
			if (System.nanoTime() - lastLog > 30e9) {
				lastLog = System.nanoTime();
				System.out.printf("[bench] waiting for the index: %d outbox events, %s (%.0f s)%n", backlog,
						indexedCounts(), (lastLog - start) / 1e9);
			}
			Thread.sleep(50);
		}
		return false;
	}

	/**
	 * When the outbox cannot keep up, the search phase still needs a complete index: drop
	 * the backlog and rebuild the index from empty as the import command does
	 * (IndexMaintenance.rebuildFromEmpty: the mass indexer with the import's settings,
	 * then a merge). Returns the seconds it took.
	 */
	double rebuildIndex() throws Exception {
		long t0 = System.nanoTime();
		try (Connection c = bean(DataSource.class).getConnection(); Statement s = c.createStatement()) {
			s.execute("DELETE FROM hsearch_outbox_event");
		}
		bean(IndexMaintenance.class).rebuildFromEmpty();
		return (System.nanoTime() - t0) / 1e9;
	}

	long outboxEvents() throws SQLException {
		try (Connection c = bean(DataSource.class).getConnection(); Statement s = c.createStatement()) {
			try (ResultSet rs = s.executeQuery(
					"SELECT count(*) FROM information_schema.tables WHERE table_name = 'hsearch_outbox_event'")) {
				rs.next();
				if (rs.getLong(1) == 0) {
					return 0;
				}
			}
			try (ResultSet rs = s.executeQuery("SELECT count(*) FROM hsearch_outbox_event")) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	private boolean indexMatchesDatabase() {
		EntityManagerFactory emf = bean(EntityManagerFactory.class);
		EntityManager em = emf.createEntityManager();
		try {
			for (SearchIndexedEntity<?> entity : Search.mapping(emf).allIndexedEntities()) {
				long indexed = Search.session(em)
					.search(entity.javaClass())
					.where(f -> f.matchAll())
					.fetchTotalHitCount();
				long stored = em.createQuery("select count(e) from " + entity.jpaName() + " e", Long.class)
					.getSingleResult();
				if (indexed != stored) {
					return false;
				}
			}
			return true;
		}
		finally {
			em.close();
		}
	}

	/** Rows per indexed entity type, for the report ("reports", "quotes" ...). */
	List<String> indexedCounts() {
		EntityManagerFactory emf = bean(EntityManagerFactory.class);
		EntityManager em = emf.createEntityManager();
		try {
			List<String> out = new ArrayList<>();
			for (SearchIndexedEntity<?> entity : Search.mapping(emf).allIndexedEntities()) {
				long indexed = Search.session(em)
					.search(entity.javaClass())
					.where(f -> f.matchAll())
					.fetchTotalHitCount();
				out.add(entity.jpaName() + "=" + indexed);
			}
			return out;
		}
		finally {
			em.close();
		}
	}

	long databaseBytes() throws SQLException {
		try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "");
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT pg_database_size(current_database())")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/**
	 * All tables of the archive with their indexes and TOAST (the stored originals live
	 * there).
	 */
	long relationBytes() throws SQLException {
		try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "");
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("""
						SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c
						JOIN pg_namespace n ON n.oid = c.relnamespace
						WHERE c.relkind = 'r' AND n.nspname = 'public'""")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/**
	 * After a refresh and a flush: right after a merge, the merged-away segments stay on
	 * disk until no reader holds them, and counted twice the index's size.
	 */
	long indexBytes() throws IOException {
		var workspace = Search.mapping(bean(EntityManagerFactory.class)).scope(Object.class).workspace();
		workspace.refresh();
		workspace.flush();
		return index.bytes();
	}

	@Override
	public void close() {
		context.close();
	}

	static long treeSize(Path root) {
		if (!Files.exists(root)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).mapToLong(p -> {
				try {
					return Files.size(p);
				}
				catch (IOException e) {
					return 0;
				}
			}).sum();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> files = Files.walk(root)) {
			for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

}
