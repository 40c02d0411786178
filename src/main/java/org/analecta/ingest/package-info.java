/**
 * Stores parsed reports: IngestService parses an upload once (the preview and the save
 * share that parse), recognises a report the archive already holds (same bytes, series
 * and number, source URL or a near-identical text by TextFingerprint), keeps its original
 * bytes and versions, and writes the report with all its parts in one transaction through
 * the race-safe reference-row lookups (ReferenceResolver). Admin corrections are kept
 * apart from what the parser read and applied again after every re-parse. ArchiveSeeder
 * loads the sample reports on the first start. Owns re-parsing the archive and deleting
 * reports.
 */
package org.analecta.ingest;
