package dk.aarshjul.organisation;

import jakarta.persistence.Entity;

/**
 * A geographic district (distrikt), beside the administrative areas: institutions of several types
 * in one district can meet their committee together around cross-cutting themes.
 */
@Entity
public class District extends CodedGroup {

  protected District() {}

  public District(String code, String name) {
    super(code, name);
  }
}
