package org.analecta.ingest;

/** What to do with an upload that looks like a stored report. */
public enum SaveChoice {

	/** Replace the stored report's parts; its previous original is kept as a revision. */
	NEW_VERSION,
	/** Store a report of its own, as if nothing matched. */
	SEPARATE,
	/** Store nothing. */
	SKIP

}
