package org.analecta.report;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The archive's numbers, defined once for every page that shows them (home, admin):
 * <ul>
 * <li>reports: the stored reports, each once however many versions it has;</li>
 * <li>quotes: the quotations attributed to a speaker (terms and unattributed passages are
 * not quotes of anyone);</li>
 * <li>speakers: the speakers with at least one such quote.</li>
 * </ul>
 */
@Component
@Transactional(readOnly = true)
public class ArchiveCounts {

	private final EntityManager em;

	ArchiveCounts(EntityManager em) {
		this.em = em;
	}

	public record Counts(long reports, long quotes, long speakers) {
	}

	public Counts counts() {
		long reports = em.createQuery("select count(r) from Report r", Long.class).getSingleResult();
		long quotes = em.createQuery("select count(q) from Quote q where q.speaker is not null", Long.class)
			.getSingleResult();
		long speakers = em.createQuery("select count(distinct q.speaker) from Quote q", Long.class).getSingleResult();
		return new Counts(reports, quotes, speakers);
	}

}
