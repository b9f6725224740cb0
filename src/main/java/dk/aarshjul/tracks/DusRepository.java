package dk.aarshjul.tracks;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DusRepository extends JpaRepository<Dus, Long> {}
