/**
 * The researcher's toolkit: the read-only JSON API under {@code /api/v1} (with its
 * OpenAPI document), CSV and JSON Lines exports of a search, and Atom feeds. Everything
 * here reads through the search, reader and speaker features; nothing here writes.
 */
package org.analecta.api;
