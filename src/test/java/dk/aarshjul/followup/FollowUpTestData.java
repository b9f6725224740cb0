package dk.aarshjul.followup;

import dk.aarshjul.contract.ContractService;
import dk.aarshjul.contract.DevelopmentContract;
import dk.aarshjul.demo.SkanderborgDemo;
import dk.aarshjul.period.PeriodRepository;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives every follow-up test its own year (5000+) with approved contracts made through the contract
 * service.
 */
@Component
class FollowUpTestData {

  private static final AtomicInteger NEXT_YEAR = new AtomicInteger(7000);

  static final String SICKNESS = "Lavere sygefravær";
  static final String WELLBEING = "Flere elever i trivsel";
  static final String COLLABORATION = "Tættere samarbejde med foreningslivet";

  private final PeriodRepository years;
  private final ContractService contracts;

  FollowUpTestData(PeriodRepository years, ContractService contracts) {
    this.years = years;
    this.contracts = contracts;
  }

  int newYear() {
    int year = NEXT_YEAR.incrementAndGet();
    years.save(SkanderborgDemo.dus2022Seed(year));
    return year;
  }

  /**
   * An approved contract with the three goals below: sickness (Under 5 %), wellbeing (Mindst 90 %),
   * collaboration.
   */
  @Transactional
  long approvedContract(int year, String unitCode) {
    return approvedContract(year, unitCode, threeGoals());
  }

  /** An approved contract with the given goals (the draft form's JSON). */
  @Transactional
  long approvedContract(int year, String unitCode, String goalsJson) {
    DevelopmentContract contract = contracts.start(year, unitCode);
    contracts.saveDraft(contract.getId(), goalsJson, "Ledelsesspændet er vurderet.");
    contracts.submitForApproval(contract.getId(), "koncernchef");
    contracts.recordDecision(contract.getId(), "godkend", null, java.util.List.of(), "koncernchef");
    return contract.getId();
  }

  /** A started contract that was never approved. */
  @Transactional
  long draftContract(int year, String unitCode) {
    DevelopmentContract contract = contracts.start(year, unitCode);
    contracts.saveDraft(contract.getId(), threeGoals(), "Ledelsesspændet er vurderet.");
    return contract.getId();
  }

  static String threeGoals() {
    return """
        [{"track":"2","title":"%s","purpose":"Bedre arbejdsmiljø","activities":"Trivselssamtaler",
          "effectFollowUp":"Månedlig opgørelse","indicator":"Sygefravær i procent","target":"Under 5 %%",
          "addresses":["SYGEFRAVAER"]},
         {"track":"3","title":"%s","purpose":"Trivsel er grundlag for læring","activities":"Trivselsforløb i alle klasser",
          "effectFollowUp":"Den nationale trivselsmåling","indicator":"Andel elever i trivsel","target":"Mindst 90 %%"},
         {"track":"1","title":"%s","purpose":"Flere børn i fritidsliv","activities":"Fælles aktiviteter med klubberne",
          "effectFollowUp":"Dialog med foreningerne","addresses":["TVAERGAAENDE"]}]
        """
        .formatted(SICKNESS, WELLBEING, COLLABORATION);
  }
}
