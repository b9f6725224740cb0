package dk.aarshjul.dialogue;

/** Who holds a dialogue meeting with the units, and about what. */
public enum MeetingKind {
  /**
   * The directorate's contract dialogue with contract holders about their approved contracts
   * (Skanderborg); planned by the area's group chief.
   */
  CONTRACT("Kontraktdialog med direktionen"),
  /**
   * A standing committee's dialogue meeting with its institutions' leaders before goals are set
   * (Hvidovre), possibly joint with other committees; planned and minuted by its secretariat.
   */
  COMMITTEE("Dialogmøde med fagudvalget"),
  /** The directorate's dialogue with staff and support units, which have no committee dialogue. */
  DIRECTORATE("Dialog med direktionen"),
  /**
   * Two or three committees that prioritised the same council goal meet about it (Viborg) and
   * propose initiatives; the host committee's secretariat keeps the minutes.
   */
  JOINT_COMMITTEE("Fælles udvalgsmøde om en målsætning"),
  /**
   * A committee's fixed dialogue meeting with its unit leaders, held at one of its institutions,
   * whose leader (or an employee) presents the place and its daily work; nothing is at stake – no
   * economy, no individual cases (Slagelse). Planned for the year, minuted by the secretariat.
   */
  INSTITUTION("Dialogmøde på en institution");

  private final String label;

  MeetingKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether the leaders bring input from staff and board before the meeting. */
  public boolean collectsInput() {
    return this == COMMITTEE || this == DIRECTORATE;
  }
}
