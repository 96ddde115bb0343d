package dearrep.cli;

import dearrep.batch.BatchLetters;
import dearrep.batch.BatchOptions;
import dearrep.batch.BatchProgress;
import dearrep.batch.BatchRun;
import dearrep.batch.BatchSummary;
import dearrep.batch.RenderedLetters;
import dearrep.batch.ZipPolicy;
import dearrep.letter.Format;
import dearrep.letter.LetterRenderer;
import dearrep.letter.TopicCatalog;
import dearrep.model.DearrepException;
import dearrep.model.Level;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dearrep batch}: one letter per supporter and recipient from a CSV. */
@Command(
    name = "batch",
    description = {
      "Write one letter per supporter and recipient from a CSV of supporters.",
      "",
      "Columns (header row, any case): name (or first_name + last_name); street (address), city, state,"
          + " zip (postal_code), email; the recipient by district, to (a person id), lat + lon, or zip;"
          + " optional topic, position, note, id.",
      "OUT gets the letters, manifest.csv, errors.csv and summary.json. Every row ends up in the"
          + " manifest or in errors.csv."
    },
    sortOptions = false,
    footerHeading = "%nExamples:%n",
    footer = {
      "  dearrep batch supporters.csv -o out/ --topic police-staffing",
      "  dearrep batch supporters.csv -o out/ --format pdf --bundle-by recipient",
      "  dearrep batch supporters.csv -o out/ --resume          finish an interrupted batch",
      "  cat supporters.csv | dearrep batch - -o out/ --levels state,local",
      "",
      "A ZIP code that spans several districts is not guessed: the row fails as ambiguous-zip unless"
          + " --zip-policy all. --zip-policy largest takes the district with the largest share of the"
          + " ZIP's land area (not population) where the crosswalk orders them (state legislative"
          + " seats); the U.S. House crosswalk gives no shares, so such rows fail and say so.",
      "Exit codes: 0 every row written, 4 some rows failed (see errors.csv), 2 bad usage or missing"
          + " columns (nothing written)."
    })
public final class BatchCommand implements Callable<Integer> {

  /** How letters are bundled. */
  enum BundleBy {
    recipient
  }

  @Spec CommandSpec spec;
  @Mixin SharedOptions options;

  @Parameters(
      index = "0",
      paramLabel = "FILE.csv",
      description = "Supporters' CSV, or - for standard input.")
  String input;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "OUT",
      description = "Output folder (new or empty).")
  Path out;

  @Option(
      names = "--topic",
      paramLabel = "ID",
      description = "Topic for rows without one (see `dearrep topics`).")
  String topic;

  @Option(
      names = "--position",
      paramLabel = "P",
      defaultValue = "support",
      description = "support, oppose or concern, for rows without one (default: ${DEFAULT-VALUE}).")
  String position;

  @Option(
      names = "--levels",
      split = ",",
      paramLabel = "LEVEL",
      description = "Levels to write to: federal,state,local (default: all).")
  List<Level> levels;

  @Option(
      names = "--format",
      paramLabel = "FMT",
      defaultValue = "txt",
      description = "txt, md, html, pdf or eml (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--bundle-by",
      paramLabel = "recipient",
      description = "With pdf: one packet per recipient, a cover page then the letters.")
  BundleBy bundleBy;

  @Option(
      names = "--zip-policy",
      paramLabel = "POLICY",
      defaultValue = "fail",
      description =
          "A ZIP spanning several districts: fail, all, largest (default: ${DEFAULT-VALUE}).")
  ZipPolicy zipPolicy;

  @Option(
      names = "--resume",
      description = "Finish an interrupted batch in OUT: no duplicates, no partial files.")
  boolean resume;

  @Option(
      names = "--jobs",
      paramLabel = "N",
      description = "Worker threads (default: the number of cores).")
  Integer jobs;

  private final Session session;

  public BatchCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws IOException {
    if (bundleBy != null && format != Format.PDF) {
      if (spec.commandLine().getParseResult().hasMatchedOption("--format")) {
        throw DearrepException.badInput(
            "--bundle-by recipient makes PDF packets: use --format pdf");
      }
      format = Format.PDF;
    }
    boolean stdin = "-".equals(input);
    long size = stdin ? -1 : size(Path.of(input));
    var batchOptions =
        new BatchOptions(
            stdin ? "-" : input,
            size,
            out,
            topic,
            position,
            levels == null || levels.isEmpty()
                ? EnumSet.allOf(Level.class)
                : EnumSet.copyOf(levels),
            format,
            bundleBy != null,
            resume,
            jobs == null ? Runtime.getRuntime().availableProcessors() : jobs,
            zipPolicy);
    var run = new BatchRun(batchOptions, session.places(options.dataDir()), letters());
    BatchSummary summary;
    // Ctrl-C: the files and reports so far are consistent; say how to finish
    Thread interrupted =
        new Thread(
            () -> {
              System.err.println(
                  "\ndearrep: interrupted: run the same command with --resume to finish the batch");
              System.err.flush();
            });
    Runtime.getRuntime().addShutdownHook(interrupted);
    try (InputStream in = stdin ? System.in : Files.newInputStream(Path.of(input));
        BatchProgress progress = TerminalProgress.onStandardError(size)) {
      summary = run.run(in, progress);
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(interrupted);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running: it says how to resume
      }
    }
    spec.commandLine().getErr().println("dearrep: " + summary.line());
    spec.commandLine().getErr().flush();
    if (options.json) {
      new Output(spec, options).json(summary);
    }
    return summary.exitCode();
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (NoSuchFileException e) {
      throw DearrepException.badInput("no such file: " + file);
    } catch (IOException e) {
      throw DearrepException.badInput("cannot read " + file + ": " + e.getMessage());
    }
  }

  private static BatchLetters letters() {
    return new RenderedLetters(TopicCatalog.bundled(), new LetterRenderer());
  }
}
