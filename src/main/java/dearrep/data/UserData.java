package dearrep.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dearrep.model.DearrepException;
import dearrep.model.Division;
import dearrep.model.Level;
import dearrep.model.Person;
import dearrep.model.Provenance;
import dearrep.model.Role;
import dearrep.model.StateBundle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The user's own officials: Open States person YAML files in a folder, merged over the bundle.
 *
 * <p>Every {@code *.yml} and {@code *.yaml} file under the folder (subfolders too; hidden files
 * skipped) holds one person in the Open States person schema, mapped as the Open States importer
 * maps upstream files. Roles understood:
 *
 * <ul>
 *   <li>{@code councilmember} (title "Councilmember") and {@code commissioner} (title
 *       "Commissioner") of a city, jurisdiction {@code ocd-jurisdiction/country:us/state:ca/place:
 *       san_jose/government}, district "2": division {@code
 *       ocd-division/country:us/state:ca/place:san_jose/council_district:2}, body "San Jose City
 *       Council".
 *   <li>the same types for a county board, jurisdiction {@code …/county:santa_clara/government},
 *       district "3": division {@code …/county:santa_clara/council_district:3} (the ids
 *       ocd-division-ids gives California's Boards of Supervisors), body "Santa Clara County". A
 *       role's optional {@code title} field ("Supervisor") overrides the title, an extension of the
 *       Open States schema. A seat without a district is at-large: the city or county itself.
 *   <li>{@code mayor} and the statewide executives, as Open States files them.
 * </ul>
 *
 * State legislators are not accepted (the district tables are not bundled): such a role is an
 * error. A file without an {@code id} gets {@code user:<file name without extension>}; a file whose
 * id is a bundled person's ({@code ocd-person/…}, {@code civicpatch:…}) replaces that record. Each
 * record's provenance is {@code user:<file name>} with the file's last-modified date, which also
 * decides which roles are current.
 *
 * <p>A broken file (YAML that does not parse, no name, no role that maps to a division, a role that
 * cannot be mapped, an id used by two files) is one line naming the file and the fault. In a folder
 * the user named ({@code --data-dir}, {@code DEARREP_DATA}) it stops the run with {@link
 * DearrepException.Kind#BAD_INPUT}: the user asked for these records, and answering without them
 * would be wrong. In the default folder ({@code ~/.config/dearrep/people}) the file is skipped with
 * a warning, so a forgotten file cannot break every command.
 */
public final class UserData {

  private UserData() {}

  /**
   * {@code $XDG_CONFIG_HOME/dearrep/people} (default {@code ~/.config/dearrep/people}) if it
   * exists.
   */
  public static Optional<Path> defaultFolder() {
    Path folder = defaultFolderPath();
    return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
  }

  /** Where the default folder is, whether or not it exists yet (importers create it). */
  public static Path defaultFolderPath() {
    return UserFolders.current().config().resolve("people");
  }

  /**
   * Reads every person file under the folder into per-state bundles.
   *
   * @param explicit true when the user named the folder: a missing folder or a broken file is then
   *     an error; false for the default folder, whose broken files are skipped with a warning
   * @param warnings where a skipped file is reported: the command's standard error
   */
  public static List<StateBundle> load(Path folder, boolean explicit, Consumer<String> warnings) {
    if (!Files.isDirectory(folder)) {
      if (explicit) {
        throw DearrepException.badInput(
            "data folder "
                + DearrepException.shown(folder.toString())
                + " does not exist or is not a folder (from --data-dir or DEARREP_DATA)");
      }
      return List.of();
    }
    Map<String, Path> idFiles = new HashMap<>();
    Map<String, List<Person>> people = new TreeMap<>();
    for (Path file : personFiles(folder)) {
      try {
        Person person = read(file);
        Path other = idFiles.putIfAbsent(person.id(), file);
        if (other != null) {
          throw broken(file, "id " + person.id() + " is also the id in " + other.getFileName());
        }
        person.roles().stream()
            .map(Role::state)
            .distinct()
            .forEach(state -> people.computeIfAbsent(state, s -> new ArrayList<>()).add(person));
      } catch (DearrepException e) {
        if (explicit) {
          throw e;
        }
        warnings.accept(
            e.getMessage()
                .replace(" — fix or remove the file", " — skipped; fix or remove the file"));
      }
    }
    List<StateBundle> bundles = new ArrayList<>();
    people.forEach(
        (state, list) ->
            bundles.add(new StateBundle(state, divisions(state, list), list, List.of())));
    return List.copyOf(bundles);
  }

  private static List<Path> personFiles(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> !f.getFileName().toString().startsWith("."))
          .filter(f -> f.getFileName().toString().matches("(?i).*\\.ya?ml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Person read(Path file) {
    JsonNode node;
    try {
      node = UpstreamYaml.parse(file);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String line = at == null || at.getLineNr() < 1 ? "" : "line " + at.getLineNr() + ": ";
      throw broken(file, line + "not valid YAML (" + firstLine(e.getOriginalMessage()) + ")");
    } catch (IOException e) {
      throw broken(file, "cannot be read (" + e.getMessage() + ")");
    }
    if (node == null || node.isMissingNode() || node.isNull()) {
      throw broken(file, "empty file");
    }
    if (!(node instanceof ObjectNode person)) {
      throw broken(
          file,
          "expected one person (a mapping with name and roles), found a "
              + node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
    }
    String fileName = file.getFileName().toString();
    if (UpstreamYaml.text(person, "id") == null) {
      person.put("id", "user:" + fileName.replaceFirst("(?i)\\.ya?ml$", ""));
    }
    Provenance provenance = new Provenance("user:" + fileName, modified(file));
    Warnings warnings = new Warnings(file.getParent());
    Optional<Person> mapped =
        new OpenStatesPerson(ChamberTable.empty(), Map.of(), Map.of(), provenance, warnings)
            .map(person, file);
    // The mapper says "…, skipped" of whatever it dropped; its other notes keep the record.
    Optional<String> dropped =
        warnings.lines().stream().filter(w -> w.endsWith("skipped")).findFirst();
    if (dropped.isPresent() || mapped.isEmpty()) {
      String line =
          dropped.or(() -> warnings.lines().stream().findFirst()).orElse(": no current role");
      throw broken(file, line.substring(line.indexOf(": ") + 2));
    }
    return mapped.get();
  }

  /** One division per local seat, so a new council district can be looked up. */
  private static List<Division> divisions(String state, List<Person> people) {
    Map<String, Division> out = new LinkedHashMap<>();
    for (Person p : people) {
      for (Role r : p.roles()) {
        if (r.level() == Level.LOCAL && state.equals(r.state())) {
          String id = r.divisionId();
          String name =
              r.type().equals("mayor")
                  ? r.body().replaceFirst("^City of ", "")
                  : LocalSeats.divisionName(r.body(), r.district());
          out.putIfAbsent(
              id, new Division(id, name, state, StateDivisions.kind(id), null, r.district(), 1));
        }
      }
    }
    return List.copyOf(out.values());
  }

  private static String modified(Path file) {
    try {
      return LocalDate.ofInstant(
              Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault())
          .toString();
    } catch (IOException e) {
      return LocalDate.now().toString();
    }
  }

  private static DearrepException broken(Path file, String what) {
    return DearrepException.badInput(
        DearrepException.shown(file.toString() + ": " + what) + " — fix or remove the file");
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no detail";
    }
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }
}
