package org.analecta.home;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The three numbers on the home page. */
@Component
@Transactional(readOnly = true)
class ArchiveCounts {

	private final EntityManager em;

	ArchiveCounts(EntityManager em) {
		this.em = em;
	}

	record Counts(long reports, long quotes, long speakers) {
	}

	Counts counts() {
		long reports = em.createQuery("select count(r) from Report r", Long.class).getSingleResult();
		long quotes = em.createQuery("select count(q) from Quote q where q.speaker is not null", Long.class)
			.getSingleResult();
		long speakers = em.createQuery("select count(distinct q.speaker) from Quote q", Long.class).getSingleResult();
		return new Counts(reports, quotes, speakers);
	}

}
