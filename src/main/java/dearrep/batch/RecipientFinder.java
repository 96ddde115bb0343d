package dearrep.batch;

import dearrep.geo.Coordinates;
import dearrep.lookup.Coverage;
import dearrep.lookup.DistrictQuery;
import dearrep.lookup.Lookup;
import dearrep.lookup.PlaceLookup;
import dearrep.lookup.Representation;
import dearrep.model.DearrepException;
import dearrep.model.Level;
import dearrep.model.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the officials a row writes to: by person id ({@code to}), district, point or ZIP, in that
 * order of precedence, keeping the levels asked for. Answers are cached per query (a batch names
 * few distinct districts), and the lookup, which loads lazily, is called under one lock.
 */
final class RecipientFinder {

  private static final int CACHE_LIMIT = 20_000;

  private final Lookup lookup;
  private final PlaceLookup places;
  private final Set<Level> levels;
  private final ZipPolicy zipPolicy;
  private final Map<String, Object> cache = new ConcurrentHashMap<>();
  private final AddressPoints addresses;

  RecipientFinder(PlaceLookup places, Set<Level> levels, ZipPolicy zipPolicy) {
    this(places, levels, zipPolicy, AddressPoints.NONE);
  }

  RecipientFinder(
      PlaceLookup places, Set<Level> levels, ZipPolicy zipPolicy, AddressPoints addresses) {
    this.lookup = places.lookup();
    this.places = places;
    this.levels = Set.copyOf(levels);
    this.zipPolicy = zipPolicy;
    this.addresses = addresses;
  }

  /**
   * The recipients of a row that may be placed by its street address: with geocoding asked for, a
   * row without {@code to} or {@code district} whose address has a point is placed by that point;
   * any other row as by {@link #find(String, String, String, String, String)}, its basis saying why
   * its address was not used.
   */
  List<Recipient> find(
      String to, String district, String lat, String lon, String zip, Supporter writer) {
    if (!addresses.enabled()
        || !to.isBlank()
        || !district.isBlank()
        || !AddressPoints.placeable(writer.street(), writer.city(), writer.state(), writer.zip())) {
      return find(to, district, lat, lon, zip);
    }
    var answer = addresses.find(writer).filter(AddressPoints.Answer::matched);
    if (answer.isEmpty()) {
      String why = addresses.whyNot(writer);
      return find(to, district, lat, lon, zip).stream()
          .map(r -> new Recipient(r.person(), r.role(), r.basis() + " (" + why + ")"))
          .toList();
    }
    Coverage coverage;
    synchronized (lookup) {
      try {
        coverage = places.byPoint(answer.get().point());
      } catch (DearrepException e) {
        // outside the bundled (simplified) boundaries, on a shore: the ZIP code or point decides
        return find(to, district, lat, lon, zip);
      }
    }
    List<Recipient> all = covered(coverage, "street", "address " + answer.get().matchedAddress());
    List<Recipient> kept = all.stream().filter(r -> levels.contains(r.role().level())).toList();
    if (kept.isEmpty()) {
      throw new RowProblem(
          Reason.NO_RECIPIENTS,
          "street",
          "no recipient at the chosen --levels " + levelNames() + " for the address");
    }
    return kept;
  }

  /**
   * The recipients of a row.
   *
   * @throws RowProblem when the row names no one, or no one at the chosen levels
   */
  List<Recipient> find(String to, String district, String lat, String lon, String zip) {
    List<Recipient> all;
    String column;
    if (!to.isBlank()) {
      column = "to";
      all = cached("to:" + to.strip(), () -> byPerson(to.strip()));
    } else if (!district.isBlank()) {
      column = "district";
      all =
          cached(
              "district:" + district.strip().toLowerCase(Locale.ROOT),
              () -> byDistrict(district.strip()));
    } else if (!lat.isBlank() || !lon.isBlank()) {
      column = "lat";
      all = byPoint(lat, lon);
    } else if (!zip.isBlank()) {
      column = "zip";
      all = cached("zip:" + zip.strip(), () -> byZip(zip.strip()));
    } else {
      throw new RowProblem(
          Reason.MISSING_RECIPIENT, "district", "the row has no district, to, zip, or lat and lon");
    }
    List<Recipient> kept = all.stream().filter(r -> levels.contains(r.role().level())).toList();
    if (kept.isEmpty()) {
      throw new RowProblem(
          Reason.NO_RECIPIENTS,
          column,
          all.isEmpty()
              ? "the seat is vacant: no one to write to"
              : "no recipient at the chosen --levels "
                  + levelNames()
                  + " (found "
                  + describe(all)
                  + ")");
    }
    return kept;
  }

  /** A recipient search whose answer {@link #cached} keeps. */
  private interface Finder {
    List<Recipient> find();
  }

  @SuppressWarnings("unchecked")
  private List<Recipient> cached(String key, Finder finder) {
    Object hit = cache.get(key);
    if (hit == null) {
      try {
        hit = finder.find();
      } catch (RowProblem p) {
        hit = p;
      }
      if (cache.size() < CACHE_LIMIT) {
        cache.put(key, hit);
      }
    }
    if (hit instanceof RowProblem p) {
      throw new RowProblem(p.reason, p.column, p.getMessage());
    }
    return (List<Recipient>) hit;
  }

