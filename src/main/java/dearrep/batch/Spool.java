package dearrep.batch;

import dearrep.letter.Language;
import dearrep.letter.Position;
import dearrep.lookup.Lookup;
import dearrep.model.Person;
import dearrep.model.Role;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Letters waiting for their recipient's packet: one small CSV per recipient on disk (so memory
 * stays flat), and a journal of the input lines whose letters are all spooled, which is what a
 * resumed run trusts. Packets are built from the spool once the input is read; the spool stays in
 * {@code .dearrep/} so a resumed run can rebuild every packet whole.
 */
final class Spool implements Closeable {

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
  private static final String JOURNAL = "spooled.txt";
  private static final int FIELDS = 18;

  private final Path dir;
  private final Lookup lookup;
  private final BitSet done = new BitSet();
  private final Writer journal;
  private final LocalDate date;

  private Spool(Path dir, Lookup lookup, Writer journal, LocalDate date) {
    this.date = date;
    this.dir = dir;
    this.lookup = lookup;
    this.journal = journal;
  }

  static Spool open(Path dir, boolean resume, Lookup lookup, Tally tally, LocalDate date)
      throws IOException {
    Files.createDirectories(dir);
    Path journalFile = dir.resolveSibling(JOURNAL);
    BitSet done = new BitSet();
    if (resume && Files.exists(journalFile)) {
      String text = Files.readString(journalFile, StandardCharsets.UTF_8);
      // a torn last line could read as another line's number: only whole lines count
      for (String line : text.substring(0, text.lastIndexOf('\n') + 1).split("\n")) {
        if (line.matches("\\d{1,9}")) {
          done.set(Integer.parseInt(line));
        }
      }
      // drop spooled letters of rows the journal does not list (the crash came mid-row)
      try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.csv")) {
        for (Path f : files) {
          keepOnly(f, done);
        }
      }
      StringBuilder kept = new StringBuilder();
      done.stream().forEach(n -> kept.append(n).append('\n'));
      try (Writer w =
          new java.io.OutputStreamWriter(
              OutFolder.write(journalFile, StandardOpenOption.TRUNCATE_EXISTING),
              StandardCharsets.UTF_8)) {
        w.write(kept.toString());
      }
      tally.rowsOk += done.cardinality();
      tally.rowsResumed += done.cardinality();
    } else {
      Resumption.clear(dir);
      Files.deleteIfExists(journalFile);
    }
    Writer journal =
        new java.io.BufferedWriter(
            new java.io.OutputStreamWriter(
                OutFolder.write(journalFile, StandardOpenOption.APPEND), StandardCharsets.UTF_8));
    Spool spool = new Spool(dir, lookup, journal, date);
    spool.done.or(done);
    return spool;
  }

  BitSet done() {
    return (BitSet) done.clone();
  }

  /**
   * Spools a row's letters, then journals the row. Each recipient's file is named by a hash of the
   * full person id, so officials whose names and id prefixes match never share a packet.
   */
  void add(long line, List<Outcome.Bundled> requests) throws IOException {
    for (Outcome.Bundled b : requests) {
      RowLetter q = b.request();
      Path f = dir.resolve(key(q.recipient().id()) + ".csv");
      try (Writer w =
              new java.io.OutputStreamWriter(
                  new java.io.BufferedOutputStream(OutFolder.write(f, StandardOpenOption.APPEND)),
                  StandardCharsets.UTF_8);
          CSVPrinter p = new CSVPrinter(w, FORMAT)) {
        Supporter s = q.writer();
        p.printRecord(
            line,
            q.recipient().id(),
            q.role().divisionId(),
            q.topic(),
            q.position().key(),
            s.id(),
            s.name(),
            s.street(),
            s.city(),
            s.state(),
            s.zip(),
            s.email(),
            s.note(),
            b.basis(),
            requests.size(),
            q.language().code(),
            s.lat(),
            s.lon());
      }
    }
    journal.write(line + "\n");
  }

  void flush() throws IOException {
    journal.flush();
  }

  /** The spooled recipients, one file each, in name order. */
  List<Path> recipients() throws IOException {
    List<Path> out = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.csv")) {
      files.forEach(out::add);
    }
    out.sort(null);
    return out;
  }

  /** A spool file's name: the first 32 hex digits of the SHA-256 of the full person id. */
  static String key(String personId) {
    try {
      byte[] h =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(personId.getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(h, 0, 16);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A spooled letter with the input line it came from, how its recipient was found, and how many
   * letters its row gave.
   */
  record Spooled(long line, RowLetter request, String basis, int lettersInRow) {}

  /** Reads one recipient's spooled letters, in spool order; the person is looked up once. */
  Iterable<Spooled> letters(Path file) {
    return () -> {
      try {
        Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.builder().setReader(r).setFormat(FORMAT).get();
        Iterator<CSVRecord> it = parser.iterator();
        return new Iterator<>() {
          Person person;

          @Override
          public boolean hasNext() {
            boolean more = it.hasNext();
            if (!more) {
              try {
                parser.close();
              } catch (IOException e) {
                // read-only
              }
            }
            return more;
          }

          @Override
          public Spooled next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            CSVRecord c = it.next();
            if (person == null) {
              synchronized (lookup) {
                person = lookup.person(c.get(1));
              }
            }
            Role role =
                person.roles().stream()
                    .filter(x -> x.divisionId().equals(c.get(2)))
                    .findFirst()
                    .orElse(person.primaryRole());
            Supporter s =
                new Supporter(
                    c.get(5), c.get(6), c.get(7), c.get(8), c.get(9), c.get(10), c.get(11),
                    c.get(12), c.get(16), c.get(17));
            return new Spooled(
                Long.parseLong(c.get(0)),
                new RowLetter(
                    s,
                    person,
                    role,
                    c.get(3),
                    Position.parse(c.get(4)),
                    date,
                    Language.parse(c.get(15))),
                c.get(13),
                Integer.parseInt(c.get(14)));
          }
        };
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    };
  }

  private static void keepOnly(Path f, BitSet done) throws IOException {
    Path copy = f.resolveSibling(f.getFileName() + ".keep");
    try (BufferedReader in = Files.newBufferedReader(f, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.builder().setReader(in).setFormat(FORMAT).get();
        Writer w =
            new java.io.OutputStreamWriter(
                OutFolder.write(copy, StandardOpenOption.TRUNCATE_EXISTING),
                StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, FORMAT)) {
      for (CSVRecord c : parser) {
        if (c.size() == FIELDS
            && c.get(0).matches("\\d{1,9}")
            && c.get(14).matches("\\d{1,9}")
            && done.get(Integer.parseInt(c.get(0)))) {
          p.printRecord(c.toList());
        }
      }
    } catch (java.io.UncheckedIOException e) {
      // a torn last record: everything before it was copied
    }
    Files.move(copy, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public void close() throws IOException {
    journal.close();
  }
}
