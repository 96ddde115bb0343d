package dearrep.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folding of names: for matching, case- and accent-insensitive ("Peña" ~ "pena"), and into the
 * ASCII slugs that file names, ids and OCD place names are made of ("Nguyễn Thị" → "nguyen-thi").
 */
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
      if (isMark(c)) {
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

  /**
   * Any text as ASCII letters and digits: accents dropped (compatibility forms decomposed, and the
   * Latin letters that do not decompose, such as ł, ß, æ, ø, spelled out), lower case, every run of
   * anything else as one {@code separator}, none at either end, at most {@code max} characters;
   * empty when nothing is left. File names (the batch's, {@code letter -o}'s), the ids the
   * importers derive from names and OCD place names are all made here, so they agree.
   */
  public static String slug(String text, char separator, int max) {
    String t = text == null ? "" : text;
    if (!isAscii(t)) {
      t =
          withoutMarks(Normalizer.normalize(t, Normalizer.Form.NFKD))
              .replace('ı', 'i')
              .replace('ł', 'l')
              .replace('Ł', 'l')
              .replace('đ', 'd')
              .replace('Đ', 'd')
              .replace("ß", "ss")
              .replace("æ", "ae")
              .replace("Æ", "ae")
              .replace("ø", "o")
              .replace("Ø", "o");
    }
    StringBuilder b = new StringBuilder(Math.min(t.length(), max));
    boolean separated = true; // no leading separator, no runs of them
    for (int i = 0; i < t.length() && b.length() < max; i++) {
      char c = t.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        b.append(c);
        separated = false;
      } else if (!separated) {
        b.append(separator);
        separated = true;
      }
    }
    int end = b.length();
    while (end > 0 && b.charAt(end - 1) == separator) {
      end--;
    }
    return b.substring(0, end);
  }

  private static boolean isMark(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static String withoutMarks(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().filter(c -> !isMark(c)).forEach(out::appendCodePoint);
    return out.toString();
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
