package org.analecta.parser;

import org.analecta.parser.ParsedReport.SpeakerKind;

/**
 * A person, outlet or institution named in the author's text: offsets in the paragraph,
 * the words as written (role included), the name alone and the role or descriptor before
 * it ("the daily Javan" → name "Javan", role "daily").
 */
record Mention(int start, int end, String asWritten, String name, String role, SpeakerKind kind, boolean possessive) {
}
