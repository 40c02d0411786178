package org.analecta.report;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Speakers extends JpaRepository<Speaker, Long> {

	Optional<Speaker> findBySlug(String slug);

	/** The speaker a spelling belongs to, by its folded key. */
	@Query("select a.speaker from SpeakerAlias a where a.spellingKey = :spellingKey")
	Optional<Speaker> findBySpellingKey(String spellingKey);

}
