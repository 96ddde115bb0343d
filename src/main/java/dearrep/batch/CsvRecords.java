package dearrep.batch;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Splits a CSV stream into records without letting one bad record take the rest with it.
 *
 * <p>Commons CSV reads a well-formed file best, but after a broken quote it either stops (the rest
 * of the file is lost) or, leniently, glues the following rows into one field. So this class finds
 * where each record ends with the same rules Commons CSV uses (a quote opens a quoted field only at
 * the field's start; {@code ""} inside is a quote; a line break ends the record outside quotes),
 * then hands each record's text alone to Commons CSV. A record that does not parse, holds bytes
 * that are not text in the input's encoding, or runs past {@link #MAX_RECORD} characters fails
 * alone; when it spanned several lines, reading starts again on its second line, so a stray quote
 * costs one line, never the file. Memory and time per record are bounded by {@link #MAX_RECORD}.
 */
final class CsvRecords {

  /**
   * Longest record read, in characters: the longest fields (a 4,000-character note and the rest)
   * fit with room to spare, and a runaway quote or a file with no line breaks stops here.
   */
  static final int MAX_RECORD = 16_384;

  /** What the decoder puts where the input's bytes are not text in its encoding. */
  static final char NOT_TEXT = '\uFFFF';

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT;
  private static final int SHOWN = 200;

  /** Where the scanner is within a record while it looks for the record's end. */
  private enum State {
    FIELD_START,
    UNQUOTED,
    QUOTED,
    QUOTE_IN_QUOTED,
    AFTER_QUOTE
  }

  private final Reader in;
  private final char[] buf = new char[8192];
  private int pos;
  private int lim;
  private boolean eof;
  private String replay;
  private int replayAt;
  private long line = 1;
  private boolean started;
  private int prev = -1;

  private final boolean parse;

  CsvRecords(Reader in) {
    this(in, true);
  }

  private CsvRecords(Reader in, boolean parse) {
    this.in = in;
    this.parse = parse;
  }

  /** How many non-blank records (the header included) the input holds, as {@link #next} reads. */
  static long count(Reader in) {
    CsvRecords r = new CsvRecords(in, false);
    long n = 0;
    while (r.next() != null) {
      n++;
    }
    return n;
  }

  /** The next non-blank record, or null at the end of the input. */
  Row next() {
    while (true) {
      Row r = read();
      if (r == null || r != BLANK) {
        return r;
      }
    }
  }

  private static final Row BLANK = new Row(0, List.of());
  private static final Row COUNTED = new Row(0, List.of());

  private Row read() {
    long start = line;
    StringBuilder text = new StringBuilder();
    State state = State.FIELD_START;
    int firstBreak = -1;
    boolean trailing = false;
    while (true) {
      int c = nextChar();
      if (c < 0) {
        if (text.length() == 0) {
          return null;
        }
        if (state == State.QUOTED) {
          return broken(
              start,
              text,
              firstBreak,
              "a quoted field is never closed: a quote (\") is missing or extra");
        }
        return record(start, text, text.length(), trailing, firstBreak);
      }
      if (state == State.QUOTED) {
        text.append((char) c);
        if (c == '"') {
          state = State.QUOTE_IN_QUOTED;
        } else if (c == '\n' || c == '\r') {
          if (firstBreak < 0) {
            firstBreak = text.length();
          }
        }
      } else {
        if (state == State.QUOTE_IN_QUOTED) {
          if (c == '"') {
            text.append('"');
            state = State.QUOTED;
            continue;
          }
          state = State.AFTER_QUOTE;
        }
        if (c == '\n' || c == '\r') {
          if (text.length() == 0) {
            if (c == '\r' && peekChar() == '\n') {
              nextChar();
            }
            return BLANK;
          }
          // the line break goes with the text, so a record read again after a failure keeps it
          int end = text.length();
          text.append((char) c);
          if (c == '\r' && peekChar() == '\n') {
            text.append((char) nextChar());
          }
          return record(start, text, end, trailing, firstBreak);
        }
        if (c == ',') {
          state = State.FIELD_START;
        } else if (state == State.FIELD_START) {
          state = c == '"' ? State.QUOTED : State.UNQUOTED;
        } else if (state == State.AFTER_QUOTE) {
          trailing = true;
        }
        text.append((char) c);
      }
      if (text.length() > MAX_RECORD) {
        if (firstBreak >= 0) {
          return broken(
              start,
              text,
              firstBreak,
              "a quoted field runs past " + MAX_RECORD + " characters: a quote (\") is missing");
        }
        skipLine();
        return failed(
            start,
            text,
            Reason.FIELD_TOO_LONG,
            "the record is longer than " + MAX_RECORD + " characters");
      }
    }
  }

  /** A record that cannot be read whole: its first line fails, reading starts again after it. */
  private Row broken(long start, StringBuilder text, int firstBreak, String why) {
    if (firstBreak < 0) {
      return failed(start, text, Reason.MALFORMED_CSV, why);
    }
    String again = text.substring(firstBreak);
    if (again.startsWith("\n") && text.charAt(firstBreak - 1) == '\r') {
      again = again.substring(1);
    }
    String rest = replay == null ? "" : replay.substring(replayAt);
    replay = again + rest;
    replayAt = 0;
    line = start + 1;
    prev = -1;
    text.setLength(firstBreak - 1);
    return failed(start, text, Reason.MALFORMED_CSV, why);
  }

  private Row record(long start, StringBuilder text, int end, boolean trailing, int firstBreak) {
    if (!parse) {
      return COUNTED;
    }
    String s = text.substring(0, end);
    if (!trailing) {
      try (CSVParser p = CSVParser.parse(s, FORMAT)) {
        List<CSVRecord> records = p.getRecords();
        if (records.size() == 1) {
          if (s.indexOf(NOT_TEXT) >= 0) {
            return failed(
                start,
                s,
                Reason.BAD_ENCODING,
                "the record holds bytes that are not UTF-8 text: save the file as UTF-8, or give"
                    + " --encoding (e.g. windows-1252)");
          }
          return new Row(start, records.get(0).toList());
        }
      } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
        // reported below, as any record that does not parse
      }
    }
    // A record of several lines that is not well-formed was most likely glued together by a stray
    // quote: its first line fails, and the lines after it (line breaks kept) are read again.
    return broken(
        start,
        firstBreak < 0 ? new StringBuilder(s) : text,
        firstBreak,
        trailing
            ? "text after a closing quote: a quoted field must end at a comma or the end of the line"
            : "the record is not well-formed CSV");
  }

  private static Row failed(long start, CharSequence text, Reason reason, String why) {
    String shown = text.length() > SHOWN ? text.subSequence(0, SHOWN) + "…" : text.toString();
    return new Row(
        start, List.of(shown.replace(NOT_TEXT, '\uFFFD')), new RowProblem(reason, "", why));
  }

  private void skipLine() {
    int c;
    while ((c = peekChar()) >= 0 && c != '\n' && c != '\r') {
      nextChar();
    }
  }

  /** The line a record starting now would start on. */
  long line() {
    return line;
  }

  private int peekChar() {
    if (replay != null && replayAt < replay.length()) {
      return replay.charAt(replayAt);
    }
    if (pos == lim && !fill()) {
      return -1;
    }
    return buf[pos];
  }

  private int nextChar() {
    int c;
    if (replay != null && replayAt < replay.length()) {
      c = replay.charAt(replayAt++);
    } else {
      replay = null;
      if (pos == lim && !fill()) {
        return -1;
      }
      c = buf[pos++];
    }
    if (!started) {
      started = true;
      if (c == '\uFEFF') {
        return nextChar(); // a byte order mark is not data
      }
    }
    if (c == '\n' && prev != '\r' || c == '\r') {
      line++;
    }
    prev = c;
    return c;
  }

  private boolean fill() {
    if (eof) {
      return false;
    }
    try {
      int n = in.read(buf, 0, buf.length);
      if (n <= 0) {
        eof = true;
        return false;
      }
      pos = 0;
      lim = n;
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
