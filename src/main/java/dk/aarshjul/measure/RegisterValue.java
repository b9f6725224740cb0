package dk.aarshjul.measure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;

/** One line of a register import: an indicator's value in a year. */
@Entity
class RegisterValue {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long importId;
  private int lineNumber;
  private String code;

  @Column(name = "value_year")
  private int year;

  private BigDecimal amount;

  protected RegisterValue() {}

  RegisterValue(long importId, RegisterFile.Row row) {
    this.importId = importId;
    this.lineNumber = row.line();
    this.code = row.code();
    this.year = row.year();
    this.amount = row.value();
  }

  Long getImportId() {
    return importId;
  }

  String getCode() {
    return code;
  }

  int getYear() {
    return year;
  }

  BigDecimal getAmount() {
    return amount;
  }
}
