package dearrep.lookup;

import dearrep.geo.Coordinates;
import dearrep.geo.GeoBundle;
import dearrep.geo.GeoLayer;
import dearrep.geo.ZipPlace;
import dearrep.model.Chamber;
import dearrep.model.DearrepException;
import dearrep.model.Division;
import dearrep.model.Level;
import dearrep.model.StateBundle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who represents a ZIP code or a point, at every level the data can place, and an honest note for
 * every level it cannot. Which district kinds can be placed is read from the geo layer manifest, so
 * a new crosswalk or boundary layer is a data change.
 */
public final class PlaceLookup {

  private final Lookup lookup;
  private final GeoBundle geo;
  private final LocalDate today;

  public PlaceLookup(Lookup lookup, GeoBundle geo, LocalDate today) {
    this.lookup = lookup;
    this.geo = geo;
    this.today = today;
  }

  /** The district lookup this place lookup builds on. */
  public Lookup lookup() {
    return lookup;
  }

  /** Everyone the data places for a ZIP code (ZIP+4 uses its first five digits). */
  public Coverage byZip(String zipText) {
    ZipPlace zip =
        geo.zips()
            .find(zipText)
            .orElseThrow(
                () ->
                    DearrepException.notFound(
                        "ZIP code "
                            + DearrepException.shown(zipText.strip())
                            + " is not in the GeoNames ZIP table: check the number, or use --lat/--lon"));
    String state = zip.state();
    if (!lookup.directory().knowsState(state)) {
      throw DearrepException.notFound(
          "ZIP code "
              + zip.zip()
              + " is "
              + (state.isEmpty() ? "a military address" : "in " + state)
              + ", for which no officials are bundled");
    }
    List<String> notices = new ArrayList<>();
    boolean byPoint = !zip.hasZcta();
    Coverage.Place place =
        new Coverage.Place(
            zip.zip(),
            blankToNull(zip.city()),
            blankToNull(zip.county()),
            state,
            zip.hasPoint() ? zip.lat() : null,
            zip.hasPoint() ? zip.lon() : null,
            byPoint ? "zip-point" : "zip-crosswalk");
    if (byPoint) {
      notices.add(
          "ZIP "
              + zip.zip()
              + " is a PO-box or single-organization ZIP with no Census area: districts were found from its GeoNames point, so the street address decides.");
    }
    List<Coverage.Seat> seats = new ArrayList<>();
    seats.addAll(statewide(state));
    for (String kind : districtKinds(state)) {
      List<String> candidates;
      if (!byPoint) {
        Optional<GeoLayer> layer = geo.layers().crosswalk(kind);
        candidates = layer.isPresent() ? zip.candidates(kind) : null;
        layer.ifPresent(l -> l.expiryNotice(today, GeoLayer.WARN_DAYS).ifPresent(notices::add));
      } else {
        Optional<GeoLayer> layer = geo.layers().boundaries(kind);
        candidates =
            layer.isPresent() && zip.hasPoint()
                ? geo.districts().locate(kind, zip.point().get()).map(List::of).orElse(List.of())
                : null;
        layer.ifPresent(l -> l.expiryNotice(today, GeoLayer.WARN_DAYS).ifPresent(notices::add));
      }
      seats.add(seat(state, kind, candidates, "ZIP code", "--lat/--lon of the street address"));
    }
    seats.addAll(local(state, zip.city(), "ZIP code"));
    return new Coverage(place, byLevel(seats), dedupe(notices));
  }

  /** Everyone the data places for a point. */
  public Coverage byPoint(Coordinates point) {
    String cd;
    cd =
        geo.districts()
            .locate("cd", point)
            .orElseThrow(
                () ->
                    DearrepException.notFound(
                        "the point "
                            + point.lat()
                            + ", "
                            + point.lon()
                            + " is outside every U.S. congressional district (at sea or abroad?): check the coordinates"));
    String state = Divisions.stateOf(cd).orElseThrow();
    List<String> notices = new ArrayList<>();
    Coverage.Place place =
        new Coverage.Place(null, null, null, state, point.lat(), point.lon(), "coordinates");
    List<Coverage.Seat> seats = new ArrayList<>(statewide(state));
    for (String kind : districtKinds(state)) {
      Optional<GeoLayer> layer = geo.layers().boundaries(kind);
      List<String> candidates = null;
      if (layer.isPresent()) {
        layer.get().expiryNotice(today, GeoLayer.WARN_DAYS).ifPresent(notices::add);
        candidates =
            kind.equals("cd")
                ? List.of(cd)
                : geo.districts().locate(kind, point).map(List::of).orElse(List.of());
      }
      seats.add(seat(state, kind, candidates, "point", "a district"));
    }
    seats.add(
        new Coverage.Seat(
            Level.LOCAL,
            "place",
            "City",
            Coverage.Status.NOT_DETERMINED,
            List.of(),
            "city and council not determined from a point — run `dearrep lookup --zip <your ZIP>` for the mayor"));
    return new Coverage(place, byLevel(seats), dedupe(notices));
  }

  /** U.S. senators, then the governor and other statewide officers. */
  private List<Coverage.Seat> statewide(String state) {
    Representation all = lookup.find(new DistrictQuery.Statewide(state));
    List<Representation.Member> senators = new ArrayList<>();
    List<Representation.Member> officers = new ArrayList<>();
    for (Representation.Member m : all.members()) {
      (m.role().level() == Level.FEDERAL ? senators : officers).add(m);
    }
    List<Coverage.Seat> seats = new ArrayList<>();
    if (!senators.isEmpty()) {
      seats.add(
          determined(
              Level.FEDERAL,
              "us-senate",
              "U.S. Senate",
              new Representation(all.division(), senators, List.of())));
    }
    if (!officers.isEmpty()) {
      seats.add(
          determined(
              Level.STATE,
              "statewide",
              "Statewide offices",
              new Representation(all.division(), officers, List.of())));
    }
    return seats;
  }

