package org.analecta.search;

import java.util.List;

import org.analecta.report.IndexFields;
import org.analecta.report.IndexFields.Reports;
import org.analecta.report.Report;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * The fields the search computes from the parts of a report's text (Report.getTextParts:
 * its sections, then its footnotes), each part taken once:
 * <ul>
 * <li>{@value Reports#PART_WORDS}: how many positions each part takes in the text field
 * ({@link PartWords}), stored, not searched;</li>
 * <li>{@value Reports#NAME_KEYS}: the name keys of the text
 * ({@link NameKeys#ofProseParts}), a value for each part, analysed by whitespace with the
 * prose field's position gap ({@value #KEYS_BY_PART}). So the embedded index tells in
 * which parts a name is (a key at position p is in part p / {@link IndexFields#PART}, as
 * a report holds far fewer keys than that), and a hit found by a name in another spelling
 * has only those parts read and marked ({@link TextParts#matching}). Every part gives a
 * value, an empty one when it names nobody, so that each part keeps its place. A backend
 * that does not number positions so (OpenSearch) still matches the keys; it cannot tell
 * the parts.</li>
 * </ul>
 * A type binder, not a property binder: the parts are a transient property, and a binder
 * must name the persisted values it reads (those the text field is derived from).
 */
final class TextPartFields implements TypeBinder {

	/**
	 * The analyzer of the name keys: whitespace, and a position gap of
	 * {@link IndexFields#PART} between values.
	 */
	static final String KEYS_BY_PART = "keys_by_part";

	@Override
	public void bind(TypeBindingContext context) {
		context.dependencies().use("sections.heading").use("sections.paragraphs.text").use("footnotes.text");
		IndexFieldReference<Integer> words = context.indexSchemaElement()
			.field(Reports.PART_WORDS, f -> f.asInteger().projectable(Projectable.YES).searchable(Searchable.NO))
			.multiValued()
			.toReference();
		IndexFieldReference<String> keys = context.indexSchemaElement()
			.field(Reports.NAME_KEYS, f -> f.asString().analyzer(KEYS_BY_PART))
			.multiValued()
			.toReference();
		context.bridge(Report.class, new Bridge(words, keys));
	}

	private record Bridge(IndexFieldReference<Integer> words,
			IndexFieldReference<String> keys) implements TypeBridge<Report> {

		@Override
		public void write(DocumentElement target, Report report, TypeBridgeWriteContext context) {
			List<String> parts = report.getTextParts();
			for (int count : PartWords.of(parts)) {
				target.addValue(words, count);
			}
			for (String ofPart : NameKeys.ofProseParts(parts)) {
				target.addValue(keys, ofPart);
			}
		}

	}

}
