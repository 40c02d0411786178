package org.analecta.search;

/**
 * A speaker offered while typing: the canonical name, its slug and how many quotes they
 * have.
 */
public record SpeakerSuggestion(String name, String slug, long quotes) {
}
