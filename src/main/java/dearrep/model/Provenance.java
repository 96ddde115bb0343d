package dearrep.model;

/**
 * Where a record came from.
 *
 * @param dataset key of a {@link Dataset} ("openstates-people", "congress-legislators",
 *     "civicpatch-san-jose", or "user:&lt;file&gt;")
 * @param snapshotDate date of the upstream snapshot (or retrieval) the record was read from
 */
public record Provenance(String dataset, String snapshotDate) {}
