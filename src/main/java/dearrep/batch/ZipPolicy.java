package dearrep.batch;

/** What a row does when its ZIP code spans several districts of one kind. */
public enum ZipPolicy {
  /**
   * The row fails with reason {@code ambiguous-zip}, listing the candidates: the address decides.
   */
  FAIL,
  /** A letter to every candidate district's members. */
  ALL,
  /** The candidate with the largest share of the ZIP; needs share data. */
  LARGEST
}
