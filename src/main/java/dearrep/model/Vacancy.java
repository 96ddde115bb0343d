package dearrep.model;

/**
 * A known vacant seat (Open States {@code settings.yml}).
 *
 * @param state two-letter code
 * @param chamber {@code lower}, {@code upper} or {@code legislature}
 * @param district district name
 * @param divisionId OCD division id of the seat
 * @param vacantUntil date the vacancy is expected to end, or null
 */
public record Vacancy(
    String state, String chamber, String district, String divisionId, String vacantUntil) {}
