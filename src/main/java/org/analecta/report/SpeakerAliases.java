package org.analecta.report;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SpeakerAliases extends JpaRepository<SpeakerAlias, Long> {

	Optional<SpeakerAlias> findBySpellingKey(String spellingKey);

	List<SpeakerAlias> findBySource(AliasSource source);

}
