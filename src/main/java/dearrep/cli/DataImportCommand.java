package dearrep.cli;

import dearrep.data.DataImport;
import dearrep.data.ImportReport;
import dearrep.model.DearrepException;
import dearrep.model.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dearrep data import}: regenerate the bundle from upstream checkouts. */
@Command(
    name = "import",
    description = {
      "Regenerate the bundled data from an upstream checkout. Each import replaces only its own"
          + " dataset's records, so the order of imports does not matter. Rebuild the jar afterwards"
          + " (scripts/dearrep does it on its next run). scripts/update-data runs the people imports,"
          + " scripts/update-geo the geo import."
    },
    subcommands = {
      DataImportCommand.OpenStates.class,
      DataImportCommand.Congress.class,
      DataImportCommand.CivicPatch.class,
      GeoImportCommand.class,
      BoundaryImportCommand.class
    })
final class DataImportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCode.OK.code();
  }

  /** Where the importers of the bundle write. */
  static final class Target {
    @Option(
        names = "--out",
        paramLabel = "DIR",
        defaultValue = "data",
        description = "The bundle folder to write (default: ${DEFAULT-VALUE}).")
    Path out;

    /** The bundle folder, made if missing. */
    Path folder() {
      try {
        return Files.createDirectories(out);
      } catch (IOException e) {
        throw DearrepException.badInput("cannot use " + out + ": " + DearrepException.reason(e));
      }
    }
  }

  /** The options of the people imports, beside their {@link Target}. */
  static final class PeopleSources {
    @Option(
        names = {"-v", "--verbose"},
        description = "List every warning, not only the first five.")
    boolean verbose;

    @Option(
        names = "--sources",
        paramLabel = "FILE",
        defaultValue = "scripts/sources.properties",
        description =
            "Facts about each upstream snapshot: commit, date, license (default: ${DEFAULT-VALUE}).")
    Path sources;

    DataImport importer() {
      if (!Files.isRegularFile(sources)) {
        throw DearrepException.badInput(
            "no sources file at "
                + sources.toAbsolutePath()
                + ": run from the dearrep checkout or pass --sources FILE");
      }
      try {
        return DataImport.withSources(sources);
      } catch (IOException e) {
        throw DearrepException.badInput(
            "cannot use " + sources + ": " + DearrepException.reason(e));
      }
    }
  }

  static Path existing(Path dir, String what) {
    if (!Files.isDirectory(dir)) {
      throw DearrepException.badInput(what + " " + dir + " is not a folder");
    }
    return dir;
  }

  static Path sibling(Path checkout, Path given, String name, String option) {
    Path dir = given != null ? given : checkout.toAbsolutePath().normalize().resolveSibling(name);
    if (!Files.isDirectory(dir)) {
      throw DearrepException.badInput(
          "no " + name + " folder at " + dir + ": pass " + option + " DIR");
    }
    return dir;
  }

  /** Prints the report's warnings (the first five unless verbose) and its summary line. */
  static int report(Output output, ImportReport report, boolean verbose) {
    int shown = verbose ? report.warnings().size() : Math.min(5, report.warnings().size());
    report.warnings().subList(0, shown).forEach(w -> output.notice("warning: " + w));
    if (shown < report.warnings().size()) {
      output.notice(
          "… and "
              + (report.warnings().size() - shown)
              + " more warnings (--verbose lists them all)");
    }
    output.out().println(report.summary());
    output.out().flush();
    return ExitCode.OK.code();
  }

  /**
   * What the people imports share: their options, and a report of warnings and a summary line once
   * {@link #run} has imported.
   */
  abstract static class PeopleImport extends SharedOptions.Holder implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin Target target;
    @Mixin PeopleSources sources;

    /** Checks the command's inputs, then imports them into {@code target.folder()}. */
    abstract ImportReport run() throws IOException;

    @Override
    public Integer call() throws IOException {
      return report(new Output(spec, options), run(), sources.verbose);
    }
  }

  /** {@code data import openstates DIR}. */
  @Command(
      name = "openstates",
      description =
          "Import an openstates/people checkout (state legislators, executives, mayors, committees, vacancies).")
  static final class OpenStates extends PeopleImport {
    @Parameters(
        paramLabel = "DIR",
        description = "A checkout of openstates/people (holds data/<st>/ and settings.yml).")
    Path checkout;

    @Option(
        names = "--tables",
        paramLabel = "DIR",
        description =
            "Open States metadata tables (chambers.csv, districts.csv). Default: openstates-metadata beside DIR.")
    Path tables;

    @Override
    ImportReport run() throws IOException {
      existing(checkout, "openstates checkout");
      Path meta = sibling(checkout, tables, "openstates-metadata", "--tables");
      return sources.importer().importOpenStates(checkout, meta, target.folder());
    }
  }

  /** {@code data import congress DIR}. */
  @Command(
      name = "congress",
      description =
          "Import a unitedstates/congress-legislators checkout (members, offices, social accounts, committees).")
  static final class Congress extends PeopleImport {
    @Parameters(
        paramLabel = "DIR",
        description = "A checkout of unitedstates/congress-legislators.")
    Path checkout;

    @Option(
        names = "--ocd-ids",
        paramLabel = "DIR",
        description =
            "An opencivicdata/ocd-division-ids checkout. Default: ocd-division-ids beside DIR.")
    Path ocdIds;

    @Override
    ImportReport run() throws IOException {
      existing(checkout, "congress-legislators checkout");
      Path ids = sibling(checkout, ocdIds, "ocd-division-ids", "--ocd-ids");
      return sources.importer().importCongress(checkout, ids, target.folder());
    }
  }

  /** {@code data import civicpatch DIR}. */
  @Command(
      name = "civicpatch",
      description =
          "Import a CivicPatch people.yml folder (San José's City Council), with its council districts and City Hall's address.")
  static final class CivicPatch extends PeopleImport {
    @Parameters(paramLabel = "DIR", description = "A CivicPatch folder holding people.yml.")
    Path folder;

    @Option(
        names = "--ocd-ids",
        paramLabel = "DIR",
        description =
            "An opencivicdata/ocd-division-ids checkout (the council districts). Default:"
                + " ocd-division-ids beside DIR.")
    Path ocdIds;

    @Option(
        names = "--openstates",
        paramLabel = "DIR",
        description =
            "An openstates/people checkout (the mayor's record gives City Hall's address)."
                + " Default: openstates-people beside DIR.")
    Path openStates;

    @Override
    ImportReport run() throws IOException {
      existing(folder, "civicpatch folder");
      Path ids = sibling(folder, ocdIds, "ocd-division-ids", "--ocd-ids");
      Path people = sibling(folder, openStates, "openstates-people", "--openstates");
      return sources.importer().importCivicPatch(folder, ids, people, target.folder());
    }
  }
}
