package dk.aarshjul.followup;

import dk.aarshjul.contract.DevelopmentContract;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Collection of the main process's follow-up multi-instance: {@code
 * ${followUpScope.contractIds(year)}} – one follow-up.bpmn instance per approved contract of the
 * year.
 */
@Component("followUpScope")
public class FollowUpScope {

  private final FollowUpReportRepository reports;

  public FollowUpScope(FollowUpReportRepository reports) {
    this.reports = reports;
  }

  /** The year's approved contracts ordered by unit name (Danish alphabet: Æ, Ø, Å last). */
  @Transactional(readOnly = true)
  public List<DevelopmentContract> approvedContracts(int year) {
    Collator danish = Collator.getInstance(Locale.forLanguageTag("da-DK"));
    return reports.findApprovedContracts(year).stream()
        .sorted(
            Comparator.<DevelopmentContract, String>comparing(
                    contract -> contract.getUnit().getName(), danish)
                .thenComparing(DevelopmentContract::getId))
        .toList();
  }

  /** Ids of the year's APPROVED contracts, ordered by unit name. */
  public List<Long> contractIds(Integer year) {
    if (year == null) {
      throw new IllegalStateException("Procesvariablen year mangler");
    }
    return approvedContracts(year).stream().map(DevelopmentContract::getId).toList();
  }
}
