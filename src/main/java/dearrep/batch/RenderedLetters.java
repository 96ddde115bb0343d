package dearrep.batch;

import dearrep.geo.Coordinates;
import dearrep.letter.Format;
import dearrep.letter.Letter;
import dearrep.letter.LetterException;
import dearrep.letter.LetterRenderer;
import dearrep.letter.OfficeChoice;
import dearrep.letter.PdfLetterWriter;
import dearrep.letter.Standing;
import dearrep.letter.Topic;
import dearrep.letter.TopicCatalog;
import dearrep.lookup.ConstituencyCheck;
import dearrep.model.Office;
import dearrep.model.Role;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

/** The batch's letters from the letter package: its templates, forms of address and PDF writer. */
public final class RenderedLetters implements BatchLetters {

  private final TopicCatalog topics;
  private final LetterRenderer renderer;
  private final ConstituencyCheck check;
  private final boolean notConstituent;

  /**
   * @param check places writers in districts
   * @param notConstituent letters may go to districts the writer is outside of, and say so
   */
  public RenderedLetters(
      TopicCatalog topics,
      LetterRenderer renderer,
      ConstituencyCheck check,
      boolean notConstituent) {
    this.topics = topics;
    this.renderer = renderer;
    this.check = check;
    this.notConstituent = notConstituent;
  }

  @Override
  public Constituency constituency(RowLetter request) {
    ConstituencyCheck.Result r = check.check(place(request.writer()), request.role());
    boolean writable = standing(request, r).isPresent();
    return new Constituency(
        r.verdict().key(),
        writable,
        writable
            ? ""
            : "not a constituent of "
                + request.recipient().name()
                + ": "
                + r.reason()
                + " (run with --not-constituent to write anyway)");
  }

  // a row placed by coordinates is checked at its point; otherwise by the writer's ZIP code
  private static ConstituencyCheck.WriterPlace place(Supporter w) {
    if (!w.lat().isEmpty() && !w.lon().isEmpty()) {
      try {
        return new ConstituencyCheck.WriterPlace.Point(Coordinates.parse(w.lat(), w.lon()));
      } catch (RuntimeException e) {
        // bad coordinates fail the row when recipients are found; fall back to the ZIP here
      }
    }
    return ConstituencyCheck.WriterPlace.ofZip(w.zip());
  }

  private Optional<Standing> standing(RowLetter request, ConstituencyCheck.Result r) {
    Supporter w = request.writer();
    return Standing.decide(r, request.role(), w.zip(), w.state(), notConstituent);
  }

  @Override
  public Optional<String> topicId(String text) {
    return topics.find(text).map(Topic::id);
  }

  @Override
  public void check(RowLetter request) {
    mailable(compose(request), Format.PDF);
  }

  @Override
  public byte[] render(RowLetter request, Format format) {
    return renderer.render(mailable(compose(request), format), format);
  }

  // A postal letter with no address to mail it to would be written without a word: say so.
  private static Letter mailable(Letter letter, Format format) {
    if (format != Format.EML && !letter.hasPostalAddress()) {
      throw new LetterException(
          letter.recipientName() + " has no postal address in the data: use --format eml");
    }
    return letter;
  }

  @Override
  public Packet packet(Cover cover, Iterable<RowLetter> letters, OutputStream out) {
    try (PdfLetterWriter pdf = new PdfLetterWriter(true)) {
      RowLetter first = cover.recipient();
      pdf.addText(coverText(cover, office(first, letters)), first.recipient().name());
      int long_ = 0;
      for (RowLetter r : letters) {
        if (pdf.add(compose(r)) > 1) {
          long_++;
        }
      }
      pdf.save(out);
      return new Packet(pdf.pageCount(), long_);
    }
  }

  /**
   * The office the packet goes to: the one its letters are addressed to (each letter names the
   * office nearest its writer; when those differ, the one most letters name, first seen on a tie).
   */
  private static Optional<Office> office(RowLetter first, Iterable<RowLetter> letters) {
    java.util.Map<Office, Integer> votes = new java.util.LinkedHashMap<>();
    for (RowLetter r : letters) {
      OfficeChoice.DISTRICT
          .pick(r.recipient(), r.writer().zip())
          .ifPresent(o -> votes.merge(o, 1, Integer::sum));
    }
    return votes.entrySet().stream()
        .max(java.util.Map.Entry.comparingByValue())
        .map(java.util.Map.Entry::getKey)
        .or(() -> OfficeChoice.DISTRICT.pick(first.recipient()));
  }

  private Letter compose(RowLetter r) {
    return Letter.compose(
        r.request(
            topics.get(r.topic()),
            standing(r, check.check(place(r.writer()), r.role()))
                .orElseThrow(() -> new LetterException(constituency(r).reason()))));
  }

  private String coverText(Cover cover, Optional<Office> office) {
    RowLetter first = cover.recipient();
    Role role = first.role();
    StringBuilder s = new StringBuilder();
    s.append(role.title()).append(' ').append(first.recipient().name()).append('\n');
    s.append(role.body()).append('\n');
    office.map(Office::address).ifPresent(a -> s.append(a).append('\n'));
    s.append('\n');
    s.append(DATE.format(first.date()));
    if (cover.parts() > 1) {
      s.append(" (part ").append(cover.part()).append(" of ").append(cover.parts()).append(')');
    }
    s.append("\n\n");
    List<String> titles = cover.topics().stream().map(id -> topics.get(id).title()).toList();
    s.append("Re: ").append(String.join("; ", titles)).append("\n\n");
    int n = cover.letters();
    s.append(n)
        .append(n == 1 ? " letter from a constituent follows" : " letters from constituents follow")
        .append(".\n\n");
    s.append("By topic:\n");
    cover
        .byTopic()
        .forEach(
            (id, count) ->
                s.append("- ")
                    .append(topics.get(id).title())
                    .append(": ")
                    .append(count)
                    .append('\n'));
    s.append("\nBy position:\n");
    cover
        .byPosition()
        .forEach((p, count) -> s.append("- ").append(p).append(": ").append(count).append('\n'));
    s.append(n == 1 ? "\nFrom:\n" : "\nFrom (name, city):\n");
    for (String writer : cover.writers()) {
      s.append("- ").append(writer).append('\n');
    }
    return s.toString();
  }

  private static final java.time.format.DateTimeFormatter DATE =
      java.time.format.DateTimeFormatter.ofPattern("MMMM d, uuuu", java.util.Locale.US);
}
