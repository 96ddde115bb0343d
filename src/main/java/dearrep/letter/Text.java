package dearrep.letter;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cleans text a writer typed before it goes into a letter. The text is data: it is never evaluated
 * as a template. Control characters (other than line breaks) and invisible bidi overrides are
 * removed, line breaks normalized, and the text put in Unicode NFC so that fonts find precomposed
 * letters such as "ễ".
 */
final class Text {

  /** Longest note accepted, in characters after cleaning. Long notes flow onto more pages. */
  static final int MAX_NOTE = 20_000;

  // compiled once: a batch cleans several fields of every letter
  static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n\\s*");

  private Text() {}

  /** One line: control characters removed, runs of white space collapsed, trimmed. */
  static String line(String s) {
    if (s == null) {
      return "";
    }
    if (plainAscii(s)) {
      return s; // nothing to clean: the common case, and a batch cleans several fields per letter
    }
    return SPACES.matcher(clean(s)).replaceAll(" ").strip();
  }

  /** Printable ASCII with single inner spaces: what {@link #line} would return unchanged. */
  private static boolean plainAscii(String s) {
    int n = s.length();
    if (n == 0 || s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
      return n == 0;
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c > 0x7e || c == ' ' && s.charAt(i - 1) == ' ') {
        return false;
      }
    }
    return true;
  }

  /**
   * A note as paragraphs: blank lines separate paragraphs, single line breaks become spaces.
   *
   * @throws LetterException when the cleaned note is longer than {@link #MAX_NOTE}
   */
  static List<String> paragraphs(String note) {
    if (note == null) {
      return List.of();
    }
    String cleaned = clean(note).strip();
    if (cleaned.length() > MAX_NOTE) {
      throw new LetterException(
          "the note is " + cleaned.length() + " characters long; the limit is " + MAX_NOTE);
    }
    List<String> out = new ArrayList<>();
    for (String para : PARAGRAPH_BREAK.split(cleaned)) {
      String p = SPACES.matcher(para).replaceAll(" ").strip();
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return List.copyOf(out);
  }

  /** Removes control and bidi-override characters; keeps "\n"; turns tabs and CR into spaces. */
  static String clean(String s) {
    String t = s.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
    StringBuilder out = new StringBuilder(t.length());
    t.codePoints().filter(cp -> cp == '\n' || !unwanted(cp)).forEach(out::appendCodePoint);
    return Normalizer.normalize(out, Normalizer.Form.NFC);
  }

  private static boolean unwanted(int cp) {
    int type = Character.getType(cp);
    return type == Character.CONTROL
        || type == Character.SURROGATE
        || type == Character.UNASSIGNED && (cp & 0xFFFE) == 0xFFFE
        || cp >= 0x202A && cp <= 0x202E
        || cp >= 0x2066 && cp <= 0x2069
        || cp == 0xFEFF;
  }
}
