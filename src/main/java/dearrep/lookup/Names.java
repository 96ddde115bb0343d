package dearrep.lookup;

import java.text.Normalizer;
import java.util.Locale;

/** Folding of names for matching: case- and accent-insensitive ("Peña" ~ "pena"). */
public final class Names {

  private Names() {}

  /** Lower-case, accents removed, runs of spaces and punctuation collapsed to one space. */
  public static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return decomposed
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", " ")
        .strip();
  }
}
