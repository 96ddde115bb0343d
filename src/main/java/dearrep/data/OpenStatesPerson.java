package dearrep.data;

import static dearrep.data.UpstreamYaml.list;
import static dearrep.data.UpstreamYaml.text;

import com.fasterxml.jackson.databind.JsonNode;
import dearrep.model.Chamber;
import dearrep.model.CommitteeSeat;
import dearrep.model.Division;
import dearrep.model.Level;
import dearrep.model.Office;
import dearrep.model.Person;
import dearrep.model.Provenance;
import dearrep.model.Role;
import dearrep.model.Social;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Maps one Open States person file to a {@link Person} with its current roles. */
final class OpenStatesPerson {

  /** Identifier schemes worth keeping; the rest (pictorial, google_entity_id, …) are dropped. */
  private static final Set<String> KEPT_SCHEMES =
      Set.of(
          "legacy_openstates",
          "bioguide",
          "votesmart",
          "ballotpedia",
          "wikidata",
          "govtrack",
          "fec",
          "opensecrets");

  private static final Map<String, String> EXECUTIVE_TITLES =
      Map.of(
          "governor", "Governor",
          "lt_governor", "Lieutenant Governor",
          "attorney general", "Attorney General",
          "secretary of state", "Secretary of State",
          "treasurer", "Treasurer",
          "auditor", "Auditor",
          "chief election officer", "Chief Election Officer");

  private static final Set<String> LEGISLATIVE = Set.of("upper", "lower", "legislature");

  private final ChamberTable chambers;
  private final Map<String, String> cityNames;
  private final Map<String, List<CommitteeSeat>> committees;
  private final Provenance provenance;
  private final Warnings warnings;

  OpenStatesPerson(
      ChamberTable chambers,
      Map<String, String> cityNames,
      Map<String, List<CommitteeSeat>> committees,
      Provenance provenance,
      Warnings warnings) {
    this.chambers = chambers;
    this.cityNames = cityNames;
    this.committees = committees;
    this.provenance = provenance;
    this.warnings = warnings;
  }

  Optional<Person> map(JsonNode node, Path file) {
    String id = text(node, "id");
    String name = text(node, "name");
    if (id == null || name == null) {
      warnings.add(file, "no id or name, skipped");
      return Optional.empty();
    }
    List<JsonNode> roleNodes = list(node, "roles");
    List<RoleHistory.Term> terms = roleNodes.stream().map(OpenStatesPerson::term).toList();
    List<JsonNode> current = currentRoles(roleNodes, file);
    if (current.isEmpty()) {
      if (roleNodes.isEmpty()) {
        warnings.add(file, "no roles, skipped");
      }
      return Optional.empty(); // currentRoles has said why
    }
    List<Role> roles = new ArrayList<>();
    for (JsonNode r : current) {
      role(r, terms, file, warnings).ifPresent(roles::add);
    }
    // Earlier roles are history for the card; one that no longer maps is left out unremarked.
    Warnings quiet = new Warnings(file);
    List<Role> past = new ArrayList<>();
    for (JsonNode r : roleNodes) {
      if (!current.contains(r)) {
        role(r, terms, file, quiet).ifPresent(past::add);
      }
    }
    past.sort(NEWEST_FIRST);
    if (roles.isEmpty()) {
      warnings.add(file, "no current role that maps to a division, skipped");
      return Optional.empty();
    }
    List<JsonNode> links = list(node, "links");
    return Optional.of(
        new Person(
            id,
            name,
            text(node, "given_name"),
            text(node, "family_name"),
            party(node),
            text(node, "email"),
            contactForm(links),
            roles,
            list(node, "offices").stream().map(OpenStatesPerson::office).toList(),
            urls(links),
            social(node.get("ids")),
            committees.getOrDefault(id, List.of()),
            RoleHistory.firstStart(terms),
            identifiers(node),
            sourcesBeyondLinks(list(node, "sources"), links),
            provenance,
            past));
  }

