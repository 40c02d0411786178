/**
 * The bulk import ({@code java -jar analecta.jar import DIR...}): stores many report
 * files through IngestService's rules with search indexing paused, then rebuilds the
 * search index in one pass (the mass indexer) and merges its segments. Shows progress and
 * ends with a summary; running it again over the same files changes nothing.
 */
package org.analecta.bulkload;
