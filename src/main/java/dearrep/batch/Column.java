package dearrep.batch;

import java.util.List;
import java.util.Locale;

/** The columns a batch CSV may have, each with the header names it is known by. */
enum Column {
  ID(200, "id", "supporter_id", "row_id"),
  NAME(200, "name", "full_name", "fullname", "supporter", "supporter_name", "writer"),
  FIRST_NAME(100, "first_name", "firstname", "first", "given_name"),
  LAST_NAME(100, "last_name", "lastname", "last", "surname", "family_name"),
  STREET(200, "street", "address", "street_address", "address1", "address_1", "address_line_1"),
  CITY(100, "city", "town"),
  STATE(50, "state", "st"),
  ZIP(20, "zip", "zipcode", "zip_code", "postal_code", "postcode"),
  EMAIL(254, "email", "e_mail", "email_address"),
  DISTRICT(100, "district"),
  TO(100, "to", "recipient", "person_id"),
  LAT(30, "lat", "latitude"),
  LON(30, "lon", "lng", "long", "longitude"),
  TOPIC(100, "topic"),
  POSITION(20, "position", "stance"),
  NOTE(4000, "note", "message", "comment"),
  LANGUAGE(20, "language", "lang", "idioma");

  /**
   * Longest value accepted, in characters: longer values fail the row as {@code field-too-long}.
   */
  final int maxLength;

  final List<String> aliases;

  Column(int maxLength, String... aliases) {
    this.maxLength = maxLength;
    this.aliases = List.of(aliases);
  }

  /** The canonical header name, as reports print it. */
  String header() {
    return aliases.get(0);
  }

  /** "Postal Code", "postal-code" and "POSTAL_CODE" all read as {@code postal_code}. */
  static String normalize(String header) {
    return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-.]+", "_");
  }
}
