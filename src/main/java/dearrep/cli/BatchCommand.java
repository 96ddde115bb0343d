package dearrep.cli;

import dearrep.batch.AddressGeocoding;
import dearrep.batch.BatchOptions;
import dearrep.batch.BatchProgress;
import dearrep.batch.BatchRun;
import dearrep.batch.BatchSummary;
import dearrep.batch.RenderedLetters;
import dearrep.batch.ZipPolicy;
import dearrep.geocode.CensusGeocoder;
import dearrep.letter.Format;
import dearrep.letter.LetterRenderer;
import dearrep.letter.Position;
import dearrep.letter.TopicCatalog;
import dearrep.lookup.ConstituencyCheck;
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
      "  dearrep batch supporters.csv -o out/ --geocode census   place rows by street address (online)",
      "",
      "A ZIP code that spans several districts is not guessed: the row fails as ambiguous-zip unless"
          + " --zip-policy all. --zip-policy largest takes the district with the largest share of the"
          + " ZIP's land area (not population), for the U.S. House and state legislative seats."
    })
final class BatchCommand extends SharedOptions.Holder implements Callable<Integer> {

  /** How letters are bundled. */
  enum BundleBy {
    recipient
  }

  @Spec CommandSpec spec;

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
      names = "--not-constituent",
      description =
          "Write also to officials whose district a supporter is not placed in (the letter says"
              + " so); without it such rows fail with reason not-constituent. The manifest's"
              + " constituency column says verified, possible or outside.")
  boolean notConstituent;

  @Option(
      names = "--topic",
      paramLabel = "ID",
      description = "Topic for rows without one (see `dearrep topics`).")
  String topic;

  @Option(
      names = "--position",
      paramLabel = "P",
      defaultValue = "support",
      converter = MessageOptions.PositionConverter.class,
      description = "support, oppose or concern, for rows without one (default: ${DEFAULT-VALUE}).")
  Position position;

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

  /** Services that can geocode street addresses. */
  enum Geocode {
    census
  }

  @Option(
      names = "--geocode",
      paramLabel = "census",
      description = {
        "Place rows with a street address (street + zip, or street + city + state) by their point:"
            + " each distinct address is sent once to the U.S. Census Geocoder (online) and the answers"
            + " are kept in OUT/.dearrep/ for --resume. Unanswered rows fall back to zip or lat/lon."
      })
  Geocode geocode;

  final NetworkOptions network = new NetworkOptions();

  @Override
  NetworkOptions networkOptions() {
    return network;
  }

  @Option(
      names = "--resume",
      description = "Finish an interrupted batch in OUT: no duplicates, no partial files.")
  boolean resume;

  @Option(
      names = "--jobs",
      paramLabel = "N",
      description = "Worker threads, 1 to " + MAX_JOBS + " (default: the number of cores).")
  Integer jobs;

  @Option(
      names = "--packet-size",
      paramLabel = "N",
      description =
          "With --bundle-by: at most N letters per packet file; more make volumes"
              + " (name-id-001.pdf, -002.pdf …), each with its own cover (default: "
              + BatchOptions.DEFAULT_PACKET_SIZE
              + ").")
  Integer packetSize;

  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      defaultValue = "UTF-8",
      description =
          "The CSV's character encoding, e.g. windows-1252 (default: ${DEFAULT-VALUE}). Rows with"
              + " bytes that are not text in it fail as bad-encoding.")
  String encoding;

  static final int MAX_JOBS = 64;
  static final int MAX_PACKET_SIZE = 10_000;

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
    if (jobs != null && (jobs < 1 || jobs > MAX_JOBS)) {
      throw DearrepException.badInput("--jobs must be between 1 and " + MAX_JOBS + ", not " + jobs);
    }
    if (packetSize != null && (packetSize < 1 || packetSize > MAX_PACKET_SIZE)) {
      throw DearrepException.badInput(
          "--packet-size must be between 1 and " + MAX_PACKET_SIZE + ", not " + packetSize);
    }
    if (packetSize != null && bundleBy == null) {
      throw DearrepException.badInput("--packet-size sizes packets: add --bundle-by recipient");
    }
    java.nio.charset.Charset charset = charset(encoding);
    boolean stdin = "-".equals(input);
    long size = stdin ? -1 : size(Path.of(input));
    var batchOptions =
        BatchOptions.builder(out)
            .input(stdin ? "-" : input, size)
            .topic(topic)
            .position(position)
            .levels(levels == null || levels.isEmpty() ? null : EnumSet.copyOf(levels))
            .format(format)
            .bundleByRecipient(bundleBy != null)
            .resume(resume)
            .jobs(jobs == null ? Runtime.getRuntime().availableProcessors() : jobs)
            .zipPolicy(zipPolicy)
            .encoding(charset)
            .packetSize(packetSize == null ? BatchOptions.DEFAULT_PACKET_SIZE : packetSize)
            .geocoder(geocode == null ? "" : geocode.name())
            .build();
    var places = session.places(options.dataDir());
    var run =
        new BatchRun(
            batchOptions,
            places,
            new RenderedLetters(
                TopicCatalog.bundled(),
                new LetterRenderer(),
                new ConstituencyCheck(places),
                notConstituent));
    if (geocode != null) {
      if (stdin) {
        throw DearrepException.badInput(
            "--geocode census reads the CSV twice (its addresses first): give a file, not -");
      }
      var err = spec.commandLine().getErr();
      var geocoder = new CensusGeocoder(session.geocoder().offline(network.offline()));
      run.geocoding(
          AddressGeocoding.census(
              geocoder,
              Path.of(input),
              message -> {
                err.println("dearrep: " + message);
                err.flush();
              }));
    }
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
    if (options.json()) {
      new Output(spec, options).json(summary);
    }
    return summary.exitCode().code();
  }

  private static java.nio.charset.Charset charset(String name) {
    try {
      return java.nio.charset.Charset.forName(name);
    } catch (IllegalArgumentException e) {
      throw DearrepException.badInput(
          "unknown --encoding '" + DearrepException.shown(name) + "': try UTF-8 or windows-1252");
    }
  }

  private static long size(Path file) {
    if (Files.isDirectory(file)) {
      throw DearrepException.badInput(
          DearrepException.shown(file.toString()) + " is a folder: give the supporters' CSV file");
    }
    try {
      return Files.size(file);
    } catch (NoSuchFileException e) {
      throw DearrepException.badInput("no such file: " + DearrepException.shown(file.toString()));
    } catch (IOException e) {
      throw DearrepException.badInput(
          "cannot read "
              + DearrepException.shown(file.toString())
              + ": "
              + DearrepException.reason(e));
    }
  }
}
