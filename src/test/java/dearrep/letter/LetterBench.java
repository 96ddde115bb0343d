package dearrep.letter;

import dearrep.model.Person;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Renders N letters in each format in one process and prints letters per second (run by
 * scripts/bench-letters). PDF letters all go into one combined document, as a batch packet does.
 */
public final class LetterBench {

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    Path outDir = Files.createTempDirectory("dearrep-bench-");
    TopicCatalog topics = TopicCatalog.bundled();
    List<Topic> all = topics.all();
    List<Person> people = List.of(Officials.kalra(), Officials.padilla(), Officials.mahan());
    LetterRenderer renderer = new LetterRenderer(ZoneId.of("America/Los_Angeles"));
    LocalDate date = LocalDate.of(2026, 11, 23);
    String[] names = {"José Peña", "Nguyễn Thị Minh Khai", "Zoë Ångström", "Ana Li"};
    System.out.printf(
        Locale.ROOT, "%-6s %8s %10s %12s%n", "format", "letters", "seconds", "letters/s");
    for (Format f : Format.values()) {
      // Warm up the JIT on a few hundred letters first, as a long batch would be warm.
      run(f, 300, all, people, names, renderer, date, outDir);
      long start = System.nanoTime();
      long extra = run(f, n, all, people, names, renderer, date, outDir);
      double s = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "%-6s %8d %10.2f %12.0f%s%n",
          f.extension(),
          n,
          s,
          n / s,
          f == Format.PDF
              ? String.format(
                  Locale.ROOT, "   (%d pages into one file: %.0f pages/s)", extra, extra / s)
              : "");
    }
    try (var files = Files.list(outDir)) {
      for (Path p : files.toList()) {
        Files.delete(p);
      }
    }
    Files.delete(outDir);
  }

  private static long run(
      Format f,
      int n,
      List<Topic> topics,
      List<Person> people,
      String[] names,
      LetterRenderer renderer,
      LocalDate date,
      Path outDir)
      throws Exception {
    long bytes = 0;
    PdfLetterWriter pdf = f == Format.PDF ? new PdfLetterWriter() : null;
    for (int i = 0; i < n; i++) {
      Sender s =
          new Sender(
              names[i % names.length] + " " + i,
              i + " Main St.",
              "San Jose",
              "CA",
              "95113",
              "writer" + i + "@example.org");
      Letter letter =
          Letter.compose(
              new LetterRequest(
                  people.get(i % people.size()),
                  topics.get(i % topics.size()),
                  Position.values()[i % 3],
                  s,
                  i % 5 == 0 ? "A note of my own, number " + i + "." : "",
                  OfficeChoice.DISTRICT,
                  date,
                  Standing.constituent("95113", "CA")));
      if (pdf != null) {
        pdf.add(letter);
      } else {
        bytes += renderer.render(letter, f).length;
      }
    }
    if (pdf != null) {
      long pages = pdf.pageCount();
      long t = System.nanoTime();
      pdf.save(outDir.resolve("bench-" + n + ".pdf"));
      if (n > 1000) {
        System.out.printf(
            Locale.ROOT,
            "       (of which saving the PDF: %.2f s)%n",
            (System.nanoTime() - t) / 1e9);
      }
      pdf.close();
      return pages;
    }
    return bytes;
  }
}
