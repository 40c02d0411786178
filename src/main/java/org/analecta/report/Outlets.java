package org.analecta.report;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Outlets extends JpaRepository<Outlet, Long> {

	Optional<Outlet> findByNameKey(String nameKey);

	boolean existsBySlug(String slug);

}
