package org.analecta.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The baseline: the same reports in a database of their own, searched the way a team
 * would do it with PostgreSQL alone — a stored tsvector (title weighted A, body B) under
 * a GIN index, ts_rank for ranking, ts_headline for the snippets of the top 10, pg_trgm
 * over the lexicon for fuzzy names, a speaker table with every spelling for quote search.
 * Each thread gets its own connection; statements are prepared once.
 */
final class PostgresFts implements AutoCloseable {

	static final String HEADLINE_OPTIONS = "MaxFragments=3, MaxWords=25, MinWords=8, StartSel=<mark>, StopSel=</mark>";

	/**
	 * Ranked reports, then snippets for the ten kept only: ts_headline is the expensive
	 * part.
	 */
	private static final String RANKED = """
			SELECT id, title, ts_headline('english', body, q, '%s') AS snippet, total FROM (
			  SELECT id, title, body, q, ts_rank(tsv, q) AS rank, count(*) OVER () AS total
			  FROM fts_report, websearch_to_tsquery('english', ?) q
			  WHERE tsv @@ q %s
			  ORDER BY rank DESC LIMIT 10) top
			ORDER BY rank DESC""";

	private static final String FUZZY = """
			WITH w AS (SELECT word FROM fts_word WHERE word %% lower(?) ORDER BY word <-> lower(?) LIMIT 5),
			     x AS (SELECT to_tsquery('simple', string_agg(quote_literal(word), ' | ')) AS q FROM w)
			SELECT id, title, ts_headline('english', body, q, '%s') AS snippet, total FROM (
			  SELECT id, title, body, q, ts_rank(tsv, q) AS rank, count(*) OVER () AS total
			  FROM fts_report, x WHERE tsv @@ q ORDER BY rank DESC LIMIT 10) top
			ORDER BY rank DESC""";

	private static final String SPEAKER = """
			SELECT q.id, q.speaker, r.title, r.published, left(q.text, 300) AS snippet, count(*) OVER () AS total
			FROM fts_quote q JOIN fts_report r ON r.id = q.report_id
			WHERE q.speaker_id IN (SELECT id FROM fts_speaker
			                       WHERE to_tsvector('simple', names) @@ plainto_tsquery('simple', ?))
			ORDER BY r.published DESC LIMIT 10""";

	private static final String FACET_COUNTRIES = """
			SELECT c, count(*) FROM fts_report, unnest(countries) c
			WHERE tsv @@ websearch_to_tsquery('english', ?) AND published BETWEEN ? AND ? AND countries && ARRAY[?::text]
			GROUP BY c""";

	private static final String FACET_YEARS = """
			SELECT extract(year FROM published), count(*) FROM fts_report
			WHERE tsv @@ websearch_to_tsquery('english', ?) AND published BETWEEN ? AND ? AND countries && ARRAY[?::text]
			GROUP BY 1""";

	private final String url;

	PostgresFts(String url) {
		this.url = url;
	}

