package dearrep.cli;

import dearrep.lookup.Freshness;
import dearrep.model.ExitCode;
import dearrep.model.Person;
import dearrep.model.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints people found by name or id: one numbered line each, or JSON with their roles. */
final class PeopleView {

  private final Output output;
  private final boolean json;

  PeopleView(Output output, boolean json) {
    this.output = output;
    this.json = json;
  }

  /**
   * Prints the people found and returns the exit code: {@link ExitCode#NOT_FOUND} when there are
   * none.
   */
  int print(List<Person> people, String what, Session session, LocalDate today) {
    session.remember(people);
    if (json) {
      List<Map<String, Object>> list = new ArrayList<>();
      for (Person p : people) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("role", p.roles().isEmpty() ? null : p.primaryRole());
        m.put("person", p);
        list.add(m);
      }
      Map<String, Object> root = new LinkedHashMap<>();
      root.put("query", what);
      root.put("members", list);
      Freshness fresh = Freshness.ofPeople(people, today);
      root.put("dataSnapshots", fresh.snapshots());
      root.put("notices", fresh.notice().stream().toList());
      output.json(root);
    } else if (people.isEmpty()) {
      output.err().println("No one found for " + dearrep.model.DearrepException.shown(what) + ".");
    } else {
      PersonView view = new PersonView(output.style(), output.width());
      StringBuilder s = new StringBuilder();
      int n = 1;
      for (Person p : people) {
        Role role = p.primaryRole();
        s.append(view.brief(String.valueOf(n++), p, role)).append('\n');
      }
      output.print(s.toString());
      FreshnessLines.print(output, Freshness.ofPeople(people, today), false);
    }
    return (people.isEmpty() ? ExitCode.NOT_FOUND : ExitCode.OK).code();
  }
}
