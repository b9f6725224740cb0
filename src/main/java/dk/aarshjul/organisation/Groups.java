package dk.aarshjul.organisation;

/** Camunda identity group ids per role; the single place that knows the naming scheme. */
public final class Groups {

  public static final String ADMIN = "camunda-admin";
  public static final String COUNCIL_SECRETARIAT = "byraadssekretariat";
  public static final String DIRECTORATE = "direktion";

  /**
   * The administration's data team (analyse og data): imports survey results and register data and
   * reviews each other's imports before they are published.
   */
  public static final String DATA_TEAM = "analyse";

  /** Everyone who works in Årshjul: may open Tasklist and see the shared filters. */
  public static final String USERS = "brugere";

  /**
   * Every contract holder, whatever the unit: may start udfordringsret and a contract for the unit
   * they hold.
   */
  public static final String CONTRACT_HOLDERS = "kontraktholdere";

  /**
   * Every committee's secretaries, whatever the committee: may start a hearing before the committee
   * treats a case (which committee is checked against its own secretariat group at the start).
   */
  public static final String COMMITTEE_SECRETARIATS = "udvalgssekretariater";

  /** Every group chief, whatever the area: sees the tasks escalated to them. */
  public static final String GROUP_CHIEFS = "koncernchefer";

  /** Process owners: may deploy models from Camunda Modeler and read them in Cockpit. */
  public static final String PROCESS_OWNERS = "procesejere";

  /**
   * Operations (drift): read the health details and Prometheus' metrics under /actuator, usually as
   * the monitoring's technical user.
   */
  public static final String OPERATIONS = "drift";

  private Groups() {}

  public static String groupChief(String areaCode) {
    return "koncernchef-" + areaCode;
  }

  public static String secretariat(String areaCode) {
    return "fagsekretariat-" + areaCode;
  }

  public static String contractHolder(String unitCode) {
    return "kontraktholder-" + unitCode;
  }

  public static String board(String unitCode) {
    return "bestyrelse-" + unitCode;
  }

  public static String worksCouncil(String unitCode) {
    return "med-" + unitCode;
  }

  /** The politicians of a committee, e.g. "udvalg-boerne-undervisningsudvalget". */
  public static String committee(String committeeCode) {
    return "udvalg-" + committeeCode;
  }

  /** The secretariat of a committee; the council's is the council secretariat. */
  public static String committeeSecretariat(Committee committee) {
    return committee.getKind() == CommitteeKind.COUNCIL
        ? COUNCIL_SECRETARIAT
        : "udvalgssekretariat-" + committee.getCode();
  }
}
