package dk.aarshjul.models;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The governance models Årshjul knows, and the one this municipality runs ({@code
 * aarshjul.governance-model}).
 */
@Component
class GovernanceModels {

  private final List<GovernanceModel> models;
  private final GovernanceModel selected;

  public GovernanceModels(
      List<GovernanceModel> models,
      @Value("${aarshjul.governance-model:skanderborg}") String selectedCode) {
    this.models = List.copyOf(models);
    this.selected =
        models.stream()
            .filter(model -> model.code().equals(selectedCode))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "aarshjul.governance-model="
                            + selectedCode
                            + " er ikke en styringsmodel, Årshjul kender. Vælg en af: "
                            + models.stream()
                                .map(GovernanceModel::code)
                                .sorted()
                                .collect(Collectors.joining(", "))
                            + "."));
  }

  /** The model the yearly timer starts and the demo runs. */
  public GovernanceModel selected() {
    return selected;
  }

  public List<GovernanceModel> all() {
    return models;
  }
}
