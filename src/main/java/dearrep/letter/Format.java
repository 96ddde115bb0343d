package dearrep.letter;

import java.util.Locale;

/** Output formats of a letter. */
public enum Format {
  TXT,
  MD,
  HTML,
  PDF,
  EML;

  /** File extension without the dot, also the command-line spelling. */
  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True for formats that are text and may go to a terminal. */
  public boolean isText() {
    return this != PDF;
  }
}
