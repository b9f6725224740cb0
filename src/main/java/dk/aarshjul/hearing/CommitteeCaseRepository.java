package dk.aarshjul.hearing;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommitteeCaseRepository extends JpaRepository<CommitteeCase, Long> {}
