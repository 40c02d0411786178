package org.analecta.report;

/** What a speaker is: a person, an outlet quoted as such ("Kayhan wrote"), or an institution. */
public enum SpeakerKind {
	PERSON, OUTLET, INSTITUTION
}
