package dk.aarshjul.measure;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DataImportRepository extends JpaRepository<DataImport, Long> {

  /** The period's imports in one state, oldest first (a later import corrects an earlier one). */
  List<DataImport> findByPeriodIdAndStatusOrderByReviewedAtAscIdAsc(
      long periodId, ImportStatus status);

  /** When anything was last published: the barometer's cache key. */
  @Query(
      "select count(i), max(i.reviewedAt) from DataImport i where i.status ="
          + " dk.aarshjul.measure.ImportStatus.PUBLISHED")
  List<Object[]> publicationStamp();
}
