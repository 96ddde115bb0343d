package dearrep.shell;

/**
 * Word wrap for text shown on the terminal (a letter's preview): long lines break at spaces, a list
 * item's continuation lines are indented under its text, and a word longer than the line is left
 * whole rather than cut.
 */
final class Wrap {

  private Wrap() {}

  static String lines(String text, int width) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      wrap(line, Math.max(20, width), out);
      out.append('\n');
    }
    out.setLength(Math.max(0, out.length() - 1));
    return out.toString();
  }

  private static void wrap(String line, int width, StringBuilder out) {
    String hang =
        line.matches("\\s*([-*•]|\\d+\\.)\\s.*")
            ? " ".repeat(line.indexOf(' ', line.indexOf(line.strip())) + 1)
            : "";
    String rest = line;
    while (rest.length() > width) {
      int cut = rest.lastIndexOf(' ', width);
      if (cut <= hang.length()) {
        cut = rest.indexOf(' ', width);
        if (cut < 0) {
          break;
        }
      }
      out.append(rest, 0, cut).append('\n');
      rest = hang + rest.substring(cut + 1);
    }
    out.append(rest);
  }
}
