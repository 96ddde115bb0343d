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
import dearrep.model.Social;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a checkout of unitedstates/congress-legislators: every current member of Congress with the
 * D.C. office of their last term, their district offices, social-media accounts and committee
 * seats. House seats are tied to the OCD congressional-district ids that are still valid.
 */
final class CongressImporter {

  static final String KEY = "congress-legislators";
  static final String JURISDICTION = "ocd-jurisdiction/country:us/government";
  private static final Set<String> DELEGATES = Set.of("DC", "GU", "VI", "AS", "MP");
  private static final List<String> KEPT_IDS =
      List.of(
          "bioguide",
          "thomas",
          "lis",
          "govtrack",
          "opensecrets",
          "votesmart",
          "fec",
          "wikidata",
          "ballotpedia");

  private final Path checkout;
  private final CongressionalDistricts districts;
  private final Dataset dataset;
  private final Warnings warnings;
  private final Provenance provenance;

  CongressImporter(
      Path checkout, CongressionalDistricts districts, Dataset dataset, Warnings warnings) {
    this.checkout = checkout;
    this.districts = districts;
    this.dataset = dataset;
    this.warnings = warnings;
    this.provenance = new Provenance(dataset.key(), dataset.snapshotDate());
  }

  DatasetImport run(Dataset ocdIds) {
    Map<String, List<Office>> homeOffices = districtOffices();
    Map<String, Social> social = socialMedia();
    Map<String, List<CommitteeSeat>> seats = new CongressCommittees(checkout, warnings).seats();
    Map<String, List<Person>> people = new TreeMap<>();
    Path file = checkout.resolve("legislators-current.yaml");
    int count = 0;
    JsonNode members =
        UpstreamYaml.read(file, warnings)
            .orElse(com.fasterxml.jackson.databind.node.MissingNode.getInstance());
    for (JsonNode node : members) {
      Optional<Person> person = person(node, homeOffices, social, seats, file);
      if (person.isPresent()) {
        count++;
        people
            .computeIfAbsent(person.get().primaryRole().state(), s -> new ArrayList<>())
            .add(person.get());
      }
    }
    Map<String, List<Division>> divisions = new TreeMap<>();
    for (String state : people.keySet()) {
      divisions.put(state, districts.divisionsOf(state));
    }
    return new DatasetImport(
        OpenStatesImporter.withRecords(dataset, count),
        List.of(OpenStatesImporter.withRecords(ocdIds, districts.count())),
        people,
        divisions,
        d -> d.kind().equals("cd"),
        null,
        null);
  }

  private Optional<Person> person(
      JsonNode node,
      Map<String, List<Office>> homeOffices,
      Map<String, Social> social,
      Map<String, List<CommitteeSeat>> seats,
      Path file) {
    JsonNode ids = node.get("id");
    String bioguide = text(ids, "bioguide");
    List<JsonNode> terms = list(node, "terms");
    if (bioguide == null || terms.isEmpty()) {
      warnings.add(file, "member without bioguide id or terms, skipped");
      return Optional.empty();
    }
    JsonNode last = terms.get(terms.size() - 1);
    if (!RoleHistory.currentOn(text(last, "end"), dataset.snapshotDate())) {
      warnings.add(file, bioguide + ": last term ended " + text(last, "end") + ", skipped");
      return Optional.empty();
    }
    Optional<Role> role = role(last, terms, bioguide, file);
    if (role.isEmpty()) {
      return Optional.empty();
    }
    JsonNode name = node.get("name");
    String fullName = text(name, "official_full");
    if (fullName == null) {
      fullName = text(name, "first") + " " + text(name, "last");
    }
    List<Office> offices = new ArrayList<>();
    offices.add(capitolOffice(last));
    offices.addAll(homeOffices.getOrDefault(bioguide, List.of()));
    String url = text(last, "url");
    List<RoleHistory.Term> history = terms.stream().map(CongressImporter::term).toList();
    return Optional.of(
        new Person(
            "bioguide:" + bioguide,
            fullName,
            text(name, "first"),
            text(name, "last"),
            party(text(last, "party")),
            null,
            text(last, "contact_form"),
            List.of(role.get()),
            offices,
            url == null ? List.of() : List.of(url),
            social.getOrDefault(bioguide, Social.NONE),
            seats.getOrDefault(bioguide, List.of()),
            RoleHistory.firstStart(history),
            identifiers(ids),
            List.of(),
            provenance,
            List.of()));
  }

