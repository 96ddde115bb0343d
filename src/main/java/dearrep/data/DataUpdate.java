package dearrep.data;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dearrep.model.Chamber;
import dearrep.model.Dataset;
import dearrep.model.DearrepException;
import dearrep.model.Division;
import dearrep.model.StateBundle;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * {@code dearrep data update}: newer rosters without a new release. The people data in use (the
 * last update, else the bundle) is copied into a staging folder of the user's data folder, the same
 * importers as {@code scripts/update-data} run over the new upstream archives into it, the result
 * is checked ({@link BundleCheck}), and only then does it become the data in use ({@link
 * UserDataHome#activate}). Anything that fails, or a kill, leaves the previous data in use.
 *
 * <p>The archives carry no chamber or district tables: those come from the data in use, so an
 * update refreshes who holds the seats, not which seats exist.
 */
public final class DataUpdate {

  /** openstates/people's main branch as GitHub serves it. */
  public static final URI OPENSTATES_ARCHIVE =
      URI.create("https://github.com/openstates/people/archive/refs/heads/main.zip");

  /** unitedstates/congress-legislators' main branch as GitHub serves it. */
  public static final URI CONGRESS_ARCHIVE =
      URI.create(
          "https://github.com/unitedstates/congress-legislators/archive/refs/heads/main.zip");

  /** What an update reports as it goes. */
  public interface Progress {
    /** A step begins ("importing openstates-people"). */
    void step(String what);

    /** A download begins: its size in bytes, or -1 when unknown. */
    default void downloadStarted(String what, long bytes) {}

    /** Bytes downloaded so far. */
    default void downloaded(long bytes) {}

    /** The download ended. */
    default void downloadDone() {}
  }

  /**
   * A finished update.
   *
   * @param name the folder name of the new data in the user's data folder
   * @param folder where it is
   * @param reports one per import
   * @param warnings problems the check found that do not stop the update
   */
  public record Result(String name, Path folder, List<ImportReport> reports, int warnings) {}

  private final UserDataHome home;
  private final BundleSource inUse;
  private final ObjectMapper json = BundleFiles.json();

  public DataUpdate(UserDataHome home, BundleSource inUse) {
    this.home = home;
    this.inUse = inUse;
  }

  /** Imports local checkouts or ZIP archives ({@code --from}). */
  public Result fromLocal(List<Path> sources, Progress progress) throws IOException {
    return run(
        progress,
        staging -> {
          List<UpstreamArchive> out = new ArrayList<>();
          for (Path p : sources) {
            progress.step("reading " + p);
            out.add(UpstreamArchive.open(p, staging));
          }
          return out;
        });
  }

  /** Downloads the archives and imports them. */
  public Result download(List<URI> archives, Duration timeout, Progress progress)
      throws IOException {
    return run(
        progress,
        staging -> {
          List<UpstreamArchive> out = new ArrayList<>();
          int n = 0;
          for (URI uri : archives) {
            Path file = staging.resolve("download-" + (n++) + ".zip");
            progress.step("downloading " + uri);
            LongConsumer total = bytes -> progress.downloadStarted(uri.toString(), bytes);
            try {
              Download.fetch(uri, file, timeout, total, progress::downloaded);
            } finally {
              progress.downloadDone();
            }
            out.add(UpstreamArchive.open(file, staging));
          }
          return out;
        });
  }

  /** Puts the upstream archives of one update into the staging folder. */
  private interface Fetch {
    List<UpstreamArchive> into(Path staging) throws IOException;
  }

  private Result run(Progress progress, Fetch fetch) throws IOException {
    String name = "u-" + LocalDateTime.now(ZoneOffset.UTC).format(STAMP);
    Path staging = home.newStaging(name);
    try {
      List<UpstreamArchive> archives = fetch.into(staging);
      if (archives.isEmpty()) {
        throw DearrepException.badInput("nothing to import: give --from DIR|FILE, or no --from");
      }
      Path bundle = staging.resolve("bundle");
      copyInUse(bundle);
      List<ImportReport> reports = new ArrayList<>();
      for (UpstreamArchive a : archives) {
        progress.step("importing " + a.key() + " of " + a.snapshotDate());
        reports.add(importOne(a, bundle));
      }
      progress.step("checking the new data");
      int warnings = check(bundle);
      progress.step("switching to the new data");
      Path folder = home.activate(bundle, name);
      return new Result(name, folder, reports, warnings);
    } finally {
      // downloads and unpacked archives; after a failure, the half-built bundle too
      FileTree.delete(staging);
    }
  }

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

  /** The people files of the data in use, copied as they are. */
  private void copyInUse(Path bundle) throws IOException {
    Files.createDirectories(bundle.resolve("people"));
    copy(BundleFiles.SOURCES, bundle);
    copy(BundleFiles.CHAMBERS, bundle);
    copy(BundleFiles.PEOPLE_INDEX, bundle);
    copy(BundleFiles.PEOPLE_NAMES, bundle);
    for (String state : chambers(bundle).keySet()) {
      copy(BundleFiles.stateFile(state), bundle);
    }
  }

  private void copy(String file, Path bundle) throws IOException {
    Optional<InputStream> in = inUse.open(file);
    if (in.isPresent()) {
      try (InputStream s = in.get()) {
        Files.copy(s, bundle.resolve(file));
      }
    }
  }

  private static Map<String, List<Chamber>> chambers(Path bundle) throws IOException {
    try (InputStream in = Files.newInputStream(bundle.resolve(BundleFiles.CHAMBERS))) {
      return ChamberCsv.read(in);
    }
  }

  private ImportReport importOne(UpstreamArchive a, Path bundle) throws IOException {
    List<Division> divisions = new ArrayList<>();
    for (StateBundle s : states(bundle)) {
      divisions.addAll(s.divisions());
    }
    Map<String, Dataset> datasets = datasets(bundle);
    Warnings warnings = new Warnings(a.root());
    Dataset dataset = refreshed(datasets.get(a.key()), a);
    DatasetImport imported =
        switch (a.key()) {
          case CongressImporter.KEY ->
              new CongressImporter(
                      a.root(), CongressionalDistricts.of(divisions), dataset, warnings)
                  .run(datasets.get("ocd-division-ids"));
          default -> {
            List<Chamber> chambers = new ArrayList<>();
            chambers(bundle).values().forEach(chambers::addAll);
            yield new OpenStatesImporter(
                    a.root(), ChamberTable.of(chambers, divisions), dataset, warnings)
                .run(datasets.get("openstates-metadata"));
          }
        };
    ImportReport report = DataImport.write(imported, bundle, warnings);
    if (report.people() == 0) {
      throw DearrepException.badInput(
          a.root() + " holds no officials that import: nothing was changed");
    }
    return report;
  }

  /** The dataset's facts with the new snapshot's origin and date. */
  private static Dataset refreshed(Dataset old, UpstreamArchive a) {
    String validThrough =
        old == null
                || old.validThrough() == null
                || old.validThrough().compareTo(a.snapshotDate()) < 0
            ? null
            : old.validThrough();
    return new Dataset(
        a.key(),
        old == null ? a.key() : old.name(),
        old == null ? null : old.origin(),
        null,
        a.snapshotDate(),
        old == null ? "CC0 1.0" : old.license(),
        old == null ? null : old.attribution(),
        validThrough,
        0);
  }

  private Map<String, Dataset> datasets(Path bundle) throws IOException {
    Map<String, Dataset> out = new LinkedHashMap<>();
    List<Dataset> list =
        json.readValue(
            bundle.resolve(BundleFiles.SOURCES).toFile(), new TypeReference<List<Dataset>>() {});
    list.forEach(d -> out.put(d.key(), d));
    return out;
  }

  private List<StateBundle> states(Path bundle) throws IOException {
    List<StateBundle> out = new ArrayList<>();
    for (String state : chambers(bundle).keySet()) {
      Path file = bundle.resolve(BundleFiles.stateFile(state));
      if (Files.exists(file)) {
        try (InputStream in = Files.newInputStream(file)) {
          out.add(StateBundleReader.read(in));
        }
      }
    }
    return out;
  }

  /** Runs the bundle check: errors stop the update; the number of warnings is returned. */
  private int check(Path bundle) throws IOException {
    List<BundleCheck.Problem> problems = BundleCheck.check(states(bundle));
    List<BundleCheck.Problem> errors =
        problems.stream().filter(p -> p.severity() == BundleCheck.Severity.ERROR).toList();
    if (!errors.isEmpty()) {
      BundleCheck.Problem first = errors.get(0);
      throw new DearrepException(
          DearrepException.Kind.FAILURE,
          "the new data fails the check with "
              + errors.size()
              + " errors (first: "
              + first.state()
              + " "
              + first.recordId()
              + " "
              + first.message()
              + "); the data in use is unchanged");
    }
    return problems.size();
  }
}
