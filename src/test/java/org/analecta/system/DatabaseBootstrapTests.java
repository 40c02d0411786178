package org.analecta.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;

import org.analecta.AnalectaApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseBootstrapTests {

	private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

	private final String database = "analecta_test_bootstrap_" + UUID.randomUUID().toString().substring(0, 8);

	@AfterEach
	void dropDatabase() throws Exception {
		try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
				Statement s = c.createStatement()) {
			s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
		}
	}

	@Test
	void firstStartCreatesTheMissingDatabase() throws Exception {
		assertThat(databaseExists()).isFalse();

		try (ConfigurableApplicationContext ignored = SpringApplication.run(AnalectaApplication.class,
				"--spring.datasource.url=" + SERVER + database, "--server.port=0", "--analecta.seed-dir=",
				"--spring.jpa.properties.hibernate.search.backend.directory.root="
						+ System.getProperty("java.io.tmpdir") + "/analecta-bootstrap-" + database)) {
			assertThat(databaseExists()).isTrue();
		}
	}

	private boolean databaseExists() throws Exception {
		try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
			return rs.next();
		}
	}

}
