package dearrep.data;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dearrep.model.Dataset;
import dearrep.model.Division;
import dearrep.model.Names;
import dearrep.model.Person;
import dearrep.model.StateBundle;
import dearrep.model.Vacancy;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Merges one dataset's import into the bundle folder. Records of other datasets stay as they are:
 * importing Open States and then Congress, in either order, gives the full bundle. Output is sorted
 * (people and divisions by id) so regenerating unchanged data gives identical files.
 */
final class BundleWriter {

  private final Path dataDir;
  private final ObjectMapper json = BundleFiles.json();

  BundleWriter(Path dataDir) {
    this.dataDir = dataDir;
  }

  void write(DatasetImport imported) throws IOException {
    Files.createDirectories(dataDir.resolve("people"));
    TreeSet<String> states = new TreeSet<>(existingStates());
    states.addAll(imported.people().keySet());
    states.addAll(imported.divisions().keySet());
    imported.vacanciesIfOwned().ifPresent(v -> states.addAll(v.keySet()));
    for (String state : states) {
      StateBundle merged = merge(state, read(state), imported);
      Path file = dataDir.resolve(BundleFiles.stateFile(state));
      if (merged.people().isEmpty() && merged.vacancies().isEmpty()) {
        Files.deleteIfExists(file);
      } else {
        writeAtomically(file, out -> json.writeValue(out, merged));
      }
    }
    writeIndex();
    writeSources(imported);
    if (imported.chambers() != null) {
      writeAtomically(dataDir.resolve(BundleFiles.CHAMBERS), imported.chambers()::writeChambers);
    }
  }

  static StateBundle merge(String state, StateBundle old, DatasetImport imported) {
    String key = imported.dataset().key();
    Map<String, Person> people = new TreeMap<>();
    old.people().stream()
        .filter(p -> p.provenance() == null || !key.equals(p.provenance().dataset()))
        .forEach(p -> people.put(p.id(), p));
    imported.people().getOrDefault(state, List.of()).forEach(p -> people.put(p.id(), p));

    Map<String, Division> divisions = new TreeMap<>();
    old.divisions().stream()
        .filter(d -> !imported.ownsDivision().test(d))
        .forEach(d -> divisions.put(d.id(), d));
    imported.divisions().getOrDefault(state, List.of()).forEach(d -> divisions.put(d.id(), d));

    List<Vacancy> vacancies =
        imported
            .vacanciesIfOwned()
            .map(v -> v.getOrDefault(state, List.of()))
            .orElse(old.vacancies());
    vacancies = new ArrayList<>(vacancies);
    vacancies.sort(
        Comparator.comparing(Vacancy::chamber)
            .thenComparing(Vacancy::divisionId)
            .thenComparing(Vacancy::district));
    return new StateBundle(
        state, List.copyOf(divisions.values()), List.copyOf(people.values()), vacancies);
  }

  private StateBundle read(String state) throws IOException {
    Path file = dataDir.resolve(BundleFiles.stateFile(state));
    if (!Files.exists(file)) {
      return new StateBundle(state, List.of(), List.of(), List.of());
    }
    return json.readValue(file.toFile(), StateBundle.class);
  }

  private List<String> existingStates() throws IOException {
    try (Stream<Path> files = Files.list(dataDir.resolve("people"))) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.matches("[a-z]{2}\\.json"))
          .map(n -> n.substring(0, 2).toUpperCase(Locale.ROOT))
          .toList();
    }
  }

  /**
   * index.tsv: id, state, name, title, division id, and the first day the person is no longer shown
   * as current ({@link CurrentRoles#hiddenFrom}, "" for none); one line per person per state,
   * sorted. And names.tsv, the same people for name search: folded name, state, id (see {@link
   * Names#fold}).
   */
  private void writeIndex() throws IOException {
    TreeMap<String, String> lines = new TreeMap<>();
    for (String state : existingStates()) {
      StateBundle bundle = read(state);
      Map<String, String> hiddenFrom = CurrentRoles.hiddenFrom(bundle);
      for (Person p : bundle.people()) {
        p.roles().stream()
            .filter(r -> state.equals(r.state()))
            .findFirst()
            .ifPresent(
                r ->
                    lines.put(
                        String.join(
                            "\t",
                            p.id(),
                            state,
                            cell(p.name()),
                            cell(r.title()),
                            cell(r.divisionId()),
                            hiddenFrom.getOrDefault(p.id(), "")),
                        String.join("\t", Names.fold(p.name()), state, p.id())));
      }
    }
    writeLines(dataDir.resolve(BundleFiles.PEOPLE_INDEX), lines.keySet());
    writeLines(dataDir.resolve(BundleFiles.PEOPLE_NAMES), lines.values());
  }

  private static void writeLines(Path file, Iterable<String> lines) throws IOException {
    writeAtomically(
        file,
        out -> {
          for (String line : lines) {
            out.write(line);
            out.write('\n');
          }
        });
  }

  private void writeSources(DatasetImport imported) throws IOException {
    Path file = dataDir.resolve(BundleFiles.SOURCES);
    Map<String, Dataset> sources = new TreeMap<>();
    if (Files.exists(file)) {
      List<Dataset> old = json.readValue(file.toFile(), new TypeReference<List<Dataset>>() {});
      old.forEach(d -> sources.put(d.key(), d));
    }
    Map<String, Dataset> fresh = new LinkedHashMap<>();
    imported.alsoUsed().forEach(d -> fresh.put(d.key(), d));
    fresh.put(imported.dataset().key(), imported.dataset());
    sources.putAll(fresh);
    List<Dataset> list = List.copyOf(sources.values());
    writeAtomically(file, out -> json.writerWithDefaultPrettyPrinter().writeValue(out, list));
  }

  private static String cell(String value) {
    return value == null ? "" : value.replaceAll("[\\t\\r\\n]+", " ");
  }

  /** What {@link #writeAtomically} writes. */
  interface Content {
    void writeTo(Writer out) throws IOException;
  }

  /** Writes UTF-8 text through {@link AtomicWrite}, so readers never see a half-written file. */
  static void writeAtomically(Path file, Content content) throws IOException {
    AtomicWrite.write(
        file,
        out -> {
          try (Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            content.writeTo(w);
          }
        });
  }
}
