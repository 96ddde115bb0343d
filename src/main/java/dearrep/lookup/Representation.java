package dearrep.lookup;

import dearrep.model.Division;
import dearrep.model.Person;
import dearrep.model.Role;
import dearrep.model.Vacancy;
import java.util.List;

/**
 * Who holds the seats of one division.
 *
 * @param division the division asked about
 * @param members each current member with the role that ties them to the division
 * @param vacancies known vacancies among its seats
 */
public record Representation(Division division, List<Member> members, List<Vacancy> vacancies) {

  public Representation {
    members = List.copyOf(members);
    vacancies = List.copyOf(vacancies);
  }

  /** A person and the role by which they represent the division. */
  public record Member(Person person, Role role) {}
}
