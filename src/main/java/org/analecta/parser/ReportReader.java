package org.analecta.parser;

/** Turns decoded report content of one format into blocks and hints. */
interface ReportReader {

	ReportDocument read(String content) throws ParseException;

}
