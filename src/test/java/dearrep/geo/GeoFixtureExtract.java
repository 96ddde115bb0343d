package dearrep.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Writes the boundary test fixture: the features of a few districts cut out of the real TopoJSON,
 * with only the arcs they use (renumbered), so the fixture is real geometry. Run by hand:
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/geo-classpath.txt) \
 *   dearrep.geo.GeoFixtureExtract ../shared/data/cd119-boundaries/us-congressional-districts-119.topojson \
 *   src/test/resources/geo/upstream/cd119-san-jose.topojson 0616 0617 0618 0619 1198
 * </pre>
 */
public final class GeoFixtureExtract {

  public static void main(String[] args) throws IOException {
    ObjectMapper json = new ObjectMapper();
    JsonNode topo = json.readTree(Path.of(args[0]).toFile());
    Set<String> keep = Set.of(java.util.Arrays.copyOfRange(args, 2, args.length));
    String object = topo.path("objects").fieldNames().next();
    Map<Integer, Integer> renumber = new LinkedHashMap<>();
    ArrayNode geometries = json.createArrayNode();
    for (JsonNode g : topo.path("objects").path(object).path("geometries")) {
      if (keep.contains(g.path("properties").path("GEOID").asText())) {
        ObjectNode copy = g.deepCopy();
        copy.set("arcs", remap(json, g.path("arcs"), renumber));
        geometries.add(copy);
      }
    }
    ArrayNode arcs = json.createArrayNode();
    renumber.keySet().forEach(old -> arcs.add(topo.path("arcs").get(old)));
    ObjectNode out = json.createObjectNode();
    out.put("type", "Topology");
    out.set("arcs", arcs);
    out.set("transform", topo.path("transform"));
    ObjectNode collection = json.createObjectNode();
    collection.put("type", "GeometryCollection");
    collection.set("geometries", geometries);
    out.set("objects", json.createObjectNode().set(object, collection));
    json.writeValue(Path.of(args[1]).toFile(), out);
  }

  private static JsonNode remap(ObjectMapper json, JsonNode node, Map<Integer, Integer> renumber) {
    if (node.isArray()) {
      ArrayNode copy = json.createArrayNode();
      node.forEach(n -> copy.add(remap(json, n, renumber)));
      return copy;
    }
    int i = node.asInt();
    int old = i >= 0 ? i : ~i;
    int now = renumber.computeIfAbsent(old, k -> renumber.size());
    return json.getNodeFactory().numberNode(i >= 0 ? now : ~now);
  }
}
