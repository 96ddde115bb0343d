package dearrep.data;

import dearrep.model.Level;
import java.util.List;
import java.util.Map;

/**
 * What one import did: the dataset imported, how many people it wrote per level of government, how
 * many divisions and vacancies, and every record it skipped or doubted, with the reason and the
 * upstream file.
 *
 * @param dataset key of the dataset imported ("openstates-people")
 * @param people number of people written
 * @param peopleByLevel people counted by the level of their primary role
 * @param divisions number of divisions written
 * @param vacancies number of vacancies written
 * @param warnings one line per skipped or doubtful record: "file: reason"
 */
public record ImportReport(
    String dataset,
    int people,
    Map<Level, Integer> peopleByLevel,
    int divisions,
    int vacancies,
    List<String> warnings) {

  public ImportReport {
    peopleByLevel = Map.copyOf(peopleByLevel);
    warnings = List.copyOf(warnings);
  }

  /** A short human summary, one line. */
  public String summary() {
    return dataset
        + ": "
        + people
        + " people "
        + new java.util.TreeMap<>(peopleByLevel)
        + ", "
        + divisions
        + " divisions, "
        + vacancies
        + " vacancies, "
        + warnings.size()
        + " warnings";
  }
}
