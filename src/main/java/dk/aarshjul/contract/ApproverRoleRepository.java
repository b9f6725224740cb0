package dk.aarshjul.contract;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApproverRoleRepository extends JpaRepository<ApproverRole, String> {}
