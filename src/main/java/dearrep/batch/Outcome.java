package dearrep.batch;

import java.util.List;

/** What became of one row: its letters (written, or to bundle), or the problem that stopped it. */
record Outcome(Row row, List<ManifestEntry> letters, List<LetterRequest> toBundle, RowProblem problem) {

  static Outcome written(Row row, List<ManifestEntry> letters) {
    return new Outcome(row, letters, List.of(), null);
  }

  static Outcome bundled(Row row, List<LetterRequest> requests) {
    return new Outcome(row, List.of(), requests, null);
  }

  static Outcome failed(Row row, RowProblem problem) {
    return new Outcome(row, List.of(), List.of(), problem);
  }
}
