package dearrep.lookup;

import dearrep.geocode.AddressMatch;
import java.util.Optional;

/**
 * What an address lookup found: the Census Geocoder's match and everyone it places, or why there is
 * no match and what the address's ZIP code places offline instead.
 */
public final class AddressAnswer {

  /** How the address was placed. */
  public enum Status {
    /** The Census Geocoder matched the address: every level is placed from its point. */
    MATCHED,
    /** The service answered but matched nothing. */
    NO_MATCH,
    /** The service could not be reached (or sent an unreadable answer). */
    UNREACHABLE,
    /** Network use is forbidden: the address was not sent. */
    OFFLINE
  }

  private final Status status;
  private final String address;
  private final AddressMatch match;
  private final Coverage coverage;
  private final String problem;

  private AddressAnswer(
      Status status, String address, AddressMatch match, Coverage coverage, String problem) {
    this.status = status;
    this.address = address;
    this.match = match;
    this.coverage = coverage;
    this.problem = problem;
  }

  static AddressAnswer matched(AddressMatch match, Coverage coverage) {
    return new AddressAnswer(Status.MATCHED, match.input(), match, coverage, "");
  }

  static AddressAnswer unplaced(
      Status status, String address, Optional<Coverage> byZip, String problem) {
    return new AddressAnswer(status, address, null, byZip.orElse(null), problem);
  }

  public Status status() {
    return status;
  }

  /** The address as the user gave it. */
  public String address() {
    return address;
  }

  /** The Census Geocoder's match, when there is one. */
  public Optional<AddressMatch> match() {
    return Optional.ofNullable(match);
  }

  /**
   * Everyone placed: from the matched point, or, without a match, from the ZIP code in the address
   * (empty when it has none or the ZIP is unknown).
   */
  public Optional<Coverage> coverage() {
    return Optional.ofNullable(coverage);
  }

  /** Why the address was not placed, one line, for standard error; "" when matched. */
  public String problem() {
    return problem;
  }
}
