package org.analecta.home;

import org.analecta.browse.ReportListing;
import org.analecta.report.ArchiveCounts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private final ArchiveCounts counts;

	private final ReportListing listing;

	HomeController(ArchiveCounts counts, ReportListing listing) {
		this.counts = counts;
		this.listing = listing;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("counts", counts.counts());
		model.addAttribute("latest", listing.latest(8));
		model.addAttribute("countries",
				listing.countries()
					.stream()
					.sorted((a, b) -> Long.compare(b.reports(), a.reports()))
					.limit(8)
					.toList());
		return "home/index";
	}

}
