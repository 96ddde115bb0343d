package dearrep.data;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that fails, while reading, at the first line longer than {@link #MAX_LINE} characters or
 * once more than {@link #MAX_CHARS} have been read: a user's YAML file is a few kilobytes, and a
 * parser must never see a runaway line (its cost grows faster than the line).
 */
final class LimitedReader extends FilterReader {

  static final int MAX_LINE = 10_000;
  static final int MAX_CHARS = 1 << 20;

  private long read;
  private int line = 1;
  private int column;

  LimitedReader(Reader in) {
    super(in);
  }

  /** Characters handed out so far. */
  long charsRead() {
    return read;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      count((char) c);
    }
    return c;
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    for (int i = 0; i < n; i++) {
      count(buf[off + i]);
    }
    return n;
  }

  private void count(char c) throws IOException {
    read++;
    if (c == '\n') {
      line++;
      column = 0;
    } else if (++column > MAX_LINE) {
      throw new IOException(
          "line "
              + line
              + " is longer than "
              + MAX_LINE
              + " characters; a person file has short lines");
    }
    if (read > MAX_CHARS) {
      throw new IOException("the file is larger than " + (MAX_CHARS >> 10) + " KB");
    }
  }
}
