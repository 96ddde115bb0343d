package dearrep.model;

/**
 * A person's membership of a committee.
 *
 * @param committee committee name ("Appropriations")
 * @param chamber {@code upper}, {@code lower}, {@code legislature} or {@code joint}
 * @param role {@code chair}, {@code vice chair}, {@code ranking member}, {@code member}, ...
 */
public record CommitteeSeat(String committee, String chamber, String role) {}
