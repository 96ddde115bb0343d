package dearrep.geocode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dearrep.geo.Coordinates;
import dearrep.model.DearrepException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads a {@code geographies/onelineaddress} answer: {@code result.addressMatches[0]}. */
final class ResponseReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ResponseReader() {}

  /**
   * The first match of an answer, or empty when the service matched nothing.
   *
   * @throws GeocoderException (bad answer) when the body is not the documented JSON
   */
  static Optional<AddressMatch> read(String input, String askedVintage, byte[] body) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (IOException e) {
      throw GeocoderException.badAnswer("not JSON: " + oneLine(e.getMessage()), e);
    }
    JsonNode result = root == null ? null : root.get("result");
    if (result == null || !result.isObject()) {
      throw GeocoderException.badAnswer("no \"result\" in the answer" + errors(root), null);
    }
    JsonNode matches = result.path("addressMatches");
    if (!matches.isArray()) {
      throw GeocoderException.badAnswer("no \"addressMatches\" in the answer", null);
    }
    if (matches.isEmpty()) {
      return Optional.empty();
    }
    JsonNode m = matches.get(0);
    JsonNode xy = m.path("coordinates");
    if (!xy.path("x").isNumber() || !xy.path("y").isNumber()) {
      throw GeocoderException.badAnswer("a match without coordinates", null);
    }
    Coordinates point;
    try {
      point = new Coordinates(xy.path("y").asDouble(), xy.path("x").asDouble());
    } catch (DearrepException e) {
      throw GeocoderException.badAnswer("coordinates out of range: " + e.getMessage(), e);
    }
    JsonNode parts = m.path("addressComponents");
    String vintage = result.path("input").path("vintage").path("vintageName").asText(askedVintage);
    return Optional.of(
        new AddressMatch(
            input,
            m.path("matchedAddress").asText(""),
            point,
            parts.path("state").asText(""),
            parts.path("zip").asText(""),
            parts.path("city").asText(""),
            vintage,
            layers(m.path("geographies"))));
  }

  private static List<AddressMatch.Layer> layers(JsonNode geographies) {
    List<AddressMatch.Layer> layers = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : geographies.properties()) {
      List<AddressMatch.Area> areas = new ArrayList<>();
      String error = "";
      for (JsonNode a : e.getValue()) {
        // A failed layer answers [{"status": "Layer query encountered an error..."}].
        if (a.has("status") && !a.has("GEOID")) {
          error = oneLine(a.path("status").asText("failed"));
          continue;
        }
        areas.add(
            new AddressMatch.Area(
                a.path("GEOID").asText(""),
                a.path("NAME").asText(""),
                a.path("BASENAME").asText("")));
      }
      if (!e.getValue().isArray()) {
        error = "not a list";
      }
      layers.add(new AddressMatch.Layer(e.getKey(), areas, error));
    }
    return layers;
  }

  private static String errors(JsonNode root) {
    JsonNode errors = root == null ? null : root.get("errors");
    if (errors == null || !errors.isArray() || errors.isEmpty()) {
      return "";
    }
    List<String> list = new ArrayList<>();
    errors.forEach(e -> list.add(e.asText()));
    return ": " + oneLine(String.join("; ", list));
  }

  static String oneLine(String text) {
    String s = text == null ? "" : text.replaceAll("\\s+", " ").strip();
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }
}