  /** The district kinds a state has: the U.S. House seat, then its legislative chambers. */
  private List<String> districtKinds(String state) {
    Set<String> kinds = new LinkedHashSet<>();
    for (Division d : lookup.directory().state(state).divisions()) {
      if (d.kind().equals("cd")) {
        kinds.add("cd");
      }
    }
    for (Chamber c : lookup.directory().chambers(state)) {
      kinds.add(
          switch (c.chamber()) {
            case "lower" -> "sldl";
            case "upper" -> "sldu";
            default -> "legislature";
          });
    }
    return List.copyOf(kinds);
  }

  private Coverage.Seat seat(
      String state, String kind, List<String> candidates, String from, String precise) {
    Level level = kind.equals("cd") ? Level.FEDERAL : Level.STATE;
    String label = label(state, kind);
    if (candidates == null) {
      return new Coverage.Seat(
          level,
          kind,
          label,
          Coverage.Status.NOT_DETERMINED,
          List.of(),
          "not determined from a "
              + from
              + " — run `dearrep lookup "
              + state
              + "-"
              + shortCode(state, kind)
              + "<n>` if you know your district");
    }
    List<Representation> reps = new ArrayList<>();
    for (String id : candidates) {
      reps.add(lookup.find(new DistrictQuery.Division(id)));
    }
    if (reps.size() == 1) {
      return new Coverage.Seat(level, kind, label, Coverage.Status.DETERMINED, reps, null);
    }
    if (reps.isEmpty()) {
      return new Coverage.Seat(
          level,
          kind,
          label,
          Coverage.Status.NOT_DETERMINED,
          reps,
          "no district found for this " + from + " — give " + precise);
    }
    return new Coverage.Seat(
        level,
        kind,
        label,
        Coverage.Status.AMBIGUOUS,
        reps,
        "this ZIP code spans "
            + reps.size()
            + " districts: the street address decides — use "
            + precise
            + ", or a district such as "
            + state
            + "-"
            + shortCode(state, kind)
            + "<n>");
  }

  /** The mayor of the ZIP's postal city, and a note about its council. */
  private List<Coverage.Seat> local(String state, String city, String from) {
    List<Coverage.Seat> seats = new ArrayList<>();
    if (city == null || city.isBlank()) {
      return seats;
    }
    String placeId =
        "ocd-division/country:us/state:"
            + state.toLowerCase(Locale.ROOT)
            + "/place:"
            + DistrictQuery.slug(city);
    StateBundle bundle = lookup.directory().state(state);
    Optional<Division> place =
        bundle.divisions().stream().filter(d -> d.id().equals(placeId)).findFirst();
    if (place.isEmpty()) {
      return seats;
    }
    Representation mayor = lookup.find(new DistrictQuery.Division(placeId));
    if (!mayor.members().isEmpty()) {
      Coverage.Seat seat = determined(Level.LOCAL, "mayor", "Mayor of " + city, mayor);
      seats.add(
          new Coverage.Seat(
              seat.level(),
              seat.kind(),
              seat.label(),
              seat.status(),
              seat.candidates(),
              "the ZIP's postal city; addresses outside the city limits that use its name have no mayor"));
    }
    boolean hasCouncil =
        bundle.divisions().stream()
            .anyMatch(d -> d.id().startsWith(placeId + "/council_district:"));
    if (hasCouncil && geo.layers().crosswalk("council_district").isEmpty()) {
      String slug = DistrictQuery.slug(city).replace('_', '-');
      seats.add(
          new Coverage.Seat(
              Level.LOCAL,
              "council_district",
              city + " City Council",
              Coverage.Status.NOT_DETERMINED,
              List.of(),
              "council district not determined from a "
                  + from
                  + " — run `dearrep lookup "
                  + slug
                  + "-<n>` if you know your district"));
    }
    return seats;
  }

  private static Coverage.Seat determined(
      Level level, String kind, String label, Representation rep) {
    return new Coverage.Seat(level, kind, label, Coverage.Status.DETERMINED, List.of(rep), null);
  }

  private String label(String state, String kind) {
    if (kind.equals("cd")) {
      return "U.S. House";
    }
    String chamber =
        switch (kind) {
          case "sldl" -> "lower";
          case "sldu" -> "upper";
          default -> "unicameral";
        };
    return lookup.directory().chambers(state).stream()
        .filter(c -> c.chamber().equals(chamber))
        .findFirst()
        .map(Chamber::bodyName)
        .orElse(kind);
  }

  private String shortCode(String state, String kind) {
    return switch (kind) {
      case "cd" -> "CD";
      case "sldl" ->
          lookup.directory().chambers(state).stream()
                  .anyMatch(
                      c -> c.chamber().equals("lower") && c.chamberName().contains("Assembly"))
              ? "AD"
              : "HD";
      case "sldu" -> "SD";
      default -> "LD";
    };
  }

  private static List<Coverage.Seat> byLevel(List<Coverage.Seat> seats) {
    List<Coverage.Seat> sorted = new ArrayList<>(seats);
    sorted.sort(java.util.Comparator.comparing(Coverage.Seat::level));
    return sorted;
  }

  private static List<String> dedupe(List<String> notices) {
    return List.copyOf(new LinkedHashSet<>(notices));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
