package dearrep.data;

import static dearrep.data.UpstreamYaml.list;
import static dearrep.data.UpstreamYaml.text;

import com.fasterxml.jackson.databind.JsonNode;
import dearrep.model.CommitteeSeat;
import dearrep.model.Dataset;
import dearrep.model.Division;
import dearrep.model.Person;
import dearrep.model.Provenance;
import dearrep.model.Role;
import dearrep.model.Vacancy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads a checkout of openstates/people: legislators, executives and mayors of every state, DC and
 * Puerto Rico (not {@code data/us/}: Congress comes from congress-legislators), their committee
 * seats, and the known vacancies in {@code settings.yml}.
 */
final class OpenStatesImporter {

  static final String KEY = "openstates-people";

  /**
   * Division kinds other datasets declare (House districts, city councils): an import keeps them.
   */
  private static final Set<String> OTHER_DATASETS_DIVISIONS = Set.of("cd", "council_district");

  private static final List<String> PEOPLE_FOLDERS =
      List.of("legislature", "executive", "municipalities");

  private final Path checkout;
  private final ChamberTable chambers;
  private final Dataset dataset;
  private final Warnings warnings;
  private final Provenance provenance;

  OpenStatesImporter(Path checkout, ChamberTable chambers, Dataset dataset, Warnings warnings) {
    this.checkout = checkout;
    this.chambers = chambers;
    this.dataset = dataset;
    this.warnings = warnings;
    this.provenance = new Provenance(dataset.key(), dataset.snapshotDate());
  }

  DatasetImport run(Dataset metadata) throws IOException {
    Map<String, List<Person>> people = new TreeMap<>();
    Map<String, List<Division>> divisions = new TreeMap<>();
    Set<String> seen = new HashSet<>();
    int count = 0;
    for (Path stateDir : stateDirs()) {
      for (Person person : readState(stateDir)) {
        if (!seen.add(person.id())) {
          warnings.add(stateDir, "person " + person.id() + " appears twice; second copy skipped");
          continue;
        }
        count++;
        for (String state : person.roles().stream().map(Role::state).distinct().toList()) {
          people.computeIfAbsent(state, s -> new ArrayList<>()).add(person);
        }
      }
    }
    for (String state : statesOf(people)) {
      divisions.put(state, divisions(state, people.getOrDefault(state, List.of())));
    }
    Map<String, List<Vacancy>> vacancies = vacancies();
    vacancies.keySet().forEach(s -> divisions.computeIfAbsent(s, k -> divisions(k, List.of())));
    Dataset counted = withRecords(dataset, count);
    Dataset meta = withRecords(metadata, chambers.districtCount());
    return new DatasetImport(
        counted,
        List.of(meta),
        people,
        divisions,
        d -> !OTHER_DATASETS_DIVISIONS.contains(d.kind()),
        vacancies,
        chambers);
  }

  private Set<String> statesOf(Map<String, List<Person>> people) {
    Set<String> states = new HashSet<>(people.keySet());
    chambers.chambers().stream()
        .map(c -> c.state())
        .filter(s -> !s.equals("US"))
        .filter(
            s -> Files.isDirectory(checkout.resolve("data").resolve(s.toLowerCase(Locale.ROOT))))
        .forEach(states::add);
    return states;
  }

  private List<Path> stateDirs() throws IOException {
    try (Stream<Path> dirs = Files.list(checkout.resolve("data"))) {
      return dirs.filter(Files::isDirectory)
          .filter(d -> !d.getFileName().toString().equals("us"))
          .sorted()
          .toList();
    }
  }

  private List<Person> readState(Path stateDir) throws IOException {
    String state = stateDir.getFileName().toString().toUpperCase(Locale.ROOT);
    OpenStatesPerson mapper =
        new OpenStatesPerson(
            chambers,
            cityNames(stateDir, warnings),
            committees(stateDir, state),
            provenance,
            warnings);
    List<Person> out = new ArrayList<>();
    for (String folder : PEOPLE_FOLDERS) {
      for (Path file : yamlFiles(stateDir.resolve(folder))) {
        UpstreamYaml.read(file, warnings)
            .flatMap(node -> mapper.map(node, file))
            .ifPresent(out::add);
      }
    }
    return out;
  }

  /** municipalities.yml: jurisdiction id → city name. */
  static Map<String, String> cityNames(Path stateDir, Warnings warnings) {
    Map<String, String> names = new HashMap<>();
    Path file = stateDir.resolve("municipalities.yml");
    if (Files.exists(file)) {
      UpstreamYaml.read(file, warnings)
          .ifPresent(
              node ->
                  node.forEach(
                      city -> {
                        if (text(city, "id") != null && text(city, "name") != null) {
                          names.put(text(city, "id"), text(city, "name"));
                        }
                      }));
    }
    return names;
  }

