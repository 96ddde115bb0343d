package dearrep.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The shape of a JSON document: every field path with the JSON types seen there, one a line ({@code
 * members[].person.name: string}). Elements of an array share one path ({@code []}), and so do the
 * entries of the objects named as maps ({@code states.*}), whose keys are data, not field names.
 * Values are left out: a data update changes them, a renamed field changes the shape.
 */
public final class JsonShape {

  private final Set<String> maps;
  private final Map<String, Set<String>> types = new TreeMap<>();

  private JsonShape(Set<String> maps) {
    this.maps = maps;
  }

  /** The shape of {@code json}, with the objects at {@code mapPaths} read as maps. */
  public static String of(String json, Set<String> mapPaths) {
    try {
      JsonShape shape = new JsonShape(mapPaths);
      shape.walk("", new ObjectMapper().readTree(json));
      StringBuilder s = new StringBuilder();
      shape.types.forEach(
          (path, t) -> s.append(path).append(": ").append(String.join("|", t)).append('\n'));
      return s.toString();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void walk(String path, JsonNode node) {
    String here = path.isEmpty() ? "." : path;
    if (node.isObject()) {
      types.computeIfAbsent(here, k -> new TreeSet<>()).add("object");
      boolean map = maps.contains(path);
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String key = map ? "*" : e.getKey();
        walk(path.isEmpty() ? key : path + "." + key, e.getValue());
      }
    } else if (node.isArray()) {
      types.computeIfAbsent(here, k -> new TreeSet<>()).add("array");
      for (JsonNode element : node) {
        walk(path + "[]", element);
      }
    } else {
      types
          .computeIfAbsent(here, k -> new TreeSet<>())
          .add(node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
  }
}
