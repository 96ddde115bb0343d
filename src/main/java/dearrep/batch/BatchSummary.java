package dearrep.batch;

import dearrep.model.ExitCode;
import java.util.Map;

/**
 * What a batch did, as {@code summary.json} records it. Counts cover the whole job, including rows
 * finished by an earlier, interrupted run.
 *
 * @param input the CSV read ("-" for standard input)
 * @param rowsRead input rows (blank lines are not rows)
 * @param rowsOk rows that yielded their letters
 * @param rowsFailed rows reported in {@code errors.csv}
 * @param rowsResumed rows finished by an earlier run and skipped by this one
 * @param lettersWritten letters listed in the manifest
 * @param filesWritten files in the output folder (packets hold many letters)
 * @param pagesWritten pages of the PDF packets written by this run (0 without --bundle-by)
 * @param lettersOverOnePage letters in the packets that ran past one page (a long note): worth a
 *     look before printing
 * @param failedByReason failed rows per reason code
 * @param lettersByRecipient letters per official ("Ash Kalra (ocd-person/…)")
 * @param lettersByTopic letters per topic id
 * @param lettersToEndedTerms letters to officials whose term has ended per the source and who are
 *     still shown because nobody newer holds the seat in the data (manifest {@code role_status});
 *     check who holds the office before sending them
 * @param peopleData the snapshot date of each dataset of people the letters were addressed from
 * @param elapsedSeconds wall time of this run
 */
public record BatchSummary(
    String input,
    long rowsRead,
    long rowsOk,
    long rowsFailed,
    long rowsResumed,
    long lettersWritten,
    long filesWritten,
    long pagesWritten,
    long lettersOverOnePage,
    Map<String, Long> failedByReason,
    Map<String, Long> lettersByRecipient,
    Map<String, Long> lettersByTopic,
    long lettersToEndedTerms,
    Map<String, String> peopleData,
    double elapsedSeconds) {

  /** {@link ExitCode#OK} when every row yielded its letters, else {@link ExitCode#ROWS_FAILED}. */
  public ExitCode exitCode() {
    return rowsFailed == 0 ? ExitCode.OK : ExitCode.ROWS_FAILED;
  }

  /** The one line printed at the end of a run. */
  public String line() {
    long thisRun = rowsRead - rowsResumed;
    return String.format(
        java.util.Locale.ROOT,
        "%s: %s written%s, %s failed%s%s in %.1f s%s",
        count(rowsRead, "row"),
        count(lettersWritten, "letter"),
        lettersToEndedTerms > 0
            ? " (" + lettersToEndedTerms + " to terms ended per the source: see role_status)"
            : "",
        count(rowsFailed, "row"),
        rowsFailed > 0 ? " (see errors.csv)" : "",
        rowsResumed > 0 ? ", " + count(rowsResumed, "row") + " done by the earlier run" : "",
        elapsedSeconds,
        thisRun > 0 && elapsedSeconds > 0
            ? String.format(java.util.Locale.ROOT, " (%.0f rows/s)", thisRun / elapsedSeconds)
            : "");
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
