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
 */
public record Supporter(
    String id,
    String name,
    String street,
    String city,
    String state,
    String zip,
    String email,
    String note) {}
