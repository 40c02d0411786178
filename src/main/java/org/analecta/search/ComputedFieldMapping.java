package org.analecta.search;

import org.analecta.report.Author;
import org.analecta.report.IndexFields;
import org.analecta.report.IndexFields.Quotes;
import org.analecta.report.IndexFields.Reports;
import org.analecta.report.Outlet;
import org.analecta.report.Quote;
import org.analecta.report.Report;
import org.analecta.report.Speaker;
import org.analecta.report.SpeakerAlias;
import org.hibernate.search.engine.backend.analysis.AnalyzerNames;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;

/**
 * The fields whose values the search computes, mapped here rather than with annotations
 * on the entities because they are a search concern and the {@code report} package
 * depends on no search class: the transliteration keys ({@link NameKeys}), and what is
 * computed from the parts of a report's text ({@link TextPartFields}). Each field of keys
 * holds them as space-separated words and is analysed by whitespace only: Hibernate
 * Search's built-in analyzer, which every backend has, or for the keys of a report's text
 * one with the prose field's position gap. The entities still declare what each property
 * is derived from, so that the fields are reindexed when a name changes.
 */
public class ComputedFieldMapping implements HibernateOrmSearchMappingConfigurer {

	@Override
	public void configure(HibernateOrmMappingConfigurationContext context) {
		ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();
		ValueBridge<String, String> name = new Keys(NameKeys::ofName);
		keys(mapping, Speaker.class, "canonicalName", IndexFields.NAME, name);
		keys(mapping, SpeakerAlias.class, "spelling", "spelling", name);
		keys(mapping, Author.class, "name", IndexFields.NAME, name);
		keys(mapping, Outlet.class, "name", IndexFields.NAME, name);
		keys(mapping, Quote.class, "speakerAsWritten", Quotes.SPEAKER_AS_WRITTEN_KEYS, name);
		keys(mapping, Quote.class, "speakerSpellings", Quotes.SPEAKER_SPELLING_KEYS, name);
		keys(mapping, Report.class, "speakerSpellings", Reports.SPEAKER_NAMES, name);
		mapping.type(Report.class).binder(new TextPartFields());
	}

	private static void keys(ProgrammaticMappingConfigurationContext mapping, Class<?> type, String property,
			String field, ValueBridge<String, String> bridge) {
		mapping.type(type)
			.property(property)
			.fullTextField(field)
			.analyzer(AnalyzerNames.WHITESPACE)
			.valueBridge(bridge);
	}

	private record Keys(java.util.function.Function<String, String> keys) implements ValueBridge<String, String> {

		@Override
		public String toIndexedValue(String value, ValueBridgeToIndexedValueContext context) {
			return value == null ? null : keys.apply(value);
		}

	}

}
