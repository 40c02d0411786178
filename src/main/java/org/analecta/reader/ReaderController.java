package org.analecta.reader;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.analecta.system.NotFoundException;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@Controller
@EnableConfigurationProperties(CitationSettings.class)
class ReaderController {

	static final String VIEW = "reader/report";

	private final ReportPages pages;

	private final CitationSettings citations;

	ReaderController(ReportPages pages, CitationSettings citations) {
		this.pages = pages;
		this.citations = citations;
	}

	@GetMapping("/reports/{slug}")
	String read(@PathVariable String slug, Model model, HttpServletRequest request, HttpServletResponse response) {
		ReportPages.ReaderPage page = pages.find(slug).orElseThrow(() -> notFound("report", slug));
		if (PageValidators.pageNotModified(request, response, page.toString(), page.updatedAt())) {
			return null;
		}
		model.addAttribute("report", page.view());
		model.addAttribute("slug", page.slug());
		model.addAttribute("countryLinks", page.countries());
		model.addAttribute("pageTitle", page.view().title());
		model.addAttribute("originalHref", "/reports/" + page.slug() + "/original");
		model.addAttribute("versions", page.versions());
		model.addAttribute("verifiedAnchors", page.verifiedAnchors());
		model.addAttribute("updatedAt", page.updatedAt());
		model.addAttribute("safeSourceUrl", safeUrl(page.view().sourceUrl()));
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		Map<String, String> permalinks = new HashMap<>();
		page.quoteIds().forEach((anchor, id) -> permalinks.put(anchor, base + "/quotes/" + id));
		Citation citation = Citation.of(page.view(), page.slug(), base + reportPath(page.slug()), citations.publisher(),
				permalinks);
		model.addAttribute("citation", citation);
		model.addAttribute("citationMeta", citation.meta());
		return VIEW;
	}

	/**
	 * The original exactly as uploaded, always as a download: an uploaded HTML page is
	 * never rendered in our origin, where its scripts would run with the admin's session.
	 */
	@GetMapping("/reports/{slug}/original")
	ResponseEntity<byte[]> original(@PathVariable String slug, HttpServletRequest request,
			HttpServletResponse response) {
		ReportPages.Version version = pages.version(slug).orElseThrow(() -> notFound("report", slug));
		if (PageValidators.fileNotModified(request, response, version.contentHash(), version.updatedAt())) {
			// Answered 304 without reading the file.
			return null;
		}
		return download(slug, pages.original(slug).orElseThrow(() -> notFound("report", slug)));
	}

	/** An earlier version's original, as {@link #original} serves the current one. */
	@GetMapping("/reports/{slug}/versions/{revision}")
	ResponseEntity<byte[]> earlierOriginal(@PathVariable String slug, @PathVariable int revision) {
		return download(slug, pages.earlierOriginal(slug, revision)
			.orElseThrow(() -> notFound("version " + revision + " of a report", slug)));
	}

	private static ResponseEntity<byte[]> download(String slug, ReportPages.Original original) {
		String name = original.fileName() == null || original.fileName().isBlank()
				? slug + extension(original.mediaType()) : original.fileName();
		boolean text = "text/plain".equals(original.mediaType());
		return ResponseEntity.ok()
			.contentType(
					text ? new MediaType("text", "plain", StandardCharsets.UTF_8) : MediaType.APPLICATION_OCTET_STREAM)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			.body(original.content());
	}

	private static String reportPath(String slug) {
		return UriComponentsBuilder.fromPath("/reports/{slug}").buildAndExpand(slug).encode().toUriString();
	}

	static NotFoundException notFound(String what, String slug) {
		return new NotFoundException("There is no " + what + " at this address ('" + slug + "').");
	}

	private static String extension(String mediaType) {
		return "text/html".equals(mediaType) ? ".html" : ".txt";
	}

	/**
	 * Only http(s) links are shown as links; a javascript: or data: URL in the metadata
	 * is not.
	 */
	static String safeUrl(String url) {
		if (url == null) {
			return null;
		}
		try {
			URI uri = URI.create(url.strip());
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : null;
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

}
