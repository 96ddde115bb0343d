/**
 * Who represents a place: queries over the people and divisions, with no knowledge of letters,
 * terminals or picocli.
 *
 * <p>The public face: {@link dearrep.lookup.Directory} loads the officials one state at a time;
 * {@link dearrep.lookup.DistrictQuery} parses what a user typed to name a district; {@link
 * dearrep.lookup.Lookup} answers "who holds this district?" and "who is this person?" as {@link
 * dearrep.lookup.Representation}s; {@link dearrep.lookup.PlaceLookup} answers for a ZIP code or a
 * point, level by level, as a {@link dearrep.lookup.Coverage} that says what it cannot place.
 */
package dearrep.lookup;
