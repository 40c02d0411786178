package org.analecta.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A footnote marker in a paragraph: the note's number and the offset in the paragraph
 * text where the marker stood (markers are taken out of the stored text; the reader puts
 * them back as links).
 */
@Embeddable
public record FootnoteReference(@Column(name = "footnote_number", nullable = false) int number,
		@Column(name = "char_offset", nullable = false) int offset) {
}
