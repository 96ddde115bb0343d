package dearrep.batch;

/**
 * The writer of one input row, as the letter needs them. Absent fields are empty strings.
 *
 * @param id the row's own id column, or ""
 * @param name full name ("José Peña")
 * @param street street address
 * @param city city
 * @param state two-letter state code as written
 * @param zip ZIP code as written
 * @param email e-mail address
 * @param note the writer's own words, inserted as text
 * @param lat the row's latitude as written, or "": where the writer lives, when given
 * @param lon the row's longitude as written, or ""
 */
public record Supporter(
    String id,
    String name,
    String street,
    String city,
    String state,
    String zip,
    String email,
    String note,
    String lat,
    String lon) {

  /** A supporter placed by ZIP code only. */
  public Supporter(
      String id,
      String name,
      String street,
      String city,
      String state,
      String zip,
      String email,
      String note) {
    this(id, name, street, city, state, zip, email, note, "", "");
  }
}
