package dearrep.data;

import static dearrep.data.UpstreamYaml.list;
import static dearrep.data.UpstreamYaml.text;

import com.fasterxml.jackson.databind.JsonNode;
import dearrep.model.CommitteeSeat;
import dearrep.model.Dataset;
import dearrep.model.Division;
import dearrep.model.Level;
import dearrep.model.Office;
import dearrep.model.Person;
import dearrep.model.Provenance;
import dearrep.model.Role;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads San José's City Council from CivicPatch/open-data ({@code people.yml}, CivicPatch's own
 * schema) and joins it to the council district ids of ocd-division-ids.
 *
 * <ul>
 *   <li>Ids are derived from the name, as a person id should be: {@code
 *       civicpatch:ca/san_jose/pamela-campos} (accents dropped, lower case, words joined by "-").
 *       They survive a refresh and change only when the seat changes hands.
 *   <li>Each member has one role, type {@code councilmember}, title "Councilmember" (the form of
 *       address), body "San Jose City Council" (the city named as Open States names it). The Vice
 *       Mayor, a post the council fills from its members, is kept as a seat on the council itself:
 *       {@code CommitteeSeat("San Jose City Council", "legislature", "vice mayor")}.
 *   <li>The office is City Hall, whose address is taken from the Open States record of the city's
 *       mayor (CivicPatch gives none), with the member's own phone; e-mail only where published.
 *   <li>The mayor is skipped: Open States has the mayor's record, with its own id.
 *   <li>CivicPatch gives one name; the family name (for "Dear Councilmember Campos:") is its last
 *       word.
 * </ul>
 */
final class CivicPatchImporter {

  static final String KEY = "civicpatch-san-jose";
  static final String STATE = "CA";
  static final String JURISDICTION =
      "ocd-jurisdiction/country:us/state:ca/place:san_jose/government";
  private static final String COUNCIL_PREFIX =
      StateDivisions.ofJurisdiction(JURISDICTION) + "/council_district:";
  private static final String LOCAL_GOV_CSV = "identifiers/country-us/state-ca-local_gov.csv";

  private final Path peopleFile;
  private final Path ocdIdsDir;
  private final Path openStatesCheckout;
  private final Dataset dataset;
  private final Warnings warnings;

  /**
   * @param civicPatchDir folder holding {@code people.yml}
   * @param ocdIdsDir checkout of ocd-division-ids
   * @param openStatesCheckout checkout of openstates/people, for the mayor's office and the city
   */
  CivicPatchImporter(
      Path civicPatchDir,
      Path ocdIdsDir,
      Path openStatesCheckout,
      Dataset dataset,
      Warnings warnings) {
    this.peopleFile = civicPatchDir.resolve("people.yml");
    this.ocdIdsDir = ocdIdsDir;
    this.openStatesCheckout = openStatesCheckout;
    this.dataset = dataset;
    this.warnings = warnings;
  }

  DatasetImport run() throws IOException {
    Map<String, Division> districts = councilDistricts();
    CityHall cityHall = cityHall();
    JsonNode root =
        UpstreamYaml.read(peopleFile, warnings)
            .orElseThrow(() -> new IOException(peopleFile + " is empty or unreadable"));
    List<Person> people = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    for (JsonNode node : root) {
      member(node, districts, cityHall)
          .filter(
              p -> {
                boolean fresh = ids.add(p.id());
                if (!fresh) {
                  warnings.add(peopleFile, p.name() + ": listed twice, second entry skipped");
                }
                return fresh;
              })
          .ifPresent(people::add);
    }
    return new DatasetImport(
        OpenStatesImporter.withRecords(dataset, people.size()),
        List.of(),
        Map.of(STATE, people),
        Map.of(STATE, List.copyOf(districts.values())),
        d -> d.id().startsWith(COUNCIL_PREFIX),
        null,
        null);
  }

