package dk.aarshjul.measure;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyAnswerRepository extends JpaRepository<SurveyAnswer, Long> {

  List<SurveyAnswer> findByImportIdInOrderByLineNumber(Collection<Long> importIds);
}
