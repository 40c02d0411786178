/**
 * The archive's data: the JPA entities (reports, their sections, paragraphs, quotes and
 * footnotes, originals and revisions; speakers and their aliases; series, countries,
 * outlets, authors), their repositories, and the race-safe find-or-create of the shared
 * reference rows beside them (ReferenceRows, KeyedIds) with the URL keys they get
 * (Slugs). Depends on no other feature.
 */
package org.analecta.report;
