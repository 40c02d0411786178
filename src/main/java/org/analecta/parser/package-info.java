/**
 * Reads one report file (a saved HTML page or plain text) into a ParsedReport: metadata,
 * sections, paragraphs with footnote markers, footnotes with their sources, and quotes
 * with speakers. Plain Java with Jsoup and Jackson, no Spring, database or archive: the
 * same parser serves uploads, re-parses, the parse and bench-parse commands and the
 * benchmark. Its public face is ReportParser, ParsedReport, ParseException, SpeakerNames
 * and the two commands; everything else is package-private.
 */
package org.analecta.parser;
