package dearrep.batch;

import dearrep.letter.Format;
import dearrep.letter.Language;
import dearrep.letter.Position;
import dearrep.model.DearrepException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns one row into its letters: checks the fields, finds the recipients, renders, and writes each
 * file atomically. Runs on the worker threads; holds no state between rows.
 */
final class RowWork {

  // the row's words for each value, from the enums themselves: a new position or language is
  // accepted here the day it is added to the letter package
  private static final Map<String, Position> POSITIONS = keyed(Position.values(), Position::key);
  private static final Map<String, Language> LANGUAGES = keyed(Language.values(), Language::code);

  private final Header header;
  private final BatchOptions options;
  private final RecipientFinder finder;
  private final BatchLetters letters;
  private final LocalDate date;
  private final LetterFiles files;

  RowWork(
      Header header,
      BatchOptions options,
      RecipientFinder finder,
      BatchLetters letters,
      LetterFiles files,
      LocalDate date) {
    this.files = files;
    this.date = date;
    this.header = header;
    this.options = options;
    this.finder = finder;
    this.letters = letters;
  }

  Outcome process(Row row) {
    if (row.problem() != null) {
      return Outcome.failed(row, row.problem());
    }
    try {
      return letters(row);
    } catch (RowProblem p) {
      return Outcome.failed(row, p);
    } catch (RuntimeException e) {
      // a bug, not bad input: still one row's fate, never the whole batch's
      return Outcome.failed(row, new RowProblem(Reason.UNEXPECTED, "", e.toString()));
    }
  }

  private static <E extends Enum<E>> Map<String, E> keyed(E[] values, Function<E, String> key) {
    Map<String, E> m = new LinkedHashMap<>();
    for (E v : values) {
      m.put(key.apply(v), v);
    }
    return Collections.unmodifiableMap(m);
  }

  /** The row's value of {@code column} (else {@code fallback}) as one of {@code values}. */
  private <E> E oneOf(
      List<String> cells,
      Column column,
      String fallback,
      Map<String, E> values,
      String what,
      Reason reason) {
    String text = value(cells, column, fallback).toLowerCase(Locale.ROOT);
    E value = values.get(text);
    if (value == null) {
      throw new RowProblem(
          reason,
          header.name(column),
          what
              + " '"
              + DearrepException.shown(text)
              + "' is not one of "
              + String.join(", ", values.keySet()));
    }
    return value;
  }

  private Outcome letters(Row row) {
    List<String> cells = row.cells();
    checkCells(cells);
    Supporter writer = supporter(cells);
    if (options.format() == Format.EML && writer.email().isEmpty()) {
      throw new RowProblem(
          Reason.MISSING_EMAIL,
          header.name(Column.EMAIL),
          "an e-mail draft needs the supporter's e-mail address");
    }
    String topic = value(cells, Column.TOPIC, options.topic());
    if (topic.isEmpty()) {
      throw new RowProblem(
          Reason.MISSING_TOPIC,
          header.name(Column.TOPIC),
          "no topic: fill the topic column or give --topic");
    }
    String asked = topic;
    topic =
        letters
            .topicId(topic)
            .orElseThrow(
                () ->
                    new RowProblem(
                        Reason.UNKNOWN_TOPIC,
                        header.name(Column.TOPIC),
                        "unknown topic '"
                            + DearrepException.shown(asked)
                            + "': see `dearrep topics`"));
    Position position =
        oneOf(
            cells,
            Column.POSITION,
            options.position().key(),
            POSITIONS,
            "position",
            Reason.BAD_POSITION);
    Language language =
        oneOf(cells, Column.LANGUAGE, "en", LANGUAGES, "language", Reason.BAD_LANGUAGE);
    List<Recipient> recipients;
    try {
      recipients =
          finder.find(
              header.get(cells, Column.TO),
              header.get(cells, Column.DISTRICT),
              header.get(cells, Column.LAT),
              header.get(cells, Column.LON),
              header.get(cells, Column.ZIP),
              writer);
    } catch (RowProblem p) {
      throw new RowProblem(p.reason, columnAsWritten(p.column), p.getMessage());
    }
    List<RowLetter> requests = new ArrayList<>();
    List<String> standing = new ArrayList<>();
    for (Recipient r : recipients) {
      RowLetter q = new RowLetter(writer, r.person(), r.role(), topic, position, date, language);
      BatchLetters.Constituency c = letters.constituency(q);
      if (!c.writable()) {
        throw new RowProblem(Reason.NOT_CONSTITUENT, header.name(Column.ZIP), c.reason());
      }
      requests.add(q);
      standing.add(c.verdict());
    }
    if (options.bundleByRecipient()) {
      List<Outcome.Bundled> bundled = new ArrayList<>();
      for (int i = 0; i < requests.size(); i++) {
        RowLetter q = requests.get(i);
        try {
          letters.check(q);
        } catch (RuntimeException e) {
          throw new RowProblem(
              Reason.RENDER_FAILED,
              "",
              "cannot write the letter to " + q.recipient().name() + ": " + e.getMessage());
        }
        bundled.add(new Outcome.Bundled(q, recipients.get(i).basis()));
      }
      return Outcome.bundled(row, bundled);
    }
    return render(row, writer, recipients, requests, standing);
  }

