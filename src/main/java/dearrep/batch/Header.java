package dearrep.batch;

import dearrep.model.DearrepException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which input column holds which field. Built from the header row; a header that lacks what every
 * row needs stops the run before anything is written.
 */
final class Header {

  private final Map<Column, Integer> index;
  private final List<String> names;

  private Header(Map<Column, Integer> index, List<String> names) {
    this.index = index;
    this.names = names;
  }

  /**
   * Reads the header row.
   *
   * @param topicGiven whether {@code --topic} supplies a topic for rows without one
   * @throws DearrepException (bad input) listing the columns found and the ones expected
   */
  static Header of(List<String> cells, boolean topicGiven) {
    Map<Column, Integer> index = new EnumMap<>(Column.class);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      String cell = i == 0 ? stripBom(cells.get(i)) : cells.get(i);
      names.add(cell);
      String key = Column.normalize(cell);
      for (Column c : Column.values()) {
        if (c.aliases.contains(key)) {
          if (index.containsKey(c)) {
            throw DearrepException.badInput(
                "columns '"
                    + names.get(index.get(c))
                    + "' and '"
                    + cell
                    + "' both give "
                    + c.header()
                    + ": keep one");
          }
          index.put(c, i);
        }
      }
    }
    List<String> missing = new ArrayList<>();
    if (!index.containsKey(Column.NAME)
        && !(index.containsKey(Column.FIRST_NAME) && index.containsKey(Column.LAST_NAME))) {
      missing.add("name (or first_name and last_name)");
    }
    boolean point = index.containsKey(Column.LAT) && index.containsKey(Column.LON);
    if (!index.containsKey(Column.DISTRICT)
        && !index.containsKey(Column.TO)
        && !index.containsKey(Column.ZIP)
        && !point) {
      missing.add("a recipient column: district, to, zip, or lat and lon");
    }
    if (!topicGiven && !index.containsKey(Column.TOPIC)) {
      missing.add("topic (or give --topic)");
    }
    if (!missing.isEmpty()) {
      throw DearrepException.badInput(
          "the CSV lacks required columns: missing "
              + String.join("; ", missing)
              + ". Found: "
              + (names.isEmpty()
                  ? "(no header)"
                  : String.join(", ", names.stream().map(DearrepException::shown).toList()))
              + ". Expected: name or first_name+last_name; district, to, zip or lat+lon; optional street,"
              + " city, state, zip, email, topic, position, note, id (case-insensitive).");
    }
    return new Header(index, List.copyOf(names));
  }

  private static String stripBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  boolean has(Column c) {
    return index.containsKey(c);
  }

  /** The cell of column {@code c} in a record, "" when the column or the cell is absent. */
  String get(List<String> record, Column c) {
    Integer i = index.get(c);
    return i == null || i >= record.size() ? "" : record.get(i);
  }

  /** The header as the file wrote it, for messages. */
  String name(Column c) {
    Integer i = index.get(c);
    return i == null ? c.header() : names.get(i);
  }

  int size() {
    return names.size();
  }
}
