package dearrep.model;

/**
 * A current office held by a person.
 *
 * <p>{@code type} uses Open States' vocabulary: {@code upper}, {@code lower}, {@code legislature}
 * (unicameral), {@code governor}, {@code lt_governor}, {@code attorney general}, {@code secretary
 * of state}, {@code treasurer}, {@code auditor}, {@code chief election officer}, {@code mayor}, and
 * {@code councilmember} for city councils. Members of Congress are {@code upper}/{@code lower} in
 * the jurisdiction {@code ocd-jurisdiction/country:us/government}, as Open States files them.
 *
 * @param type role type, see above
 * @param level federal, state or local
 * @param title the member title from the chamber table ("Assemblymember", "Delegate",
 *     "Representative", "Senator", "Governor", "Mayor", "Councilmember")
 * @param body the body served ("California State Assembly", "United States Senate", "City of San
 *     Jose")
 * @param state two-letter upper-case state code ("CA"; "DC", "PR" too)
 * @param district district name as upstream writes it ("25", "7th Hampden", "at-large"), or null
 *     for statewide and citywide offices
 * @param divisionId the OCD division this role represents
 * @param jurisdiction the OCD jurisdiction id of the government
 * @param startDate ISO date (or partial, "2025-01") the role began, or null
 * @param endDate ISO date the term ends, or null
 * @param since first start date of this role held without a break, or null
 */
public record Role(
    String type,
    Level level,
    String title,
    String body,
    String state,
    String district,
    String divisionId,
    String jurisdiction,
    String startDate,
    String endDate,
    String since) {

  /** True for members of Congress. */
  public boolean isCongress() {
    return "ocd-jurisdiction/country:us/government".equals(jurisdiction);
  }
}
