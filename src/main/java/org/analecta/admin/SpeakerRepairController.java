package org.analecta.admin;

import java.util.List;

import org.analecta.parser.ParsedReport.SpeakerKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The repair page of one speaker: split, delete, set the kind. */
@Controller
class SpeakerRepairController {

	private final SpeakerRepair repair;

	SpeakerRepairController(SpeakerRepair repair) {
		this.repair = repair;
	}

	/**
	 * The dashboard's "repair a speaker" box: from a typed slug to the speaker's page.
	 */
	@GetMapping("/admin/speaker")
	String find(@RequestParam(defaultValue = "") String slug) {
		return "redirect:" + page(slug.strip());
	}

	@GetMapping("/admin/speakers/{slug}")
	String show(@PathVariable String slug, Model model, RedirectAttributes redirect) {
		try {
			model.addAttribute("speaker", repair.page(slug));
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("error", e.getMessage());
			return "redirect:/admin";
		}
		model.addAttribute("kinds", SpeakerKind.values());
		model.addAttribute("pageTitle", "Repair a speaker");
		return "admin/speaker";
	}

	@PostMapping("/admin/speakers/{slug}/split")
	String split(@PathVariable String slug, @RequestParam(defaultValue = "") List<Long> ids,
			@RequestParam(defaultValue = "") String speaker, RedirectAttributes redirect) {
		try {
			int moved = repair.split(slug, ids, speaker);
			redirect.addFlashAttribute("message",
					Counts.of(moved, "quotation", "quotations") + " moved to " + speaker.strip() + ".");
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:" + page(slug);
	}

	@PostMapping("/admin/speakers/{slug}/kind")
	String kind(@PathVariable String slug, @RequestParam SpeakerKind kind, RedirectAttributes redirect) {
		repair.setKind(slug, kind);
		redirect.addFlashAttribute("message", "Saved.");
		return "redirect:" + page(slug);
	}

	@PostMapping("/admin/speakers/{slug}/delete")
	String delete(@PathVariable String slug, RedirectAttributes redirect) {
		try {
			int unattributed = repair.delete(slug);
			redirect.addFlashAttribute("message", "Deleted the speaker; "
					+ Counts.of(unattributed, "quotation", "quotations") + " now unattributed, in the review queue.");
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/admin";
	}

	private static String page(String slug) {
		return UriComponentsBuilder.fromPath("/admin/speakers/{slug}").buildAndExpand(slug).encode().toUriString();
	}

}
