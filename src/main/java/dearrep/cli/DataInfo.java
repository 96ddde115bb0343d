package dearrep.cli;

import dearrep.geo.GeoBundle;
import dearrep.geo.GeoLayer;
import dearrep.geocode.GeocoderSettings;
import dearrep.lookup.Directory;
import dearrep.model.Dataset;
import dearrep.model.Level;
import dearrep.model.Person;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What {@code data info} reports, gathered once; {@link DataInfoView} lays it out as text and
 * {@link DataInfoJson} as JSON.
 *
 * @param peopleData which people data is in use ({@link PeopleDataInUse#describe})
 * @param sources the datasets of the bundle and the user's folder
 * @param layers the bundled geographic layers
 * @param userLayers the boundary layers the user imported
 * @param userDir the user's data folder, or null when there is none
 * @param byState officials per level, by state code in order
 * @param totals officials per level over every state
 * @param geocoder the online address lookup's settings
 * @param today the day notices are reckoned from
 */
record DataInfo(
    Map<String, Object> peopleData,
    List<Dataset> sources,
    List<GeoLayer> layers,
    List<GeoLayer> userLayers,
    Path userDir,
    Map<String, Map<Level, Integer>> byState,
    Map<Level, Integer> totals,
    GeocoderSettings geocoder,
    LocalDate today) {

  static DataInfo of(Directory directory, Path userDir, GeocoderSettings geocoder) {
    Map<String, Map<Level, Integer>> counts = new TreeMap<>();
    Map<Level, Integer> totals = new EnumMap<>(Level.class);
    for (String code : directory.stateCodes()) {
      Map<Level, Integer> byLevel = new EnumMap<>(Level.class);
      for (Person p : directory.state(code).people()) {
        Level level = p.roles().isEmpty() ? Level.STATE : p.primaryRole().level();
        byLevel.merge(level, 1, Integer::sum);
        totals.merge(level, 1, Integer::sum);
      }
      counts.put(code, Collections.unmodifiableMap(byLevel));
    }
    GeoBundle geo = GeoBundle.bundled(Optional.ofNullable(userDir));
    return new DataInfo(
        PeopleDataInUse.describe(directory),
        directory.datasets(),
        geo.layers().layers(),
        geo.userLayers(),
        userDir,
        Collections.unmodifiableMap(counts),
        Collections.unmodifiableMap(totals),
        geocoder,
        GeoLayer.today());
  }

  /** Officials of {@code level} in {@code counts}, 0 when none. */
  static int count(Map<Level, Integer> counts, Level level) {
    return counts.getOrDefault(level, 0);
  }
}
