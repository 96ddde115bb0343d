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

  /**
   * A line read back on resume.
   *
   * @throws IllegalArgumentException when the line is damaged (resume treats it as torn)
   */
  static ErrorEntry of(List<String> c) {
    return new ErrorEntry(lineNumber(c.get(0)), c.get(1), c.get(2), c.get(3), c.get(4));
  }

  /** An input line number from a report: 2 or more (line 1 is the header), as an int fits. */
  static long lineNumber(String cell) {
    long n = Long.parseLong(cell);
    if (n < 2 || n > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("no such input line: " + cell);
    }
    return n;
  }
}
