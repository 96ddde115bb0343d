package dearrep.model;

import java.util.List;

/**
 * Everything bundled for one state: its divisions, its officials at every level (including its
 * members of Congress), and its known vacancies. Stored as {@code data/people/<st>.json}.
 *
 * @param state two-letter upper-case code
 * @param divisions every division of the state the people refer to or the chamber table lists
 * @param people officials whose roles lie in the state
 * @param vacancies known vacancies
 */
public record StateBundle(
    String state, List<Division> divisions, List<Person> people, List<Vacancy> vacancies) {

  public StateBundle {
    divisions = divisions == null ? List.of() : List.copyOf(divisions);
    people = people == null ? List.of() : List.copyOf(people);
    vacancies = vacancies == null ? List.of() : List.copyOf(vacancies);
  }
}
