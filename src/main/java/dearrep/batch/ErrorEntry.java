package dearrep.batch;

import java.util.List;

/**
 * One line of {@code errors.csv}: a row that yielded no letters.
 *
 * @param line input line the row starts on
 * @param column the column at fault as the header names it, or ""
 * @param reason stable reason code ("unknown-district")
 * @param detail what was wrong and what would be right, in words
 * @param record the row re-written as one CSV line
 */
record ErrorEntry(long line, String column, String reason, String detail, String record) {

  static final List<String> HEADER = List.of("line", "column", "reason", "detail", "record");

  List<String> cells() {
    return List.of(Long.toString(line), column, reason, detail, record);
  }

  static ErrorEntry of(List<String> c) {
    return new ErrorEntry(Long.parseLong(c.get(0)), c.get(1), c.get(2), c.get(3), c.get(4));
  }
}
