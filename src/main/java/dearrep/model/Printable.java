package dearrep.model;

/**
 * Text from outside (upstream data, the user's files) made safe to print and to put in a letter:
 * control characters (C0 but the line break, DEL, C1) are dropped and a tab reads as a space, so a
 * name holding {@code ESC ] 0; … BEL} can neither retitle a terminal nor reach a letter.
 */
public final class Printable {

  private Printable() {}

  /** {@code text} without control characters; line breaks kept. Null stays null. */
  public static String text(String text) {
    if (text == null) {
      return null;
    }
    int i = 0;
    while (i < text.length() && !control(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder s = new StringBuilder(text.length()).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\t') {
        s.append(' ');
      } else if (!control(c)) {
        s.append(c);
      }
    }
    return s.toString();
  }

  /** As {@link #text}, and line breaks read as spaces: for names and other one-line fields. */
  public static String line(String text) {
    String t = text(text);
    return t == null || t.indexOf('\n') < 0 ? t : t.replace('\n', ' ');
  }

  private static boolean control(char c) {
    return c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f || c == '\u2028' || c == '\u2029';
  }
}
