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
    int seats) {}
