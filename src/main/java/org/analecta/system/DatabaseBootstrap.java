package org.analecta.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Runs before the data source exists: makes a first start work against a bare PostgreSQL
 * by creating the application's database when it is missing (and the role may), and turns
 * "no PostgreSQL reachable" into one line that says how to get one instead of a page of
 * stack trace.
 */
class DatabaseBootstrap implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	private static final Pattern POSTGRES_URL = Pattern
		.compile("^jdbc:postgresql://(?<server>[^/]*)/(?<database>[^?]+)(?<params>\\?.*)?$");

	/** SQLState PostgreSQL sends for "database does not exist". */
	private static final String INVALID_CATALOG_NAME = "3D000";

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ConfigurableEnvironment env = event.getEnvironment();
		if (!env.getProperty("analecta.database.bootstrap", Boolean.class, true)) {
			return;
		}
		String url = env.getProperty("spring.datasource.url");
		if (url == null) {
			return;
		}
		Matcher m = POSTGRES_URL.matcher(url);
		if (!m.matches()) {
			return;
		}
		Properties credentials = new Properties();
		putIfSet(credentials, "user", env.getProperty("spring.datasource.username"));
		putIfSet(credentials, "password", env.getProperty("spring.datasource.password"));
		credentials.setProperty("connectTimeout", "5");
		try (Connection ignored = DriverManager.getConnection(url, credentials)) {
			return;
		}
		catch (SQLException e) {
			if (!INVALID_CATALOG_NAME.equals(e.getSQLState())) {
				stop(url, e);
			}
		}
		String database = m.group("database");
		String maintenanceUrl = "jdbc:postgresql://" + m.group("server") + "/postgres";
		try (Connection c = DriverManager.getConnection(maintenanceUrl, credentials);
				Statement s = c.createStatement()) {
			s.execute("CREATE DATABASE \"" + database.replace("\"", "\"\"") + "\"");
			System.out.println("Analecta: created the missing database '" + database + "'");
		}
		catch (SQLException e) {
			if (!"42P04".equals(e.getSQLState())) { // created meanwhile by someone else:
													// fine
				stop(url, e);
			}
		}
	}

	private static void stop(String url, SQLException e) {
		System.err.println("Analecta cannot use PostgreSQL at " + url + " (" + firstLine(e)
				+ "). Start one with 'docker compose up -d', or point ANALECTA_DB_URL, ANALECTA_DB_USER and"
				+ " ANALECTA_DB_PASSWORD at yours.");
		System.exit(1);
	}

	private static String firstLine(SQLException e) {
		String message = String.valueOf(e.getMessage());
		int nl = message.indexOf('\n');
		return nl < 0 ? message : message.substring(0, nl);
	}

	private static void putIfSet(Properties p, String key, String value) {
		if (value != null && !value.isEmpty()) {
			p.setProperty(key, value);
		}
	}

}
