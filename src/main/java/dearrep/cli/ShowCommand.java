package dearrep.cli;

import dearrep.lookup.Freshness;
import dearrep.model.DearrepException;
import dearrep.model.ExitCode;
import dearrep.model.Person;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dearrep show}: an official's full contact card. */
@Command(
    name = "show",
    description = "Show an official's full contact card.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  dearrep show ocd-person/820619fd-d053-4915-b099-1d134a880228",
      "  dearrep show bioguide:L000607",
      "  dearrep show 2        (in the shell: the 2nd person of the last lookup)"
    })
final class ShowCommand extends SharedOptions.Holder implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "ID",
      description =
          "A person id from lookup (ocd-person/… or bioguide:…), or a number from the last lookup"
              + " (kept in $XDG_STATE_HOME/dearrep/last-lookup, so it works across command lines).")
  String id;

  private final Session session;

  public ShowCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    Person person = resolve(session, options, id);
    Output output = new Output(spec, options);
    if (options.json()) {
      output.json(person);
    } else {
      output.print(new PersonView(output.style(), output.width()).card(person));
      FreshnessLines.notice(
          output,
          Freshness.ofPeople(
              List.of(person), session.lookup(options.dataDir()).directory().current().today()));
    }
    return ExitCode.OK.code();
  }

  /** A person id, or the number of a person listed by the last lookup in this session. */
  static Person resolve(Session session, SharedOptions options, String id) {
    String text = id.strip();
    if (text.matches("\\d{1,3}")) {
      List<Person> last = session.lastResults();
      int n = Integer.parseInt(text);
      if (last.isEmpty()) {
        throw DearrepException.badInput(
            "no earlier lookup to take #" + n + " from: run lookup first, or give a person id");
      }
      if (n < 1 || n > last.size()) {
        throw DearrepException.badInput(
            last.size() == 1
                ? "the last lookup listed one person: pick 1"
                : "the last lookup listed " + last.size() + " people: pick 1–" + last.size());
      }
      return last.get(n - 1);
    }
    return session.lookup(options.dataDir()).person(text);
  }
}
