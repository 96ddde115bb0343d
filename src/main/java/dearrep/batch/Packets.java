package dearrep.batch;

import dearrep.letter.Format;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds each recipient's PDF packets from the spool: volumes of at most {@code packetSize}
 * letters, each a cover page then its letters, written to a temp file and renamed, then listed in
 * the manifest (one line per letter, naming its volume). A volume is built and saved before the
 * next is read, so memory holds one volume however many letters a recipient gets.
 *
 * <p>File names: {@code ash-kalra-820619fd-001.pdf}. Two recipients whose names and short ids match
 * (user-added {@code user:district-1} and {@code user:district-2} named alike) get a hash of their
 * full id in the name as well, so no packet ever mixes two officials' letters.
 */
final class Packets {

  private final Spool spool;
  private final BatchLetters letters;
  private final LetterFiles files;
  private final ReportWriter manifest;
  private final Tally tally;
  private final int packetSize;

  Packets(
      Spool spool,
      BatchLetters letters,
      LetterFiles files,
      ReportWriter manifest,
      Tally tally,
      int packetSize) {
    this.spool = spool;
    this.letters = letters;
    this.files = files;
    this.manifest = manifest;
    this.tally = tally;
    this.packetSize = packetSize;
  }

  /** One spooled recipient: its spool file, its letters, and its packets' file-name stem. */
  private record Spooled(Path file, long count, String id, String name) {}

  void writeAll(BatchProgress progress) throws IOException {
    List<Spooled> recipients = new ArrayList<>();
    long total = 0;
    for (Path f : spool.recipients()) {
      Iterator<Spool.Spooled> it = spool.letters(f).iterator();
      if (!it.hasNext()) {
        continue;
      }
      Spool.Spooled first = it.next();
      long n = 1;
      while (it.hasNext()) {
        it.next();
        n++;
      }
      var person = first.request().recipient();
      recipients.add(new Spooled(f, n, person.id(), person.name()));
      total += (n + packetSize - 1) / packetSize;
    }
    Map<String, String> stems = stems(recipients);
    progress.phase("packets", total);
    long done = 0;
    for (Spooled r : recipients) {
      int volumes = (int) ((r.count() + packetSize - 1) / packetSize);
      Iterator<Spool.Spooled> it = spool.letters(r.file()).iterator();
      for (int v = 1; v <= volumes; v++) {
        List<Spool.Spooled> volume = new ArrayList<>(packetSize);
        while (volume.size() < packetSize && it.hasNext()) {
          volume.add(it.next());
        }
        write(volume, stems.get(r.id()) + "-" + String.format("%03d", v), v, volumes);
        progress.update(++done, 0);
      }
    }
  }

  /** Each recipient's name stem; a hash of the full id joins it where two stems would match. */
  private static Map<String, String> stems(List<Spooled> recipients) {
    Map<String, List<String>> byStem = new TreeMap<>();
    Map<String, String> stemOf = new HashMap<>();
    for (Spooled r : recipients) {
      String stem = FileNames.packetStem(r.name(), r.id());
      stemOf.put(r.id(), stem);
      byStem.computeIfAbsent(stem, k -> new ArrayList<>()).add(r.id());
    }
    Map<String, String> out = new HashMap<>();
    stemOf.forEach(
        (id, stem) ->
            out.put(
                id,
                byStem.get(stem).size() > 1 ? stem + "-" + Spool.key(id).substring(0, 8) : stem));
    return out;
  }

  private void write(List<Spool.Spooled> volume, String stem, int part, int parts)
      throws IOException {
    RowLetter first = volume.get(0).request();
    List<String> writers = new ArrayList<>();
    Map<String, Long> byTopic = new TreeMap<>();
    Map<String, Long> byPosition = new TreeMap<>();
    List<RowLetter> requests = new ArrayList<>(volume.size());
    for (Spool.Spooled s : volume) {
      Supporter w = s.request().writer();
      writers.add(w.city().isEmpty() ? w.name() : w.name() + ", " + w.city());
      byTopic.merge(s.request().topic(), 1L, Long::sum);
      byPosition.merge(s.request().position().key(), 1L, Long::sum);
      requests.add(s.request());
    }
    var cover =
        new BatchLetters.Cover(
            first,
            List.copyOf(byTopic.keySet()),
            volume.size(),
            writers,
            byTopic,
            byPosition,
            part,
            parts);
    String name = FileNames.capped(stem, Format.PDF.extension());
    Path temp = files.tempFile();
    BatchLetters.Packet made;
    try (OutputStream out = OutFolder.write(temp, StandardOpenOption.TRUNCATE_EXISTING)) {
      made = letters.packet(cover, requests, out);
    }
    tally.pages += made.pages();
    tally.lettersOverOnePage += made.lettersOverOnePage();
    Path target = files.resolve(name);
    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    String sha = RowWork.sha256(target);
    for (Spool.Spooled s : volume) {
      RowLetter q = s.request();
      ManifestEntry e =
          new ManifestEntry(
              s.line(),
              q.writer().id(),
              q.writer().name(),
              q.recipient().id(),
              q.recipient().name(),
              q.role().level().key(),
              q.topic(),
              q.position().key(),
              s.basis(),
              name,
              sha,
              s.lettersInRow(),
              letters.constituency(q).verdict(),
              q.role().roleStatus());
      manifest.write(e.cells());
      tally.letter(e);
    }
    manifest.flush();
    tally.files++;
  }
}
