package org.analecta.speakers;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.analecta.browse.Charts;
import org.analecta.system.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SpeakerController {

	/** Beyond this many months the timeline counts per year. */
	private static final int MAX_MONTHS = 48;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

	private final SpeakerPages directory;

	SpeakerController(SpeakerPages directory) {
		this.directory = directory;
	}

	/**
	 * The A–Z index. The filter works without script (as a query); the page script
	 * filters as you type.
	 */
	@GetMapping("/speakers")
	String index(@RequestParam(defaultValue = "") String q, Model model) {
		String filter = SpeakerPages.fold(q);
		List<SpeakerPages.SpeakerCount> all = directory.index();
		List<SpeakerPages.SpeakerCount> shown = filter.isEmpty() ? all
				: all.stream().filter(s -> SpeakerPages.fold(s.name()).contains(filter)).toList();
		Map<String, List<SpeakerPages.SpeakerCount>> byLetter = new LinkedHashMap<>();
		shown.stream()
			.sorted(Comparator.comparing((SpeakerPages.SpeakerCount s) -> s.letter())
				.thenComparing(s -> SpeakerPages.fold(s.name())))
			.forEach(s -> byLetter.computeIfAbsent(s.letter(), k -> new ArrayList<>()).add(s));
		model.addAttribute("q", q);
		model.addAttribute("total", all.size());
		model.addAttribute("groups", byLetter);
		model.addAttribute("pageTitle", "Speakers");
		return "speakers/index";
	}

	/**
	 * One speaker: who they are, when they were quoted (a timeline of quotations per
	 * month, or per year over a long span), and what they said, optionally only about
	 * some words ({@code about}).
	 */
	@GetMapping("/speakers/{slug}")
	String speaker(@PathVariable String slug, @RequestParam(defaultValue = "") String about, Model model) {
		SpeakerPages.Profile profile = directory.profile(slug)
			.orElseThrow(() -> new NotFoundException("There is no speaker at this address ('" + slug + "')."));
		List<String> words = Arrays.stream(SpeakerPages.fold(about).split("[^\\p{L}\\p{N}]+"))
			.filter(w -> !w.isEmpty())
			.toList();
		List<SpeakerPages.QuoteItem> shown = profile.quotes()
			.stream()
			.filter(q -> words.stream().allMatch(w -> SpeakerPages.fold(q.text()).contains(w)))
			.toList();
		model.addAttribute("speaker", profile);
		model.addAttribute("about", about.strip());
		model.addAttribute("shown", shown);
		model.addAttribute("undated", shown.stream().filter(q -> q.date() == null).count());
		model.addAttribute("chart", timeline(shown));
		model.addAttribute("pageTitle", profile.name());
		return "speakers/speaker";
	}

	/**
	 * Quotations per month from the first to the last (whole years, so a month reads in
	 * its year), per year when that would be more than {@value #MAX_MONTHS} months; every
	 * quotation is one stacked part linking to it in the list.
	 */
	static Charts.ColumnChart timeline(List<SpeakerPages.QuoteItem> quotes) {
		List<SpeakerPages.QuoteItem> dated = quotes.stream().filter(q -> q.date() != null).toList();
		if (dated.isEmpty()) {
			return Charts.columns(List.of(), 720, 150, true, "No dated quotations");
		}
		YearMonth first = dated.stream().map(q -> YearMonth.from(q.date())).min(YearMonth::compareTo).orElseThrow();
		YearMonth last = dated.stream().map(q -> YearMonth.from(q.date())).max(YearMonth::compareTo).orElseThrow();
		boolean byMonth = (last.getYear() - first.getYear() + 1) * 12 <= MAX_MONTHS;
		Map<String, List<SpeakerPages.QuoteItem>> buckets = new LinkedHashMap<>();
		List<String> labels = new ArrayList<>();
		List<String> names = new ArrayList<>();
		if (byMonth) {
			for (YearMonth m = YearMonth.of(first.getYear(), 1); !m.isAfter(YearMonth.of(last.getYear(), 12)); m = m
				.plusMonths(1)) {
				buckets.put(m.toString(), new ArrayList<>());
				labels
					.add(m.getMonthValue() == 1 ? String.valueOf(m.getYear()) : m.getMonthValue() == 7 ? "Jul" : null);
				names.add(m.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + m.getYear());
			}
		}
		else {
			int every = Math.max(1, (last.getYear() - first.getYear() + 10) / 10);
			for (int y = first.getYear(); y <= last.getYear(); y++) {
				buckets.put(String.valueOf(y), new ArrayList<>());
				labels.add((y - first.getYear()) % every == 0 ? String.valueOf(y) : null);
				names.add(String.valueOf(y));
			}
		}
		for (SpeakerPages.QuoteItem q : dated) {
			buckets.get(byMonth ? YearMonth.from(q.date()).toString() : String.valueOf(q.date().getYear())).add(q);
		}
		List<Charts.Input> inputs = new ArrayList<>();
		int i = 0;
		for (List<SpeakerPages.QuoteItem> bucket : buckets.values()) {
			String name = names.get(i);
			List<Charts.Part> parts = bucket.stream()
				.map(q -> new Charts.Part(1, q.date().format(DATE) + ": “" + abbreviate(q.text(), 80) + "”",
						"#" + q.id()))
				.toList();
			inputs.add(new Charts.Input(labels.get(i), name + ": " + quotations(bucket.size()), null, parts));
			i++;
		}
		return Charts.columns(inputs, 720, 150, true,
				"Quotations per " + (byMonth ? "month" : "year") + ", " + first.getYear()
						+ (first.getYear() == last.getYear() ? "" : " to " + last.getYear()) + ": "
						+ quotations(dated.size()));
	}

	private static String quotations(long n) {
		return n == 1 ? "1 quotation" : n + " quotations";
	}

	private static String abbreviate(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
	}

}
