/**
 * Stores parsed reports: IngestService parses an upload, keeps its original bytes and versions,
 * and writes the report with all its parts in one transaction; ReportAssembler turns a parse into
 * entities through the race-safe reference-row lookups; ArchiveSeeder loads the sample reports on
 * the first start. Owns re-parsing the archive and deleting reports.
 */
package org.analecta.ingest;
