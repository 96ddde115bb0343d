package dearrep.data;

import dearrep.model.Division;
import dearrep.model.Office;
import dearrep.model.Person;
import dearrep.model.Role;
import dearrep.model.StateBundle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates bundled records: every role's division exists, phone numbers and ZIP codes are
 * well-formed, ids are unique, and facts a letter needs (an address, a way to write) are present.
 */
public final class BundleCheck {

  /** How bad a problem is: errors make the bundle wrong, warnings mark missing facts. */
  public enum Severity {
    ERROR,
    WARNING
  }

  /** One problem, naming the record it was found in. */
  public record Problem(Severity severity, String state, String recordId, String message) {}

  private static final Pattern PHONE =
      Pattern.compile(
          "(\\+1[ -.]?)?\\(?\\d{3}\\)?[ -.]?\\d{3}[ -.]?\\d{4}((,| ?x| ext\\.?| extension) ?\\d{1,6})?");
  private static final Pattern ZIP_AT_END =
      Pattern.compile(".*\\b[A-Z]{2},?\\s+(\\d{5})(-\\d{4})?\\s*$");
  private static final Pattern FIVE_DIGITS_AT_END = Pattern.compile(".*\\b(\\d{3,9}(-\\d+)?)\\s*$");

  private BundleCheck() {}

  /** Checks the given states together (ids must be unique across all of them). */
  public static List<Problem> check(List<StateBundle> states) {
    List<Problem> problems = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    for (StateBundle state : states) {
      Set<String> divisions = new HashSet<>();
      for (Division d : state.divisions()) {
        if (!divisions.add(d.id())) {
          problems.add(new Problem(Severity.ERROR, state.state(), d.id(), "duplicate division id"));
        }
      }
      for (Person p : state.people()) {
        String other = seen.putIfAbsent(p.id(), state.state());
        if (other != null) {
          problems.add(
              new Problem(
                  Severity.ERROR,
                  state.state(),
                  p.id(),
                  "duplicate person id (also in " + other + ")"));
        }
        checkPerson(state.state(), p, divisions, problems);
      }
    }
    return List.copyOf(problems);
  }

  private static void checkPerson(
      String state, Person p, Set<String> divisions, List<Problem> problems) {
    if (p.roles().isEmpty()) {
      problems.add(new Problem(Severity.ERROR, state, p.id(), "no current role"));
    }
    for (Role r : p.roles()) {
      if (r.divisionId() == null || !divisions.contains(r.divisionId())) {
        problems.add(
            new Problem(
                Severity.ERROR,
                state,
                p.id(),
                "role's division " + r.divisionId() + " is not in the data"));
      }
    }
    for (Office o : p.offices()) {
      checkPhone(state, p, "phone", o.voice(), problems);
      checkPhone(state, p, "fax", o.fax(), problems);
      if (o.address() != null
          && !ZIP_AT_END.matcher(o.address()).matches()
          && FIVE_DIGITS_AT_END.matcher(o.address()).matches()) {
        problems.add(
            new Problem(
                Severity.WARNING,
                state,
                p.id(),
                "malformed ZIP code at the end of address '" + o.address() + "'"));
      }
    }
    if (p.offices().stream().noneMatch(o -> o.address() != null && !o.address().isBlank())) {
      problems.add(new Problem(Severity.WARNING, state, p.id(), "no postal address"));
    }
    if (p.email() == null && p.contactForm() == null) {
      problems.add(
          new Problem(Severity.WARNING, state, p.id(), "no e-mail address or contact form"));
    }
  }

  private static void checkPhone(
      String state, Person p, String what, String number, List<Problem> problems) {
    if (number != null && !PHONE.matcher(number.strip()).matches()) {
      problems.add(
          new Problem(
              Severity.ERROR, state, p.id(), "malformed " + what + " number '" + number + "'"));
    }
  }
}
