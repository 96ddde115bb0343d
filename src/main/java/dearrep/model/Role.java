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
 * @param roleStatus {@link #CURRENT} or {@link #TERM_ENDED}, decided when the data is read with
 *     today's date ({@code dearrep.lookup.CurrentRoles}); null in the bundle files themselves
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
    String since,
    String roleStatus) {

  /** The role is held today: no end date, or one after today. */
  public static final String CURRENT = "current";

  /**
   * The end date has passed, and nobody newer holds this single seat in the data: shown, marked as
   * possibly out of date.
   */
  public static final String TERM_ENDED = "term-ended";

  /** A role as the bundle stores it, before today's rule has judged it. */
  public Role(
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
    this(
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
        since,
        null);
  }

  /** The same role with its status as judged today. */
  public Role withStatus(String status) {
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
        since,
        status);
  }

  /**
   * True when the term's end date has passed but the role is still shown (see {@link #TERM_ENDED}).
   */
  public boolean termEnded() {
    return TERM_ENDED.equals(roleStatus);
  }

  /**
   * The one wording every surface uses for a role shown after its end date ("term ended 2025-01-02
   * per the source; may be out of date"), or empty for a current role.
   */
  public java.util.Optional<String> endedNote() {
    return termEnded()
        ? java.util.Optional.of("term ended " + endDate + " per the source; may be out of date")
        : java.util.Optional.empty();
  }

  /** True for members of Congress. */
  public boolean isCongress() {
    return "ocd-jurisdiction/country:us/government".equals(jurisdiction);
  }
}
