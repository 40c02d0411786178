package org.analecta.admin;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The attribution review queue: confirm a quotation's speaker, pick another, or mark it
 * "not a quotation", one at a time (the row's own button) or for every ticked row at
 * once. Each decision is kept as a correction and written to the admin log.
 */
@Controller
class ReviewController {

	private final ReviewQueue queue;

	private final AdminEdits edits;

	ReviewController(ReviewQueue queue, AdminEdits edits) {
		this.queue = queue;
		this.edits = edits;
	}

	@GetMapping("/admin/review")
	String review(@RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("queue", queue.page(page));
		model.addAttribute("pageTitle", "Review attributions");
		return "admin/review";
	}

	/**
	 * {@code one} = "action:id" decides one row; otherwise {@code action} applies to
	 * every {@code ids} row. A reattribution takes the name typed in the row's
	 * {@code speaker-id} field.
	 */
	@PostMapping("/admin/review")
	String decide(@RequestParam(required = false) String one, @RequestParam(defaultValue = "") String action,
			@RequestParam(defaultValue = "") List<Long> ids, @RequestParam(defaultValue = "1") int page,
			@RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
		String chosen = action;
		List<Long> rows = new ArrayList<>(ids);
		if (one != null && one.contains(":")) {
			chosen = one.substring(0, one.indexOf(':'));
			rows = List.of(Long.parseLong(one.substring(one.indexOf(':') + 1)));
		}
		if (rows.isEmpty()) {
			redirect.addFlashAttribute("error", "Tick the quotations to decide on first.");
			return "redirect:/admin/review?page=" + page;
		}
		int done = 0;
		List<String> problems = new ArrayList<>();
		for (long id : rows) {
			switch (chosen) {
				case "confirm" -> edits.confirmQuote(id);
				case "not-quotation" -> edits.markNotQuotation(id);
				case "reattribute" -> {
					String speaker = form.getFirst("speaker-" + id);
					if (speaker == null || speaker.isBlank()) {
						problems.add("Type a speaker for each quotation to reattribute.");
						continue;
					}
					edits.fixQuoteSpeaker(id, speaker);
				}
				default -> {
					redirect.addFlashAttribute("error", "Choose what to do with the quotations.");
					return "redirect:/admin/review?page=" + page;
				}
			}
			done++;
		}
		if (done > 0) {
			redirect.addFlashAttribute("message", Counts.of(done, "quotation", "quotations") + " decided.");
		}
		if (!problems.isEmpty()) {
			redirect.addFlashAttribute("error", problems.getFirst());
		}
		return "redirect:/admin/review?page=" + page;
	}

}
