/**
 * Browsing without a query: reports by date (years, months) and by country, with charts
 * drawn on the server as SVG; the report lists (ReportListing, ReportSummary) that the
 * home and speaker pages reuse.
 */
package org.analecta.browse;
