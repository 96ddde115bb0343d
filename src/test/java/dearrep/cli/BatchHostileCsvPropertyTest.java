package dearrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Issue 13's contract for hostile CSVs, checked on generated files run through {@code batch} as a
 * user runs it: random bytes, stray and unclosed quotes, text after a closing quote, bytes that are
 * not UTF-8, NUL bytes, a BOM, quoted headers, CRLF or LF. Whatever the bytes: every non-blank
 * input record is in {@code manifest.csv} or {@code errors.csv} exactly once, on the line where it
 * starts; no path outside OUT changes; the exit code is 0, 2 or 4.
 *
 * <p>The generator knows where each record starts. An unclosed quote is only ever the last record:
 * followed by more lines, where it ends is a matter of reading (the batch fails its first line and
 * reads on, which {@code BatchHostileInputTest} shows).
 */
class BatchHostileCsvPropertyTest {

  /** One generated record: its bytes (without the line break after it) and whether it is blank. */
  record Piece(byte[] bytes, boolean blank) {
    @Override
    public String toString() {
      return new String(bytes, StandardCharsets.ISO_8859_1)
          .replace("\n", "\\n")
          .replace("\r", "\\r");
    }

    long breaks() {
      long n = 0;
      for (int i = 0; i < bytes.length; i++) {
        if (bytes[i] == '\n' && (i == 0 || bytes[i - 1] != '\r') || bytes[i] == '\r') {
          n++;
        }
      }
      return n;
    }
  }

  @Property(tries = 30)
  void everyRecordLandsOnceAndNothingOutsideOutChanges(
      @ForAll("pieces") List<Piece> pieces,
      @ForAll("lastPiece") Piece last,
      @ForAll boolean bom,
      @ForAll boolean quotedHeader,
      @ForAll boolean crlf)
      throws IOException {
    Path root = Files.createTempDirectory("hostile-csv");
    String eol = crlf ? "\r\n" : "\n";
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    if (bom) {
      csv.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    csv.write(
        (quotedHeader ? "\"name\",\"district\",\"topic\"" : "name,district,topic")
            .getBytes(StandardCharsets.UTF_8));
    csv.write(eol.getBytes(StandardCharsets.US_ASCII));
    List<Piece> all = new ArrayList<>(pieces);
    all.add(last);
    TreeSet<Long> expected = new TreeSet<>();
    long line = 2;
    for (Piece p : all) {
      if (!p.blank()) {
        expected.add(line);
      }
      csv.write(p.bytes());
      csv.write(eol.getBytes(StandardCharsets.US_ASCII));
      line += p.breaks() + 1;
    }
    Path input = Files.write(root.resolve("supporters.csv"), csv.toByteArray());
    Path out = root.resolve("out");
    Map<String, String> before = snapshot(root);

    var r = Cli.run("batch", input.toString(), "-o", out.toString(), "--levels", "state");

    assertThat(r.exitCode()).as(r.err()).isIn(0, 2, 4);
    Map<String, String> after = snapshot(root);
    // OUT's parent gains OUT (its own time changes with that); everything else must be as it was
    after.keySet().removeIf(k -> k.startsWith("out") || k.isEmpty());
    before.remove("");
    assertThat(after).isEqualTo(before);
    if (r.exitCode() == 2) {
      return; // nothing written is the contract for bad usage
    }
    Map<Long, Integer> seen = new HashMap<>();
    java.util.Set<Long> manifestRows = new java.util.HashSet<>();
    for (CSVRecord m : BatchCommandTest.read(out.resolve("manifest.csv"))) {
      manifestRows.add(Long.parseLong(m.get("line")));
    }
    manifestRows.forEach(l -> seen.merge(l, 1, Integer::sum));
    for (CSVRecord e : BatchCommandTest.read(out.resolve("errors.csv"))) {
      seen.merge(Long.parseLong(e.get("line")), 1, Integer::sum);
    }
    assertThat(new TreeSet<>(seen.keySet())).as(r.err()).isEqualTo(expected);
    assertThat(seen.values()).allMatch(n -> n == 1);
    assertThat(r.err()).doesNotContain("unexpected");
    Files.walk(root).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
  }

  /** Every path under {@code root} with its size and modification time. */
  private static Map<String, String> snapshot(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.toList()) {
        BasicFileAttributes a =
            Files.readAttributes(
                f, BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        out.put(root.relativize(f).toString(), a.size() + " " + a.lastModifiedTime());
      }
    }
    return out;
  }

  @Provide
  Arbitrary<List<Piece>> pieces() {
    return Arbitraries.oneOf(
            good(),
            good(),
            fixed("\"Bob\"x,CA-AD25,police-staffing"),
            fixed("Bo\"b,CA-AD25,police-staffing"),
            fixed("Ann,CA-AD25,police-staffing,\"\"\"x\"\"\""),
            bytes(new byte[] {'J', 'o', 's', (byte) 0xE9, ',', 'C', 'A', '-', 'A', 'D', '2', '5'}),
            bytes(new byte[] {0, 0, 0, ',', 'x'}),
            randomLine(),
            Arbitraries.just(new Piece(new byte[0], true)))
        .list()
        .ofMaxSize(12);
  }

  @Provide
  Arbitrary<Piece> lastPiece() {
    return Arbitraries.oneOf(good(), fixed("Zed,CA-AD25,\"police"), randomLine());
  }

  private static Arbitrary<Piece> fixed(String text) {
    return Arbitraries.just(new Piece(text.getBytes(StandardCharsets.UTF_8), false));
  }

  private static Arbitrary<Piece> bytes(byte[] b) {
    return Arbitraries.just(new Piece(b, false));
  }

  /** A line of random bytes: no line break and no quote, so it is one record whatever it holds. */
  private static Arbitrary<Piece> randomLine() {
    return Arbitraries.bytes()
        .filter(b -> b != '\n' && b != '\r' && b != '"')
        .array(byte[].class)
        .ofMinSize(1)
        .ofMaxSize(40)
        .map(b -> new Piece(b, false));
  }

  /** A well-formed row whose name holds anything: quotes, commas, line breaks, any Unicode. */
  private static Arbitrary<Piece> good() {
    Arbitrary<String> name =
        Arbitraries.oneOf(
            Arbitraries.strings()
                .withChars("aé ,\"'\n\r=@王ễ\t\u0007")
                .ofMinLength(1)
                .ofMaxLength(12),
            Arbitraries.of("José Peña", "Nguyễn Thị Minh", "=SUM(A1)", "O'Brien, Pat"));
    Arbitrary<String> district = Arbitraries.of("CA-AD25", "CA-AD99", "CA-SD15", "nowhere");
    return Combinators.combine(name, district)
        .as(
            (n, d) -> {
              StringWriter w = new StringWriter();
              try (CSVPrinter p =
                  new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("").get())) {
                p.printRecord(n, d, "police-staffing");
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
              return new Piece(w.toString().getBytes(StandardCharsets.UTF_8), false);
            });
  }
}
