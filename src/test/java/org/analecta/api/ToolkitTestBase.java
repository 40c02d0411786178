package org.analecta.api;

import org.analecta.ingest.IngestService;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import jakarta.persistence.EntityManagerFactory;

/**
 * The running application the toolkit's tests share (one context for all of them): a real
 * server on a random port with the {@link ToolkitArchive} loaded, and an export cap and
 * batch small enough that the fixture corpus crosses both.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "analecta.export.max-rows=" + ToolkitTestBase.MAX_ROWS, "analecta.export.batch-size=3" })
abstract class ToolkitTestBase {

	static final int MAX_ROWS = 50;

	@LocalServerPort
	int port;

	@Autowired
	IngestService ingest;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory emf;

	/** The slug of the sample report. */
	String sample;

	@BeforeEach
	void loadArchive() {
		sample = ToolkitArchive.load(ingest, jdbc, emf);
	}

}