	/**
	 * Makes sure the baseline database holds reports 0..n-1 of this seed: reuses it when
	 * an earlier run left it complete (the load times measured then are kept in
	 * fts_meta), else drops, recreates, loads with one COPY stream per core and builds
	 * the indexes.
	 */
	LoadTimes ensureLoaded(CorpusGenerator generator, int n, String server, String database, boolean fresh)
			throws Exception {
		if (!fresh) {
			LoadTimes earlier = earlierLoad(generator.seed(), n);
			if (earlier != null) {
				return earlier;
			}
		}
		try (Connection admin = DriverManager.getConnection(server + "postgres", "postgres", "");
				Statement s = admin.createStatement()) {
			s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
			s.execute("CREATE DATABASE " + database);
		}
		try (Connection c = connect(); Statement s = c.createStatement()) {
			s.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
			s.execute(
					"""
							CREATE TABLE fts_report (id int PRIMARY KEY, title text NOT NULL, published date NOT NULL,
							  series text NOT NULL, countries text[] NOT NULL, body text NOT NULL,
							  tsv tsvector GENERATED ALWAYS AS
							    (setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'B')) STORED)""");
			s.execute("CREATE TABLE fts_speaker (id int PRIMARY KEY, canonical text NOT NULL, names text NOT NULL)");
			s.execute("""
					CREATE TABLE fts_quote (id bigserial PRIMARY KEY, report_id int NOT NULL, speaker_id int,
					  speaker text NOT NULL, text text NOT NULL)""");
			long t0 = System.nanoTime();
			c.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY fts_speaker FROM STDIN", new StringReader(speakerRows()));
			int threads = Runtime.getRuntime().availableProcessors();
			ExecutorService pool = Executors.newFixedThreadPool(threads);
			try {
				List<Future<?>> parts = new ArrayList<>();
				for (int t = 0; t < threads; t++) {
					int slice = t;
					parts.add(pool.submit(() -> {
						copySlice(generator, n, slice, threads);
						return null;
					}));
				}
				for (Future<?> f : parts) {
					f.get();
				}
			}
			finally {
				pool.shutdown();
			}
			double loadSeconds = seconds(t0);
			long t1 = System.nanoTime();
			s.execute("CREATE INDEX fts_report_tsv ON fts_report USING gin (tsv)");
			s.execute("CREATE INDEX fts_report_published ON fts_report (published)");
			s.execute("CREATE INDEX fts_report_countries ON fts_report USING gin (countries)");
			s.execute("CREATE INDEX fts_speaker_names ON fts_speaker USING gin (to_tsvector('simple', names))");
			s.execute("CREATE INDEX fts_quote_speaker ON fts_quote (speaker_id)");
			// The lexicon for fuzzy matching, as the pg_trgm documentation suggests for
			// text search.
			s.execute(
					"CREATE TABLE fts_word AS SELECT word FROM ts_stat('SELECT to_tsvector(''simple'', title || '' '' || body) FROM fts_report')");
			s.execute("CREATE INDEX fts_word_trgm ON fts_word USING gist (word gist_trgm_ops)");
			s.execute("VACUUM ANALYZE");
			LoadTimes times = new LoadTimes(loadSeconds, seconds(t1), "now");
			s.execute(
					"CREATE TABLE fts_meta (seed bigint, n int, load_seconds float8, index_seconds float8, loaded_at timestamptz)");
			try (PreparedStatement ps = c.prepareStatement("INSERT INTO fts_meta VALUES (?, ?, ?, ?, now())")) {
				ps.setLong(1, generator.seed());
				ps.setInt(2, n);
				ps.setDouble(3, times.loadSeconds());
				ps.setDouble(4, times.indexSeconds());
				ps.executeUpdate();
			}
			return times;
		}
	}

	private LoadTimes earlierLoad(long seed, int n) {
		try (Connection c = connect();
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT seed, n, load_seconds, index_seconds, loaded_at FROM fts_meta")) {
			if (rs.next() && rs.getLong(1) == seed && rs.getInt(2) == n) {
				return new LoadTimes(rs.getDouble(3), rs.getDouble(4),
						"reused the database loaded at " + rs.getString(5));
			}
			return null;
		}
		catch (SQLException e) {
			return null; // no such database or no meta table: not complete
		}
	}

	private void copySlice(CorpusGenerator generator, int n, int slice, int slices) throws SQLException, IOException {
		try (Connection c = connect()) {
			CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
			int batch = 200;
			StringBuilder reports = new StringBuilder(batch * 24_000);
			StringBuilder quotes = new StringBuilder(batch * 4_000);
			int inBatch = 0;
			for (int i = slice; i < n; i += slices) {
				SyntheticReport r = generator.report(i);
				row(reports, Integer.toString(i), r.title(), r.date().toString(), r.series(),
						"{" + String.join(",", r.countries().stream().map(PostgresFts::arrayElement).toList()) + "}",
						r.bodyText());
				for (SyntheticReport.Quote q : r.quotes()) {
					row(quotes, Integer.toString(i), q.speakerId() < 0 ? "\\N" : Integer.toString(q.speakerId()),
							q.speakerCanonical(), q.text());
				}
				if (++inBatch == batch || i + slices >= n) {
					copy.copyIn("COPY fts_report (id, title, published, series, countries, body) FROM STDIN",
							new StringReader(reports.toString()));
					copy.copyIn("COPY fts_quote (report_id, speaker_id, speaker, text) FROM STDIN",
							new StringReader(quotes.toString()));
					reports.setLength(0);
					quotes.setLength(0);
					inBatch = 0;
				}
			}
		}
	}

	record LoadTimes(double loadSeconds, double indexSeconds, String when) {
	}

