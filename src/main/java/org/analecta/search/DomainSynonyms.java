package org.analecta.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.text.ParseException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The query-time synonym rules: the shipped defaults ({@code synonyms.txt} next to this
 * class) plus the admin's file, read once at startup (Solr synonym format).
 *
 * <p>
 * A broken admin file must not take search down nor silently lose the defaults: it is
 * checked on its own first, and when it does not parse the archive starts with the
 * defaults only and says which line is wrong (in the log and in {@link #problem()}, shown
 * by the index health).
 */
final class DomainSynonyms {

	static final String SHIPPED = "synonyms.txt";

	private static final Logger log = LoggerFactory.getLogger(DomainSynonyms.class);

	private final SynonymMap map;

	private final int adminRules;

	private final String problem;

	private final String rules;

	private DomainSynonyms(SynonymMap map, int adminRules, String problem, String rules) {
		this.map = map;
		this.rules = rules;
		this.adminRules = adminRules;
		this.problem = problem;
	}

	static DomainSynonyms load(Path adminFile) {
		String shipped = readShipped();
		String admin = null;
		String problem = null;
		if (adminFile != null && Files.isRegularFile(adminFile)) {
			try {
				admin = Files.readString(adminFile, StandardCharsets.UTF_8);
				parse(admin);
			}
			catch (IOException | ParseException | RuntimeException ex) {
				problem = "Synonym file " + adminFile + " was not applied: " + describe(ex);
				log.error("{}; searching with the shipped synonyms only", problem);
				admin = null;
			}
		}
		try {
			String rules = admin == null ? shipped : shipped + "\n" + admin;
			SynonymMap map = parse(rules);
			int adminRules = admin == null ? 0 : countRules(admin);
			if (admin != null) {
				log.info("Search synonyms: shipped defaults plus {} rules from {}", adminRules, adminFile);
			}
			return new DomainSynonyms(map, adminRules, problem, rules);
		}
		catch (IOException | ParseException ex) {
			throw new IllegalStateException("The shipped synonyms do not parse: " + describe(ex), ex);
		}
	}

	SynonymMap map() {
		return map;
	}

	/**
	 * The rules applied, in the Solr format, for a search engine that parses them itself
	 * (OpenSearch's synonym_graph filter).
	 */
	List<String> rules() {
		return rules.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
	}

	int adminRules() {
		return adminRules;
	}

	/** Why the admin's file was not applied, or null when it was (or there is none). */
	String problem() {
		return problem;
	}

	private static SynonymMap parse(String rules) throws IOException, ParseException {
		try (Analyzer ruleAnalyzer = ArchiveAnalyzers.synonymRuleParser()) {
			SolrSynonymParser parser = new SolrSynonymParser(true, true, ruleAnalyzer);
			try (Reader reader = new StringReader(rules)) {
				parser.parse(reader);
			}
			return parser.build();
		}
	}

	private static int countRules(String text) {
		return (int) text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).count();
	}

	private static String readShipped() {
		try (InputStream in = DomainSynonyms.class.getResourceAsStream(SHIPPED)) {
			if (in == null) {
				throw new IllegalStateException(SHIPPED + " is missing from the classpath");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the shipped synonyms", ex);
		}
	}

	private static String describe(Exception ex) {
		// SolrSynonymParser reports "Invalid synonym rule at line N" with the cause below
		// it.
		StringBuilder message = new StringBuilder(String.valueOf(ex.getMessage()));
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			message.append(" (").append(cause.getMessage()).append(')');
		}
		return message.toString();
	}

}
