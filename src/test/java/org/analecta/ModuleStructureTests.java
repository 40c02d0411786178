package org.analecta;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The package structure, checked on the main classes: every direct sub-package of
 * {@code org.analecta} is a feature module (Spring Modulith's convention), so a new
 * feature package is accepted as soon as it keeps the same rules.
 */
class ModuleStructureTests {

	private static final ApplicationModules MODULES = ApplicationModules.of(AnalectaApplication.class);

	/**
	 * No cycles between feature packages, and no feature reaches into another's
	 * internals: a module's API is the public types of its base package; its sub-packages
	 * (if it grows any) are its own.
	 */
	@Test
	void featuresDependOnEachOtherWithoutCyclesAndOnlyThroughTheirApi() {
		MODULES.verify();
	}

	/**
	 * The parser is plain Java with Jsoup and Jackson: usable without Spring, a database
	 * or the archive.
	 */
	@Test
	void parserDependsOnNoOtherFeatureAndNoFramework() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.analecta.parser");
		noClasses().that()
			.resideInAPackage("org.analecta.parser..")
			.should()
			.dependOnClassesThat()
			.resideOutsideOfPackages("org.analecta.parser..", "java..", "org.jsoup..", "tools.jackson..")
			.check(classes);
	}

	/** Each feature package says in its package-info.java what it owns. */
	@Test
	void everyFeaturePackageDescribesItself() {
		List<String> undescribed = MODULES.stream()
			.map(ApplicationModule::getBasePackage)
			.map(base -> base.getName())
			.filter(name -> !Files.exists(Path.of("src/main/java", name.replace('.', '/'), "package-info.java")))
			.toList();
		assertThat(undescribed).as("feature packages without a package-info.java").isEmpty();
		assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString)).contains("parser",
				"ingest", "report", "speakers", "search", "reader", "browse", "admin", "home", "system");
	}

}
