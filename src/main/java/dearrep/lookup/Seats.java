package dearrep.lookup;

import dearrep.geo.GeoLayer;
import dearrep.geo.Placement;
import dearrep.model.Chamber;
import dearrep.model.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One seat of a place's coverage (U.S. House, a state chamber, a council) from what the geo data
 * found: a ZIP crosswalk's candidate list, a point's placement, or nothing. Says, in the note, what
 * decides when the data cannot.
 */
final class Seats {

  private final Lookup lookup;

  Seats(Lookup lookup) {
    this.lookup = lookup;
  }

  /** A seat from a ZIP crosswalk's candidates (in the crosswalk's order). */
  Coverage.Seat fromCrosswalk(String state, String kind, List<String> ids, GeoLayer layer) {
    List<Representation> reps = reps(ids);
    Level level = level(kind);
    String label = label(state, kind);
    if (reps.size() == 1) {
      return new Coverage.Seat(level, kind, label, Coverage.Status.DETERMINED, reps, null);
    }
    boolean byLand = layer.landOrder();
    return new Coverage.Seat(
        level,
        kind,
        label,
        Coverage.Status.AMBIGUOUS,
        reps,
        "this ZIP code spans "
            + reps.size()
            + " districts"
            + (byLand ? " (listed largest by land area first; land is not population)" : "")
            + ": the street address decides — look it up with --address \"street, city\" (asks the"
            + " Census Geocoder online) or --lat/--lon, or name a district such as "
            + example(state, kind),
        byLand);
  }

  /** A seat from a point's placement in a boundary layer. */
  Coverage.Seat fromPoint(String state, String kind, Placement placed, String what) {
    Level level = level(kind);
    String label = label(state, kind);
    List<Placement.Candidate> inState =
        placed.candidates().stream()
            .filter(c -> c.divisionIds().stream().allMatch(id -> Divisions.isIn(id, state)))
            .toList();
    if (inState.isEmpty()) {
      return new Coverage.Seat(
          level,
          kind,
          label,
          Coverage.Status.NOT_DETERMINED,
          List.of(),
          "no district found for this "
              + what
              + " — give a district such as "
              + example(state, kind));
    }
    List<Representation> reps = new ArrayList<>();
    inState.forEach(c -> reps.addAll(reps(c.divisionIds())));
    Placement.Candidate first = inState.get(0);
    if (inState.size() == 1 && first.containsPoint() && placed.determined()) {
      String note =
          first.divisionIds().size() > 1
              ? "this district elects "
                  + first.divisionIds().size()
                  + " members by seat: each of them represents this "
                  + what
              : null;
      return new Coverage.Seat(level, kind, label, Coverage.Status.DETERMINED, reps, note);
    }
    String where =
        inState.size() == 1
            ? "a district line"
            : "the line between " + inState.size() + " districts";
    return new Coverage.Seat(
        level,
        kind,
        label,
        Coverage.Status.AMBIGUOUS,
        reps,
        "the "
            + what
            + " is within "
            + placed.layer().nearLineMetres()
            + " m of "
            + where
            + " and the bundled lines are simplified: the street address decides — look it up"
            + " with --address \"street, city\" (asks the Census Geocoder online), or name a"
            + " district such as "
            + example(state, kind));
  }

  /** A council seat from the user's own boundary layer. */
  Coverage.Seat local(String state, Placement placed) {
    Coverage.Seat seat = fromPoint(state, placed.kind(), placed, "point");
    String note =
        (seat.note() == null ? "" : seat.note() + "; ")
            + "from your boundary layer "
            + placed.layer().id()
            + " ("
            + placed.layer().vintage()
            + ")";
    return new Coverage.Seat(
        seat.level(), seat.kind(), placed.layer().title(), seat.status(), seat.candidates(), note);
  }

  /** A seat the data cannot place, with the command to run when the user knows the district. */
  Coverage.Seat notDetermined(String state, String kind, String why) {
    if (level(kind) == Level.STATE && !hasMembers(state, kind)) {
      // the chamber table lists it (Guam's legislature), but no member of it is in the data
      return new Coverage.Seat(
          Level.STATE,
          kind,
          label(state, kind),
          Coverage.Status.NOT_DETERMINED,
          List.of(),
          "no member of this chamber is in the bundled data (its source does not cover it)");
    }
    return new Coverage.Seat(
        level(kind),
        kind,
        label(state, kind),
        Coverage.Status.NOT_DETERMINED,
        List.of(),
        why
            + " — run `dearrep lookup "
            + state
            + "-"
            + shortCode(state, kind)
            + "<n>` if you know your district");
  }

  /** Whether anyone in the state's data holds a seat in the chamber of this kind. */
  private boolean hasMembers(String state, String kind) {
    String type =
        switch (kind) {
          case "sldl" -> "lower";
          case "sldu" -> "upper";
          default -> "legislature";
        };
    return lookup.directory().state(state).people().stream()
        .flatMap(p -> p.roles().stream())
        .anyMatch(r -> type.equals(r.type()));
  }

  private List<Representation> reps(List<String> ids) {
    List<Representation> reps = new ArrayList<>();
    for (String id : ids) {
      reps.add(lookup.find(new DistrictQuery.Division(id)));
    }
    return reps;
  }

  private static Level level(String kind) {
    return switch (kind) {
      case "cd" -> Level.FEDERAL;
      case "sldu", "sldl", "legislature" -> Level.STATE;
      default -> Level.LOCAL;
    };
  }

  private String example(String state, String kind) {
    if (level(kind) == Level.LOCAL) {
      return "<city>-<n> (e.g. san-jose-3)";
    }
    return state + "-" + shortCode(state, kind) + "<n>";
  }

  String label(String state, String kind) {
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

  String shortCode(String state, String kind) {
    return switch (kind) {
      case "cd" -> "CD";
      case "sldl" ->
          lookup.directory().chambers(state).stream()
                  .anyMatch(
                      c ->
                          c.chamber().equals("lower")
                              && c.chamberName().toLowerCase(Locale.ROOT).contains("assembly"))
              ? "AD"
              : "HD";
      case "sldu" -> "SD";
      default -> "LD";
    };
  }
}
