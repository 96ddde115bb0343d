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
    if (!s.isEmpty()) {
      char c = s.charAt(0);
      if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
        return "'" + s;
      }
    }
    return s;
  }

  /** The cell as written before {@link #protect}: for reading reports back on resume. */
  static String unprotect(String cell) {
    if (cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0) {
      return cell.substring(1);
    }
    return cell;
  }

  private static String oneLine(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String esc = c == '\n' ? "\\n" : c == '\r' ? "\\r" : c < 0x20 && c != '\t' || c == 0x7f ? String.format("\\u%04x", (int) c) : null;
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