  private List<Recipient> byPerson(String id) {
    Person p;
    synchronized (lookup) {
      try {
        p = lookup.person(id);
      } catch (DearrepException e) {
        throw new RowProblem(Reason.UNKNOWN_PERSON, "to", e.getMessage());
      }
    }
    if (p.roles().isEmpty()) {
      throw new RowProblem(Reason.NO_RECIPIENTS, "to", id + " holds no current office");
    }
    return List.of(new Recipient(p, p.primaryRole(), "to " + p.id()));
  }

  private List<Recipient> byDistrict(String text) {
    DistrictQuery q;
    try {
      q = DistrictQuery.parse(text);
    } catch (DearrepException e) {
      throw new RowProblem(Reason.BAD_DISTRICT, "district", e.getMessage());
    }
    if (q instanceof DistrictQuery.PersonId id) {
      return byPerson(id.id());
    }
    if (q instanceof DistrictQuery.Zip z) {
      return byZip(z.zip());
    }
    Representation rep;
    synchronized (lookup) {
      try {
        rep = lookup.find(q);
      } catch (DearrepException e) {
        throw new RowProblem(Reason.UNKNOWN_DISTRICT, "district", e.getMessage());
      }
    }
    return members(rep, "district " + text);
  }

  private List<Recipient> byPoint(String lat, String lon) {
    double la = coordinate(lat, "lat", 90);
    double lo = coordinate(lon, "lon", 180);
    Coverage coverage;
    synchronized (lookup) {
      try {
        coverage = places.byPoint(new Coordinates(la, lo));
      } catch (DearrepException e) {
        throw new RowProblem(Reason.BAD_COORDINATES, "lat", e.getMessage());
      }
    }
    return covered(coverage, "lat", String.format(Locale.ROOT, "point %.5f,%.5f", la, lo));
  }

  private static double coordinate(String text, String column, double limit) {
    try {
      double v = Double.parseDouble(text.strip());
      if (Double.isFinite(v) && Math.abs(v) <= limit) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new RowProblem(
        Reason.BAD_COORDINATES,
        column,
        "'"
            + DearrepException.shown(text)
            + "' is not a "
            + (limit == 90 ? "latitude (-90..90)" : "longitude (-180..180)")
            + ": give decimal degrees, e.g. 37.3337, -121.8907");
  }

  private List<Recipient> byZip(String zip) {
    if (!zip.matches("\\d{5}(-?\\d{4})?")) {
      throw new RowProblem(
          Reason.ZIP_NOT_FOUND, "zip", "'" + DearrepException.shown(zip) + "' is not a ZIP code");
    }
    Coverage coverage;
    synchronized (lookup) {
      try {
        coverage = places.byZip(zip);
      } catch (DearrepException e) {
        throw new RowProblem(Reason.ZIP_NOT_FOUND, "zip", e.getMessage());
      }
    }
    List<String> alsoIn = coverage.place().alsoIn();
    return covered(
        coverage,
        "zip",
        alsoIn.isEmpty()
            ? "zip " + zip
            : "zip "
                + zip
                + " ("
                + coverage.place().state()
                + " side; the ZIP crosses into "
                + String.join(" and ", alsoIn)
                + ")");
  }

  /**
   * The members of every seat the data determines for a place. Seats the data cannot place from a
   * ZIP or a point (state legislative districts today) are left out, never guessed; a seat with
   * several candidate districts follows the ZIP policy.
   */
  private List<Recipient> covered(Coverage coverage, String column, String basis) {
    List<Recipient> out = new ArrayList<>();
    for (Coverage.Seat seat : coverage.seats()) {
      if (!levels.contains(seat.level())) {
        continue;
      }
      switch (seat.status()) {
        case DETERMINED -> seat.candidates().forEach(rep -> out.addAll(members(rep, basis)));
        case NOT_DETERMINED -> {}
        case AMBIGUOUS -> {
          List<String> ids = seat.candidates().stream().map(r -> r.division().id()).toList();
          switch (zipPolicy) {
            case FAIL ->
                throw new RowProblem(
                    Reason.AMBIGUOUS_ZIP,
                    column,
                    basis
                        + " spans "
                        + ids.size()
                        + " "
                        + seat.label()
                        + " districts ("
                        + String.join(" ", ids)
                        + "): the street address decides; give a district or lat/lon, or --zip-policy all");
            case ALL ->
                seat.candidates()
                    .forEach(rep -> out.addAll(members(rep, basis + ", every candidate")));
            case LARGEST -> {
              if (!seat.largestLandFirst()) {
                throw new RowProblem(
                    Reason.AMBIGUOUS_ZIP,
                    column,
                    basis
                        + " spans "
                        + String.join(" ", ids)
                        + " and the "
                        + seat.label()
                        + " ZIP crosswalk gives no shares, so"
                        + " --zip-policy largest cannot choose: give a district or lat/lon, or --zip-policy all");
              }
              out.addAll(
                  members(
                      seat.candidates().get(0),
                      basis + ", largest by land area of " + ids.size() + " candidates"));
            }
          }
        }
      }
    }
    return out;
  }

  private static List<Recipient> members(Representation rep, String basis) {
    List<Recipient> out = new ArrayList<>();
    for (Representation.Member m : rep.members()) {
      out.add(new Recipient(m.person(), m.role(), basis));
    }
    return out;
  }

  private String levelNames() {
    return String.join(",", levels.stream().sorted().map(Level::key).toList());
  }

  private static String describe(List<Recipient> all) {
    return String.join(
        ", ",
        all.stream().map(r -> r.person().name() + " (" + r.role().level().key() + ")").toList());
  }
}
