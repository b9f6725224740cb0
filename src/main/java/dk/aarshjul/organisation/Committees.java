package dk.aarshjul.organisation;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council and its committees: adding a committee creates its two Camunda groups (its
 * politicians, its secretariat) so tasks can name them; at startup the groups of every committee
 * are made sure of (the council and the finance committee come with the database).
 */
@Service
@Order(1)
public class Committees implements ApplicationRunner {

  private final CommitteeRepository committees;
  private final IdentityService identity;
  private final ApplicationEventPublisher events;

  public Committees(
      CommitteeRepository committees, IdentityService identity, ApplicationEventPublisher events) {
    this.committees = committees;
    this.identity = identity;
    this.events = events;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    committees.findAllByOrderByKindAscNameAsc().forEach(this::ensureGroups);
  }

  /** Adds a committee with its groups. */
  @Transactional
  public Committee add(String code, String name, CommitteeKind kind) {
    Committee committee = committees.save(new Committee(code, name, kind));
    ensureGroups(committee);
    return committee;
  }

  @Transactional(readOnly = true)
  public Optional<Committee> findByCode(String code) {
    return committees.findByCode(code);
  }

  @Transactional(readOnly = true)
  public List<Committee> all() {
    return committees.findAllByOrderByKindAscNameAsc();
  }

  /** Seats a politician (an existing user) in the committee and its group. */
  @Transactional
  public void seat(Committee committee, String userId, CommitteeRole role) {
    committee.addMember(userId, role);
    committees.save(committee);
    if (identity.createUserQuery().userId(userId).memberOfGroup(committee.membersGroup()).count()
        == 0) {
      identity.createMembership(userId, committee.membersGroup());
    }
  }

  private void ensureGroups(Committee committee) {
    ensureGroup(committee.membersGroup(), committee.getName());
    ensureGroup(committee.secretariatGroup(), "Sekretariat for " + committee.getName());
    events.publishEvent(
        new CommitteeReady(
            committee.getId(),
            committee.getCode(),
            committee.getName(),
            committee.secretariatGroup(),
            committee.membersGroup()));
  }

  private void ensureGroup(String id, String name) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType("WORKFLOW");
      identity.saveGroup(group);
    }
  }
}