  /**
   * Committee seats by person id. Joint committees, filed by Open States under the chamber {@code
   * legislature} in bicameral states, are reported as {@code joint}.
   */
  private Map<String, List<CommitteeSeat>> committees(Path stateDir, String state)
      throws IOException {
    boolean bicameral = chambers.chamber(state, "upper").isPresent();
    Map<String, List<CommitteeSeat>> seats = new HashMap<>();
    for (Path file : yamlFiles(stateDir.resolve("committees"))) {
      Optional<JsonNode> node = UpstreamYaml.read(file, warnings);
      if (node.isEmpty()) {
        continue;
      }
      String name = text(node.get(), "name");
      String chamber = text(node.get(), "chamber");
      if (name == null) {
        warnings.add(file, "committee without a name, skipped");
        continue;
      }
      if (bicameral && "legislature".equals(chamber)) {
        chamber = "joint";
      }
      for (JsonNode member : list(node.get(), "members")) {
        String personId = text(member, "person_id");
        if (personId != null) {
          String role = text(member, "role");
          seats
              .computeIfAbsent(personId, k -> new ArrayList<>())
              .add(
                  new CommitteeSeat(
                      name, chamber, role == null ? "member" : role.toLowerCase(Locale.ROOT)));
        }
      }
    }
    seats.values().forEach(list -> list.sort(Comparator.comparing(CommitteeSeat::committee)));
    return seats;
  }

  /**
   * The divisions of a state: its legislative districts, the state itself, and the places whose
   * mayors are in the data.
   */
  private List<Division> divisions(String state, List<Person> people) {
    List<Division> out = new ArrayList<>(chambers.districts(state));
    String name = chambers.stateName(state).orElse(state);
    out.add(
        new Division(
            StateDivisions.of(state), name, state, StateDivisions.kindOf(state), null, null, 1));
    for (Person p : people) {
      for (Role r : p.roles()) {
        if (r.type().equals("mayor") && state.equals(r.state())) {
          String city = r.body().replaceFirst("^City of ", "");
          out.add(new Division(r.divisionId(), city, state, "place", null, null, 1));
        }
      }
    }
    return out;
  }

  /** settings.yml: known vacancies whose expected end is on or after the snapshot date. */
  private Map<String, List<Vacancy>> vacancies() {
    Map<String, List<Vacancy>> out = new TreeMap<>();
    Path file = checkout.resolve("settings.yml");
    if (!Files.exists(file)) {
      return out;
    }
    Optional<JsonNode> root = UpstreamYaml.read(file, warnings);
    if (root.isEmpty()) {
      return out;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = root.get().fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String state = entry.getKey().toUpperCase(Locale.ROOT);
      if (state.equals("US")) {
        // Congress comes from congress-legislators; Open States' view of its vacancies is kept
        // so that a seat the two sources disagree about can say so (CA-1 in 2026).
        for (JsonNode v : list(entry.getValue(), "vacancies")) {
          houseVacancy(v, file)
              .ifPresent(x -> out.computeIfAbsent(x.state(), s -> new ArrayList<>()).add(x));
        }
        continue;
      }
      for (JsonNode v : list(entry.getValue(), "vacancies")) {
        vacancy(state, v, file)
            .ifPresent(x -> out.computeIfAbsent(state, s -> new ArrayList<>()).add(x));
      }
    }
    return out;
  }

  /** A U.S. House vacancy of settings.yml ({@code district: CA-1}). */
  private Optional<Vacancy> houseVacancy(JsonNode v, Path file) {
    String district = text(v, "district");
    String until = text(v, "vacant_until");
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("([A-Z]{2})-(\\d+|AL)")
            .matcher(district == null ? "" : district);
    if (!"lower".equals(text(v, "chamber")) || !m.matches()) {
      warnings.add(file, "US vacancy " + district + " is not a House seat such as CA-1, skipped");
      return Optional.empty();
    }
    if (until != null && !RoleHistory.currentOn(until, dataset.snapshotDate())) {
      warnings.add(file, "US " + district + " vacant until " + until + ": expired, skipped");
      return Optional.empty();
    }
    String state = m.group(1);
    String seat = m.group(2).equals("AL") ? "at-large" : m.group(2);
    String id = StateDivisions.of(state) + "/cd:" + seat;
    return Optional.of(new Vacancy(state, "us-house", seat, id, until));
  }

  private Optional<Vacancy> vacancy(String state, JsonNode v, Path file) {
    String chamber = text(v, "chamber");
    String district = text(v, "district");
    String until = text(v, "vacant_until");
    if (chamber == null || district == null) {
      warnings.add(file, state + " vacancy without chamber or district, skipped");
      return Optional.empty();
    }
    if (until != null && !RoleHistory.currentOn(until, dataset.snapshotDate())) {
      warnings.add(
          file,
          state + " " + chamber + " " + district + " vacant until " + until + ": expired, skipped");
      return Optional.empty();
    }
    Optional<Division> division = chambers.district(state, chamber, district);
    if (division.isEmpty()) {
      warnings.add(
          file, state + " " + chamber + " " + district + " vacancy: no such district, skipped");
      return Optional.empty();
    }
    return Optional.of(new Vacancy(state, chamber, district, division.get().id(), until));
  }

  private static List<Path> yamlFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".yml")).sorted().toList();
    }
  }

  static Dataset withRecords(Dataset d, int records) {
    return new Dataset(
        d.key(),
        d.name(),
        d.origin(),
        d.commit(),
        d.snapshotDate(),
        d.license(),
        d.attribution(),
        d.validThrough(),
        records);
  }
}
