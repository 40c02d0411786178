package org.analecta.report;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Authors extends JpaRepository<Author, Long> {

	Optional<Author> findByNameKey(String nameKey);

	Optional<Author> findBySlug(String slug);

	boolean existsBySlug(String slug);

}
