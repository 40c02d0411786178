/**
 * Full-text search with Hibernate Search and embedded Lucene: the analyzers and synonyms
 * (ArchiveAnalyzers, DomainSynonyms), the field names of the index (SearchFields), the
 * query syntax (QuerySyntax), the report and quote searches with facets, passages,
 * highlights and spelling suggestions, their pages, index rebuilding and the searchIndex
 * health component.
 */
package org.analecta.search;