  private Optional<Role> role(JsonNode last, List<JsonNode> terms, String bioguide, Path file) {
    String state = text(last, "state");
    boolean senator = "sen".equals(text(last, "type"));
    String district = senator ? null : houseDistrict(text(last, "district"));
    Optional<String> division =
        senator ? Optional.of(StateDivisions.of(state)) : districts.houseSeat(state, district);
    if (state == null || division.isEmpty()) {
      warnings.add(
          file, bioguide + ": no current division for " + state + " " + district + ", skipped");
      return Optional.empty();
    }
    String since =
        RoleHistory.since(term(last), terms.stream().map(CongressImporter::term).toList());
    return Optional.of(
        new Role(
            senator ? "upper" : "lower",
            Level.FEDERAL,
            senator ? "Senator" : houseTitle(state),
            senator ? "United States Senate" : "United States House of Representatives",
            state,
            district,
            division.get(),
            JURISDICTION,
            text(last, "start"),
            text(last, "end"),
            since));
  }

  static String houseTitle(String state) {
    if (state.equals("PR")) {
      return "Resident Commissioner";
    }
    return DELEGATES.contains(state) ? "Delegate" : "Representative";
  }

  static String houseDistrict(String district) {
    return district == null || district.equals("0") ? "at-large" : district;
  }

  /** Open States' party names: "Democrat" becomes "Democratic"; others pass through. */
  static String party(String party) {
    return "Democrat".equals(party) ? "Democratic" : party;
  }

  /**
   * The D.C. office. Upstream's address runs together ("1117 Longworth House Office Building
   * Washington DC 20515-0516"); when it ends in "Washington DC zip" it is rebuilt as "office,
   * Washington, DC zip".
   */
  static Office capitolOffice(JsonNode term) {
    String address = text(term, "address");
    String office = text(term, "office");
    if (address != null && office != null) {
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("Washington,? DC,? (\\d{5}(-\\d{4})?)$").matcher(address);
      if (m.find()) {
        address = office + ", Washington, DC " + m.group(1);
      }
    } else if (address == null) {
      address = office;
    }
    return new Office("capitol", null, address, text(term, "phone"), text(term, "fax"));
  }

  private Map<String, List<Office>> districtOffices() {
    Map<String, List<Office>> out = new HashMap<>();
    Path file = checkout.resolve("legislators-district-offices.yaml");
    UpstreamYaml.read(file, warnings)
        .ifPresent(
            root ->
                root.forEach(
                    entry -> {
                      String bioguide = text(entry.get("id"), "bioguide");
                      if (bioguide == null) {
                        warnings.add(file, "district offices without bioguide id, skipped");
                        return;
                      }
                      for (JsonNode o : list(entry, "offices")) {
                        out.computeIfAbsent(bioguide, k -> new ArrayList<>())
                            .add(districtOffice(o));
                      }
                    }));
    return out;
  }

  /** "270 Capistrano Rd, Suite 6, Half Moon Bay, CA 94019", named for its city. */
  static Office districtOffice(JsonNode o) {
    List<String> parts = new ArrayList<>();
    for (String field : List.of("address", "suite", "building", "city")) {
      String value = text(o, field);
      if (value != null) {
        parts.add(value);
      }
    }
    String stateZip = String.join(" ", nonNull(text(o, "state"), text(o, "zip")));
    if (!stateZip.isEmpty()) {
      parts.add(stateZip);
    }
    return new Office(
        "district", text(o, "city"), String.join(", ", parts), text(o, "phone"), text(o, "fax"));
  }

  private Map<String, Social> socialMedia() {
    Map<String, Social> out = new HashMap<>();
    Path file = checkout.resolve("legislators-social-media.yaml");
    UpstreamYaml.read(file, warnings)
        .ifPresent(
            root ->
                root.forEach(
                    entry -> {
                      String bioguide = text(entry.get("id"), "bioguide");
                      JsonNode s = entry.get("social");
                      if (bioguide != null && s != null) {
                        String youtube =
                            text(s, "youtube") != null ? text(s, "youtube") : text(s, "youtube_id");
                        out.put(
                            bioguide,
                            new Social(
                                text(s, "twitter"),
                                text(s, "facebook"),
                                text(s, "instagram"),
                                youtube));
                      }
                    }));
    return out;
  }

  private static Map<String, String> identifiers(JsonNode ids) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String scheme : KEPT_IDS) {
      JsonNode value = ids.get(scheme);
      if (value != null && value.isArray() && !value.isEmpty()) {
        out.put(scheme, value.get(0).asText());
      } else if (value != null && value.isValueNode()) {
        out.put(scheme, value.asText());
      }
    }
    return out;
  }

  private static RoleHistory.Term term(JsonNode t) {
    return new RoleHistory.Term(text(t, "type"), text(t, "start"), text(t, "end"));
  }

  private static List<String> nonNull(String... values) {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      if (v != null) {
        out.add(v);
      }
    }
    return out;
  }
}
