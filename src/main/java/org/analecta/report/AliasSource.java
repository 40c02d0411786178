package org.analecta.report;

/** Where a speaker alias came from; admin aliases survive a re-parse of every report. */
public enum AliasSource {

	/** Spelled so in a report. */
	REPORT,
	/** From the alias list shipped with the application. */
	SEED,
	/** Added by an administrator. */
	ADMIN

}
