package dearrep.geo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Census TIGER state legislative districts ({@code <ST>_upper.geojson.gz}, one file per state and
 * chamber) to one {@link BoundaryFile} per state ({@code <layer>/ca.bin}), {@code states.tsv},
 * {@code divisions.tsv} (GEOID to division ids) and {@code join.tsv}, the join's report: every
 * feature that is not a district and every division that has no boundary, with the reason.
 *
 * <p>Every feature is joined by {@link SldJoin}; the import fails on the first state whose join is
 * broken, naming it.
 */
final class SldBoundaryImport {

  private final SldJoin join;
  private final CongressIds states;

  SldBoundaryImport(SldJoin join, CongressIds states) {
    this.join = join;
    this.states = states;
  }

  /** Imports every {@code *_<chamber>.geojson.gz} of {@code folder}; returns the feature count. */
  int write(Path folder, String tigerChamber, Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> ds =
        Files.newDirectoryStream(folder, "*_" + tigerChamber + ".geojson.gz")) {
      ds.forEach(files::add);
    }
    files.sort(Comparator.naturalOrder());
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no *_" + tigerChamber + ".geojson.gz in " + folder);
    }
    Map<String, String> codes = new TreeMap<>();
    Map<String, String> names = new TreeMap<>();
    StringBuilder report = new StringBuilder();
    StringBuilder boxes = new StringBuilder();
    int features = 0;
    for (Path file : files) {
      String st = file.getFileName().toString().substring(0, 2);
      String chamber = join.chamber(st, tigerChamber);
      List<BoundaryFile.District> districts = new ArrayList<>();
      Set<String> reached = new HashSet<>();
      for (GeoJsonFeatures.Feature f : GeoJsonFeatures.read(file).features()) {
        features++;
        Map<String, String> p = f.properties();
        String code = p.getOrDefault("SLDUST", p.getOrDefault("SLDLST", ""));
        String geoid = p.getOrDefault("GEOID", "");
        String name = p.getOrDefault("NAMELSAD", "");
        states.checkState(p.getOrDefault("STATEFP", ""), st);
        if (join.notADistrict(code).isPresent()) {
          report.append(
              row("feature", st, chamber, geoid + " " + name, join.notADistrict(code).get()));
          continue;
        }
        List<String> ids = join.ids(st, chamber, code, name);
        for (String id : ids) {
          if (!reached.add(id)) {
            throw new IllegalArgumentException(
                "join broken: " + st + "-" + chamber + " has two boundaries for " + id);
          }
        }
        if (ids.size() > 1) {
          report.append(
              row(
                  "seats",
                  st,
                  chamber,
                  geoid + " " + name,
                  String.join(" ", ids) + ": " + join.seatsRule(st, chamber).orElse("")));
        }
        if (codes.put(geoid, String.join(" ", ids)) != null) {
          throw new IllegalArgumentException("GEOID " + geoid + " appears twice");
        }
        names.put(geoid, name);
        districts.add(new BoundaryFile.District(geoid, GeoJsonFeatures.onGrid(f.polygons())));
      }
      join.checkLeftOver(st, chamber, reached)
          .ifPresent(
              why -> {
                for (SldJoin.Row row : join.divisions(st, chamber)) {
                  if (!reached.contains(row.id())) {
                    report.append(row("division", st, chamber, row.id(), why));
                  }
                }
              });
      districts.sort(Comparator.comparing(BoundaryFile.District::code));
      String state = st.toLowerCase(Locale.ROOT);
      Files.write(dir.resolve(state + ".bin"), BoundaryFile.write(GeoJsonFeatures.GRID, districts));
      boxes.append(BoundaryImport.box(state, GeoJsonFeatures.GRID, districts));
    }
    Files.writeString(dir.resolve("states.tsv"), boxes, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("join.tsv"), report, StandardCharsets.UTF_8);
    DivisionCodes.write(dir, codes, geoid -> GeoImport.clean(names.get(geoid)));
    return features;
  }

  private static String row(String what, String st, String chamber, String subject, String why) {
    return what
        + '\t'
        + st
        + '\t'
        + chamber
        + '\t'
        + GeoImport.clean(subject)
        + '\t'
        + GeoImport.clean(why)
        + '\n';
  }
}
