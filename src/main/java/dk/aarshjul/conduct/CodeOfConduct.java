package dk.aarshjul.conduct;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One version of the code of conduct as the council adopted it: its text and its values (duties and
 * values the participants hold to in their meetings). A new adoption is a new version; the version
 * in force on a day is the newest adopted on or before it.
 */
@Entity
@Table(name = "code_of_conduct")
public class CodeOfConduct {

  /** A value of the code, e.g. "Åbenhed om fejl" with what it means in the meetings. */
  @Embeddable
  public record Value(String name, String description) {}

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private int version;
  private String title;
  private String text;
  private LocalDate adoptedOn;
  private String registeredBy;
  private Instant registeredAt = Instant.now();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "code_of_conduct_value", joinColumns = @JoinColumn(name = "code_id"))
  @OrderColumn(name = "position")
  private List<Value> values = new ArrayList<>();

  protected CodeOfConduct() {}

  CodeOfConduct(
      int version,
      String title,
      String text,
      List<Value> values,
      LocalDate adoptedOn,
      String registeredBy) {
    this.version = version;
    this.title = title;
    this.text = text;
    this.values = new ArrayList<>(values);
    this.adoptedOn = adoptedOn;
    this.registeredBy = registeredBy;
  }

  public Long getId() {
    return id;
  }

  public int getVersion() {
    return version;
  }

  public String getTitle() {
    return title;
  }

  public String getText() {
    return text;
  }

  public List<Value> getValues() {
    return List.copyOf(values);
  }

  public LocalDate getAdoptedOn() {
    return adoptedOn;
  }

  public String getRegisteredBy() {
    return registeredBy;
  }

  public Instant getRegisteredAt() {
    return registeredAt;
  }

  /** E.g. "Kodeks for samarbejde, version 2 (vedtaget 3. marts 2027)". */
  public String label() {
    return title + ", version " + version;
  }
}
