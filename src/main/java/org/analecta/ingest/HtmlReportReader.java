package org.analecta.ingest;

/** Placeholder: replaced by the HTML extraction work (branch parser-html). */
final class HtmlReportReader implements ReportReader {

	@Override
	public ReportDocument read(String content) throws ParseException {
		throw new ParseException(ParseException.Reason.NO_MAIN_CONTENT, "HTML reports are not supported yet");
	}

}
