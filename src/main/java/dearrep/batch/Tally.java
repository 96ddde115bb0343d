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
  long lettersToEndedTerms;
  final Map<String, Long> byReason = new TreeMap<>();
  final Map<String, Long> byRecipient = new TreeMap<>();
  final Map<String, Long> byTopic = new TreeMap<>();

  void letter(ManifestEntry e) {
    letters++;
    if (dearrep.model.Role.TERM_ENDED.equals(e.roleStatus())) {
      lettersToEndedTerms++;
    }
    byRecipient.merge(e.recipientName() + " (" + e.recipientId() + ")", 1L, Long::sum);
    byTopic.merge(e.topic(), 1L, Long::sum);
  }

  /** The snapshot dates of the datasets that say who holds office, for the summary. */
  void peopleData(java.util.List<dearrep.model.Dataset> datasets) {
    for (dearrep.model.Dataset d : datasets) {
      if (PEOPLE_DATASETS.contains(d.key()) && d.snapshotDate() != null) {
        peopleData.put(d.key(), d.snapshotDate());
      }
    }
  }

  private static final java.util.Set<String> PEOPLE_DATASETS =
      java.util.Set.of("openstates-people", "congress-legislators", "civicpatch-san-jose");

  final Map<String, String> peopleData = new TreeMap<>();

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
        lettersToEndedTerms,
        java.util.Collections.unmodifiableSortedMap(new TreeMap<>(peopleData)),
        seconds);
  }

  private static Map<String, Long> sorted(Map<String, Long> m) {
    return java.util.Collections.unmodifiableSortedMap(new TreeMap<>(m));
  }
}
