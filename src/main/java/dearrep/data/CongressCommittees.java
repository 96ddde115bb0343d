package dearrep.data;

import static dearrep.data.UpstreamYaml.text;

import com.fasterxml.jackson.databind.JsonNode;
import dearrep.model.CommitteeSeat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Committee seats of members of Congress, from committees-current.yaml and
 * committee-membership-current.yaml. Only full committees are kept: subcommittee seats would triple
 * the size of the bundle for little use in a letter.
 */
final class CongressCommittees {

  private record Committee(String name, String chamber) {}

  private final Path checkout;
  private final Warnings warnings;

  CongressCommittees(Path checkout, Warnings warnings) {
    this.checkout = checkout;
    this.warnings = warnings;
  }

  /** Seats by bioguide id, sorted by committee name. */
  Map<String, List<CommitteeSeat>> seats() {
    Map<String, Committee> committees = committees();
    Map<String, List<CommitteeSeat>> seats = new HashMap<>();
    Path file = checkout.resolve("committee-membership-current.yaml");
    UpstreamYaml.read(file, warnings)
        .ifPresent(
            root -> {
              for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                Committee committee = committees.get(entry.getKey());
                if (committee == null) {
                  continue; // a subcommittee (thomas id + number) or an unknown committee
                }
                for (JsonNode member : entry.getValue()) {
                  String bioguide = text(member, "bioguide");
                  if (bioguide != null) {
                    seats
                        .computeIfAbsent(bioguide, k -> new ArrayList<>())
                        .add(
                            new CommitteeSeat(
                                committee.name(),
                                committee.chamber(),
                                role(text(member, "title"))));
                  }
                }
              }
            });
    seats.values().forEach(l -> l.sort(Comparator.comparing(CommitteeSeat::committee)));
    return seats;
  }

  private Map<String, Committee> committees() {
    Map<String, Committee> out = new HashMap<>();
    Path file = checkout.resolve("committees-current.yaml");
    UpstreamYaml.read(file, warnings)
        .ifPresent(
            root -> {
              for (JsonNode c : root) {
                String id = text(c, "thomas_id");
                String name = text(c, "name");
                if (id != null && name != null) {
                  out.put(id, new Committee(name, chamber(text(c, "type"))));
                }
              }
            });
    return out;
  }

  private static String chamber(String type) {
    return switch (type == null ? "" : type) {
      case "house" -> "lower";
      case "senate" -> "upper";
      default -> "joint";
    };
  }

  /**
   * Open States' role words: "Chairman", "Chairwoman" and "Chair" are {@code chair}; "Vice
   * Chairman" is {@code vice chair}; "Cochairman" is {@code co-chair}; other titles lower-cased; no
   * title is {@code member}.
   */
  static String role(String title) {
    if (title == null) {
      return "member";
    }
    String t = title.toLowerCase(Locale.ROOT).replaceAll("chair(man|woman)", "chair");
    return t.equals("cochair") ? "co-chair" : t;
  }
}
