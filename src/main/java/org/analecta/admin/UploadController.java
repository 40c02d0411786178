package org.analecta.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import jakarta.servlet.http.HttpSession;

import org.analecta.ingest.IngestService;
import org.analecta.ingest.Match;
import org.analecta.ingest.MetadataCorrection;
import org.analecta.ingest.SaveChoice;
import org.analecta.parser.ParsedReport;
import org.analecta.reader.ReportView;
import org.analecta.reader.ReportViewBuilder;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Upload → preview → save. The preview shows what the parser made of each file, warns of
 * what is missing or doubtful and of a probable duplicate, and lets the admin correct the
 * metadata, leave files out and choose what a duplicate becomes. The files wait, parsed
 * once, in the session; the save stores exactly what the preview showed.
 */
@Controller
class UploadController {

	static final String PREVIEW_VIEW = "admin/preview";

	private static final String EXPIRED = "That preview has expired or was already saved. Upload the files again.";

	private final UploadPreparation preparation;

	private final UploadStash stash;

	private final UploadSaver saver;

	private final IngestService ingest;

	private final ReviewSettings review;

	private final ReportViewBuilder previewBuilder = new ReportViewBuilder(speaker -> null);

	UploadController(UploadPreparation preparation, UploadStash stash, UploadSaver saver, IngestService ingest,
			ReviewSettings review) {
		this.preparation = preparation;
		this.stash = stash;
		this.saver = saver;
		this.ingest = ingest;
		this.review = review;
	}

	/**
	 * One file in the preview; {@code form} holds the values the correction fields show.
	 */
	record PreviewItem(int index, String fileName, String size, String error, List<String> warnings, Match match,
			Form form, boolean included, SaveChoice choice, ReportView report) {
	}

	record Form(String title, String publishedOn, String series, String seriesNumber, String countries) {
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
			redirect.addFlashAttribute("error", EXPIRED);
			return "redirect:/admin";
		}
		List<PreviewItem> items = new ArrayList<>();
		for (int i = 0; i < files.get().size(); i++) {
			items.add(item(i, files.get().get(i)));
		}
		model.addAttribute("token", token);
		model.addAttribute("items", items);
		model.addAttribute("saveable", files.get().stream().filter(PendingUpload::saveable).count());
		model.addAttribute("toSave", files.get().stream().filter(PendingUpload::toBeSaved).count());
		model.addAttribute("pageTitle", "Preview");
		return PREVIEW_VIEW;
	}

	/**
	 * Applies the corrections and choices of the preview's form and shows the preview
	 * again.
	 */
	@PostMapping("/admin/preview/{token}/update")
	String update(@PathVariable String token, @RequestParam MultiValueMap<String, String> form, HttpSession session,
			RedirectAttributes redirect) {
		if (!decide(token, form, session, redirect)) {
			redirect.addFlashAttribute("error", EXPIRED);
			return "redirect:/admin";
		}
		return "redirect:/admin/preview/" + token;
	}

	/** Applies the form as {@link #update} does, then saves the files not left out. */
	@PostMapping("/admin/preview/{token}/save")
	String save(@PathVariable String token, @RequestParam MultiValueMap<String, String> form, HttpSession session,
			Model model, RedirectAttributes redirect) {
		if (!decide(token, form, session, redirect)) {
			redirect.addFlashAttribute("error", EXPIRED);
			return "redirect:/admin";
		}
		if (redirect.getFlashAttributes().containsKey("error")) {
			return "redirect:/admin/preview/" + token;
		}
		List<PendingUpload> files = stash.get(session, token).orElse(List.of());
		stash.remove(session, token);
		model.addAttribute("results", files.stream().map(saver::save).toList());
		model.addAttribute("pageTitle", "Saved");
		return "admin/saved";
	}

	/** Reads each file's fields from the form; false when the batch is gone. */
	private boolean decide(String token, MultiValueMap<String, String> form, HttpSession session,
			RedirectAttributes redirect) {
		var stored = stash.get(session, token);
		if (stored.isEmpty()) {
			return false;
		}
		List<PendingUpload> files = new ArrayList<>(stored.get());
		List<String> problems = new ArrayList<>();
		for (int i = 0; i < files.size(); i++) {
			PendingUpload file = files.get(i);
			if (!file.saveable() || !form.containsKey("present-" + i)) {
				continue;
			}
			MetadataCorrection correction = correction(file, form, i, problems);
			SaveChoice choice = choice(form.getFirst("choice-" + i));
			Match match = Objects.equals(correction, file.correction()) ? file.match()
					: ingest.match(file.prepared(), correction);
			files.set(i, file.decided(correction, form.containsKey("include-" + i), choice, match));
		}
		if (!problems.isEmpty()) {
			redirect.addFlashAttribute("error", String.join(" ", problems));
		}
		return stash.replace(session, token, files);
	}

	/**
	 * A field differing from what the parser read becomes a correction; one left as it
	 * was does not.
	 */
	private static MetadataCorrection correction(PendingUpload file, MultiValueMap<String, String> form, int i,
			List<String> problems) {
		ParsedReport raw = file.prepared().parsed();
		String title = changed(form.getFirst("title-" + i), raw.title());
		String series = changed(form.getFirst("series-" + i), raw.series());
		String number = changed(form.getFirst("number-" + i), raw.seriesNumber());
		List<String> countries = null;
		String countriesField = form.getFirst("countries-" + i);
		if (countriesField != null) {
			List<String> typed = Arrays.stream(countriesField.split(","))
				.map(String::strip)
				.filter(s -> !s.isEmpty())
				.toList();
			countries = typed.equals(raw.countries()) ? null : typed;
		}
		LocalDate date = null;
		String dateField = form.getFirst("date-" + i);
		if (dateField != null && !dateField.isBlank()) {
			try {
				date = LocalDate.parse(dateField.strip());
			}
			catch (DateTimeParseException e) {
				problems.add(file.fileName() + ": the date must look like 2014-06-20.");
				date = file.correction().publishedOn();
			}
			if (date != null && date.equals(raw.publishedOn())) {
				date = null;
			}
		}
		// A title left as the file name the preview showed is no correction either.
		if (title != null && blank(raw.title())
				&& title.equals(file.prepared().corrected(MetadataCorrection.NONE).title())) {
			title = null;
		}
		return new MetadataCorrection(title, date, series, number, null, countries);
	}

	private static String changed(String typed, String parsed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		return typed.strip().equals(parsed == null ? null : parsed.strip()) ? null : typed.strip();
	}

	private static SaveChoice choice(String value) {
		try {
			return value == null ? SaveChoice.NEW_VERSION : SaveChoice.valueOf(value);
		}
		catch (IllegalArgumentException e) {
			return SaveChoice.NEW_VERSION;
		}
	}

	private PreviewItem item(int index, PendingUpload file) {
		ParsedReport corrected = file.corrected();
		Form form = corrected == null ? null
				: new Form(corrected.title(), corrected.publishedOn() == null ? "" : corrected.publishedOn().toString(),
						nullToEmpty(corrected.series()), nullToEmpty(corrected.seriesNumber()),
						String.join(", ", corrected.countries()));
		return new PreviewItem(index, file.fileName(), UploadCheck.humanSize(file.size()), file.error(),
				PreviewWarnings.of(file, review.confidenceThreshold()), file.match(), form, file.included(),
				file.choice(), corrected == null ? null : previewBuilder.build(corrected));
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}

}