  private Optional<Person> member(JsonNode node, Map<String, Division> districts, CityHall hall) {
    String name = text(node, "name");
    List<String> roles = list(node, "roles").stream().map(JsonNode::asText).toList();
    if (name == null) {
      warnings.add(peopleFile, "an entry without a name, skipped");
      return Optional.empty();
    }
    if (roles.contains("Mayor")) {
      warnings.add(peopleFile, name + ": mayor, skipped (Open States has the mayor's record)");
      return Optional.empty();
    }
    if (!roles.contains("Council Member")) {
      warnings.add(peopleFile, name + ": roles " + roles + " hold no council seat, skipped");
      return Optional.empty();
    }
    List<String> divisions = list(node, "divisions").stream().map(JsonNode::asText).toList();
    String district =
        divisions.size() == 1 && divisions.get(0).matches("District \\d+")
            ? LocalSeats.normalize(divisions.get(0).substring("District ".length()))
            : null;
    Division division = district == null ? null : districts.get(COUNCIL_PREFIX + district);
    if (division == null) {
      warnings.add(
          peopleFile,
          name + ": divisions " + divisions + " name no known council district, skipped");
      return Optional.empty();
    }
    String end = text(node, "end_date");
    if (!RoleHistory.currentOn(end, dataset.snapshotDate())) {
      warnings.add(peopleFile, name + ": term ended " + end + ", skipped");
      return Optional.empty();
    }
    String start = text(node, "start_date");
    Role role =
        new Role(
            "councilmember",
            Level.LOCAL,
            "Councilmember",
            LocalSeats.body(JURISDICTION, hall.city()),
            STATE,
            district,
            division.id(),
            JURISDICTION,
            start,
            end,
            start);
    List<CommitteeSeat> posts =
        roles.contains("Vice Mayor")
            ? List.of(new CommitteeSeat(role.body(), "legislature", "vice mayor"))
            : List.of();
    String website = text(node, "website");
    List<String> sources =
        list(node, "sources").stream()
            .map(JsonNode::asText)
            .filter(u -> website == null || !stripSlash(u).equals(stripSlash(website)))
            .distinct()
            .toList();
    int space = name.lastIndexOf(' ');
    return Optional.of(
        new Person(
            idOf(name),
            name,
            space < 0 ? null : name.substring(0, space),
            name.substring(space + 1),
            null,
            text(node, "email"),
            null,
            List.of(role),
            List.of(new Office("primary", null, hall.address(), text(node, "phone_number"), null)),
            website == null ? List.of() : List.of(website),
            null,
            posts,
            start,
            Map.of(),
            sources,
            new Provenance(dataset.key(), dataset.snapshotDate()),
            List.of()));
  }

  /** {@code civicpatch:ca/san_jose/pamela-campos}. */
  static String idOf(String name) {
    return "civicpatch:ca/san_jose/" + dearrep.model.Names.slug(name, '-', Integer.MAX_VALUE);
  }

  /** San José's council districts in ocd-division-ids, by id, named as there. */
  private Map<String, Division> councilDistricts() throws IOException {
    Map<String, Division> out = new LinkedHashMap<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader =
        Files.newBufferedReader(ocdIdsDir.resolve(LOCAL_GOV_CSV), StandardCharsets.UTF_8)) {
      for (CSVRecord row : format.parse(reader)) {
        String id = row.get("id");
        if (id.startsWith(COUNCIL_PREFIX)) {
          String district = id.substring(COUNCIL_PREFIX.length());
          out.put(
              id, new Division(id, row.get("name"), STATE, "council_district", null, district, 1));
        }
      }
    }
    if (out.isEmpty()) {
      throw new IOException("no San Jose council districts in " + ocdIdsDir.resolve(LOCAL_GOV_CSV));
    }
    return out;
  }

  /** The city's name and its City Hall address, from the Open States record of the mayor. */
  record CityHall(String city, String address) {}

  private CityHall cityHall() throws IOException {
    Path state = openStatesCheckout.resolve("data").resolve("ca");
    OpenStatesPerson names =
        new OpenStatesPerson(
            null, OpenStatesImporter.cityNames(state, warnings), Map.of(), null, warnings);
    try (Stream<Path> files = Files.list(state.resolve("municipalities"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yml")).sorted().toList()) {
        Optional<JsonNode> node = UpstreamYaml.read(file, warnings);
        boolean mayor =
            node.isPresent()
                && list(node.get(), "roles").stream()
                    .anyMatch(
                        r ->
                            "mayor".equals(text(r, "type"))
                                && JURISDICTION.equals(text(r, "jurisdiction")));
        Optional<String> address =
            list(node.orElse(null), "offices").stream()
                .map(o -> OpenStatesPerson.normalizeAddress(text(o, "address")))
                .filter(a -> a != null)
                .findFirst();
        if (mayor && address.isPresent()) {
          return new CityHall(names.cityName(JURISDICTION, file), address.get());
        }
      }
    }
    throw new IOException(
        "no mayor of San Jose with an office address in " + state.resolve("municipalities"));
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
