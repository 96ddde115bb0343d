package dearrep.model;

/**
 * A legislative chamber, from the Open States metadata table.
 *
 * @param state two-letter code ("CA"; "US" for Congress)
 * @param stateName "California"
 * @param fips two-digit state FIPS code
 * @param legislature "California State Legislature"
 * @param unicameral true for Nebraska and DC
 * @param chamber {@code lower}, {@code upper} or {@code unicameral}
 * @param chamberName "Assembly", "Senate", "House"
 * @param memberTitle "Assemblymember", "Assembly Member", "Delegate", "Senator"
 * @param seats number of seats
 */
public record Chamber(
    String state,
    String stateName,
    String fips,
    String legislature,
    boolean unicameral,
    String chamber,
    String chamberName,
    String memberTitle,
    int seats) {

  /**
   * The name of the body a legislator serves, as written on a letter's inside address. One rule for
   * every state, so that names are predictable rather than each official's preference:
   *
   * <ul>
   *   <li>unicameral: the legislature's name ("Nebraska Legislature", "Council of the District of
   *       Columbia");
   *   <li>a chamber named "Assembly" or "Senate": "&lt;State&gt; State Assembly", "&lt;State&gt;
   *       State Senate" ("California State Assembly", "New York State Senate"); territories drop
   *       "State" ("Puerto Rico Senate");
   *   <li>a chamber named "House": "&lt;State&gt; House of Delegates" where members are Delegates
   *       (Maryland, Virginia, West Virginia), else "&lt;State&gt; House of Representatives";
   *   <li>any other chamber name: "&lt;State&gt; &lt;chamber name&gt;".
   * </ul>
   */
  public String bodyName() {
    if (unicameral()) {
      return legislature();
    }
    String state = stateName();
    String stateWord = isTerritory() ? " " : " State ";
    return switch (chamberName()) {
      case "Assembly", "Senate" -> state + stateWord + chamberName();
      case "House" ->
          state
              + (memberTitle().equals("Delegate")
                  ? " House of Delegates"
                  : " House of Representatives");
      default -> state + " " + chamberName();
    };
  }

  /** True for Puerto Rico, Guam and the other territories. */
  public boolean isTerritory() {
    return java.util.Set.of("AS", "GU", "MP", "PR", "VI", "UM").contains(state);
  }
}
