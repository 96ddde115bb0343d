package dearrep.batch;

/**
 * Cells of the CSV reports: one physical line each (line breaks shown as {@code \n}), and safe to
 * open in a spreadsheet: a cell that starts like a formula ({@code = + - @}, or a tab or carriage
 * return) gets a leading apostrophe, as OWASP recommends against CSV injection.
 */
final class ReportCells {

  private ReportCells() {}

  static String protect(String cell) {
    String s = oneLine(cell);
    return triggers(s) ? "'" + s : s;
  }

  /** The cell as written before {@link #protect}: for reading reports back on resume. */
  static String unprotect(String cell) {
    return cell.startsWith("'") && triggers(cell) ? cell.substring(1) : cell;
  }

  // Starts like a formula, or is apostrophes before one (so that a name such as "'=x" reads back).
  private static boolean triggers(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) == '\'') {
      i++;
    }
    return i < s.length() && "=+-@\t\r".indexOf(s.charAt(i)) >= 0;
  }

  private static String oneLine(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String esc =
          c == '\n'
              ? "\\n"
              : c == '\r'
                  ? "\\r"
                  : c < 0x20 && c != '\t' || c == 0x7f ? String.format("\\u%04x", (int) c) : null;
      if (esc != null && b == null) {
        b = new StringBuilder(s.length() + 8).append(s, 0, i);
      }
      if (b != null) {
        if (esc != null) {
          b.append(esc);
        } else {
          b.append(c);
        }
      }
    }
    return b == null ? s : b.toString();
  }
}
