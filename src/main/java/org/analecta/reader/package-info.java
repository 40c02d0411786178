/**
 * The report page: loads a stored report and shapes it for the page (ReportViewBuilder:
 * footnote markers as links, attributed quotes, footnotes with the paragraphs that cite
 * them). The admin's upload preview renders its parse with the same builder and fragment,
 * so both show a report alike.
 */
package org.analecta.reader;
