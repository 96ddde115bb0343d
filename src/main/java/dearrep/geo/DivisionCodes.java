package dearrep.geo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A layer's table of short codes ({@code 0616}) to OCD division ids, {@code divisions.tsv}: one
 * line per code, {@code code TAB id [TAB name]}.
 *
 * <p>The file is kept as bytes and a code's line is found when it is first asked for. A lookup
 * needs two or three codes of a table that lists every district in the country (the state house
 * table has 5,000 lines, 350 kB): splitting every line into a map cost a cold point or ZIP lookup
 * 10–20 ms per table.
 */
final class DivisionCodes {

  private final String path;
  private final byte[] bytes;
  // The bytes as Latin-1 text: one char per byte, so String.indexOf finds byte offsets quickly.
  private final String latin1;
  private final Map<String, String[]> found = new HashMap<>();

  private DivisionCodes(String path, byte[] bytes) {
    this.path = path;
    this.bytes = bytes;
    this.latin1 = "\n" + new String(bytes, StandardCharsets.ISO_8859_1);
  }

  /** The file name of the table in a layer's folder. */
  static final String FILE = "divisions.tsv";

  /**
   * Writes a layer's table into {@code dir}: one line per code, in the map's order, with its
   * division ids and {@code nameOf(code)} (may be "").
   */
  static void write(Path dir, Map<String, String> idsByCode, Function<String, String> nameOf)
      throws IOException {
    StringBuilder table = new StringBuilder();
    idsByCode.forEach(
        (code, ids) ->
            table
                .append(code)
                .append('\t')
                .append(ids)
                .append('\t')
                .append(nameOf.apply(code))
                .append('\n'));
    Files.writeString(dir.resolve(FILE), table, StandardCharsets.UTF_8);
  }

  static DivisionCodes read(GeoFiles files, String path) {
    try (InputStream in = TsvFiles.require(files, path)) {
      return new DivisionCodes(path, in.readAllBytes());
    } catch (IOException e) {
      throw GeoException.data("cannot read " + path + ": " + e.getMessage(), e);
    }
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
    String[] f = line(code);
    return f != null && f.length > 2 ? f[2] : "";
  }

  String id(String code, String path) {
    String[] f = line(code);
    if (f == null) {
      throw new GeoException(
          GeoException.Reason.DATA, "geo data corrupt: code " + code + " missing from " + path);
    }
    return f[1];
  }

  /** The fields of the code's line, or null when the table has no such code. */
  private String[] line(String code) {
    return found.computeIfAbsent(code, this::find);
  }

  private String[] find(String code) {
    int at =
        latin1.indexOf(
            "\n"
                + new String(code.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)
                + "\t");
    if (at < 0) {
      return null;
    }
    int start = at; // the leading "\n" in latin1 shifts offsets by one
    int end = start;
    while (end < bytes.length && bytes[end] != '\n') {
      end++;
    }
    String[] f = new String(bytes, start, end - start, StandardCharsets.UTF_8).split("\t", -1);
    if (f.length < 2) {
      throw GeoException.data("cannot read " + path + ": the line of " + code + " has no id", null);
    }
    return f;
  }
}
