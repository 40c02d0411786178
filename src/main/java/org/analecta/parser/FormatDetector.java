package org.analecta.parser;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.analecta.parser.ParsedReport.SourceFormat;

/**
 * HTML or plain text, judged from the content (a saved page may be called report.txt, and
 * a text report may mention "
 * <p>
 * "): a document that opens with markup, declares html/body, or is dense with
 * paragraph-level tags is HTML.
 */
final class FormatDetector {

	private static final int WINDOW = 8192;

	private static final Pattern DOCUMENT_TAG = Pattern.compile("<(?:!doctype\\s{1,5}html|html|head|body)[\\s>]",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern OPENING_TAG = Pattern.compile(
			"^<(?:!doctype|!--|\\?xml|html|head|body|meta|title|div|p|article|section|main|h[1-6]|table|span|a|br|link|script|style)[\\s>/]",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern BLOCK_TAG = Pattern.compile("</?(?:p|div|br|li|h[1-6]|blockquote|article|span)[\\s>/]",
			Pattern.CASE_INSENSITIVE);

	private FormatDetector() {
	}

	static SourceFormat detect(String content) {
		String head = content.substring(0, Math.min(content.length(), WINDOW));
		if (head.indexOf('<') < 0) {
			return SourceFormat.TEXT; // every pattern below needs a '<': spare plain text
										// their searches
		}
		String trimmed = head.stripLeading().toLowerCase(Locale.ROOT);
		if (OPENING_TAG.matcher(trimmed).lookingAt() || DOCUMENT_TAG.matcher(head).find()) {
			return SourceFormat.HTML;
		}
		Matcher tags = BLOCK_TAG.matcher(head);
		int count = 0;
		while (tags.find()) {
			if (++count >= 4) {
				return SourceFormat.HTML;
			}
		}
		return SourceFormat.TEXT;
	}

}
