package org.analecta.admin;

import java.util.List;

import jakarta.servlet.http.HttpSession;

import org.analecta.reader.ReportView;
import org.analecta.reader.ReportViewBuilder;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Upload → preview → save. The preview shows what the parser made of each file (metadata, sections,
 * quotes with speakers, footnotes) before anything is stored; the bytes wait in the session.
 */
@Controller
class UploadController {

	static final String PREVIEW_VIEW = "admin/preview";

	private final UploadPreparation preparation;

	private final UploadStash stash;

	private final ReportSaver saver;

	private final ReportViewBuilder previewBuilder = new ReportViewBuilder(speaker -> null);

	UploadController(UploadPreparation preparation, UploadStash stash, ReportSaver saver) {
		this.preparation = preparation;
		this.stash = stash;
		this.saver = saver;
	}

	record PreviewItem(String fileName, String size, String error, ReportView report) {
	}

	@PostMapping("/admin/upload")
	String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files, HttpSession session,
			RedirectAttributes redirect) {
		List<PendingUpload> pending = preparation.prepare(files == null ? List.of() : files);
		if (pending.isEmpty()) {
			redirect.addFlashAttribute("error", "Choose at least one file to upload.");
			return "redirect:/admin";
		}
		return "redirect:/admin/preview/" + stash.put(session, pending);
	}

	@PostMapping("/admin/paste")
	String paste(@RequestParam(defaultValue = "") String text, @RequestParam(required = false) String fileName,
			HttpSession session, RedirectAttributes redirect) {
		if (text.isBlank()) {
			redirect.addFlashAttribute("error", "Paste the text of a report first.");
			return "redirect:/admin";
		}
		return "redirect:/admin/preview/" + stash.put(session, List.of(preparation.preparePasted(text, fileName)));
	}

	@GetMapping("/admin/preview/{token}")
	String preview(@PathVariable String token, HttpSession session, Model model, RedirectAttributes redirect) {
		var files = stash.get(session, token);
		if (files.isEmpty()) {
			redirect.addFlashAttribute("error", "That preview has expired or was already saved. Upload the files again.");
			return "redirect:/admin";
		}
		List<PreviewItem> items = files.get().stream()
			.map(f -> new PreviewItem(f.fileName(), UploadCheck.humanSize(f.size()), f.error(),
					f.parsed() == null ? null : previewBuilder.build(f.parsed())))
			.toList();
		model.addAttribute("token", token);
		model.addAttribute("items", items);
		model.addAttribute("saveable", files.get().stream().filter(PendingUpload::saveable).count());
		model.addAttribute("pageTitle", "Preview");
		return PREVIEW_VIEW;
	}

	@PostMapping("/admin/preview/{token}/save")
	String save(@PathVariable String token, HttpSession session, Model model, RedirectAttributes redirect) {
		var files = stash.get(session, token);
		if (files.isEmpty()) {
			redirect.addFlashAttribute("error", "That preview has expired or was already saved. Upload the files again.");
			return "redirect:/admin";
		}
		List<ReportSaver.Result> results = files.get().stream()
			.map(f -> f.saveable() ? saver.save(f)
					: new ReportSaver.Result(f.fileName(), ReportSaver.Outcome.FAILED, null, null, f.error()))
			.toList();
		stash.remove(session, token);
		model.addAttribute("results", results);
		model.addAttribute("pageTitle", "Saved");
		return "admin/saved";
	}

}
