package dearrep.data;

import dearrep.model.Dataset;
import dearrep.model.Division;
import dearrep.model.Person;
import dearrep.model.Vacancy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Everything one importer read from one dataset, grouped by state, ready for {@link BundleWriter}.
 * An importer for a new source (a city council roster, say) builds one of these and hands it to the
 * writer: its people replace only the people of the same dataset.
 *
 * @param dataset the dataset, with its record count
 * @param alsoUsed auxiliary datasets it read (division tables), recorded in sources.json too
 * @param people people by upper-case state code; a person with roles in two states is in both
 * @param divisions divisions by state
 * @param ownsDivision which existing divisions this dataset replaces (the rest are kept)
 * @param vacancies vacancies by state, or null when this dataset does not describe vacancies
 * @param chambers the chamber table to write as chambers.csv, or null
 */
record DatasetImport(
    Dataset dataset,
    List<Dataset> alsoUsed,
    Map<String, List<Person>> people,
    Map<String, List<Division>> divisions,
    Predicate<Division> ownsDivision,
    Map<String, List<Vacancy>> vacancies,
    ChamberTable chambers) {

  Optional<Map<String, List<Vacancy>>> vacanciesIfOwned() {
    return Optional.ofNullable(vacancies);
  }
}
