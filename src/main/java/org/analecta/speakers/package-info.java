/**
 * The speaker authority: SpeakerDirectory finds the one record behind a spelling, creates
 * it on first sight and lets an admin add spellings or merge records; SpeakerAliasRefresh
 * keeps stored alias keys in line with the shipped alias list. Also the speaker pages
 * (A-Z index, profile) and the name suggestions for the quote search box.
 */
package org.analecta.speakers;
