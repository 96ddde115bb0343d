package dearrep.model;

/** The level of government an office belongs to. */
public enum Level {
  FEDERAL,
  STATE,
  LOCAL;

  /** Lower-case name used in JSON, CSV and on the command line. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
