package org.analecta.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Before Hibernate Search opens the index: verifies every index file's checksum, and when
 * one is broken moves the whole index folder aside (kept for inspection, beside it, with
 * the time in its name). Hibernate Search then starts on an empty index, and
 * {@link EmptyIndexRebuilder} rebuilds it from the database in the background while the
 * site serves every page. So a damaged index never stops the start, and never answers a
 * search with a wrong result or an error.
 *
 * <p>
 * A bean factory post-processor because it must run before the entity manager factory
 * exists, and needs only the environment.
 */
@Component
class StartupIndexCheck implements BeanFactoryPostProcessor, EnvironmentAware {

	private static final Logger log = LoggerFactory.getLogger(StartupIndexCheck.class);

	static final String ROOT_PROPERTY = "spring.jpa.properties.hibernate.search.backend.directory.root";

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		if (!environment.getProperty("analecta.search.verify-index-at-start", Boolean.class, true)) {
			return;
		}
		if ("opensearch".equalsIgnoreCase(environment.getProperty("analecta.search.backend", "lucene"))) {
			return; // no index files here: the cluster keeps its own
		}
		String root = environment.getProperty(ROOT_PROPERTY);
		if (root != null && !root.isBlank()) {
			checkAndSetAside(Path.of(root));
		}
	}

	/**
	 * @return where the broken index went, if it was broken
	 */
	static Optional<Path> checkAndSetAside(Path root) {
		long start = System.nanoTime();
		Optional<String> problem = IndexChecksums.verify(root);
		log.info("Verified the search index checksums in {} ms", (System.nanoTime() - start) / 1_000_000);
		if (problem.isEmpty()) {
			return Optional.empty();
		}
		Path aside = besideWithTime(root);
		try {
			Files.move(root, aside);
			log.error("The search index is damaged ({}). Moved it to {}; it is rebuilt from the database in the "
					+ "background, and searches say so until then.", problem.get(), aside);
			return Optional.of(aside);
		}
		catch (IOException e) {
			log.error("The search index is damaged ({}) and could not be moved aside ({}); searches may fail "
					+ "until an admin reindexes", problem.get(), e.toString());
			return Optional.empty();
		}
	}

	static Path besideWithTime(Path root) {
		Path absolute = root.toAbsolutePath().normalize();
		String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
		return absolute.resolveSibling(absolute.getFileName() + ".broken-" + stamp);
	}

}
