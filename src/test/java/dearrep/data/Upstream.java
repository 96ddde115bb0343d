package dearrep.data;

import com.fasterxml.jackson.core.type.TypeReference;
import dearrep.model.Dataset;
import dearrep.model.Person;
import dearrep.model.StateBundle;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** The small real upstream excerpts under src/test/resources/upstream, and bundle reading. */
final class Upstream {

  private Upstream() {}

  static Path root() {
    try {
      return Path.of(Upstream.class.getResource("/upstream").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static DataImport importer() throws IOException {
    return DataImport.withSources(root().resolve("sources.properties"));
  }

  static ImportReport importOpenStates(Path dataDir) throws IOException {
    return importer()
        .importOpenStates(
            root().resolve("openstates-people"), root().resolve("openstates-metadata"), dataDir);
  }

  static ImportReport importCongress(Path dataDir) throws IOException {
    return importer()
        .importCongress(
            root().resolve("congress-legislators"), root().resolve("ocd-division-ids"), dataDir);
  }

  static ImportReport importCivicPatch(Path dataDir) throws IOException {
    return importer()
        .importCivicPatch(
            root().resolve("civicpatch-san-jose"),
            root().resolve("ocd-division-ids"),
            root().resolve("openstates-people"),
            dataDir);
  }

  static StateBundle bundle(Path dataDir, String state) throws IOException {
    return BundleFiles.json()
        .readValue(dataDir.resolve(BundleFiles.stateFile(state)).toFile(), StateBundle.class);
  }

  static Person person(Path dataDir, String state, String name) throws IOException {
    return bundle(dataDir, state).people().stream()
        .filter(p -> p.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " in " + state));
  }

  static List<Dataset> sources(Path dataDir) throws IOException {
    return BundleFiles.json()
        .readValue(
            dataDir.resolve(BundleFiles.SOURCES).toFile(), new TypeReference<List<Dataset>>() {});
  }
}
