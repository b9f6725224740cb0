package dk.aarshjul.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitRepository extends JpaRepository<Unit, Long> {
  /** The unit with its area in one query (a unit's area is always read with it). */
  @org.springframework.data.jpa.repository.EntityGraph(attributePaths = "area")
  Optional<Unit> findByCode(String code);

  List<Unit> findByActiveTrueOrderByName();

  /** A committee's active units with area and district, by name. */
  @org.springframework.data.jpa.repository.EntityGraph(attributePaths = {"area", "district"})
  List<Unit> findByCommitteeCodeAndActiveTrueOrderByName(String committeeCode);

  /**
   * Every unit's committee: unit id, committee id, committee name (one query for roll-ups per
   * committee).
   */
  @org.springframework.data.jpa.repository.Query(
      "select u.id, c.id, c.name from Unit u join u.committee c")
  List<Object[]> committeesOfUnits();
}
