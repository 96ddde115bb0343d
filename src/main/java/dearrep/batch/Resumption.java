package dearrep.batch;

import dearrep.model.DearrepException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reconciles an interrupted batch's folder with its reports before a resumed run. The reports are
 * the journal: a letter's manifest line is written only after its file was renamed into place, and
 * a row's lines are flushed together. So after a crash at any moment the folder can hold temp
 * files, letter files not yet in the manifest, and a torn last report line; this class drops those,
 * keeps the rows whose every letter is listed and on disk with the listed SHA-256, rewrites both
 * reports with just the kept rows, and says which input lines are done.
 */
final class Resumption {

  /** Input lines already finished (listed in the manifest or in errors). */
  final BitSet done = new BitSet();

  private final BitSet withLetters = new BitSet();
  private final Path dir;
  private final Tally tally;

  private Resumption(Path dir, Tally tally) {
    this.dir = dir;
    this.tally = tally;
  }

  static Resumption reconcile(Path dir, Path state, Tally tally, boolean bundled)
      throws IOException {
    Resumption r = new Resumption(dir, tally);
    clear(state.resolve("tmp"));
    if (bundled) {
      // packets are rebuilt whole from the spool, and listed again
      ReportWriter.create(dir.resolve(BatchRun.MANIFEST), ManifestEntry.HEADER).close();
    } else {
      r.keepManifest(dir.resolve(BatchRun.MANIFEST));
    }
    r.keepErrors(dir.resolve(BatchRun.ERRORS));
    if (!bundled) {
      r.removeOrphans();
    }
    return r;
  }

  private void keepManifest(Path manifest) throws IOException {
    List<ManifestEntry> group = new ArrayList<>();
    rewrite(
        manifest,
        ManifestEntry.HEADER,
        ManifestEntry::of,
        (ManifestEntry e, ReportWriter out) -> {
          if (!group.isEmpty() && group.get(0).line() != e.line()) {
            flushGroup(group, out);
          }
          group.add(e);
        },
        out -> flushGroup(group, out));
  }

  private void flushGroup(List<ManifestEntry> group, ReportWriter out) throws IOException {
    if (group.isEmpty()) {
      return;
    }
    boolean complete = group.size() == group.get(0).lettersInRow();
    for (ManifestEntry e : group) {
      complete &= intact(e);
    }
    if (complete) {
      for (ManifestEntry e : group) {
        out.write(e.cells());
        tally.letter(e);
      }
      long line = group.get(0).line();
      if (!done.get((int) line)) {
        tally.rowsOk++;
        tally.rowsResumed++;
      }
      done.set((int) line);
      withLetters.set((int) line);
      tally.files += group.size();
    }
    group.clear();
  }

  private boolean intact(ManifestEntry e) {
    Path f = dir.resolve(e.file());
    try {
      return Files.isRegularFile(f, OutFolder.NOFOLLOW) && RowWork.sha256(f).equals(e.sha256());
    } catch (IOException ex) {
      return false;
    }
  }

  private void keepErrors(Path errors) throws IOException {
    rewrite(
        errors,
        ErrorEntry.HEADER,
        ErrorEntry::of,
        (ErrorEntry e, ReportWriter out) -> {
          if (!done.get((int) e.line())) {
            out.write(e.cells());
            done.set((int) e.line());
            tally.failure(e.reason());
            tally.rowsResumed++;
          }
        },
        out -> {});
  }

  private void removeOrphans() throws IOException {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path f : files) {
        long line = FileNames.lineOf(f.getFileName().toString());
        if (line >= 0
            && line <= Integer.MAX_VALUE
            && !withLetters.get((int) line)
            && Files.isRegularFile(f, OutFolder.NOFOLLOW)) {
          Files.delete(f);
        }
      }
    }
  }

  /** Copies one complete entry of a report into its new copy. */
  private interface Keep<T> {
    void accept(T entry, ReportWriter out) throws IOException;
  }

  /** Writes what follows the kept entries. */
  private interface End {
    void run(ReportWriter out) throws IOException;
  }

  /**
   * Streams a report's complete lines through {@code keep} into a new copy, then renames the copy
   * over the report. A torn last line (no line break) is dropped.
   */
  private static <T> void rewrite(
      Path report, List<String> header, Function<List<String>, T> parse, Keep<T> keep, End end)
      throws IOException {
    Path copy = report.resolveSibling(report.getFileName() + ".resume");
    try (ReportWriter out = ReportWriter.create(copy, header)) {
      if (Files.isRegularFile(report, OutFolder.NOFOLLOW)) {
        boolean torn = endsTorn(report);
        // damaged bytes read as U+FFFD (not an exception): such a line is dropped as torn
        try (BufferedReader in =
            new BufferedReader(
                new java.io.InputStreamReader(
                    Files.newInputStream(report, OutFolder.NOFOLLOW), StandardCharsets.UTF_8))) {
          in.readLine(); // header
          String line = in.readLine();
          while (line != null) {
            String next = in.readLine();
            if (next != null || !torn) {
              T entry = parseLine(line, header.size(), parse);
              if (entry != null) {
                keep.accept(entry, out);
              }
            }
            line = next;
          }
        }
      }
      end.run(out);
    }
    Files.move(copy, report, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  private static boolean endsTorn(Path report) throws IOException {
    try (var ch = java.nio.channels.FileChannel.open(report)) {
      long size = ch.size();
      if (size == 0) {
        return false;
      }
      var last = java.nio.ByteBuffer.allocate(1);
      ch.read(last, size - 1);
      return last.get(0) != '\n';
    }
  }

  private static <T> T parseLine(String line, int cells, Function<List<String>, T> parse) {
    try (CSVParser p = CSVParser.parse(line, ReportWriter.FORMAT)) {
      List<CSVRecord> records = p.getRecords();
      if (records.size() != 1 || records.get(0).size() != cells) {
        return null; // a torn line
      }
      List<String> values = new ArrayList<>();
      records.get(0).forEach(v -> values.add(ReportCells.unprotect(v)));
      return parse.apply(values);
    } catch (IOException | RuntimeException e) {
      return null; // a damaged line is a torn line: its row is done again
    }
  }

  /** Empties a folder, including the folders in it (the workers' temp folders). */
  static void clear(Path folder) throws IOException {
    if (!Files.isDirectory(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return; // a link is never followed: the folder check refuses it before any run
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
      for (Path f : files) {
        if (Files.isDirectory(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          clear(f);
        }
        Files.delete(f);
      }
    }
  }

  static DearrepException notResumable(Path dir, String why) {
    return DearrepException.badInput("cannot resume in " + dir + ": " + why);
  }
}
