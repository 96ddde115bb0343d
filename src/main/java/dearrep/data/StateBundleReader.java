package dearrep.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dearrep.model.CommitteeSeat;
import dearrep.model.Division;
import dearrep.model.Level;
import dearrep.model.Office;
import dearrep.model.Person;
import dearrep.model.Provenance;
import dearrep.model.Role;
import dearrep.model.Social;
import dearrep.model.StateBundle;
import dearrep.model.Vacancy;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads {@code people/<st>.json} with Jackson's streaming parser. A lookup reads one state file
 * per process, and building databind's reflective deserializers for the records costs several
 * times more than parsing the file; this reader keeps a cold lookup fast. It reads exactly what
 * {@link BundleFiles#json()} writes; {@code StateBundleReaderTest} checks the two agree.
 */
public final class StateBundleReader {

  private static final JsonFactory FACTORY = new JsonFactory();

  private StateBundleReader() {}

  /** Parses one state bundle. */
  public static StateBundle read(InputStream in) throws IOException {
    try (JsonParser parser = FACTORY.createParser(in)) {
      parser.nextToken();
      Map<String, Object> root = object(value(parser));
      return new StateBundle(
          str(root, "state"),
          list(root, "divisions", StateBundleReader::division),
          list(root, "people", StateBundleReader::person),
          list(root, "vacancies", StateBundleReader::vacancy));
    }
  }

  private static Division division(Map<String, Object> m) {
    return new Division(
        str(m, "id"), str(m, "name"), str(m, "state"), str(m, "kind"), str(m, "chamber"),
        str(m, "district"), num(m, "seats"));
  }

  private static Vacancy vacancy(Map<String, Object> m) {
    return new Vacancy(
        str(m, "state"), str(m, "chamber"), str(m, "district"), str(m, "divisionId"),
        str(m, "vacantUntil"));
  }

  private static Person person(Map<String, Object> m) {
    Map<String, Object> social = object(m.get("social"));
    Map<String, Object> provenance = object(m.get("provenance"));
    Map<String, String> ids = new HashMap<>();
    object(m.get("ids")).forEach((k, v) -> ids.put(k, String.valueOf(v)));
    return new Person(
        str(m, "id"),
        str(m, "name"),
        str(m, "givenName"),
        str(m, "familyName"),
        str(m, "party"),
        str(m, "email"),
        str(m, "contactForm"),
        list(m, "roles", StateBundleReader::role),
        list(m, "offices", StateBundleReader::office),
        strings(m.get("links")),
        new Social(
            str(social, "twitter"), str(social, "facebook"), str(social, "instagram"),
            str(social, "youtube")),
        list(m, "committees", c -> new CommitteeSeat(str(c, "committee"), str(c, "chamber"), str(c, "role"))),
        str(m, "firstServed"),
        ids,
        strings(m.get("sources")),
        provenance.isEmpty()
            ? null
            : new Provenance(str(provenance, "dataset"), str(provenance, "snapshotDate")));
  }

  private static Role role(Map<String, Object> m) {
    String level = str(m, "level");
    return new Role(
        str(m, "type"),
        level == null ? null : Level.valueOf(level),
        str(m, "title"),
        str(m, "body"),
        str(m, "state"),
        str(m, "district"),
        str(m, "divisionId"),
        str(m, "jurisdiction"),
        str(m, "startDate"),
        str(m, "endDate"),
        str(m, "since"));
  }

  private static Office office(Map<String, Object> m) {
    return new Office(str(m, "classification"), str(m, "name"), str(m, "address"), str(m, "voice"), str(m, "fax"));
  }

  /** The current token's value as String, Integer/Long/Double, Boolean, null, Map or List. */
  private static Object value(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          map.put(name, value(p));
        }
        return map;
      }
      case START_ARRAY -> {
        List<Object> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          list.add(value(p));
        }
        return list;
      }
      case VALUE_STRING -> {
        return p.getText();
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return p.getNumberValue();
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return p.getBooleanValue();
      }
      case VALUE_NULL -> {
        return null;
      }
      default -> throw new IOException("unexpected JSON token " + t + " at " + p.currentLocation());
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object o) {
    return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  private static String str(Map<String, Object> m, String key) {
    Object v = m.get(key);
    return v == null ? null : v.toString();
  }

  private static int num(Map<String, Object> m, String key) {
    return m.get(key) instanceof Number n ? n.intValue() : 0;
  }

  private static List<String> strings(Object o) {
    List<String> out = new ArrayList<>();
    if (o instanceof List<?> l) {
      l.forEach(v -> out.add(String.valueOf(v)));
    }
    return out;
  }

  private static <T> List<T> list(Map<String, Object> m, String key, Function<Map<String, Object>, T> f) {
    List<T> out = new ArrayList<>();
    if (m.get(key) instanceof List<?> l) {
      for (Object item : l) {
        out.add(f.apply(object(item)));
      }
    }
    return out;
  }
}
