package org.analecta.speakers;

import java.time.format.DateTimeFormatter;
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

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

	private final SpeakerPages directory;

	SpeakerController(SpeakerPages directory) {
		this.directory = directory;
	}

	/** The A–Z index. The filter works without script (as a query); the page script filters as you type. */
	@GetMapping("/speakers")
	String index(@RequestParam(defaultValue = "") String q, Model model) {
		String filter = SpeakerPages.fold(q);
		List<SpeakerPages.SpeakerCount> all = directory.index();
		List<SpeakerPages.SpeakerCount> shown = filter.isEmpty() ? all
				: all.stream().filter(s -> SpeakerPages.fold(s.name()).contains(filter)).toList();
		Map<String, List<SpeakerPages.SpeakerCount>> byLetter = new LinkedHashMap<>();
		shown.stream()
			.sorted(java.util.Comparator.comparing((SpeakerPages.SpeakerCount s) -> s.letter())
				.thenComparing(s -> SpeakerPages.fold(s.name())))
			.forEach(s -> byLetter.computeIfAbsent(s.letter(), k -> new java.util.ArrayList<>()).add(s));
		model.addAttribute("q", q);
		model.addAttribute("total", all.size());
		model.addAttribute("groups", byLetter);
		model.addAttribute("pageTitle", "Speakers");
		return "speakers/index";
	}

	@GetMapping("/speakers/{slug}")
	String speaker(@PathVariable String slug, Model model) {
		SpeakerPages.Profile profile = directory.profile(slug)
			.orElseThrow(() -> new NotFoundException("There is no speaker at this address ('" + slug + "')."));
		model.addAttribute("speaker", profile);
		model.addAttribute("chart", Charts.timeline(profile.quotes().stream()
			.map(qi -> new Charts.Dated(qi.date(), (qi.date() == null ? "" : qi.date().format(DATE) + ": ")
					+ abbreviate(qi.text(), 90), qi.href()))
			.toList()));
		model.addAttribute("pageTitle", profile.name());
		return "speakers/speaker";
	}

	private static String abbreviate(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
	}

}
