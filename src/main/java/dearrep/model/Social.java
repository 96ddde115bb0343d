package dearrep.model;

/** Social-media handles; each may be null. */
public record Social(String twitter, String facebook, String instagram, String youtube) {

  public static final Social NONE = new Social(null, null, null, null);

  /** True when no account is known. */
  public boolean isEmpty() {
    return twitter == null && facebook == null && instagram == null && youtube == null;
  }
}
