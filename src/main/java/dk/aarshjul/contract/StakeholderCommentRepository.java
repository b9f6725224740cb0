package dk.aarshjul.contract;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StakeholderCommentRepository extends JpaRepository<StakeholderComment, Long> {
  List<StakeholderComment> findByContractIdOrderById(Long contractId);
}
