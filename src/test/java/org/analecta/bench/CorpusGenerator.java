package org.analecta.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import org.analecta.bench.SyntheticReport.Format;
import org.analecta.bench.SyntheticReport.Quote;
import org.analecta.bench.SyntheticReport.Section;
import org.analecta.bench.Vocabulary.Outlet;
import org.analecta.bench.Vocabulary.SpeakerSpec;

/**
 * Synthetic reports shaped like the seed (MEMRI's Inquiry & Analysis / Special Dispatch):
 * header lines, a lead, 3–12 headed sections, quotations in the seed's shapes, numbered
 * footnotes naming outlets, an author note. Report {@code i} depends only on (seed, i),
 * so a corpus of 1k is the first thousand of the 100k one, any report can be regenerated
 * without reading the files, and the same seed always gives the same bytes.
 */
final class CorpusGenerator {

	static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");

	private static final LocalDate FIRST_DAY = LocalDate.of(1998, 1, 1);

	private static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 31);

	private static final String[] AUTHORS = { "A. Savyon", "Yossi Mansharof", "Y. Carmon", "N. Fattah", "C. Jacob",
			"E. B. Picali", "Z. Harel", "H. Varulkar", "L. Azuri", "R. Green", "M. Feki", "S. Schneider",
			"B. Chernitsky", "O. Peri", "D. Lav", "E. Kenig", "T. Ben-David", "U. Segal", "I. Rapaport", "G. Avraham" };

	private static final String[] AUTHOR_TITLES = { "Director of the Iranian Media Project",
			"a Research Fellow at MEMRI", "President of MEMRI", "Director of the Reform Project",
			"a senior analyst at MEMRI", "Director of MEMRI's Jihad and Terrorism Threat Monitor",
			"a Research Fellow at the Iranian Media Project", "Director of the Arab Media Studies Project" };

	private final long seed;

	private final Vocabulary vocabulary = Vocabulary.INSTANCE;

	CorpusGenerator(long seed) {
		this.seed = seed;
	}

	long seed() {
		return seed;
	}

	SyntheticReport report(int index) {
		return new Builder(index, new SplittableRandom(mix(seed, index))).build();
	}

	String render(SyntheticReport report) {
		return report.format() == Format.HTML ? HtmlRendering.render(report) : TextRendering.render(report);
	}

	/**
	 * SplitMix64's finaliser: neighbouring (seed, index) pairs give unrelated streams.
	 */
	private static long mix(long seed, long index) {
		long z = seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	static String formatDate(LocalDate d) {
		return Vocabulary.MONTHS.get(d.getMonthValue() - 1) + " " + d.getDayOfMonth() + ", " + d.getYear();
	}

	static String formatDayMonth(LocalDate d) {
		return Vocabulary.MONTHS.get(d.getMonthValue() - 1) + " " + d.getDayOfMonth();
	}

	/**
	 * Builds one report; holds the running state (footnote numbers, last person named).
	 */
	private final class Builder {

		private final int index;

		private final SplittableRandom r;

		private final List<String> footnotes = new ArrayList<>();

		private final List<Quote> quotes = new ArrayList<>();

		private LocalDate date;

		private List<String> countries;

		/**
		 * Who "He said" refers to: the person named last, as the seed's coreference
		 * shapes need.
		 */
		private SpeakerSpec lastPerson;

		private int lastVariant;

		Builder(int index, SplittableRandom r) {
			this.index = index;
			this.r = r;
		}

		SyntheticReport build() {
			Format format = r.nextInt(2) == 0 ? Format.TEXT : Format.HTML;
			date = FIRST_DAY.plusDays(r.nextLong(LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay() + 1));
			String series = r.nextInt(100) < 65 ? "Special Dispatch" : "Inquiry & Analysis Series";
			countries = countries();
			List<String> authors = authors();
			String authorNote = authorNote(authors);
			String title = title();

			int headed = 3 + r.nextInt(10);
			List<Section> sections = new ArrayList<>(headed + 1);
			sections.add(new Section(0, null, paragraphs(0, 3 + r.nextInt(5))));
			for (int s = 1; s <= headed; s++) {
				String heading = heading();
				sections.add(new Section(s, heading, paragraphs(s, 1 + r.nextInt(5))));
			}
			return new SyntheticReport(index, format, date, series, index + 1, title, authors, authorNote, countries,
					sections, footnotes, quotes);
		}

		private List<String> countries() {
			int count = 1 + Math.min(3, (int) Math.floor(-Math.log(1 - r.nextDouble()) * 1.1));
			Set<String> chosen = new LinkedHashSet<>();
			while (chosen.size() < count) {
				chosen.add(Vocabulary.COUNTRIES.get(Vocabulary.weighted(r, Vocabulary.COUNTRY_WEIGHTS)));
			}
			return List.copyOf(chosen);
		}

		private List<String> authors() {
			int count = 1 + r.nextInt(2);
			Set<String> chosen = new LinkedHashSet<>();
			while (chosen.size() < count) {
				chosen.add(Vocabulary.pick(r, AUTHORS));
			}
			return List.copyOf(chosen);
		}

		private String authorNote(List<String> authors) {
			List<String> parts = new ArrayList<>();
			for (String author : authors) {
				parts.add(author + " is " + Vocabulary.pick(r, AUTHOR_TITLES));
			}
			return "*" + String.join("; ", parts) + ".";
		}

		private String title() {
			String country = countries.get(0);
			return switch (r.nextInt(3)) {
				case 0 -> possessive(country) + " " + cap(vocabulary.noun(r)) + ": " + cap(vocabulary.adjective(r))
						+ " " + cap(vocabulary.noun(r)) + " Over " + Vocabulary.pick(r, Vocabulary.TOPICS) + " – Or "
						+ titleCase(vocabulary.verb(r)) + " " + cap(vocabulary.adjective(r)) + " Stance?";
				case 1 -> cap(vocabulary.adjective(r)) + " " + cap(vocabulary.noun(r)) + " In " + country + ": "
						+ titleCase(Vocabulary.pick(r, Vocabulary.PHRASES)) + " And The " + cap(vocabulary.noun(r))
						+ " Of " + Vocabulary.pick(r, Vocabulary.TOPICS);
				default -> Vocabulary.pick(r, Vocabulary.HEADLINE_OPENERS) + " " + personOrOutletName() + ": "
						+ cap(vocabulary.noun(r)) + " " + titleCase(vocabulary.verb(r)) + " "
						+ cap(vocabulary.adjective(r)) + " " + cap(vocabulary.noun(r));
			};
		}

		private String personOrOutletName() {
			SpeakerSpec s = vocabulary.speaker(r);
			return s.surname(r.nextInt(4));
		}

		private String heading() {
			return switch (r.nextInt(4)) {
				case 0 -> Vocabulary.pick(r, Vocabulary.HEADLINE_OPENERS) + " " + personOrOutletName() + ": "
						+ sentenceCaseTitle(8);
				case 1 -> Vocabulary.pick(r, Vocabulary.OUTLETS).name() + ": " + sentenceCaseTitle(9);
				case 2 -> sentenceCaseTitle(7) + " – " + sentenceCaseTitle(4);
				default -> sentenceCaseTitle(10);
			};
		}

		/** A headline in the seed's Title Case, without final punctuation. */
		private String sentenceCaseTitle(int maxWords) {
			int words = 3 + r.nextInt(Math.max(1, maxWords - 2));
			List<String> out = new ArrayList<>(words);
			for (int w = 0; w < words; w++) {
				out.add(switch (r.nextInt(5)) {
					case 0 -> cap(vocabulary.adjective(r));
					case 1 -> cap(Vocabulary.pick(r, Vocabulary.TOPICS));
					case 2 -> titleCase(vocabulary.verb(r));
					case 3 -> cap(vocabulary.rareWord(r));
					default -> cap(vocabulary.noun(r));
				});
			}
			return String.join(" ", out);
		}

		private List<String> paragraphs(int section, int count) {
			List<String> paragraphs = new ArrayList<>(count + 3);
			int quoted = 0;
			while (paragraphs.size() < count) {
				int shape = r.nextInt(section == 0 ? 14 : 10);
				if (shape < 6 || quoted >= 3) {
					paragraphs.add(prose(3 + r.nextInt(7), paragraphs.size() == 0 && section == 0));
					continue;
				}
				quoted++;
				switch (shape) {
					case 6 -> paragraphs.add(saidThat(section));
					case 7 -> paragraphs.add(tweeted(section));
					case 8 -> paragraphs.addAll(blockQuote(section));
					default -> paragraphs.add(coreference(section));
				}
			}
			return paragraphs;
		}

		/**
		 * Author's prose; the first paragraph of a report opens with its date, as the
		 * seed does.
		 */
		private String prose(int sentences, boolean opening) {
			StringBuilder p = new StringBuilder(900);
			if (opening) {
				p.append("In a ").append(formatDate(date.minusDays(r.nextInt(8)))).append(" statement, ");
				p.append(vocabulary.institution(r))
					.append(' ')
					.append(vocabulary.verb(r))
					.append(" the ")
					.append(vocabulary.adjective(r))
					.append(' ')
					.append(vocabulary.noun(r))
					.append(" in ")
					.append(countries.get(0))
					.append(". ");
				sentences--;
			}
			for (int s = 0; s < sentences; s++) {
				p.append(sentence()).append(' ');
			}
			if (r.nextInt(4) == 0) {
				p.setLength(p.length() - 2);
				p.append(footnoteMarker(plainNote()));
			}
			return p.toString().strip();
		}

		private String sentence() {
			// "the U.S." closing a sentence takes one period, not two.
			return sentenceWithStops().replace("U.S..", "U.S.");
		}

		private String sentenceWithStops() {
			String rare = vocabulary.rareWord(r);
			return switch (r.nextInt(7)) {
				case 0 -> "The " + vocabulary.adjective(r) + " " + vocabulary.noun(r) + " of "
						+ vocabulary.institution(r) + " " + vocabulary.verb(r) + " the " + rare + " "
						+ vocabulary.noun(r) + " " + vocabulary.clause(r) + ".";
				case 1 ->
					cap(vocabulary.clause(r)) + ", " + vocabulary.institution(r) + " " + vocabulary.verb(r) + " the "
							+ vocabulary.noun(r) + " of " + country() + " and the " + rare + " of " + country() + ".";
				case 2 -> "This " + vocabulary.noun(r) + " " + vocabulary.verb(r) + " the " + vocabulary.adjective(r)
						+ " " + vocabulary.noun(r) + ", " + vocabulary.clause(r) + ", while the "
						+ Vocabulary.pick(r, Vocabulary.PHRASES) + " remained " + vocabulary.adjective(r) + ".";
				case 3 -> "The " + Vocabulary.pick(r, Vocabulary.TOPICS) + " " + vocabulary.noun(r) + " was "
						+ vocabulary.verb(r) + " by " + vocabulary.institution(r) + ", which " + vocabulary.verb(r)
						+ " the " + rare + " " + vocabulary.noun(r) + " in " + country() + ".";
				case 4 -> "Conspicuous in its absence is the usual " + vocabulary.adjective(r)
						+ " rhetoric regarding \"" + Vocabulary.pick(r, Vocabulary.TERMS) + "\" and the "
						+ vocabulary.noun(r) + " of " + Vocabulary.pick(r, Vocabulary.TOPICS) + ".";
				case 5 -> "Various " + vocabulary.adjective(r) + " " + vocabulary.noun(r) + " noted the "
						+ vocabulary.noun(r) + " that would be necessary for " + Vocabulary.pick(r, Vocabulary.PHRASES)
						+ ", among them the " + rare + " " + vocabulary.noun(r) + " of " + vocabulary.institution(r)
						+ ".";
				default -> "However, " + vocabulary.institution(r) + " and others from the " + vocabulary.adjective(r)
						+ " camp " + vocabulary.verb(r) + " their " + vocabulary.noun(r) + " on "
						+ Vocabulary.pick(r, Vocabulary.TOPICS) + ", " + vocabulary.clause(r) + ".";
			};
		}

		private String country() {
			return r.nextInt(3) == 0 ? Vocabulary.pick(r, Vocabulary.COUNTRIES) : Vocabulary.pick(r, countries);
		}

		private String quotedSentences(int count) {
			StringBuilder q = new StringBuilder(400);
			for (int s = 0; s < count; s++) {
				// Inside a quotation, quoted terms take single quotes, as the seed's
				// 'axis of evil'.
				String body = sentence().replace('"', '\'');
				q.append(body, 0, body.length() - 1);
				if (s + 1 < count) {
					q.append(r.nextInt(3) == 0 ? "... " : ". ");
				}
			}
			return q.toString();
		}

		/**
		 * {@code On June 14, 2014, Iranian President Hassan Rohani said that "..."[3]}
		 */
		private String saidThat(int section) {
			SpeakerSpec s = vocabulary.speaker(r);
			int variant = r.nextInt(4);
			String text = quotedSentences(1 + r.nextInt(2));
			LocalDate when = date.minusDays(r.nextInt(6));
			int note = addNote(outletNote(when));
			addQuote(s, s.fullName(variant), text, section, note);
			lastPerson = s;
			lastVariant = variant;
			return "On " + formatDate(when) + ", " + s.country().replace("U.S.", "American") + " " + s.role() + " "
					+ s.fullName(variant) + " said that \"" + text + ".\"[" + note + "] " + sentence();
		}

		/** {@code X, who ..., tweeted on June 15 that "..." Surname added that ...[4]} */
		private String tweeted(int section) {
			SpeakerSpec s = vocabulary.speaker(r);
			int variant = r.nextInt(4);
			String text = quotedSentences(2 + r.nextInt(2));
			LocalDate when = date.minusDays(r.nextInt(6));
			int note = addNote(outletNote(when));
			addQuote(s, s.fullName(variant), text, section, note);
			lastPerson = s;
			lastVariant = variant;
			return s.role().substring(0, 1).toUpperCase() + s.role().substring(1) + " " + s.fullName(variant)
					+ ", who has been " + vocabulary.verb(r) + " by " + vocabulary.institution(r) + ", tweeted on "
					+ formatDayMonth(when) + " that \"" + text + ".\" " + s.surname(variant) + " added that "
					+ vocabulary.institution(r) + " " + vocabulary.verb(r) + " the " + vocabulary.noun(r) + ".[" + note
					+ "]";
		}

		/**
		 * {@code He said, "..."} or {@code Firouzabadi said, "..."}: refers back to the
		 * last person named.
		 */
		private String coreference(int section) {
			if (lastPerson == null) {
				return saidThat(section);
			}
			String text = quotedSentences(1 + r.nextInt(3));
			int note = addNote(outletNote(date.minusDays(r.nextInt(4))));
			boolean pronoun = r.nextBoolean();
			String asWritten = pronoun ? "He" : lastPerson.surname(lastVariant);
			addQuote(lastPerson, asWritten, text, section, note);
			return sentence() + " " + asWritten + " said, \"" + text + ".\"[" + note + "]";
		}

		/**
		 * An outlet's article quoted over several paragraphs: each opens with a quotation
		 * mark and only the last closes, as in the seed's Javan and Tabnak sections.
		 */
		private List<String> blockQuote(int section) {
			Outlet outlet = Vocabulary.pick(r, Vocabulary.OUTLETS);
			LocalDate when = date.minusDays(r.nextInt(6));
			int paragraphs = 2 + r.nextInt(3);
			List<String> out = new ArrayList<>(paragraphs);
			StringBuilder all = new StringBuilder();
			for (int p = 0; p < paragraphs; p++) {
				String text = quotedSentences(3 + r.nextInt(4)) + ".";
				all.append(p == 0 ? "" : "\n").append(text);
				if (p == 0) {
					String medium = outlet.kind().equals("TV") ? "report on the TV channel "
							: "article in the " + outlet.kind() + " ";
					out.add("A " + formatDate(when) + " " + medium + outlet.name() + ", which is close to "
							+ vocabulary.institution(r) + ", stated: \"" + text);
				}
				else {
					out.add("\"" + text);
				}
			}
			int note = addNote(outlet.name() + (outlet.country() == null ? "" : " (" + outlet.country() + ")") + ", "
					+ formatDate(when) + ".");
			int last = out.size() - 1;
			out.set(last, out.get(last) + "\"[" + note + "]");
			quotes.add(new Quote(-1, outlet.name(), "the " + outlet.kind() + " " + outlet.name(), all.toString(),
					section, note));
			return out;
		}

		private void addQuote(SpeakerSpec s, String asWritten, String text, int section, int note) {
			quotes.add(new Quote(s.id(), s.canonicalName(), asWritten, text, section, note));
		}

		private String footnoteMarker(String noteText) {
			return ".[" + addNote(noteText) + "]";
		}

		private int addNote(String text) {
			footnotes.add(text);
			return footnotes.size();
		}

		/**
		 * The seed's usual note: {@code Fars (Iran), June 14, 2014.}, sometimes with a
		 * remark after it.
		 */
		private String outletNote(LocalDate when) {
			Outlet outlet = Vocabulary.pick(r, Vocabulary.OUTLETS);
			String note = outlet.name() + (outlet.country() == null ? "" : " (" + outlet.country() + ")") + ", "
					+ formatDate(when) + ".";
			if (r.nextInt(5) == 0) {
				note += " " + sentence();
			}
			return note;
		}

		/** Notes without an outlet: a link the page dropped, or a cross-reference. */
		private String plainNote() {
			return switch (r.nextInt(3)) {
				case 0 -> ", " + formatDate(date.minusDays(r.nextInt(30))) + ".";
				case 1 -> "See MEMRI " + (r.nextBoolean() ? "Special Dispatch" : "Inquiry & Analysis Series") + " No. "
						+ (1 + r.nextInt(9000)) + ", " + titleCase(Vocabulary.pick(r, Vocabulary.PHRASES)) + ", "
						+ formatDate(date.minusDays(30 + r.nextInt(700))) + ".";
				default -> outletNote(date.minusDays(r.nextInt(10)));
			};
		}

	}

	static String cap(String word) {
		return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	static String titleCase(String words) {
		StringBuilder b = new StringBuilder(words.length());
		for (String w : words.split(" ")) {
			if (!b.isEmpty()) {
				b.append(' ');
			}
			b.append(cap(w));
		}
		return b.toString();
	}

	private static String possessive(String name) {
		return name.endsWith("s") ? name + "'" : name + "'s";
	}

}
