package org.analecta.admin;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.analecta.browse.ReportListing;
import org.analecta.report.ArchiveCounts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin dashboard and the corrections: metadata, a quote's speaker, merging speakers,
 * speaker aliases; re-parsing and re-indexing the archive.
 */
@Controller
class AdminController {

	private final ReportListing listing;

	private final AdminEdits edits;

	private final AdminLog log;

	private final ArchiveIndexAdmin index;

	private final ArchiveJobs jobs;

	private final ArchiveCounts counts;

	AdminController(ReportListing listing, AdminEdits edits, AdminLog log, ArchiveIndexAdmin index, ArchiveJobs jobs,
			ArchiveCounts counts) {
		this.counts = counts;
		this.listing = listing;
		this.edits = edits;
		this.log = log;
		this.index = index;
		this.jobs = jobs;
	}

	/** The latest job as the dashboard shows it; {@code timeLeft} null when unknown. */
	record JobView(ArchiveJobs.Job job, String timeLeft) {
	}

	@GetMapping("/admin")
	String dashboard(Model model) {
		model.addAttribute("reports", listing.latest(200));
		model.addAttribute("log", log.latest(50));
		model.addAttribute("consistency", index.status().orElse(null));
		model.addAttribute("counts", counts.counts());
		model.addAttribute("job",
				jobs.current().map(j -> new JobView(j, humanDuration(j.timeLeft(Instant.now())))).orElse(null));
		model.addAttribute("speakerSlugs", edits.speakerSlugs());
		model.addAttribute("maxUploadBytes", UploadCheck.MAX_BYTES);
		model.addAttribute("pageTitle", "Admin");
		return "admin/index";
	}

	@GetMapping("/admin/reports/{slug}/edit")
	String edit(@PathVariable String slug, Model model) {
		model.addAttribute("page", edits.editPage(slug));
		model.addAttribute("pageTitle", "Edit");
		return "admin/edit";
	}

	@PostMapping("/admin/reports/{slug}/edit")
	String saveEdit(@PathVariable String slug, @RequestParam String title,
			@RequestParam(defaultValue = "") String publishedOn, @RequestParam(defaultValue = "") String series,
			@RequestParam(defaultValue = "") String seriesNumber, @RequestParam(defaultValue = "") String sourceUrl,
			RedirectAttributes redirect) {
		LocalDate date;
		try {
			date = publishedOn.isBlank() ? null : LocalDate.parse(publishedOn.strip());
		}
		catch (DateTimeParseException e) {
			redirect.addFlashAttribute("error", "The date must look like 2014-06-20.");
			return "redirect:/admin/reports/" + slug + "/edit";
		}
		try {
			edits.updateMetadata(slug, new AdminEdits.Metadata(title, date, series, seriesNumber, sourceUrl));
			redirect.addFlashAttribute("message", "Saved.");
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/admin/reports/" + slug + "/edit";
	}

	@PostMapping("/admin/quotes/{id}/speaker")
	String fixSpeaker(@PathVariable long id, @RequestParam(defaultValue = "") String speaker,
			RedirectAttributes redirect) {
		String slug = edits.fixQuoteSpeaker(id, speaker);
		redirect.addFlashAttribute("message",
				"Quote attributed to " + (speaker.isBlank() ? "nobody" : speaker.strip()) + ".");
		return "redirect:/admin/reports/" + slug + "/edit";
	}

	@PostMapping("/admin/speakers/merge")
	String merge(@RequestParam String source, @RequestParam String target, RedirectAttributes redirect) {
		try {
			int moved = edits.mergeSpeakers(source, target);
			redirect.addFlashAttribute("message",
					"Merged: " + Counts.of(moved, "quote", "quotes") + " moved to " + target.strip() + ".");
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/admin";
	}

	@PostMapping("/admin/speakers/alias")
	String addAlias(@RequestParam(defaultValue = "") String speaker, @RequestParam(defaultValue = "") String alias,
			RedirectAttributes redirect) {
		try {
			String name = edits.addSpeakerAlias(speaker, alias);
			redirect.addFlashAttribute("message", "“" + alias.strip() + "” now also names " + name + ".");
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/admin";
	}

	@PostMapping("/admin/reparse")
	String reparseAll(RedirectAttributes redirect) {
		return start(ArchiveJobs.Kind.REPARSE, "Re-parsing all reports has started; its progress shows below.",
				redirect);
	}

	@PostMapping("/admin/reports/{slug}/delete")
	String delete(@PathVariable String slug, RedirectAttributes redirect) {
		String title = index.delete(slug);
		redirect.addFlashAttribute("message", "Deleted “" + title + "”.");
		return "redirect:/admin";
	}

	@PostMapping("/admin/reindex")
	String reindex(RedirectAttributes redirect) {
		return start(ArchiveJobs.Kind.REINDEX, "Rebuilding the search index has started; its progress shows below.",
				redirect);
	}

	private String start(ArchiveJobs.Kind kind, String started, RedirectAttributes redirect) {
		if (jobs.start(kind).isPresent()) {
			redirect.addFlashAttribute("message", started);
		}
		else {
			redirect.addFlashAttribute("error", "Another job is running; start this one when it has ended.");
		}
		return "redirect:/admin#job";
	}

	/** "about 3 min", "under a minute"; null for null. */
	static String humanDuration(Duration d) {
		if (d == null) {
			return null;
		}
		long minutes = Math.round(d.toSeconds() / 60.0);
		if (minutes < 1) {
			return "under a minute";
		}
		return minutes < 90 ? "about " + minutes + " min" : "about " + Math.round(minutes / 60.0) + " h";
	}

}