  /**
   * Roles with no end date or one on or after the snapshot date. For governors, other statewide
   * officers and mayors, upstream's end date is the expected term end and is often left stale
   * (Gavin Newsom: 2026-01-01), while Open States moves people who left office to retired/; so a
   * file under executive/ or municipalities/ whose every role has ended keeps its latest role, with
   * a warning. A legislator whose every role has ended (a resignation) is skipped.
   */
  private List<JsonNode> currentRoles(List<JsonNode> roles, Path file) {
    String snapshot = provenance.snapshotDate();
    List<JsonNode> current =
        roles.stream().filter(r -> RoleHistory.currentOn(text(r, "end_date"), snapshot)).toList();
    if (!current.isEmpty() || roles.isEmpty()) {
      return current;
    }
    JsonNode latest =
        roles.stream().max(Comparator.comparing(r -> String.valueOf(text(r, "end_date")))).get();
    String type = text(latest, "type");
    String what = type + ", end " + text(latest, "end_date");
    if (LEGISLATIVE.contains(type)) {
      warnings.add(file, "every role ended before " + snapshot + " (" + what + "), skipped");
      return List.of();
    }
    warnings.add(
        file,
        "term end passed before "
            + snapshot
            + "; kept ("
            + what
            + "): the file is among current officials");
    return List.of(latest);
  }

  private static final Comparator<Role> NEWEST_FIRST =
      Comparator.comparing((Role r) -> String.valueOf(r.startDate()))
          .thenComparing(r -> String.valueOf(r.endDate()))
          .reversed();

  private Optional<Role> role(
      JsonNode r, List<RoleHistory.Term> terms, Path file, Warnings warnings) {
    String type = text(r, "type");
    String jurisdiction = text(r, "jurisdiction");
    String state = jurisdiction == null ? null : StateDivisions.stateOf(jurisdiction);
    if (type == null || state == null) {
      warnings.add(file, "role without type or state jurisdiction, role skipped");
      return Optional.empty();
    }
    String start = text(r, "start_date");
    String end = text(r, "end_date");
    String since = RoleHistory.since(term(r), terms);
    String district = text(r, "district");
    switch (type) {
      case "upper", "lower", "legislature" -> {
        Optional<Chamber> chamber = chambers.chamber(state, type);
        Optional<Division> division =
            district == null ? Optional.empty() : chambers.district(state, type, district);
        if (chamber.isEmpty() || division.isEmpty()) {
          warnings.add(
              file,
              "no division for " + state + " " + type + " district " + district + ", role skipped");
          return Optional.empty();
        }
        return Optional.of(
            new Role(
                type,
                Level.STATE,
                chamber.get().memberTitle(),
                chamber.get().bodyName(),
                state,
                district,
                division.get().id(),
                jurisdiction,
                start,
                end,
                since));
      }
      case "mayor" -> {
        return Optional.of(
            new Role(
                type,
                Level.LOCAL,
                "Mayor",
                "City of " + cityName(jurisdiction, file),
                state,
                null,
                StateDivisions.ofJurisdiction(jurisdiction),
                jurisdiction,
                start,
                end,
                since));
      }
      case "councilmember", "commissioner" -> {
        return localSeat(r, type, state, district, start, end, since, file, warnings);
      }
      default -> {
        // Open States files the District of Columbia's chief executive, its mayor, as a governor
        String title =
            type.equals("governor") && "DC".equals(state) ? "Mayor" : EXECUTIVE_TITLES.get(type);
        if (title == null) {
          warnings.add(file, "unknown role type '" + type + "', role skipped");
          return Optional.empty();
        }
        return Optional.of(
            new Role(
                type,
                Level.STATE,
                title,
                executiveBody(state),
                state,
                null,
                StateDivisions.of(state),
                jurisdiction,
                start,
                end,
                since));
      }
    }
  }

  /**
   * A city council or county board seat (see {@link LocalSeats} for the division ids). The title is
   * "Councilmember" or "Commissioner" by type; a role's optional {@code title} field overrides it
   * ("Supervisor"), a dearrep extension of the Open States schema for user files.
   */
  private Optional<Role> localSeat(
      JsonNode r,
      String type,
      String state,
      String district,
      String start,
      String end,
      String since,
      Path file,
      Warnings warnings) {
    String jurisdiction = text(r, "jurisdiction");
    if (!LocalSeats.isLocal(jurisdiction)) {
      warnings.add(
          file,
          type
              + " role needs a city (…/place:NAME/government) or county (…/county:NAME/government)"
              + " jurisdiction, not "
              + jurisdiction
              + ", role skipped");
      return Optional.empty();
    }
    String title = text(r, "title");
    if (title == null) {
      title = type.equals("councilmember") ? "Councilmember" : "Commissioner";
    }
    String city = LocalSeats.isCounty(jurisdiction) ? null : cityName(jurisdiction, file);
    return Optional.of(
        new Role(
            type,
            Level.LOCAL,
            title,
            LocalSeats.body(jurisdiction, city),
            state,
            district == null ? null : LocalSeats.normalize(district),
            LocalSeats.divisionId(jurisdiction, district),
            jurisdiction,
            start,
            end,
            since));
  }

