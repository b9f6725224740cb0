package dk.aarshjul.reporting;

import dk.aarshjul.followup.FollowUpReport;
import dk.aarshjul.followup.FollowUpReportRepository;
import dk.aarshjul.followup.GoalStatus;
import java.text.Collator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agreements' follow-up status for the public barometer, when a municipality publishes it
 * (Skanderborg's and Hvidovre's models): per committee and institution the goals' red/yellow/green
 * of the latest approved follow-up held in a year. Only what the group chief (or committee)
 * approved is in it; drafts and reports waiting for review never are.
 */
@Service
@Transactional(readOnly = true)
public class FollowUpBarometer {

  private final FollowUpReportRepository reports;

  public FollowUpBarometer(FollowUpReportRepository reports) {
    this.reports = reports;
  }

  /** A year's published follow-up, per committee in Danish alphabetical order. */
  public record Year(int year, StatusCounts total, List<CommitteeView> committees) {}

  public record CommitteeView(String name, StatusCounts counts, List<UnitView> units) {}

  /** An institution's latest approved follow-up of the year: its goals with their status. */
  public record UnitView(String name, int round, StatusCounts counts, List<GoalView> goals) {}

  /** A goal's status in words: "Opfyldt", "Delvist opfyldt", "Ikke opfyldt". */
  public record GoalView(String title, String colour, String status) {}

  /** The years with an approved follow-up, newest first. */
  public List<Integer> years() {
    TreeSet<Integer> years = new TreeSet<>();
    for (FollowUpReport report : reports.findApproved()) {
      years.add(GoalResults.heldIn(report));
    }
    return List.copyOf(years.descendingSet());
  }

  public Year of(int year) {
    Collator danish = Collator.getInstance(Locale.forLanguageTag("da-DK"));
    Map<Long, FollowUpReport> latestPerContract = new HashMap<>();
    Map<Long, List<GoalStatus>> statuses = new LinkedHashMap<>();
    for (GoalStatus status : reports.findApprovedStatusesCovering(year)) {
      FollowUpReport report = status.getReport();
      if (GoalResults.heldIn(report) != year) {
        continue;
      }
      Long contract = report.getContract().getId();
      FollowUpReport latest = latestPerContract.putIfAbsent(contract, report);
      if (latest != null && !latest.getId().equals(report.getId())) {
        continue; // an earlier round of the same year (ordered latest round first)
      }
      statuses.computeIfAbsent(contract, k -> new ArrayList<>()).add(status);
    }
    Map<String, List<UnitView>> perCommittee = new TreeMap<>(danish);
    statuses.forEach(
        (contract, goals) -> {
          FollowUpReport report = latestPerContract.get(contract);
          var unit = report.getContract().getUnit();
          List<GoalView> views = new ArrayList<>();
          int red = 0;
          int yellow = 0;
          int green = 0;
          for (GoalStatus status : goals) {
            switch (status.getColour()) {
              case ROED -> red++;
              case GUL -> yellow++;
              case GROEN -> green++;
            }
            String meaning = status.getColour().meaning();
            views.add(
                new GoalView(
                    status.getGoal().getTitle(),
                    status.getColour().code(),
                    Character.toUpperCase(meaning.charAt(0)) + meaning.substring(1)));
          }
          String committee =
              unit.getCommittee() == null ? "Uden udvalg" : unit.getCommittee().getName();
          perCommittee
              .computeIfAbsent(committee, k -> new ArrayList<>())
              .add(
                  new UnitView(
                      unit.getName(),
                      report.getRoundNumber(),
                      new StatusCounts(red, yellow, green, 1, 0),
                      views));
        });
    List<CommitteeView> committees = new ArrayList<>();
    StatusCounts total = StatusCounts.NONE;
    for (Map.Entry<String, List<UnitView>> entry : perCommittee.entrySet()) {
      entry.getValue().sort((a, b) -> danish.compare(a.name(), b.name()));
      StatusCounts counts = StatusCounts.NONE;
      for (UnitView unit : entry.getValue()) {
        counts = counts.plus(unit.counts());
      }
      committees.add(new CommitteeView(entry.getKey(), counts, List.copyOf(entry.getValue())));
      total = total.plus(counts);
    }
    return new Year(year, total, committees);
  }
}
