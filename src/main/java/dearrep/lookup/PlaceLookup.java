package dearrep.lookup;

import dearrep.geo.Coordinates;
import dearrep.geo.GeoBundle;
import dearrep.geo.GeoLayer;
import dearrep.geo.Placement;
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
import java.util.TreeSet;

/**
 * Who represents a ZIP code or a point, at every level the data can place, and an honest note for
 * every level it cannot. Which district kinds can be placed is read from the geo layer manifest, so
 * a new crosswalk or boundary layer is a data change.
 */
public final class PlaceLookup {

  private final Lookup lookup;
  private final GeoBundle geo;
  private final LocalDate today;
  private final Seats seatsOf;

  public PlaceLookup(Lookup lookup, GeoBundle geo, LocalDate today) {
    this.lookup = lookup;
    this.geo = geo;
    this.today = today;
    this.seatsOf = new Seats(lookup);
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
    List<String> kinds = districtKinds(state);
    List<String> alsoIn = otherStates(zip, kinds, state);
    boolean byPoint = !zip.hasZcta();
    Coverage.Place place =
        new Coverage.Place(
            zip.zip(),
            blankToNull(zip.city()),
            blankToNull(zip.county()),
            state,
            zip.hasPoint() ? zip.lat() : null,
            zip.hasPoint() ? zip.lon() : null,
            byPoint ? "zip-point" : "zip-crosswalk",
            alsoIn);
    if (byPoint) {
      notices.add(
          "ZIP "
              + zip.zip()
              + " is a PO-box or single-organization ZIP with no Census area: districts were found from its GeoNames point, only where the point is far from every district line, so the street address decides.");
    }
    List<Coverage.Seat> seats = new ArrayList<>();
    seats.addAll(statewide(state));
    // the point is placed in the boundaries only when a crosswalk cannot answer a kind: decoding
    // the state's boundary files costs a cold ZIP lookup about 50 ms
    boolean needsPoint = byPoint;
    for (String kind : kinds) {
      String layerKind = layerKind(kind);
      needsPoint |=
          geo.layers().crosswalk(layerKind).isEmpty()
              || inState(zip.candidates(layerKind), state).isEmpty();
    }
    Optional<List<Placement>> fromPoint =
        needsPoint ? zip.point().map(pt -> geo.districts().place(pt)) : Optional.empty();
    boolean pointUsed = false;
    for (String kind : kinds) {
      String layerKind = layerKind(kind);
      Optional<GeoLayer> crosswalk = geo.layers().crosswalk(layerKind);
      crosswalk.ifPresent(l -> l.expiryNotice(today, GeoLayer.WARN_DAYS).ifPresent(notices::add));
      List<String> listed = inState(zip.candidates(layerKind), state);
      if (!byPoint && crosswalk.isPresent() && !listed.isEmpty()) {
        seats.add(seatsOf.fromCrosswalk(state, kind, listed, crosswalk.get()));
        continue;
      }
      Optional<Placement> placed =
          fromPoint.flatMap(
              all -> all.stream().filter(x -> x.kind().equals(layerKind)).findFirst());
      if (placed.isPresent() && placed.get().determined() && inState(placed.get(), state)) {
        placed.get().layer().expiryNotice(today, GeoLayer.WARN_DAYS).ifPresent(notices::add);
        seats.add(seatsOf.fromPoint(state, kind, placed.get(), "ZIP code's point"));
        pointUsed = true;
      } else {
        seats.add(
            seatsOf.notDetermined(
                state,
                kind,
                placed.isPresent() && placed.get().nearLine()
                    ? "not determined: ZIP "
                        + zip.zip()
                        + " is not in the ZIP crosswalk for this chamber and its point lies near a"
                        + " district line"
                    : "not determined from a ZIP code"));
      }
    }
    if (!alsoIn.isEmpty()) {
      notices.add(acrossTheLine(zip.zip(), state, alsoIn));
    }
    if (pointUsed && !byPoint) {
      notices.add(
          "ZIP "
              + zip.zip()
              + " is not in every ZIP crosswalk for "
              + lookup.directory().stateName(state)
              + ": some districts were found from its GeoNames point, far from every line, so"
              + " the street address decides.");
    }
    seats.addAll(local(state, zip.city(), "ZIP code"));
    return new Coverage(place, byLevel(seats), dedupe(notices));
  }

