package org.analecta.report;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportOriginals extends JpaRepository<ReportOriginal, Long> {

}
