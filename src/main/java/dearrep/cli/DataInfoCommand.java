package dearrep.cli;

import dearrep.data.UserData;
import dearrep.geo.GeoBundle;
import dearrep.geo.GeoLayer;
import dearrep.geo.GeoLayers;
import dearrep.geocode.CensusVintage;
import dearrep.geocode.GeocoderSettings;
import dearrep.lookup.Directory;
import dearrep.model.Dataset;
import dearrep.model.Level;
import dearrep.model.Person;
import dearrep.model.StateBundle;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dearrep data info}: what is bundled, from where, and how current it is. */
@Command(
    name = "info",
    description = "Show the bundled sources, their snapshots and vintages, and counts.")
public final class DataInfoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin SharedOptions options;

  private final Session session;

  public DataInfoCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    Output output = new Output(spec, options);
    Directory directory = session.lookup(options.dataDir()).directory();
    List<Dataset> datasets = directory.datasets();
    Map<String, Map<Level, Integer>> counts = new TreeMap<>();
    Map<Level, Integer> totals = new EnumMap<>(Level.class);
    for (String code : directory.stateCodes()) {
      StateBundle state = directory.state(code);
      Map<Level, Integer> byLevel = new EnumMap<>(Level.class);
      for (Person p : state.people()) {
        Level level = p.roles().isEmpty() ? Level.STATE : p.primaryRole().level();
        byLevel.merge(level, 1, Integer::sum);
        totals.merge(level, 1, Integer::sum);
      }
      counts.put(code, byLevel);
    }
    Path userDir =
        options.dataDir() != null ? options.dataDir() : UserData.defaultFolder().orElse(null);
    GeoBundle geo = GeoBundle.bundled(Optional.ofNullable(userDir));
    GeoLayers layers = geo.layers();
    if (options.json) {
      Map<String, Object> root = new LinkedHashMap<>();
      root.put("peopleData", PeopleDataInUse.describe(directory));
      root.put("sources", datasets);
      root.put("notices", PeopleDataInUse.electionNotices(datasets, GeoLayer.today()));
      root.put("layers", layers.layers());
      root.put("userLayers", geo.userLayers());
      Map<String, Object> byState = new LinkedHashMap<>();
      counts.forEach((k, v) -> byState.put(k, levelMap(v)));
      root.put("totals", levelMap(totals));
      root.put("states", byState);
      root.put("geocoder", geocoderJson(session));
      output.json(root);
      return 0;
    }
    Style style = output.style();
    StringBuilder s = new StringBuilder();
    LocalDate today = GeoLayer.today();
    s.append(style.name("People data in use  "))
        .append(PeopleDataInUse.describe(directory).get("summary"))
        .append("\n\n");
    s.append(style.name("Sources")).append('\n');
    for (Dataset d : datasets) {
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
    for (GeoLayer layer : layers.layers()) {
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
        for (String piece : TextBlock.wrap(layer.notice(), output.width() - 14)) {
          s.append("    ").append(piece).append('\n');
        }
      }
    }
    s.append("  City council districts are not bundled: import your city's lines with\n");
    s.append("  `dearrep data import boundaries FILE.geojson` (see --help).\n");
    if (!geo.userLayers().isEmpty()) {
      s.append('\n')
          .append(style.name("Your boundary layers"))
          .append("  (")
          .append(userDir)
          .append(")\n");
      for (GeoLayer layer : geo.userLayers()) {
        s.append("  ").append(style.title(layer.title())).append('\n');
        s.append("    places    ").append(layer.kind()).append(" districts by point\n");
        s.append("    source    ").append(layer.dataset()).append('\n');
        s.append("    vintage   ").append(layer.vintage()).append('\n');
      }
    }
    s.append(geocoderText(style, session));
    s.append('\n')
        .append(style.name("Officials"))
        .append("  federal ")
        .append(totals.getOrDefault(Level.FEDERAL, 0))
        .append(", state ")
        .append(totals.getOrDefault(Level.STATE, 0))
        .append(", local ")
        .append(totals.getOrDefault(Level.LOCAL, 0))
        .append('\n');
    List<String> rows = new ArrayList<>();
    counts.forEach(
        (st, m) ->
            rows.add(
                String.format(
                    "  %-3s federal %3d  state %4d  local %3d",
                    st,
                    m.getOrDefault(Level.FEDERAL, 0),
                    m.getOrDefault(Level.STATE, 0),
                    m.getOrDefault(Level.LOCAL, 0))));
    rows.forEach(r -> s.append(r).append('\n'));
    output.print(s.toString());
    return 0;
  }

  /**
   * The online address lookup: where it goes, which lines it asks for today, and how to stop it.
   */
  private static String geocoderText(Style style, Session session) {
    GeocoderSettings g = session.geocoder();
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

  private static Map<String, Object> geocoderJson(Session session) {
    GeocoderSettings g = session.geocoder();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("service", g.baseUrl().toString());
    m.put("vintage", g.vintage().name());
    m.put("lines", g.vintage().lines());
    m.put("switchesAfter", CensusVintage.LAST_DAY_OF_119TH.toString());
    m.put("offline", g.offline());
    return m;
  }

  private static Map<String, Integer> levelMap(Map<Level, Integer> m) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (Level l : Level.values()) {
      out.put(l.key(), m.getOrDefault(l, 0));
    }
    return out;
  }
}
