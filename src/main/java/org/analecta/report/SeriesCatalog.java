package org.analecta.report;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SeriesCatalog extends JpaRepository<Series, Long> {

	Optional<Series> findByNameIgnoreCase(String name);

}
