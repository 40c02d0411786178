package org.analecta.ingest;

/**
 * Speaker name handling shared by the parser and the archive: canonical names, titles split off
 * into roles, and a folding under which transliteration variants are equal. Placeholder: replaced
 * by the quote work (branch quotes).
 */
public final class SpeakerNames {

	/** The key under which two spellings of one name are equal (Rohani, Rouhani, Rowhani). */
	public String fold(String name) {
		return name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT);
	}

}
