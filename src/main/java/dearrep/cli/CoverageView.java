package dearrep.cli;

import dearrep.geo.Coordinates;
import dearrep.letter.OfficeChoice;
import dearrep.lookup.Coverage;
import dearrep.lookup.Representation;
import dearrep.model.Level;
import dearrep.model.Person;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** Text view of "who represents this place": grouped by level, one line per official. */
final class CoverageView {

  private final Style style;
  private final int width;

  CoverageView(Style style, int width) {
    this.style = style;
    this.width = width;
  }

  String render(Coverage coverage, java.util.List<Person> numbered) {
    StringBuilder s = new StringBuilder();
    Coverage.Place p = coverage.place();
    String where =
        "address".equals(p.locatedBy())
            ? "Address at "
                + degrees(p.lat())
                + ", "
                + degrees(p.lon())
                + " — "
                + join(p.city(), p.county(), p.state())
            : p.zip() != null
                ? "ZIP "
                    + p.zip()
                    + " — "
                    + join(p.city(), p.county() == null ? null : p.county() + " County", p.state())
                : "Point " + degrees(p.lat()) + ", " + degrees(p.lon()) + " — " + p.state();
    s.append(style.title(where)).append("\n");
    Level current = null;
    for (Coverage.Seat seat : coverage.seats()) {
      if (seat.level() != current) {
        current = seat.level();
        s.append('\n')
            .append(
                style.name(
                    switch (current) {
                      case FEDERAL -> "Federal";
                      case STATE -> "State";
                      case LOCAL -> "Local";
                    }))
            .append('\n');
      }
      TextBlock b = new TextBlock(style, width, "  ", 0);
      String head = seat.label();
      if (seat.status() == Coverage.Status.AMBIGUOUS) {
        head += " — " + seat.candidates().size() + " possible districts";
      }
      b.line(style.label(head));
      for (Representation rep : seat.candidates()) {
        for (Representation.Member m : rep.members()) {
          numbered.add(m.person());
          String line =
              numbered.size()
                  + ". "
                  + m.role().title()
                  + " "
                  + style.name(m.person().name())
                  + district(m.role().district())
                  + phone(m.person(), p);
          for (String piece : TextBlock.wrap(line, width - 6)) {
            b.line("  " + piece);
          }
          m.role().endedNote().ifPresent(note -> b.line("     " + style.warn(note)));
        }
        if (rep.members().isEmpty()) {
          b.line("  " + style.warn("vacant") + " — " + rep.division().name());
        }
      }
      if (seat.note() != null) {
        for (String piece : TextBlock.wrap(seat.note(), width - 6)) {
          b.line("  " + (seat.status() == Coverage.Status.DETERMINED ? piece : style.warn(piece)));
        }
      }
      s.append(b);
    }
    return s.toString();
  }

  /** The number to call: the district office nearest the place asked about, else any. */
  private String phone(Person person, Coverage.Place place) {
    Optional<Coordinates> from =
        place.lat() == null || place.lon() == null
            ? Optional.empty()
            : Optional.of(new Coordinates(place.lat(), place.lon()));
    return OfficeChoice.forCalls(person, from).stream()
        .findFirst()
        .map(o -> " · " + style.phone(o.voice().strip()))
        .orElse("");
  }

  private static String district(String d) {
    if (d == null || d.isBlank()) {
      return "";
    }
    return d.matches("\\d+") ? " (District " + d + ")" : " (" + d + ")";
  }

  private static String join(String... parts) {
    StringBuilder s = new StringBuilder();
    for (String part : parts) {
      if (part != null && !part.isBlank()) {
        s.append(s.length() == 0 ? "" : ", ").append(part);
      }
    }
    return s.toString();
  }

  /**
   * Degrees to four decimals (about 10 m), the same in every locale. String.format would write
   * "37,3337" under a German locale, and its first use costs a locale lookup on a cold start.
   */
  static String degrees(double value) {
    return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).toPlainString();
  }
}
