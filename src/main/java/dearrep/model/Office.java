package dearrep.model;

/**
 * A place to reach an official: a capitol or D.C. office, a district office, or a primary office.
 *
 * @param classification Open States vocabulary: {@code capitol}, {@code district}, {@code primary},
 *     {@code capitol-mail}, {@code district-mail}, {@code home}
 * @param name a label where the source gives one (e.g. "Half Moon Bay"), else null
 * @param address one line; parts separated by ", " or "; " as upstream wrote them
 * @param voice phone number, or null
 * @param fax fax number, or null
 */
public record Office(String classification, String name, String address, String voice, String fax) {

  /** True for offices in the capital: the state capitol or Washington, D.C. */
  public boolean isCapitol() {
    return classification != null && classification.startsWith("capitol");
  }

  /** True for offices at home in the district. */
  public boolean isDistrict() {
    return classification != null && classification.startsWith("district");
  }
}
