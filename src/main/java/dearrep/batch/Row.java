package dearrep.batch;

import java.util.List;

/**
 * One input record and where it starts.
 *
 * @param line the physical input line the record starts on (the header is line 1)
 * @param cells the record's cells (for a record that could not be read, its text, shortened)
 * @param problem why the record could not be read, or null
 */
record Row(long line, List<String> cells, RowProblem problem) {

  Row(long line, List<String> cells) {
    this(line, cells, null);
  }

  /** The record re-written as one CSV line, for {@code errors.csv}. */
  String raw() {
    return ReportWriter.FORMAT.format(cells.toArray());
  }
}
