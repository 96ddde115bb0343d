package dearrep.lookup;

import dearrep.geocode.AddressMatch;
import dearrep.model.DearrepException;
import dearrep.model.Division;
import dearrep.model.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One matched address, placed: the point's coverage, with each legislative seat settled by the
 * district the Census Geocoder reports when the data know it, and the local seats taken from the
 * incorporated place the address is in. A layer the geocoder could not answer for leaves the
 * point's placement in place, with a notice.
 */
final class AddressPlacement {

  private final PlaceLookup places;
  private final Lookup lookup;
  private final AddressMatch match;
  private final List<String> notices = new ArrayList<>();

  AddressPlacement(PlaceLookup places, AddressMatch match) {
    this.places = places;
    this.lookup = places.lookup();
    this.match = match;
  }

  Coverage coverage() {
    Coverage point = base();
    String state = point.place().state();
    notices.addAll(point.notices());
    List<Coverage.Seat> seats = new ArrayList<>();
    boolean council = false;
    for (Coverage.Seat seat : point.seats()) {
      switch (seat.kind()) {
        case "cd" -> seats.add(settled(seat, AddressMatch.CONGRESS, state));
        case "sldu" -> seats.add(settled(seat, AddressMatch.UPPER, state));
        case "sldl" -> seats.add(settled(seat, AddressMatch.LOWER, state));
        case "legislature" -> seats.add(settled(seat, AddressMatch.UPPER, state));
        case "place", "mayor" -> {} // the city comes from the geocoder's incorporated place
        default -> {
          council |= seat.kind().equals("council_district");
          seats.add(seat);
        }
      }
    }
    Optional<AddressMatch.Area> city = match.area(AddressMatch.INCORPORATED_PLACES);
    if (!state.equals("DC")) {
      // The District is its own city: its mayor is among its district-wide officers above.
      seats.addAll(new CitySeats(lookup, state).seats(match, council, notices));
    }
    seats.sort(Comparator.comparing(Coverage.Seat::level));
    Coverage.Place place =
        new Coverage.Place(
            match.zip().isEmpty() ? null : match.zip(),
            city.map(AddressMatch.Area::basename).orElse(null),
            match.area(AddressMatch.COUNTIES).map(AddressMatch.Area::name).orElse(null),
            state,
            match.point().lat(),
            match.point().lon(),
            "address",
            List.of());
    return new Coverage(place, seats, List.copyOf(new LinkedHashSet<>(notices)));
  }

  /**
   * The point's coverage; for a point just outside the bundled (simplified) boundaries, such as on
   * a shore, that of the matched ZIP code, whose seats the geocoder's districts then settle.
   */
  private Coverage base() {
    try {
      return places.byPoint(match.point());
    } catch (DearrepException e) {
      if (match.zip().isEmpty() || e.kind() != DearrepException.Kind.NOT_FOUND) {
        throw e;
      }
      notices.add(
          "The matched point lies outside the bundled boundaries (they are simplified): seats the"
              + " Census Geocoder does not settle are those of ZIP code "
              + match.zip()
              + ".");
      return places.byZip(match.zip());
    }
  }

  /**
   * The seat as the geocoder places it, when it answered for the layer and the data know its
   * district; the point's placement otherwise.
   */
  private Coverage.Seat settled(Coverage.Seat seat, String suffix, String state) {
    Optional<AddressMatch.Layer> layer = match.layer(suffix);
    if (layer.isEmpty()) {
      return seat;
    }
    if (layer.get().failed()) {
      notices.add(
          "The Census Geocoder could not answer for "
              + layer.get().name()
              + " ("
              + layer.get().error()
              + "): "
              + seat.label()
              + " is placed from the point in the bundled boundaries instead.");
      return seat;
    }
    if (layer.get().areas().isEmpty()) {
      return seat;
    }
    AddressMatch.Area area = layer.get().areas().get(0);
    Optional<Representation> rep = representation(seat.kind(), state, area);
    if (rep.isEmpty()) {
      notices.add(
          "The Census Geocoder places the address in "
              + area.name()
              + ", which is not a district in the data: "
              + seat.label()
              + " is placed from the point in the bundled boundaries instead.");
      return seat;
    }
    String id = rep.get().division().id();
    String note = null;
    if (seat.status() == Coverage.Status.DETERMINED
        && !seat.candidates().isEmpty()
        && !seat.candidates().get(0).division().id().equals(id)) {
      note =
          "the Census Geocoder's full-resolution lines place the address here; the bundled,"
              + " simplified lines put the point in "
              + seat.candidates().get(0).division().name();
    }
    return new Coverage.Seat(
        seat.level(),
        seat.kind(),
        seat.label(),
        Coverage.Status.DETERMINED,
        List.of(rep.get()),
        note);
  }

