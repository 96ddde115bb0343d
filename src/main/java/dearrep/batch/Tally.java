package dearrep.batch;

import java.util.Map;
import java.util.TreeMap;

/** Running counts for the summary; touched by the one thread that writes the reports. */
final class Tally {

  long rowsRead;
  long rowsOk;
  long rowsFailed;
  long rowsResumed;
  long letters;
  long files;
  long pages;
  long lettersOverOnePage;
  final Map<String, Long> byReason = new TreeMap<>();
  final Map<String, Long> byRecipient = new TreeMap<>();
  final Map<String, Long> byTopic = new TreeMap<>();

  void letter(ManifestEntry e) {
    letters++;
    byRecipient.merge(e.recipientName() + " (" + e.recipientId() + ")", 1L, Long::sum);
    byTopic.merge(e.topic(), 1L, Long::sum);
  }

  void failure(String reason) {
    rowsFailed++;
    byReason.merge(reason, 1L, Long::sum);
  }

  BatchSummary summary(String input, double seconds) {
    return new BatchSummary(
        input,
        rowsRead,
        rowsOk,
        rowsFailed,
        rowsResumed,
        letters,
        files,
        pages,
        lettersOverOnePage,
        sorted(byReason),
        sorted(byRecipient),
        sorted(byTopic),
        seconds);
  }

  private static Map<String, Long> sorted(Map<String, Long> m) {
    return java.util.Collections.unmodifiableSortedMap(new TreeMap<>(m));
  }
}
