package org.analecta.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.analecta.ingest.IngestService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Checks uploaded files and has the ingest parse each once, with the parser the save
 * uses, for the preview; nothing is stored yet.
 */
@Component
class UploadPreparation {

	private static final Logger log = LoggerFactory.getLogger(UploadPreparation.class);

	private final IngestService ingest;

	UploadPreparation(IngestService ingest) {
		this.ingest = ingest;
	}

	List<PendingUpload> prepare(List<MultipartFile> files) {
		List<PendingUpload> out = new ArrayList<>();
		for (MultipartFile file : files) {
			if (file == null || (file.isEmpty()
					&& (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()))) {
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
		try {
			return PendingUpload.of(ingest.prepare(bytes, name, mediaType));
		}
		catch (RuntimeException e) {
			log.error("Parser failed on {}", name, e);
			return refused(name,
					"The parser failed on this file (" + e.getClass().getSimpleName() + "); it was logged.");
		}
	}

	private static PendingUpload refused(String name, String problem) {
		return PendingUpload.refused(name, problem);
	}

}
