package dearrep.batch;

import java.util.List;

/**
 * What became of one row: its rendered letters (to write), its letters to bundle, or the problem
 * that stopped it.
 *
 * @param row the input row
 * @param letters the manifest line of each letter, once written
 * @param bodies each letter's bytes, in the order of {@code letters}
 * @param toBundle letters for the recipients' packets
 * @param problem why the row failed, or null
 */
record Outcome(Row row, List<ManifestEntry> letters, List<byte[]> bodies, List<LetterRequest> toBundle, RowProblem problem) {

  static Outcome rendered(Row row, List<ManifestEntry> letters, List<byte[]> bodies) {
    return new Outcome(row, letters, bodies, List.of(), null);
  }

  static Outcome bundled(Row row, List<LetterRequest> requests) {
    return new Outcome(row, List.of(), List.of(), requests, null);
  }

  static Outcome failed(Row row, RowProblem problem) {
    return new Outcome(row, List.of(), List.of(), List.of(), problem);
  }
}
