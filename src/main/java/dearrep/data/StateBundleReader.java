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
import java.util.List;
import java.util.Map;

/**
 * Reads {@code people/<st>.json} with Jackson's streaming parser, straight into the model records.
 * A lookup reads one state file per process, and building databind's reflective deserializers for
 * the records costs several times more than parsing the file; this reader keeps a cold lookup fast.
 * It reads exactly what {@link BundleFiles#json()} writes (unknown fields are skipped); {@code
 * StateBundleReaderTest} checks the two agree on every bundled state.
 */
public final class StateBundleReader {

  private static final JsonFactory FACTORY = new JsonFactory();

  private StateBundleReader() {}

  /** Reads one record of type T from the object the parser has just entered. */
  private interface RecordReader<T> {
    T read(JsonParser p) throws IOException;
  }

  /** Parses one state bundle. */
  public static StateBundle read(InputStream in) throws IOException {
    try (JsonParser p = FACTORY.createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("a state bundle is a JSON object; found " + p.currentToken());
      }
      String state = null;
      List<Division> divisions = null;
      List<Person> people = null;
      List<Vacancy> vacancies = null;
      for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
        switch (field) {
          case "state" -> state = text(p);
          case "divisions" -> divisions = objects(p, StateBundleReader::division);
          case "people" -> people = objects(p, StateBundleReader::person);
          case "vacancies" -> vacancies = objects(p, StateBundleReader::vacancy);
          default -> skip(p);
        }
      }
      return new StateBundle(state, divisions, people, vacancies);
    }
  }

  private static Division division(JsonParser p) throws IOException {
    String id = null, name = null, state = null, kind = null, chamber = null, district = null;
    int seats = 0;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      switch (field) {
        case "id" -> id = text(p);
        case "name" -> name = text(p);
        case "state" -> state = text(p);
        case "kind" -> kind = text(p);
        case "chamber" -> chamber = text(p);
        case "district" -> district = text(p);
        case "seats" -> seats = p.nextToken().isNumeric() ? p.getIntValue() : 0;
        default -> skip(p);
      }
    }
    return new Division(id, name, state, kind, chamber, district, seats);
  }

  private static Vacancy vacancy(JsonParser p) throws IOException {
    String state = null, chamber = null, district = null, divisionId = null, until = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      switch (field) {
        case "state" -> state = text(p);
        case "chamber" -> chamber = text(p);
        case "district" -> district = text(p);
        case "divisionId" -> divisionId = text(p);
        case "vacantUntil" -> until = text(p);
        default -> skip(p);
      }
    }
    return new Vacancy(state, chamber, district, divisionId, until);
  }

  private static Person person(JsonParser p) throws IOException {
    String id = null, name = null, givenName = null, familyName = null, party = null;
    String email = null, contactForm = null, firstServed = null;
    List<Role> roles = null, pastRoles = null;
    List<Office> offices = null;
    List<String> links = null, sources = null;
    List<CommitteeSeat> committees = null;
    Social social = null;
    Map<String, String> ids = null;
    Provenance provenance = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      switch (field) {
        case "id" -> id = text(p);
        case "name" -> name = text(p);
        case "givenName" -> givenName = text(p);
        case "familyName" -> familyName = text(p);
        case "party" -> party = text(p);
        case "email" -> email = text(p);
        case "contactForm" -> contactForm = text(p);
        case "roles" -> roles = objects(p, StateBundleReader::role);
        case "pastRoles" -> pastRoles = objects(p, StateBundleReader::role);
        case "offices" -> offices = objects(p, StateBundleReader::office);
        case "links" -> links = texts(p);
        case "social" -> social = object(p, StateBundleReader::social);
        case "committees" -> committees = objects(p, StateBundleReader::committee);
        case "firstServed" -> firstServed = text(p);
        case "ids" -> ids = textsByName(p);
        case "sources" -> sources = texts(p);
        case "provenance" -> provenance = object(p, StateBundleReader::provenance);
        default -> skip(p);
      }
    }
    return new Person(
        id,
        name,
        givenName,
        familyName,
        party,
        email,
        contactForm,
        roles,
        offices,
        links,
        social,
        committees,
        firstServed,
        ids,
        sources,
        provenance,
        pastRoles);
  }

  private static Role role(JsonParser p) throws IOException {
    String type = null, title = null, body = null, state = null, district = null;
    String divisionId = null, jurisdiction = null, startDate = null, endDate = null, since = null;
    Level level = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      switch (field) {
        case "type" -> type = text(p);
        case "level" -> {
          String value = text(p);
          level = value == null ? null : Level.valueOf(value);
        }
        case "title" -> title = text(p);
        case "body" -> body = text(p);
        case "state" -> state = text(p);
        case "district" -> district = text(p);
        case "divisionId" -> divisionId = text(p);
        case "jurisdiction" -> jurisdiction = text(p);
        case "startDate" -> startDate = text(p);
        case "endDate" -> endDate = text(p);
        case "since" -> since = text(p);
        default -> skip(p);
      }
    }
    return new Role(
        type,
        level,
        title,
        body,
        state,
        district,
        divisionId,
        jurisdiction,
        startDate,
        endDate,
        since);
  }

  private static Office office(JsonParser p) throws IOException {
    String classification = null, name = null, address = null, voice = null, fax = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      switch (field) {
        case "classification" -> classification = text(p);
        case "name" -> name = text(p);
        case "address" -> address = text(p);
        case "voice" -> voice = text(p);
        case "fax" -> fax = text(p);
        default -> skip(p);
      }
    }
    return new Office(classification, name, address, voice, fax);
  }

  private static Social social(JsonParser p) throws IOException {
    String twitter = null, facebook = null, instagram = null, youtube = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      switch (field) {
        case "twitter" -> twitter = text(p);
        case "facebook" -> facebook = text(p);
        case "instagram" -> instagram = text(p);
        case "youtube" -> youtube = text(p);
        default -> skip(p);
      }
    }
    return new Social(twitter, facebook, instagram, youtube);
  }

  private static CommitteeSeat committee(JsonParser p) throws IOException {
    String committee = null, chamber = null, role = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      switch (field) {
        case "committee" -> committee = text(p);
        case "chamber" -> chamber = text(p);
        case "role" -> role = text(p);
        default -> skip(p);
      }
    }
    return new CommitteeSeat(committee, chamber, role);
  }

  private static Provenance provenance(JsonParser p) throws IOException {
    String dataset = null, snapshotDate = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      switch (field) {
        case "dataset" -> dataset = text(p);
        case "snapshotDate" -> snapshotDate = text(p);
        default -> skip(p);
      }
    }
    return dataset == null && snapshotDate == null ? null : new Provenance(dataset, snapshotDate);
  }

  /** The next value as text: strings as they are, numbers and booleans spelled out, else null. */
  private static String text(JsonParser p) throws IOException {
    JsonToken t = p.nextToken();
    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
      p.skipChildren();
      return null;
    }
    return t == JsonToken.VALUE_NULL ? null : p.getText();
  }

  /** The next value, an array of objects, each read by {@code reader}; null if it is not one. */
  private static <T> List<T> objects(JsonParser p, RecordReader<T> reader) throws IOException {
    if (p.nextToken() != JsonToken.START_ARRAY) {
      p.skipChildren();
      return null;
    }
    List<T> out = new ArrayList<>();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t == JsonToken.START_OBJECT) {
        out.add(reader.read(p));
      } else {
        p.skipChildren();
      }
    }
    return out;
  }

  /** The next value, an object read by {@code reader}; null if it is not one. */
  private static <T> T object(JsonParser p, RecordReader<T> reader) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return null;
    }
    return reader.read(p);
  }

  /** The next value, an array of scalars, as text. */
  private static List<String> texts(JsonParser p) throws IOException {
    List<String> out = new ArrayList<>();
    if (p.nextToken() != JsonToken.START_ARRAY) {
      p.skipChildren();
      return out;
    }
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
        p.skipChildren();
      } else {
        out.add(p.getText());
      }
    }
    return out;
  }

  /** The next value, an object of scalars, as text by field name. */
  private static Map<String, String> textsByName(JsonParser p) throws IOException {
    Map<String, String> out = new HashMap<>();
    if (p.nextToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return out;
    }
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      String value = text(p);
      if (value != null) {
        out.put(field, value);
      }
    }
    return out;
  }

  private static void skip(JsonParser p) throws IOException {
    p.nextToken();
    p.skipChildren();
  }
}
