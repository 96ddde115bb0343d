package dearrep.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A layer's table of short codes ({@code 0616}) to OCD division ids, {@code divisions.tsv}. */
final class DivisionCodes {

  private final Map<String, String> ids;
  private final Map<String, String> names;

  private DivisionCodes(Map<String, String> ids, Map<String, String> names) {
    this.names = names;
    this.ids = ids;
  }

  static DivisionCodes read(GeoFiles files, String path) {
    Map<String, String> ids = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    try (InputStream in = TsvFiles.require(files, path);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        String[] f = line.split("\t", -1);
        ids.put(f[0], f[1]);
        if (f.length > 2) {
          names.put(f[0], f[2]);
        }
      }
    } catch (IOException | ArrayIndexOutOfBoundsException e) {
      throw GeoException.data("cannot read " + path + ": " + e.getMessage(), e);
    }
    return new DivisionCodes(ids, names);
  }

  /**
   * Every division id of a code: one, or several where one boundary holds several seats (Idaho's
   * House district 8 is seats 8A and 8B).
   */
  List<String> ids(String code, String path) {
    return List.of(id(code, path).split(" "));
  }

  /** The source's own name of a code ("Assembly District 25"), or "". */
  String name(String code) {
    return names.getOrDefault(code, "");
  }

  String id(String code, String path) {
    String id = ids.get(code);
    if (id == null) {
      throw new GeoException(
          GeoException.Reason.DATA, "geo data corrupt: code " + code + " missing from " + path);
    }
    return id;
  }
}