  /** Everyone the data places for a point. */
  public Coverage byPoint(Coordinates point) {
    List<Placement> placements = geo.districts().place(point);
    String state =
        placements.stream()
            .flatMap(x -> x.candidates().stream())
            .filter(Placement.Candidate::containsPoint)
            .flatMap(c -> c.divisionIds().stream())
            .map(id -> Divisions.stateOf(id).orElse(""))
            .filter(st -> !st.isEmpty())
            .findFirst()
            .orElseThrow(
                () ->
                    DearrepException.notFound(
                        "the point "
                            + point.lat()
                            + ", "
                            + point.lon()
                            + " is outside every U.S. congressional and state legislative district"
                            + " (at sea or abroad?): check the coordinates"));
    List<String> notices = new ArrayList<>();
    Coverage.Place place =
        new Coverage.Place(
            null, null, null, state, point.lat(), point.lon(), "coordinates", List.of());
    List<Coverage.Seat> seats = new ArrayList<>(statewide(state));
    for (String kind : districtKinds(state)) {
      String layerKind = layerKind(kind);
      Optional<Placement> placed =
          placements.stream().filter(x -> x.kind().equals(layerKind)).findFirst();
      if (placed.isEmpty() || !geo.districts().covers(layerKind, state)) {
        seats.add(seatsOf.notDetermined(state, kind, "not determined from a point"));
        continue;
      }
      placed.get().layer().expiryNotice(today, GeoLayer.WARN_DAYS).ifPresent(notices::add);
      seats.add(seatsOf.fromPoint(state, kind, placed.get(), "point"));
    }
    List<Coverage.Seat> council = userDistricts(point, state);
    seats.addAll(council);
    Optional<Coverage.Seat> mayor = mayorOf(council);
    mayor.ifPresent(seats::add);
    if (mayor.isEmpty()) {
      seats.add(
          new Coverage.Seat(
              Level.LOCAL,
              "place",
              "City",
              Coverage.Status.NOT_DETERMINED,
              List.of(),
              "city and mayor not determined from a point — run `dearrep lookup --zip <your ZIP>` for the mayor"));
    }
    return new Coverage(place, byLevel(seats), dedupe(notices));
  }

  /** Districts of the user's own boundary layers (city councils) that hold the point. */
  private List<Coverage.Seat> userDistricts(Coordinates point, String state) {
    List<Coverage.Seat> seats = new ArrayList<>();
    for (Placement placed : geo.localPlacements(point)) {
      if (!placed.outside()) {
        seats.add(seatsOf.local(state, placed));
      }
    }
    return seats;
  }

  // A point in one of the user's council districts is in that city: its mayor represents it.
  private Optional<Coverage.Seat> mayorOf(List<Coverage.Seat> council) {
    for (Coverage.Seat seat : council) {
      if (seat.status() != Coverage.Status.DETERMINED || seat.candidates().isEmpty()) {
        continue;
      }
      String id = seat.candidates().get(0).division().id();
      int cut = id.indexOf("/council_district:");
      if (cut < 0) {
        continue;
      }
      Representation mayor = lookup.find(new DistrictQuery.Division(id.substring(0, cut)));
      if (!mayor.members().isEmpty()) {
        return Optional.of(
            determined(Level.LOCAL, "mayor", "Mayor of " + mayor.division().name(), mayor));
      }
    }
    return Optional.empty();
  }

  /** The crosswalk's candidates that lie in the state (a ZIP code can cross a state line). */
  private static List<String> inState(List<String> ids, String state) {
    return ids.stream().filter(id -> Divisions.isIn(id, state)).toList();
  }

  /** The other states a crosswalk places part of the ZIP code in, by their codes. */
  private static List<String> otherStates(ZipPlace zip, List<String> kinds, String state) {
    Set<String> others = new TreeSet<>();
    for (String kind : kinds) {
      for (String id : zip.candidates(layerKind(kind))) {
        Divisions.stateOf(id).filter(st -> !st.equals(state)).ifPresent(others::add);
      }
    }
    return List.copyOf(others);
  }

  /**
   * Says that the answer is for the side of the ZIP code in its own state: across the line every
   * level differs, statewide offices too.
   */
  private String acrossTheLine(String zip, String state, List<String> others) {
    List<String> names = others.stream().map(st -> lookup.directory().stateName(st)).toList();
    return "ZIP "
        + zip
        + " crosses into "
        + String.join(" and ", names)
        + ": this answer is for its "
        + lookup.directory().stateName(state)
        + " side, where the ZIP table places it. Across the line every level differs — look up"
        + " the street address with --address, or run `dearrep lookup "
        + others.get(0)
        + "` for that state's officials.";
  }

  private static boolean inState(Placement p, String state) {
    return p.divisionIds().stream().allMatch(id -> Divisions.isIn(id, state));
  }

  /** The boundary or crosswalk kind that places a seat kind: unicameral districts are upper. */
  static String layerKind(String kind) {
    return kind.equals("legislature") ? "sldu" : kind;
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
