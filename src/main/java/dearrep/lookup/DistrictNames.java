package dearrep.lookup;

import dearrep.model.Division;
import dearrep.model.Names;
import java.util.List;
import java.util.Optional;

/** Matching and describing district names, which are strings ("25", "7th Hampden", "Ward 1"). */
final class DistrictNames {

  private DistrictNames() {}

  /** The division whose district name matches what the user typed: "025" = "25", "1" = "Ward 1". */
  static Optional<Division> match(List<Division> seats, String typed) {
    String want = key(typed);
    Optional<Division> exact =
        seats.stream().filter(d -> key(d.district()).equals(want)).findFirst();
    if (exact.isPresent()) {
      return exact;
    }
    List<Division> byNumber =
        seats.stream()
            .filter(d -> key(d.district()).replaceAll("^(ward|district) ", "").equals(want))
            .toList();
    return byNumber.size() == 1 ? Optional.of(byNumber.get(0)) : Optional.empty();
  }

  /** "California's Assembly has districts 1–80", or a few example names for named districts. */
  static String describe(String subject, String noun, List<Division> seats) {
    if (seats.isEmpty()) {
      return subject + " no " + noun + " in the data";
    }
    boolean numeric =
        seats.stream().allMatch(d -> d.district() != null && d.district().matches("\\d+"));
    if (numeric) {
      int min = seats.stream().mapToInt(d -> Integer.parseInt(d.district())).min().orElse(0);
      int max = seats.stream().mapToInt(d -> Integer.parseInt(d.district())).max().orElse(0);
      return subject + " " + noun + " " + min + "–" + max;
    }
    List<String> names = seats.stream().map(Division::district).sorted().limit(4).toList();
    return subject
        + " "
        + seats.size()
        + " named "
        + noun
        + ", e.g. \""
        + String.join("\", \"", names)
        + "\"";
  }

  static String possessive(String name) {
    return name.endsWith("s") ? name + "'" : name + "'s";
  }

  private static String key(String district) {
    if (district == null) {
      return "";
    }
    String k = Names.fold(district);
    return k.matches("\\d+") ? DistrictQuery.stripZeros(k) : k;
  }
}
