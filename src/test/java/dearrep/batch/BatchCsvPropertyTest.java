package dearrep.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dearrep.geo.GeoBundle;
import dearrep.letter.Format;
import dearrep.letter.LetterRenderer;
import dearrep.letter.Position;
import dearrep.letter.TopicCatalog;
import dearrep.lookup.ConstituencyCheck;
import dearrep.lookup.Directory;
import dearrep.lookup.Lookup;
import dearrep.lookup.PlaceLookup;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Whatever the cells hold (quotes, commas, line breaks of every kind, any Unicode, a BOM or not),
 * every row ends up exactly once in the manifest or in errors, on the line where it starts, and a
 * written row keeps its writer's name.
 */
class BatchCsvPropertyTest {

  private static final PlaceLookup PLACES =
      new PlaceLookup(new Lookup(Directory.bundled()), GeoBundle.bundled(), LocalDate.now());
  private static final BatchLetters LETTERS =
      new RenderedLetters(
          TopicCatalog.bundled(), new LetterRenderer(), new ConstituencyCheck(PLACES), true);
  private static final AtomicInteger RUNS = new AtomicInteger();

  @Property(tries = 40)
  void everyRowLandsOnceOnItsOwnLine(
      @ForAll("rows") List<List<String>> rows,
      @ForAll boolean bom,
      @ForAll("separators") String separator)
      throws IOException {
    StringWriter csv = new StringWriter();
    try (CSVPrinter p =
        new CSVPrinter(csv, CSVFormat.DEFAULT.builder().setRecordSeparator(separator).get())) {
      p.printRecord("name", "note", "district", "topic");
      for (List<String> r : rows) {
        p.printRecord(r.get(0), r.get(1), "CA-AD25", "police-staffing");
      }
    }
    byte[] bytes = ((bom ? "\uFEFF" : "") + csv).getBytes(StandardCharsets.UTF_8);
    // what the batch reads: unpaired surrogates become "?" in UTF-8
    String text = new String(bytes, StandardCharsets.UTF_8).substring(bom ? 1 : 0);
    Map<Long, List<String>> byLine = startLines(text);

    Path out = Files.createTempDirectory("batch-prop").resolve("out" + RUNS.incrementAndGet());
    var options =
        BatchOptions.builder(out)
            .topic("")
            .position(Position.SUPPORT)
            .format(Format.TXT)
            .jobs(2)
            .zipPolicy(ZipPolicy.FAIL)
            .build();
    BatchSummary s =
        new BatchRun(options, PLACES, LETTERS)
            .run(new ByteArrayInputStream(bytes), BatchProgress.NONE);

    assertThat(s.rowsRead()).isEqualTo(rows.size());
    Map<Long, String> fate = new HashMap<>();
    for (CSVRecord m : read(out.resolve("manifest.csv"))) {
      long line = Long.parseLong(m.get("line"));
      assertThat(fate.put(line, "ok")).isNull();
      assertThat(ReportCells.unprotect(m.get("supporter")))
          .isEqualTo(byLine.get(line).get(0).strip());
    }
    for (CSVRecord e : read(out.resolve("errors.csv"))) {
      assertThat(fate.put(Long.parseLong(e.get("line")), e.get("reason"))).isNull();
      // a name of only invisible characters passes the batch but not the letter: render-failed;
      // U+FFFF is a noncharacter, read as bytes that are not text: bad-encoding
      assertThat(e.get("reason"))
          .isIn(
              "missing-name",
              "control-characters",
              "field-too-long",
              "render-failed",
              "bad-encoding");
    }
    assertThat(fate.keySet()).isEqualTo(byLine.keySet());
  }

  /**
   * Where each data row starts, counting CRLF, CR and LF as one line break each, as Commons CSV
   * does.
   */
  private static Map<Long, List<String>> startLines(String text) throws IOException {
    Map<Long, List<String>> out = new HashMap<>();
    try (var parser = CSVFormat.DEFAULT.parse(new java.io.StringReader(text))) {
      int i = -1;
      long line = 1;
      long consumed = 0;
      for (CSVRecord r : parser) {
        long start = r.getCharacterPosition();
        line += breaks(text, (int) consumed, (int) start);
        consumed = start;
        if (i >= 0) {
          out.put(line, r.toList());
        }
        i++;
      }
    }
    return out;
  }

  private static long breaks(String s, int from, int to) {
    long n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '\n' && (i == 0 || s.charAt(i - 1) != '\r') || c == '\r') {
        n++;
      }
    }
    return n;
  }

  private static List<CSVRecord> read(Path csv) throws IOException {
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(in)
          .getRecords();
    }
  }

  @Provide
  Arbitrary<List<List<String>>> rows() {
    Arbitrary<String> cell =
        Arbitraries.oneOf(
            Arbitraries.strings().withChars("aé ,\"'\n\r=@+-王ễ\t").ofMaxLength(12),
            Arbitraries.strings().all().ofMaxLength(8),
            Arbitraries.of("José Peña", "Nguyễn Thị Minh", "=SUM(A1)", " ", ""));
    return cell.list().ofSize(2).list().ofMinSize(1).ofMaxSize(6).map(ArrayList::new);
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of("\n", "\r\n");
  }
}