  // Rendering and writing temp files run here, in parallel; the one output thread renames them into
  // the output folder, whose lock parallel writers would only contend for.
  private Outcome render(
      Row row,
      Supporter writer,
      List<Recipient> recipients,
      List<RowLetter> requests,
      List<String> standing) {
    List<Path> staged = new ArrayList<>();
    List<ManifestEntry> entries = new ArrayList<>();
    try {
      for (int i = 0; i < requests.size(); i++) {
        RowLetter q = requests.get(i);
        byte[] body;
        try {
          body = letters.render(q, options.format());
        } catch (RuntimeException e) {
          throw new RowProblem(
              Reason.RENDER_FAILED,
              "",
              "cannot write the letter to " + q.recipient().name() + ": " + e.getMessage());
        }
        Recipient r = recipients.get(i);
        String name =
            FileNames.letter(
                row.line(),
                writer.id(),
                writer.name(),
                r.person().name(),
                r.person().id(),
                options.format().extension());
        try {
          staged.add(files.stage(body));
        } catch (IOException | java.io.UncheckedIOException e) {
          throw new RowProblem(
              Reason.WRITE_FAILED,
              "",
              "cannot write the letter: "
                  + DearrepException.reason(
                      e instanceof java.io.UncheckedIOException u
                          ? u.getCause()
                          : (IOException) e));
        }
        entries.add(
            new ManifestEntry(
                row.line(),
                writer.id(),
                writer.name(),
                r.person().id(),
                r.person().name(),
                r.role().level().key(),
                q.topic(),
                q.position().key(),
                r.basis(),
                name,
                sha256(body),
                requests.size(),
                standing.get(i),
                r.role().roleStatus()));
      }
    } catch (RowProblem p) {
      staged.forEach(LetterFiles::deleteQuietly);
      throw p;
    }
    return Outcome.staged(row, entries, staged);
  }

  private Supporter supporter(List<String> cells) {
    String name = header.get(cells, Column.NAME).strip();
    if (name.isEmpty()) {
      name =
          (header.get(cells, Column.FIRST_NAME).strip()
                  + " "
                  + header.get(cells, Column.LAST_NAME).strip())
              .strip();
    }
    if (name.isEmpty()) {
      throw new RowProblem(
          Reason.MISSING_NAME,
          header.name(header.has(Column.NAME) ? Column.NAME : Column.LAST_NAME),
          "the row has no supporter name");
    }
    return new Supporter(
        header.get(cells, Column.ID).strip(), name,
        header.get(cells, Column.STREET).strip(), header.get(cells, Column.CITY).strip(),
        header.get(cells, Column.STATE).strip(), header.get(cells, Column.ZIP).strip(),
        header.get(cells, Column.EMAIL).strip(), header.get(cells, Column.NOTE).strip(),
        header.get(cells, Column.LAT).strip(), header.get(cells, Column.LON).strip());
  }

  private void checkCells(List<String> cells) {
    if (cells.size() > header.size()
            && !cells.subList(header.size(), cells.size()).stream().allMatch(String::isBlank)
        || cells.size() < header.size()) {
      throw new RowProblem(
          Reason.FIELD_COUNT,
          "",
          "the row has "
              + cells.size()
              + " fields, the header "
              + header.size()
              + ": a comma or quote is missing or extra");
    }
    for (Column c : Column.values()) {
      String v = header.get(cells, c);
      if (v.length() > c.maxLength) {
        throw new RowProblem(
            Reason.FIELD_TOO_LONG,
            header.name(c),
            header.name(c)
                + " has "
                + v.length()
                + " characters; at most "
                + c.maxLength
                + " are accepted");
      }
      for (int i = 0; i < v.length(); i++) {
        char ch = v.charAt(i);
        // notes have paragraphs and addresses may span lines; nothing else needs a control
        // character
        boolean lineBreakOk =
            (c == Column.NOTE || c == Column.STREET) && (ch == '\n' || ch == '\r' || ch == '\t');
        if ((ch < 0x20 || ch == 0x7f) && !lineBreakOk) {
          throw new RowProblem(
              Reason.CONTROL_CHARACTERS,
              header.name(c),
              header.name(c)
                  + " holds a control character ("
                  + String.format("\\u%04x", (int) ch)
                  + ")");
        }
      }
    }
  }

  // the finder names columns canonically; reports use the header as the file wrote it
  private String columnAsWritten(String canonical) {
    for (Column c : Column.values()) {
      if (c.header().equals(canonical) && header.has(c)) {
        return header.name(c);
      }
    }
    return canonical;
  }

  private String value(List<String> cells, Column c, String fallback) {
    String v = header.get(cells, c).strip();
    return v.isEmpty() ? fallback : v;
  }

  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(
          () -> {
            try {
              return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
              throw new IllegalStateException(e);
            }
          });

  static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(SHA256.get().digest(bytes));
  }

  static String sha256(Path file) throws IOException {
    return sha256(Files.readAllBytes(file));
  }
}
