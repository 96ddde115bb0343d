package dearrep.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Aligned "label value" lines that wrap long values at word boundaries under the value column, so
 * an address or phone number is never cut off.
 */
final class TextBlock {

  private final StringBuilder out = new StringBuilder();
  private final Style style;
  private final int width;
  private final int labelWidth;
  private final String indent;

  TextBlock(Style style, int width, String indent, int labelWidth) {
    this.style = style;
    this.width = Math.max(40, width);
    this.indent = indent;
    this.labelWidth = labelWidth;
  }

  TextBlock line(String text) {
    out.append(indent).append(text).append('\n');
    return this;
  }

  TextBlock blank() {
    out.append('\n');
    return this;
  }

  /** A labelled value; {@code styled} re-applies emphasis to each wrapped piece. */
  TextBlock field(String label, String value, java.util.function.UnaryOperator<String> styled) {
    if (value == null || value.isBlank()) {
      return this;
    }
    String pad = " ".repeat(labelWidth + 2);
    List<String> pieces = wrap(value, width - indent.length() - pad.length());
    for (int i = 0; i < pieces.size(); i++) {
      String head =
          i == 0 ? style.label(String.format("%-" + labelWidth + "s", label)) + "  " : pad;
      out.append(indent).append(head).append(styled.apply(pieces.get(i))).append('\n');
    }
    return this;
  }

  TextBlock field(String label, String value) {
    return field(label, value, s -> s);
  }

  static List<String> wrap(String text, int max) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > max) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
