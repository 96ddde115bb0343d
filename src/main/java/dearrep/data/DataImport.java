package dearrep.data;

import dearrep.model.Level;
import dearrep.model.Person;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Regenerates the bundled data folder from upstream checkouts. Each import replaces only its own
 * dataset's people (matched by {@code Provenance.dataset}) in every state file and keeps the
 * others', so the importers can run in any order.
 *
 * <p>The upstream snapshots (commit, date, license) are described by a properties file, see {@code
 * scripts/sources.properties}; the snapshot date also decides which roles are current.
 */
public final class DataImport {

  private final SourceCatalog sources;

  private DataImport(SourceCatalog sources) {
    this.sources = sources;
  }

  /** An importer that describes the upstream snapshots from the given properties file. */
  public static DataImport withSources(Path sourcesProperties) throws IOException {
    return new DataImport(SourceCatalog.load(sourcesProperties));
  }

  /**
   * Imports state legislators, executives, mayors, committees and vacancies from a checkout of
   * openstates/people, with the chamber and district tables in {@code metadataDir} ({@code
   * chambers.csv}, {@code districts.csv}), into {@code dataDir}.
   */
  public ImportReport importOpenStates(Path checkout, Path metadataDir, Path dataDir)
      throws IOException {
    Warnings warnings = new Warnings(checkout);
    ChamberTable chambers = ChamberTable.read(metadataDir);
    DatasetImport imported =
        new OpenStatesImporter(
                checkout, chambers, sources.dataset(OpenStatesImporter.KEY), warnings)
            .run(sources.dataset("openstates-metadata"));
    return write(imported, dataDir, warnings);
  }

  /**
   * Imports every current member of Congress from a checkout of unitedstates/congress-legislators,
   * with House districts from a checkout of opencivicdata/ocd-division-ids, into {@code dataDir}.
   */
  public ImportReport importCongress(Path checkout, Path ocdIdsDir, Path dataDir)
      throws IOException {
    Warnings warnings = new Warnings(checkout);
    var dataset = sources.dataset(CongressImporter.KEY);
    CongressionalDistricts districts =
        CongressionalDistricts.read(ocdIdsDir, dataset.snapshotDate());
    DatasetImport imported =
        new CongressImporter(checkout, districts, dataset, warnings)
            .run(sources.dataset("ocd-division-ids"));
    return write(imported, dataDir, warnings);
  }

  /**
   * Imports San José's City Council from CivicPatch's {@code people.yml} in {@code civicPatchDir},
   * with the council districts of ocd-division-ids and the City Hall address from the mayor's
   * record in a checkout of openstates/people, into {@code dataDir}.
   */
  public ImportReport importCivicPatch(
      Path civicPatchDir, Path ocdIdsDir, Path openStatesCheckout, Path dataDir)
      throws IOException {
    Warnings warnings = new Warnings(civicPatchDir);
    DatasetImport imported =
        new CivicPatchImporter(
                civicPatchDir,
                ocdIdsDir,
                openStatesCheckout,
                sources.dataset(CivicPatchImporter.KEY),
                warnings)
            .run();
    return write(imported, dataDir, warnings);
  }

  static ImportReport write(DatasetImport imported, Path dataDir, Warnings warnings)
      throws IOException {
    new BundleWriter(dataDir).write(imported);
    Map<Level, Integer> byLevel = new EnumMap<>(Level.class);
    Set<String> counted = new HashSet<>();
    int divisions = 0;
    for (List<Person> people : imported.people().values()) {
      for (Person p : people) {
        if (counted.add(p.id())) {
          byLevel.merge(p.primaryRole().level(), 1, Integer::sum);
        }
      }
    }
    for (var list : imported.divisions().values()) {
      divisions += list.size();
    }
    int vacancies =
        imported
            .vacanciesIfOwned()
            .map(v -> v.values().stream().mapToInt(List::size).sum())
            .orElse(0);
    return new ImportReport(
        imported.dataset().key(), counted.size(), byLevel, divisions, vacancies, warnings.lines());
  }
}