	long databaseBytes() throws SQLException {
		try (Connection c = connect();
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT pg_database_size(current_database())")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/** Tables with their indexes and TOAST: what the baseline's search needs on disk. */
	long relationBytes() throws SQLException {
		try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
				SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c
				WHERE c.relkind = 'r' AND c.relname LIKE 'fts_%'""")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	Connection connect() throws SQLException {
		return DriverManager.getConnection(url, "postgres", "");
	}

	/** A subject for one thread: its own connection and prepared statements. */
	SearchSubject subject() throws SQLException {
		return new Session(connect());
	}

	@Override
	public void close() {
	}

	private static final class Session implements SearchSubject {

		private final PreparedStatement ranked;

		private final PreparedStatement rankedFiltered;

		private final PreparedStatement fuzzy;

		private final PreparedStatement speaker;

		private final PreparedStatement facetCountries;

		private final PreparedStatement facetYears;

		Session(Connection c) throws SQLException {
			ranked = c.prepareStatement(RANKED.formatted(HEADLINE_OPTIONS, ""));
			rankedFiltered = c.prepareStatement(RANKED.formatted(HEADLINE_OPTIONS,
					"AND published BETWEEN ? AND ? AND countries && ARRAY[?::text]"));
			fuzzy = c.prepareStatement(FUZZY.formatted(HEADLINE_OPTIONS));
			speaker = c.prepareStatement(SPEAKER);
			facetCountries = c.prepareStatement(FACET_COUNTRIES);
			facetYears = c.prepareStatement(FACET_YEARS);
		}

		@Override
		public String name() {
			return "PostgreSQL FTS";
		}

		@Override
		public Answer run(BenchQuery q) throws SQLException {
			return switch (q.type()) {
				case TERM, PHRASE, BOOLEAN -> {
					ranked.setString(1, q.websearchSyntax());
					yield read(ranked, 3);
				}
				case FUZZY -> {
					fuzzy.setString(1, q.fuzzyName());
					fuzzy.setString(2, q.fuzzyName());
					yield read(fuzzy, 3);
				}
				case SPEAKER -> {
					speaker.setString(1, q.speaker());
					yield read(speaker, 5);
				}
				case FACETED -> {
					filtered(rankedFiltered, q);
					Answer top = read(rankedFiltered, 3);
					filtered(facetCountries, q);
					drain(facetCountries);
					filtered(facetYears, q);
					drain(facetYears);
					yield top;
				}
			};
		}

		private static void filtered(PreparedStatement ps, BenchQuery q) throws SQLException {
			ps.setString(1, q.websearchSyntax());
			ps.setDate(2, Date.valueOf(q.from()));
			ps.setDate(3, Date.valueOf(q.to()));
			ps.setString(4, q.country());
		}

		private static Answer read(PreparedStatement ps, int snippetColumn) throws SQLException {
			int returned = 0;
			int highlights = 0;
			long total = 0;
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					returned++;
					String snippet = rs.getString(snippetColumn);
					if (snippet != null && !snippet.isEmpty()) {
						highlights++;
					}
					total = rs.getLong("total");
				}
			}
			return new Answer(returned, total, highlights);
		}

		private static void drain(PreparedStatement ps) throws SQLException {
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					rs.getString(1);
				}
			}
		}

	}

	private static String speakerRows() {
		StringBuilder b = new StringBuilder();
		for (Vocabulary.SpeakerSpec s : Vocabulary.INSTANCE.speakers) {
			row(b, Integer.toString(s.id()), s.canonicalName(), s.firstName() + " " + String.join(" ", s.variants()));
		}
		return b.toString();
	}

	private static String arrayElement(String value) {
		return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	/** One row of COPY's text format: tab-separated, with backslash escapes. */
	private static void row(StringBuilder b, String... values) {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				b.append('\t');
			}
			String v = values[i];
			if (v.equals("\\N")) {
				b.append(v);
				continue;
			}
			for (int k = 0; k < v.length(); k++) {
				char ch = v.charAt(k);
				switch (ch) {
					case '\\' -> b.append("\\\\");
					case '\t' -> b.append("\\t");
					case '\n' -> b.append("\\n");
					case '\r' -> b.append("\\r");
					default -> b.append(ch);
				}
			}
		}
		b.append('\n');
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

}
