package org.analecta.report;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Countries extends JpaRepository<Country, Long> {

	Optional<Country> findByNameIgnoreCase(String name);

	boolean existsBySlug(String slug);

}
