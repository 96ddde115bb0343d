package dearrep.model;

/**
 * An upstream source the bundle was built from.
 *
 * @param key short key records refer to ("openstates-people")
 * @param name human name
 * @param origin upstream repository or URL
 * @param commit upstream commit, or null
 * @param snapshotDate date of the upstream snapshot
 * @param license license name
 * @param attribution attribution text that must be shown, or null
 * @param validThrough last date the data describe current offices (e.g. the end of a Congress), or
 *     null when open-ended
 * @param records number of records imported from it
 */
public record Dataset(
    String key,
    String name,
    String origin,
    String commit,
    String snapshotDate,
    String license,
    String attribution,
    String validThrough,
    int records) {}
