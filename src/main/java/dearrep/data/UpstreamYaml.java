package dearrep.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads upstream YAML as trees. A file that does not parse becomes a warning naming it, never an
 * exception, so one broken file cannot stop an import.
 */
final class UpstreamYaml {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private UpstreamYaml() {}

  static Optional<JsonNode> read(Path file, Warnings warnings) {
    try {
      JsonNode node = clean(YAML.readTree(file.toFile()));
      if (node == null || node.isMissingNode() || node.isNull()) {
        warnings.add(file, "empty file, skipped");
        return Optional.empty();
      }
      return Optional.of(node);
    } catch (IOException e) {
      warnings.add(file, "unreadable YAML, skipped (" + firstLine(e.getMessage()) + ")");
      return Optional.empty();
    }
  }

  /**
   * Parses a file, failing with Jackson's exception (which knows the line) when it does not parse.
   */
  static JsonNode parse(Path file) throws IOException {
    try (java.io.Reader in =
        new LimitedReader(
            new java.io.InputStreamReader(
                java.nio.file.Files.newInputStream(file),
                java.nio.charset.StandardCharsets.UTF_8.newDecoder()))) {
      return parse(in);
    }
  }

  /**
   * Parses YAML from a reader, stopping at the first line longer than {@link
   * LimitedReader#MAX_LINE} or past {@link LimitedReader#MAX_CHARS}: the parser's time grows faster
   * than a value's length, so the limits are checked while reading, before the parser sees it.
   */
  static JsonNode parse(java.io.Reader in) throws IOException {
    return clean(YAML.readTree(in instanceof LimitedReader ? in : new LimitedReader(in)));
  }

  /** Every text value without control characters (see {@link dearrep.model.Printable}). */
  private static JsonNode clean(JsonNode node) {
    if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
      var names = new ArrayList<String>();
      o.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        JsonNode v = o.get(name);
        if (v.isTextual()) {
          o.put(name, dearrep.model.Printable.text(v.asText()));
        } else {
          clean(v);
        }
      }
    } else if (node instanceof com.fasterxml.jackson.databind.node.ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        JsonNode v = a.get(i);
        if (v.isTextual()) {
          a.set(i, dearrep.model.Printable.text(v.asText()));
        } else {
          clean(v);
        }
      }
    }
    return node;
  }

  /** Text of a scalar field, or null when absent, null or blank. */
  static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    if (value == null || value.isNull() || value.isContainerNode()) {
      return null;
    }
    String text = value.asText().strip();
    return text.isEmpty() ? null : text;
  }

  /** Elements of an array field; empty when absent. */
  static List<JsonNode> list(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    List<JsonNode> out = new ArrayList<>();
    if (value != null && value.isArray()) {
      value.forEach(out::add);
    }
    return out;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no detail";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
