package dearrep.data;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Locale;

/**
 * The layout of the bundled data folder ({@code data/} in the source tree, {@code dearrep-data/}
 * inside the jar) and the one JSON configuration used to write and read it.
 *
 * <pre>
 * sources.json          list of Dataset: every upstream source, commit, snapshot date, license
 * chambers.csv          the Open States chamber table (titles, seats)
 * people/&lt;st&gt;.json      StateBundle: divisions, people at every level, vacancies
 * people/index.tsv      id, state, name, title, division id: one line per person
 * people/names.tsv      folded name, state, id: the same lines, for name search (dearrep.model.Names)
 * topics/*.yml          letter topics
 * templates/*.mustache  letter and script templates
 * geo/layers.json       manifest of geo layers (kind, form, vintage, validity, files); see dearrep.geo
 * geo/sources.json      list of Dataset: the upstream sources of geo/ (merge into sources.json)
 * geo/zip/NN.tsv        ZIP places by first two digits: zip, city, county, state, lat, lon
 * geo/&lt;layer&gt;/...      per layer: divisions.tsv (code, OCD id, name) and either NN.tsv
 *                       (zip, codes) for a ZIP crosswalk or states.tsv + &lt;st&gt;.bin for boundaries
 * </pre>
 */
public final class BundleFiles {

  /** Resource folder inside the jar that holds the bundle. */
  public static final String JAR_ROOT = "dearrep-data/";

  public static final String SOURCES = "sources.json";
  public static final String CHAMBERS = "chambers.csv";
  public static final String PEOPLE_INDEX = "people/index.tsv";
  public static final String PEOPLE_NAMES = "people/names.tsv";
  public static final String GEO_SOURCES = "geo/sources.json";

  private BundleFiles() {}

  /** Path of one state's bundle, relative to the data root. */
  public static String stateFile(String state) {
    return "people/" + state.toLowerCase(Locale.ROOT) + ".json";
  }

  /**
   * A mapper that writes compact, stable JSON and reads it back leniently. Only record components
   * are written: derived {@code isX()} methods of the model ({@code Office.isCapitol()}, {@code
   * Social.isEmpty()}, …) are not properties.
   */
  public static ObjectMapper json() {
    return new ObjectMapper()
        .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
        .setSerializationInclusion(JsonInclude.Include.NON_EMPTY)
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
        .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
  }
}
