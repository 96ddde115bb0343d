package dearrep.batch;

import dearrep.letter.Format;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds one PDF packet per recipient from the spool: a cover page, then the letters; written to a
 * temp file and renamed, then listed in the manifest (one line per letter, all naming the packet).
 */
final class Packets {

  private final Spool spool;
  private final BatchLetters letters;
  private final LetterFiles files;
  private final ReportWriter manifest;
  private final Tally tally;

  Packets(
      Spool spool, BatchLetters letters, LetterFiles files, ReportWriter manifest, Tally tally) {
    this.spool = spool;
    this.letters = letters;
    this.files = files;
    this.manifest = manifest;
    this.tally = tally;
  }

  void writeAll() throws IOException {
    for (Path recipient : spool.recipients()) {
      write(recipient);
    }
  }

  private void write(Path spooled) throws IOException {
    List<String> writers = new ArrayList<>();
    Set<String> topics = new LinkedHashSet<>();
    LetterRequest first = null;
    for (Spool.Spooled s : spool.letters(spooled)) {
      first = first == null ? s.request() : first;
      Supporter w = s.request().writer();
      writers.add(w.city().isEmpty() ? w.name() : w.name() + ", " + w.city());
      topics.add(s.request().topic());
    }
    if (first == null) {
      return;
    }
    var cover = new BatchLetters.Cover(first, List.copyOf(topics), writers.size(), writers);
    String name =
        FileNames.packet(first.recipient().name(), first.recipient().id(), Format.PDF.extension());
    Path temp = files.tempFile();
    try (OutputStream out = Files.newOutputStream(temp)) {
      tally.pages += letters.packet(cover, requests(spool.letters(spooled)), out);
    }
    Path target = files.resolve(name);
    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    String sha = RowWork.sha256(target);
    for (Spool.Spooled s : spool.letters(spooled)) {
      LetterRequest q = s.request();
      ManifestEntry e =
          new ManifestEntry(
              s.line(),
              q.writer().id(),
              q.writer().name(),
              q.recipient().id(),
              q.recipient().name(),
              q.role().level().key(),
              q.topic(),
              q.position(),
              "packet",
              name,
              sha,
              0,
              q.role().roleStatus());
      manifest.write(e.cells());
      tally.letter(e);
    }
    manifest.flush();
    tally.files++;
  }

  private static Iterable<LetterRequest> requests(Iterable<Spool.Spooled> spooled) {
    return () -> {
      Iterator<Spool.Spooled> it = spooled.iterator();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return it.hasNext();
        }

        @Override
        public LetterRequest next() {
          return it.next().request();
        }
      };
    };
  }
}
