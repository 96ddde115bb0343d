package dearrep.batch;

import java.nio.file.Path;
import java.util.List;

/**
 * What became of one row: its letters (staged, to publish), its letters to bundle, or the problem
 * that stopped it.
 *
 * @param row the input row
 * @param letters the manifest line of each letter, once written
 * @param staged each letter's file, written to a temp file, in the order of {@code letters}
 * @param toBundle letters for the recipients' packets, with how each recipient was found
 * @param problem why the row failed, or null
 */
record Outcome(
    Row row,
    List<ManifestEntry> letters,
    List<Path> staged,
    List<Bundled> toBundle,
    RowProblem problem) {

  static Outcome staged(Row row, List<ManifestEntry> letters, List<Path> staged) {
    return new Outcome(row, letters, staged, List.of(), null);
  }

  static Outcome bundled(Row row, List<Bundled> requests) {
    return new Outcome(row, List.of(), List.of(), requests, null);
  }

  static Outcome failed(Row row, RowProblem problem) {
    return new Outcome(row, List.of(), List.of(), List.of(), problem);
  }

  /** A letter for a packet, with how its recipient was found ("district CA-AD25"). */
  record Bundled(RowLetter request, String basis) {}
}
