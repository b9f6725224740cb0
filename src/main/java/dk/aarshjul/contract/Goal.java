package dk.aarshjul.contract;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Arrays;
import java.util.List;

/** A development goal (udviklingsmål) of a contract. */
@Entity
public class Goal {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "contract_id")
  private DevelopmentContract contract;

  private int position;
  private int trackNumber;
  private String title;
  private String purpose;
  private String activities;
  private String effectFollowUp;
  private String indicator;
  private String target;
  private boolean multiYear;
  private boolean sharedWithOthers;

  /** Comma-separated requirement codes this goal addresses. */
  private String addresses;

  protected Goal() {}

  public Goal(int trackNumber, String title, String purpose, String activities, String effectFollowUp,
      String indicator, String target, boolean multiYear, boolean sharedWithOthers, List<String> addresses) {
    this.trackNumber = trackNumber;
    this.title = title;
    this.purpose = purpose;
    this.activities = activities;
    this.effectFollowUp = effectFollowUp;
    this.indicator = indicator;
    this.target = target;
    this.multiYear = multiYear;
    this.sharedWithOthers = sharedWithOthers;
    this.addresses = addresses.isEmpty() ? null : String.join(",", addresses);
  }

  void attach(DevelopmentContract contract, int position) {
    this.contract = contract;
    this.position = position;
  }

  public Long getId() { return id; }
  public int getPosition() { return position; }
  public int getTrackNumber() { return trackNumber; }
  public String getTitle() { return title; }
  public String getPurpose() { return purpose; }
  public String getActivities() { return activities; }
  public String getEffectFollowUp() { return effectFollowUp; }
  public String getIndicator() { return indicator; }
  public String getTarget() { return target; }
  public boolean isMultiYear() { return multiYear; }
  public boolean isSharedWithOthers() { return sharedWithOthers; }

  public List<String> getAddresses() {
    return addresses == null ? List.of() : Arrays.asList(addresses.split(","));
  }

  public boolean addresses(String requirementCode) {
    return getAddresses().contains(requirementCode);
  }
}
