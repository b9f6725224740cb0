package dk.aarshjul.reporting;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface YearEndReportRepository extends JpaRepository<YearEndReport, Long> {

  Optional<YearEndReport> findByYearId(Long yearId);
}
