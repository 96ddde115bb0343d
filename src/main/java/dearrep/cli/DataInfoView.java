package dearrep.cli;

import dearrep.geo.GeoLayer;
import dearrep.geocode.CensusVintage;
import dearrep.geocode.GeocoderSettings;
import dearrep.model.Dataset;
import dearrep.model.Level;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** {@code data info} as text: sources, layers, the address lookup and the officials counted. */
final class DataInfoView {

  private DataInfoView() {}

  /** The report, styled, with layer notices wrapped to {@code width} columns. */
  static String text(DataInfo info, Style style, int width) {
    StringBuilder s = new StringBuilder();
    LocalDate today = info.today();
    s.append(style.name("People data in use  "))
        .append(info.peopleData().get("summary"))
        .append("\n\n");
    s.append(style.name("Sources")).append('\n');
    for (Dataset d : info.sources()) {
      s.append("  ").append(style.title(d.name())).append("  (").append(d.key()).append(")\n");
      s.append("    origin    ").append(d.origin());
      if (d.commit() != null) {
        s.append(" @ ").append(d.commit(), 0, Math.min(12, d.commit().length()));
      }
      s.append('\n');
      s.append("    snapshot  ").append(d.snapshotDate()).append('\n');
      PeopleDataInUse.electionNotice(d, today)
          .ifPresent(n -> s.append(style.warn("    " + n)).append('\n'));
      s.append("    license   ").append(d.license()).append('\n');
      if (d.records() > 0) {
        s.append("    records   ").append(d.records()).append('\n');
      }
      if (d.validThrough() != null) {
        boolean expired = LocalDate.parse(d.validThrough()).isBefore(today);
        String line =
            "    valid to  "
                + d.validThrough()
                + (expired ? "  EXPIRED: offices may have changed" : "");
        s.append(expired ? style.warn(line) : line).append('\n');
      }
      if (d.attribution() != null) {
        s.append("    credit    ").append(d.attribution()).append('\n');
      }
    }
    s.append('\n').append(style.name("Geographic layers")).append('\n');
    for (GeoLayer layer : info.layers()) {
      s.append("  ").append(style.title(layer.title())).append('\n');
      s.append("    places    ")
          .append(layer.kind())
          .append(" districts by ")
          .append(layer.form().equals(GeoLayer.ZIP_CROSSWALK) ? "ZIP code" : "point")
          .append('\n');
      s.append("    vintage   ").append(layer.vintage());
      if (!layer.validFrom().isEmpty() || !layer.validThrough().isEmpty()) {
        s.append(", ").append(layer.validFrom()).append(" to ").append(layer.validThrough());
      }
      s.append('\n');
      layer
          .expiryNotice(today, GeoLayer.WARN_DAYS)
          .ifPresent(n -> s.append(style.warn("    " + n)).append('\n'));
      if (!layer.notice().isEmpty()) {
        for (String piece : TextBlock.wrap(layer.notice(), width - 14)) {
          s.append("    ").append(piece).append('\n');
        }
      }
    }
    s.append("  City council districts are not bundled: import your city's lines with\n");
    s.append("  `dearrep data import boundaries FILE.geojson` (see --help).\n");
    if (!info.userLayers().isEmpty()) {
      s.append('\n')
          .append(style.name("Your boundary layers"))
          .append("  (")
          .append(info.userDir())
          .append(")\n");
      for (GeoLayer layer : info.userLayers()) {
        s.append("  ").append(style.title(layer.title())).append('\n');
        s.append("    places    ").append(layer.kind()).append(" districts by point\n");
        s.append("    source    ").append(layer.dataset()).append('\n');
        s.append("    vintage   ").append(layer.vintage()).append('\n');
      }
    }
    s.append(geocoderText(style, info.geocoder()));
    s.append('\n')
        .append(style.name("Officials"))
        .append("  federal ")
        .append(DataInfo.count(info.totals(), Level.FEDERAL))
        .append(", state ")
        .append(DataInfo.count(info.totals(), Level.STATE))
        .append(", local ")
        .append(DataInfo.count(info.totals(), Level.LOCAL))
        .append('\n');
    List<String> rows = new ArrayList<>();
    info.byState()
        .forEach(
            (st, m) ->
                rows.add(
                    String.format(
                        "  %-3s federal %3d  state %4d  local %3d",
                        st,
                        m.getOrDefault(Level.FEDERAL, 0),
                        m.getOrDefault(Level.STATE, 0),
                        m.getOrDefault(Level.LOCAL, 0))));
    rows.forEach(r -> s.append(r).append('\n'));
    return s.toString();
  }

  /**
   * The online address lookup: where it goes, which lines it asks for today, and how to stop it.
   */
  private static String geocoderText(Style style, GeocoderSettings g) {
    CensusVintage v = g.vintage();
    return "\n"
        + style.name(
            "Address lookup (online, only with lookup --address or batch --geocode census)")
        + "\n  service   U.S. Census Geocoder, "
        + g.baseUrl()
        + " (public domain; only the address is sent)\n  lines     vintage "
        + v.name()
        + ": "
        + v.lines()
        + "\n            through "
        + CensusVintage.LAST_DAY_OF_119TH
        + " the 119th Congress lines (ACS2025_Current), after it the current ones"
        + " (Current_Current)\n  network   "
        + (g.offline()
            ? "forbidden (DEARREP_OFFLINE=1)"
            : "allowed; --offline or DEARREP_OFFLINE=1 forbid it")
        + "\n";
  }
}
