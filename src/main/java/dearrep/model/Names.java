package dearrep.model;

import java.text.Normalizer;
import java.util.Locale;

/** Folding of names for matching: case- and accent-insensitive ("Peña" ~ "pena"). */
public final class Names {

  private Names() {}

  /** Lower-case, accents removed, runs of spaces and punctuation collapsed to one space. */
  public static String fold(String text) {
    // A name search folds every name in the index; most are plain ASCII and skip normalization.
    String base = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(base.length());
    boolean space = false;
    for (int i = 0; i < base.length(); ) {
      int c = base.codePointAt(i);
      i += Character.charCount(c);
      if (Character.getType(c) == Character.NON_SPACING_MARK
          || Character.getType(c) == Character.COMBINING_SPACING_MARK
          || Character.getType(c) == Character.ENCLOSING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.appendCodePoint(Character.toLowerCase(c));
      } else {
        space = true;
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
