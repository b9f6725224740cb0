package dk.aarshjul.measure;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;

/** One line of a survey import: a question, its respondents, an answer and its share (%). */
@Entity
class SurveyAnswer {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long importId;
  private int lineNumber;
  private String question;
  private int respondents;
  private String answer;
  private BigDecimal share;

  protected SurveyAnswer() {}

  SurveyAnswer(long importId, SurveyFile.Row row) {
    this.importId = importId;
    this.lineNumber = row.line();
    this.question = row.question();
    this.respondents = row.respondents();
    this.answer = row.answer();
    this.share = row.share();
  }

  Long getImportId() {
    return importId;
  }

  String getQuestion() {
    return question;
  }

  int getRespondents() {
    return respondents;
  }

  String getAnswer() {
    return answer;
  }

  BigDecimal getShare() {
    return share;
  }
}
