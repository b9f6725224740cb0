package dk.aarshjul.followup;

import dk.aarshjul.contract.DevelopmentContract;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FollowUpReportRepository extends JpaRepository<FollowUpReport, Long> {

  Optional<FollowUpReport> findByContractIdAndRoundNumber(Long contractId, int roundNumber);

  /** The contract's reports of earlier rounds, latest first. */
  List<FollowUpReport> findByContractIdAndRoundNumberLessThanOrderByRoundNumberDesc(Long contractId, int roundNumber);

  @Query("select r from FollowUpReport r where r.contract.year.year = :year order by r.roundNumber, r.id")
  List<FollowUpReport> findByYear(int year);

  /** The year's approved development contracts (the ones followed up). */
  @Query("select c from DevelopmentContract c where c.year.year = :year"
      + " and c.status = dk.aarshjul.contract.ContractStatus.APPROVED")
  List<DevelopmentContract> findApprovedContracts(int year);
}
