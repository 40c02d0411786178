package org.analecta.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Transcript turns as MEMRI TV excerpts print them: a line that opens with a speaker label and a
 * colon ({@code Hassan Nasrallah: We will ...}, {@code Interviewer: ...}). The label must be a
 * person's name (with or without titles), a name this report knows, or a generic role label; a
 * heading-like phrase ("Note:", "Source:", "Poster from the site:") is not a label.
 */
final class TranscriptLines {

	private static final Pattern LINE = Pattern.compile("(?m)^[ \\t]*([\\p{L}][\\p{L}\\p{M}'’.\\- ]{0,60}?):[ \\t]+(\\S[^\\n]*)$");

	/** Labels naming a role in the exchange rather than a person. */
	static final Set<String> ROLE_LABELS = Set.of("interviewer", "host", "anchor", "presenter", "reporter",
			"moderator", "caller", "audience", "crowd", "narrator", "announcer", "journalist", "questioner",
			"crowds", "voice", "man", "woman", "child", "protesters", "participant");

	private TranscriptLines() {
	}

	static List<Turn> find(String text, java.util.function.Predicate<String> knownPerson) {
		List<Turn> turns = new ArrayList<>();
		Matcher matcher = LINE.matcher(text);
		while (matcher.find()) {
			String label = matcher.group(1).strip();
			String speech = matcher.group(2).strip();
			if (speech.startsWith("\"") || speech.startsWith("“") || QuoteClassifier.words(speech) < 2) {
				continue;
			}
			if (ROLE_LABELS.contains(NameVocabulary.key(label))) {
				turns.add(new Turn(label, null, matcher.start(1), matcher.start(2), speech));
				continue;
			}
			String[] words = label.split("\\s+");
			if (words.length > 7 || NameVocabulary.FUNCTION_WORDS.contains(NameVocabulary.key(words[0]))) {
				continue;
			}
			boolean allCapitalised = true;
			for (String word : words) {
				if (!Character.isUpperCase(word.codePointAt(0)) && !NameVocabulary.isTitle(word)
						&& !NameVocabulary.NAME_PARTICLES.contains(NameVocabulary.key(word))
						&& !word.equals("of")) {
					allCapitalised = false;
				}
			}
			SpeakerNames.SplitName split = TitleSplitter.split(label);
			if (!allCapitalised || split.name() == null) {
				continue;
			}
			int nameWords = split.name().split("\\s+").length;
			boolean titled = split.role() != null
					&& java.util.Arrays.stream(split.role().split("\\s+")).anyMatch(NameVocabulary::isTitle);
			if (nameWords >= 2 || titled || knownPerson.test(split.name())) {
				turns.add(new Turn(label, split, matcher.start(1), matcher.start(2), speech));
			}
		}
		return turns;
	}

	/** One turn: the label as written, its split (null for a role label), offsets, the words spoken. */
	record Turn(String label, SpeakerNames.SplitName person, int labelStart, int speechStart, String speech) {
	}

}
