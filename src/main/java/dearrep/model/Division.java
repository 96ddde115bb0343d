package dearrep.model;

/**
 * A political division: a district, a state, a city.
 *
 * @param id OCD division id
 * @param name human name ("California Assembly district 25")
 * @param state two-letter upper-case state code
 * @param kind last segment type of the id: {@code sldl}, {@code sldu}, {@code cd}, {@code state},
 *     {@code place}, {@code council_district}, {@code district} (DC)
 * @param chamber {@code lower}, {@code upper}, {@code unicameral}, {@code us-house}, or null
 * @param district district name ("25", "7th Hampden", "at-large"), or null
 * @param seats seats in the district (multi-member districts have more than one)
 */
public record Division(
    String id,
    String name,
    String state,
    String kind,
    String chamber,
    String district,
    int seats) {}
