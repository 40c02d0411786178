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
		if ("opensearch".equalsIgnoreCase(environment.getProperty("analecta.search.backend", "lucene"))) {
			return; // no index files here: the cluster keeps its own
		}
		String root = environment.getProperty(ROOT_PROPERTY);
		if (root == null || root.isBlank()) {
			return;
		}
		Path rootPath = Path.of(root);
		setAsideIfOutdated(rootPath);
		if (environment.getProperty("analecta.search.verify-index-at-start", Boolean.class, true)) {
			checkAndSetAside(rootPath);
		}
		// Whatever is left is either sound and current, or nothing: Hibernate Search
		// creates the indexes in the current layout.
		IndexLayout.record(rootPath);
	}

	/**
	 * An index written by an older layout (see {@link IndexLayout}) is moved aside like a
	 * damaged one and rebuilt from the database in the background.
	 * @return where the old index went, if it was outdated
	 */
	static Optional<Path> setAsideIfOutdated(Path root) {
		Optional<String> outdated = IndexLayout.outdated(root);
		if (outdated.isEmpty()) {
			return Optional.empty();
		}
		Path aside = besideWithTime(root, "outdated");
		try {
			Files.move(root, aside);
			log.warn("The search index cannot be reused: {}. Moved it to {}; it is rebuilt from the database in "
					+ "the background, and searches say so until then.", outdated.get(), aside);
			return Optional.of(aside);
		}
		catch (IOException e) {
			throw new IllegalStateException("The search index under " + root + " cannot be reused (" + outdated.get()
					+ ") and could not be moved aside: move or delete it, then start again", e);
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
		return besideWithTime(root, "broken");
	}

	private static Path besideWithTime(Path root, String why) {
		Path absolute = root.toAbsolutePath().normalize();
		String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
		return absolute.resolveSibling(absolute.getFileName() + "." + why + "-" + stamp);
	}

}
