package dearrep.model;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The known word nearest to a mistyped one, for "did you mean" in error messages: {@code
 * polce-staffing} → {@code police-staffing}. A word counts as near when at most a third of its
 * letters (and at least one, at most three) differ; beyond that a guess is more confusing than the
 * list of what is known.
 */
public final class Nearest {

  private Nearest() {}

  /** The candidate nearest to {@code typed} (case ignored), when one is near enough. */
  public static Optional<String> to(String typed, Collection<String> candidates) {
    if (typed == null || typed.isBlank()) {
      return Optional.empty();
    }
    String t = typed.strip().toLowerCase(Locale.ROOT);
    int limit = Math.max(1, Math.min(3, t.length() / 3));
    LevenshteinDistance distance = new LevenshteinDistance(limit);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance.apply(t, c.toLowerCase(Locale.ROOT));
      // -1: farther than the limit
      if (d >= 0 && d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** {@code ": did you mean X?"} when a candidate is near, else the empty string. */
  public static String didYouMean(String typed, Collection<String> candidates) {
    return to(typed, candidates).map(c -> ": did you mean " + c + "?").orElse("");
  }
}
