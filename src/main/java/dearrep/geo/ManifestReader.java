package dearrep.geo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code geo/layers.json} with Jackson's streaming parser: a cold data-binding mapper costs a
 * few hundred milliseconds of class loading, which a one-shot lookup cannot afford.
 */
final class ManifestReader {

  private ManifestReader() {}

  static GeoLayers read(InputStream in) throws IOException {
    try (JsonParser p = new JsonFactory().createParser(in)) {
      expect(p.nextToken(), JsonToken.START_OBJECT);
      Map<String, String> top = new HashMap<>();
      List<GeoLayer> layers = new ArrayList<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals("layers") && value == JsonToken.START_ARRAY) {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            layers.add(layer(strings(p)));
          }
        } else if (value == JsonToken.VALUE_STRING) {
          top.put(name, p.getText());
        } else {
          p.skipChildren();
        }
      }
      return new GeoLayers(
          top.get("zipPlaces"), top.get("zipDataset"), top.get("zipAttribution"), layers);
    }
  }

  private static GeoLayer layer(Map<String, String> f) {
    return new GeoLayer(
        f.get("id"),
        f.get("kind"),
        f.get("form"),
        f.get("title"),
        f.get("dataset"),
        f.get("vintage"),
        f.get("validFrom"),
        f.get("validThrough"),
        f.get("notice"),
        f.get("path"),
        f.get("divisions"),
        f.containsKey("nearLineMetres") ? Integer.parseInt(f.get("nearLineMetres")) : 0,
        Boolean.parseBoolean(f.get("landOrder")));
  }

  // The scalar fields of the object the parser is in, as text; nested values are skipped.
  private static Map<String, String> strings(JsonParser p) throws IOException {
    Map<String, String> fields = new HashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      if (value == JsonToken.VALUE_STRING
          || value == JsonToken.VALUE_NUMBER_INT
          || value == JsonToken.VALUE_TRUE
          || value == JsonToken.VALUE_FALSE) {
        fields.put(name, p.getText());
      } else {
        p.skipChildren();
      }
    }
    return fields;
  }

  private static void expect(JsonToken actual, JsonToken wanted) throws IOException {
    if (actual != wanted) {
      throw new IOException("expected " + wanted + " but found " + actual);
    }
  }
}
