package dk.aarshjul.tracks;

import org.springframework.data.jpa.repository.JpaRepository;

interface DusRepository extends JpaRepository<Dus, Long> {}
