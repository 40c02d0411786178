package org.analecta.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.analecta.parser.ParseException;
import org.analecta.parser.ParsedReport;
import org.analecta.parser.ReportParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/** Checks and parses uploaded files for the preview; nothing is stored yet. */
@Component
class UploadPreparation {

	private static final Logger log = LoggerFactory.getLogger(UploadPreparation.class);

	private final ReportParser parser;

	UploadPreparation(ReportParser parser) {
		this.parser = parser;
	}

	List<PendingUpload> prepare(List<MultipartFile> files) {
		List<PendingUpload> out = new ArrayList<>();
		for (MultipartFile file : files) {
			if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()))) {
				continue; // the empty slot a browser sends when no file was chosen
			}
			String name = UploadCheck.cleanName(file.getOriginalFilename());
			Optional<String> problem = UploadCheck.problem(name, file.getContentType(), file.getSize());
			if (problem.isPresent()) {
				out.add(refused(name, problem.get()));
				continue;
			}
			try {
				out.add(parse(name, UploadCheck.mediaType(name, file.getContentType()), file.getBytes()));
			}
			catch (IOException e) {
				out.add(refused(name, "The file could not be read: " + e.getMessage()));
			}
		}
		return out;
	}

	PendingUpload preparePasted(String text, String fileName) {
		String name = UploadCheck.cleanName(fileName == null || fileName.isBlank() ? "pasted.txt" : fileName);
		if (!name.contains(".")) {
			name = name + ".txt";
		}
		byte[] bytes = text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
		Optional<String> problem = UploadCheck.problem(name, "text/plain", bytes.length);
		if (problem.isPresent()) {
			return refused(name, problem.get());
		}
		return parse(name, UploadCheck.mediaType(name, "text/plain"), bytes);
	}

	private PendingUpload parse(String name, String mediaType, byte[] bytes) {
		String token = UUID.randomUUID().toString();
		try {
			ParsedReport parsed = parser.parse(bytes, name);
			return new PendingUpload(token, name, mediaType, bytes, parsed, null, Instant.now());
		}
		catch (ParseException e) {
			return new PendingUpload(token, name, mediaType, bytes, null, e.getMessage(), Instant.now());
		}
		catch (RuntimeException e) {
			log.error("Parser failed on {}", name, e);
			return new PendingUpload(token, name, mediaType, bytes, null,
					"The parser failed on this file (" + e.getClass().getSimpleName() + "); it was logged.", Instant.now());
		}
	}

	private static PendingUpload refused(String name, String problem) {
		return new PendingUpload(UUID.randomUUID().toString(), name, null, null, null, problem, Instant.now());
	}

}
