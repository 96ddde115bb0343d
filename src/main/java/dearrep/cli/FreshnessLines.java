package dearrep.cli;

import dearrep.lookup.Coverage;
import dearrep.lookup.Freshness;
import dearrep.lookup.Representation;
import dearrep.model.Person;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints how fresh an answer is: one short line with the people data's snapshot dates, and the
 * election notice on standard error when there is one.
 */
final class FreshnessLines {

  private FreshnessLines() {}

  /** The snapshot line on standard output, the election notice as a notice. */
  static void print(Output output, Freshness fresh, boolean blankBefore) {
    fresh
        .snapshotLine()
        .ifPresent(
            line -> output.print((blankBefore ? "\n" : "") + output.style().label(line) + "\n"));
    notice(output, fresh);
  }

  /** The election notice, wrapped to the terminal's width. */
  static void notice(Output output, Freshness fresh) {
    fresh
        .notice()
        .ifPresent(n -> TextBlock.wrap(n, Math.max(40, output.width())).forEach(output::notice));
  }

  /** For commands whose standard output is a letter or a script: everything on standard error. */
  static void printAside(Output output, Freshness fresh) {
    fresh.snapshotLine().ifPresent(line -> output.err().println(line));
    output.err().flush();
    notice(output, fresh);
  }

  /**
   * Before a letter or script goes out: a warning on standard error for each recipient whose term
   * has ended per the source, then the snapshot line and the election notice.
   */
  static void warnRecipients(Output output, List<Person> people, java.time.LocalDate today) {
    for (Person p : people) {
      if (!p.roles().isEmpty()) {
        p.primaryRole()
            .endedNote()
            .ifPresent(
                note ->
                    output.notice(
                        "warning: "
                            + p.name()
                            + ": "
                            + note
                            + "; check who holds the office before sending"));
      }
    }
    printAside(output, Freshness.ofPeople(people, today));
  }

  /** Everyone a place lookup lists, with the role that placed them. */
  static List<Representation.Member> members(Coverage coverage) {
    List<Representation.Member> out = new ArrayList<>();
    for (Coverage.Seat seat : coverage.seats()) {
      for (Representation rep : seat.candidates()) {
        out.addAll(rep.members());
      }
    }
    return out;
  }

  /** The JSON of a place lookup: {@link Coverage}'s fields and {@code dataSnapshots}. */
  static Map<String, Object> withFreshness(Coverage coverage, Freshness fresh) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("place", coverage.place());
    root.put("seats", coverage.seats());
    List<String> notices = new ArrayList<>(coverage.notices());
    fresh.notice().ifPresent(notices::add);
    root.put("notices", notices);
    root.put("dataSnapshots", fresh.snapshots());
    return root;
  }
}
