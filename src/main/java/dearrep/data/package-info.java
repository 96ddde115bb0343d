/**
 * The bundled data: reading it at run time, checking it, and regenerating it from upstream
 * snapshots with the tool's own importers.
 *
 * <p>Run-time readers: {@link dearrep.data.BundleSource} knows where bundled files live (inside the
 * jar, or a folder); {@link dearrep.data.StateBundleReader} streams one state's people into the
 * model; {@link dearrep.data.UserData} merges the user's own YAML officials; {@link
 * dearrep.data.BundleFiles} names the files; {@link dearrep.data.AtomicWrite} is the one way a
 * whole file is written (a temporary file renamed into place). Checks: {@link
 * dearrep.data.BundleCheck}. Importers (Open States, congress-legislators, CivicPatch) run through
 * {@link dearrep.data.DataImport} and report with {@link dearrep.data.ImportReport}; their parsing
 * of upstream YAML is package-private.
 */
package dearrep.data;
