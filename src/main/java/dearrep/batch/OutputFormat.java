package dearrep.batch;

import java.util.Locale;

/** The file format of a batch's letters. */
public enum OutputFormat {
  TXT,
  MD,
  HTML,
  PDF,
  EML;

  /** The file extension, without the dot. */
  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }
}
