package dearrep.cli;

import dearrep.data.BundleCheck;
import dearrep.data.CurrencyCheck;
import dearrep.geo.BoundaryCheck;
import dearrep.geo.GeoBundle;
import dearrep.geo.GeoFiles;
import dearrep.lookup.Directory;
import dearrep.model.ExitCode;
import dearrep.model.StateBundle;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dearrep data check}: validates the bundle and the user's files. */
@Command(
    name = "check",
    description = {
      // the first sentence is what `dearrep data` lists, so it stays short; boundaries follow
      "Validate the data: divisions exist, phones and ZIP codes are well-formed, ids are unique,"
          + " and every official has an address and a way to write.",
      "Boundaries too: every district boundary maps to a division, and every legislative division"
          + " has a boundary or a stated reason why not."
    })
final class DataCheckCommand extends SharedOptions.Holder implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--errors-only",
      description = "Leave out warnings (missing e-mail, missing address).")
  boolean errorsOnly;

  @Option(
      names = "--strict",
      description =
          "Count ended roles still shown, duplicate people, past vacancy dates, seats the sources"
              + " disagree about and offices without phone or address as errors.")
  boolean strict;

  private final Session session;

  public DataCheckCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    Output output = new Output(spec, options);
    Directory directory = session.lookup(options.dataDir()).directory();
    List<StateBundle> states = directory.stateCodes().stream().map(directory::state).toList();
    CurrencyCheck.Result currency =
        CurrencyCheck.check(
            directory.stateCodes().stream().map(directory::stored).toList(),
            directory.current(),
            strict);
    List<BundleCheck.Problem> all = new java.util.ArrayList<>(BundleCheck.check(states));
    all.addAll(currency.problems());
    all.addAll(
        BoundaryCheck.check(
            GeoFiles.bundled(),
            GeoBundle.bundled().layers(),
            states.stream().flatMap(st -> st.divisions().stream()).toList()));
    List<BundleCheck.Problem> problems =
        all.stream()
            .filter(p -> !errorsOnly || p.severity() == BundleCheck.Severity.ERROR)
            .toList();
    long errors = problems.stream().filter(p -> p.severity() == BundleCheck.Severity.ERROR).count();
    if (options.json()) {
      java.util.Map<String, Object> root = new java.util.LinkedHashMap<>();
      root.put("problems", problems);
      root.put("counts", new java.util.TreeMap<>(currency.counts()));
      output.json(root);
    } else {
      Style style = output.style();
      StringBuilder s = new StringBuilder();
      for (BundleCheck.Problem p : problems) {
        String tag =
            p.severity() == BundleCheck.Severity.ERROR
                ? style.error("error")
                : style.warn("warning");
        s.append(tag)
            .append("  ")
            .append(p.state())
            .append("  ")
            .append(p.recordId())
            .append("  ")
            .append(p.message())
            .append('\n');
      }
      for (String kind : CurrencyCheck.KINDS) {
        s.append(String.format("%-33s %5d%n", kind, currency.counts().get(kind)));
      }
      int people = states.stream().mapToInt(st -> st.people().size()).sum();
      s.append(
          String.format(
              "checked %d officials in %d states: %d errors, %d warnings%n",
              people, states.size(), errors, problems.size() - errors));
      output.print(s.toString());
    }
    return (errors > 0 ? ExitCode.FAILURE : ExitCode.OK).code();
  }
}
