package dk.aarshjul.dialogue;

import dk.aarshjul.contract.DevelopmentContract;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DialogueMeetingRepository extends JpaRepository<DialogueMeeting, Long> {

  List<DialogueMeeting> findByYearIdOrderByTitle(Long yearId);

  Optional<DialogueMeeting> findByYearIdAndTitle(Long yearId, String title);

  /**
   * The year's approved contracts of active units, with unit, area, district and period: who is
   * invited to a contract dialogue.
   */
  @Query(
      "select c from DevelopmentContract c join fetch c.unit u join fetch u.area"
          + " left join fetch u.district join fetch c.year y where y.id = :yearId and u.active = true"
          + " and c.status = dk.aarshjul.contract.ContractStatus.APPROVED order by u.name")
  List<DevelopmentContract> findApprovedContracts(Long yearId);

  /** Ids of the contracts that already have a dialogue meeting. */
  @Query("select p.contract.id from DialogueParticipant p where p.contract.year.id = :yearId")
  List<Long> findPlannedContractIds(Long yearId);

  /** A committee's meetings (and its staff units' directorate dialogues) in a year of a period. */
  @Query(
      "select m from DialogueMeeting m where m.year.id = :periodId and m.meetingYear = :meetingYear"
          + " and m.committee.code = :committeeCode order by m.title")
  List<DialogueMeeting> findOfCommittee(
      @org.springframework.data.repository.query.Param("periodId") Long periodId,
      @org.springframework.data.repository.query.Param("meetingYear") int meetingYear,
      @org.springframework.data.repository.query.Param("committeeCode") String committeeCode);

  List<DialogueMeeting> findByYearIdAndMeetingYearOrderByTitle(Long periodId, int meetingYear);

  /**
   * The held meetings of a committee (as host or joint) with its units, at the town hall or at an
   * institution, in a year that a unit took part in, in the order they were held.
   */
  @Query(
      "select distinct m from DialogueMeeting m join m.participants p left join m.jointCommittees j"
          + " where m.meetingYear = :year and m.kind in (dk.aarshjul.dialogue.MeetingKind.COMMITTEE,"
          + " dk.aarshjul.dialogue.MeetingKind.INSTITUTION)"
          + " and p.unit.id = :unitId and (m.committee.id = :committeeId or j.id = :committeeId)"
          + " and m.minutes is not null order by m.plannedDate, m.id")
  List<DialogueMeeting> findHeldWithUnit(
      @org.springframework.data.repository.query.Param("unitId") Long unitId,
      @org.springframework.data.repository.query.Param("committeeId") Long committeeId,
      @org.springframework.data.repository.query.Param("year") int year);
}