  /** "State of California"; DC and the territories by their own name. */
  private String executiveBody(String state) {
    String name = chambers.stateName(state).orElse(state);
    return StateDivisions.kindOf(state).equals("state") ? "State of " + name : name;
  }

  /**
   * City name from municipalities.yml; failing that, from the place id ("san_jose" → "San Jose"),
   * with a warning when there was a table to find it in (user files have none).
   */
  String cityName(String jurisdiction, Path file) {
    String name = cityNames.get(jurisdiction);
    if (name != null) {
      return name;
    }
    if (cityNames.isEmpty() && LocalSeats.isLocal(jurisdiction)) {
      return LocalSeats.slugName(jurisdiction);
    }
    String place = StateDivisions.ofJurisdiction(jurisdiction);
    place = place.substring(place.lastIndexOf(':') + 1);
    StringBuilder out = new StringBuilder();
    for (String word : place.split("_")) {
      if (!word.isEmpty()) {
        out.append(out.length() == 0 ? "" : " ")
            .append(word.substring(0, 1).toUpperCase(Locale.ROOT))
            .append(word.substring(1));
      }
    }
    warnings.add(file, "city " + jurisdiction + " not in municipalities.yml; named '" + out + "'");
    return out.toString();
  }

  private static RoleHistory.Term term(JsonNode r) {
    return new RoleHistory.Term(
        text(r, "type") + "|" + text(r, "jurisdiction"),
        text(r, "start_date"),
        text(r, "end_date"));
  }

  /** The current party: the first entry without an end date, else the first entry. */
  private static String party(JsonNode node) {
    List<JsonNode> parties = list(node, "party");
    return parties.stream()
        .filter(p -> text(p, "end_date") == null)
        .findFirst()
        .or(() -> parties.stream().findFirst())
        .map(p -> text(p, "name"))
        .orElse(null);
  }

  static Office office(JsonNode o) {
    return new Office(
        text(o, "classification"),
        text(o, "name"),
        normalizeAddress(text(o, "address")),
        text(o, "voice"),
        text(o, "fax"));
  }

  /**
   * Upstream separates an address's lines with ";" or a line break, and its parts within a line
   * with ","; both are kept (as "; " and ", "), since only the upstream knows where a line ends.
   */
  static String normalizeAddress(String address) {
    if (address == null) {
      return null;
    }
    return address
        .replaceAll("[ \\t]*(;|\\r?\\n)\\s*", "; ")
        .replaceAll("(;\\s*)+;", ";")
        .replaceAll("\\s*,\\s*;", ";")
        .replaceAll(",\\s*,", ",")
        .replaceAll("\\s+", " ")
        .replaceAll("[,;]\\s*$", "")
        .replaceAll("^\\s*;\\s*", "")
        .strip();
  }

  private static String contactForm(List<JsonNode> links) {
    return links.stream()
        .filter(
            l -> {
              String note = text(l, "note");
              return note != null
                  && note.toLowerCase(Locale.ROOT).matches(".*(webform|contact form).*");
            })
        .map(l -> text(l, "url"))
        .findFirst()
        .orElse(null);
  }

  private static List<String> urls(List<JsonNode> nodes) {
    Set<String> urls = new LinkedHashSet<>();
    nodes.stream().map(n -> text(n, "url")).filter(u -> u != null).forEach(urls::add);
    return List.copyOf(urls);
  }

  /**
   * Source URLs that are not already among the links (ignoring a trailing slash): upstream lists
   * the official site in both, and the repeats were a third of the bundle's source lists.
   */
  private static List<String> sourcesBeyondLinks(List<JsonNode> sources, List<JsonNode> links) {
    Set<String> linked = new HashSet<>();
    urls(links).forEach(u -> linked.add(stripSlash(u)));
    return urls(sources).stream().filter(u -> !linked.contains(stripSlash(u))).toList();
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private static Social social(JsonNode ids) {
    return new Social(
        text(ids, "twitter"), text(ids, "facebook"), text(ids, "instagram"), text(ids, "youtube"));
  }

  private static Map<String, String> identifiers(JsonNode node) {
    Map<String, String> ids = new LinkedHashMap<>();
    for (JsonNode other : list(node, "other_identifiers")) {
      String scheme = text(other, "scheme");
      String value = text(other, "identifier");
      if (scheme != null && value != null && KEPT_SCHEMES.contains(scheme)) {
        ids.putIfAbsent(scheme, value);
      }
    }
    return ids;
  }
}