  private Optional<Representation> representation(
      String kind, String state, AddressMatch.Area area) {
    DistrictQuery query =
        switch (kind) {
          case "cd" -> congressional(state, area);
          case "sldu" -> new DistrictQuery.Legislative(state, "upper", area.basename());
          case "sldl" -> new DistrictQuery.Legislative(state, "lower", area.basename());
          default -> new DistrictQuery.Legislative(state, "unicameral", area.basename());
        };
    if (query == null || area.basename().isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(lookup.find(query));
    } catch (DearrepException e) {
      return Optional.empty();
    }
  }

  /** From the GEOID: two digits of state, two of district; 00 (and D.C.'s 98) are at-large. */
  private static DistrictQuery congressional(String state, AddressMatch.Area area) {
    String geoid = area.geoid();
    if (!geoid.matches("\\d{4}")) {
      return null;
    }
    String number = geoid.substring(2);
    return new DistrictQuery.Congressional(
        state,
        number.equals("00") || number.equals("98") ? "at-large" : DistrictQuery.stripZeros(number));
  }

  /** The mayor of the place the address is in, and what can be said of its council. */
  static final class CitySeats {
    private final Lookup lookup;
    private final String state;

    CitySeats(Lookup lookup, String state) {
      this.lookup = lookup;
      this.state = state;
    }

    List<Coverage.Seat> seats(AddressMatch match, boolean councilPlaced, List<String> notices) {
      Optional<AddressMatch.Layer> layer = match.layer(AddressMatch.INCORPORATED_PLACES);
      Optional<AddressMatch.Area> city = match.area(AddressMatch.INCORPORATED_PLACES);
      if (city.isPresent()) {
        return city(
            city.get().basename(),
            "the city the address is in (" + city.get().name() + ", Census incorporated place)",
            councilPlaced);
      }
      if (layer.isEmpty() || layer.get().failed()) {
        notices.add(
            "The Census Geocoder did not say which city the address is in"
                + layer.map(l -> " (" + l.error() + ")").orElse("")
                + ": the mayor shown is that of the postal city, "
                + match.postalCity()
                + ".");
        return match.postalCity().isBlank()
            ? List.of()
            : city(
                titleCase(match.postalCity()),
                "the postal city of the address; addresses outside the city limits that use its name have no mayor",
                councilPlaced);
      }
      String where =
          match
              .area(AddressMatch.DESIGNATED_PLACES)
              .map(p -> " (" + p.name() + ", an unincorporated community)")
              .orElse("");
      return List.of(
          new Coverage.Seat(
              Level.LOCAL,
              "place",
              "City",
              Coverage.Status.NOT_DETERMINED,
              List.of(),
              "the address is in no incorporated city"
                  + where
                  + ": it has no mayor or city council; the county governs it"));
    }

    private List<Coverage.Seat> city(String name, String why, boolean councilPlaced) {
      String slug = DistrictQuery.slug(name);
      Optional<Division> place =
          lookup.directory().state(state).divisions().stream()
              .filter(d -> d.id().endsWith("/place:" + slug))
              .findFirst();
      List<Coverage.Seat> seats = new ArrayList<>();
      Representation mayor =
          place.map(d -> lookup.find(new DistrictQuery.Division(d.id()))).orElse(null);
      if (mayor != null && !mayor.members().isEmpty()) {
        seats.add(
            new Coverage.Seat(
                Level.LOCAL,
                "mayor",
                "Mayor of " + name,
                Coverage.Status.DETERMINED,
                List.of(mayor),
                why));
      } else {
        seats.add(
            new Coverage.Seat(
                Level.LOCAL,
                "place",
                "City of " + name,
                Coverage.Status.NOT_DETERMINED,
                List.of(),
                "the address is in " + name + "; the data have no mayor for it"));
      }
      boolean hasCouncil =
          place.isPresent()
              && lookup.directory().state(state).divisions().stream()
                  .anyMatch(d -> d.id().startsWith(place.get().id() + "/council_district:"));
      if (hasCouncil && !councilPlaced) {
        seats.add(
            new Coverage.Seat(
                Level.LOCAL,
                "council_district",
                name + " City Council",
                Coverage.Status.NOT_DETERMINED,
                List.of(),
                "council district not determined: no council boundaries for "
                    + name
                    + " are installed — run `dearrep lookup "
                    + slug.replace('_', '-')
                    + "-<n>` if you know your district"));
      }
      return seats;
    }

    private static String titleCase(String upper) {
      StringBuilder s = new StringBuilder();
      for (String w : upper.toLowerCase(Locale.ROOT).split(" ")) {
        if (!w.isEmpty()) {
          s.append(s.length() == 0 ? "" : " ")
              .append(Character.toUpperCase(w.charAt(0)))
              .append(w.substring(1));
        }
      }
      return s.toString();
    }
  }
}
