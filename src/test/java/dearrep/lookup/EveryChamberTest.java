package dearrep.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import dearrep.model.Chamber;
import dearrep.model.Division;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every chamber in the bundled chamber table answers a district query with its member title. */
class EveryChamberTest {

  @Test
  void eachStateAndChamberAnswersWithTheTitleFromTheChamberTable() {
    Directory directory = Directory.bundled();
    Lookup lookup = new Lookup(directory);
    List<String> checked = new ArrayList<>();
    for (Map.Entry<String, List<Chamber>> state : directory.chambers().entrySet()) {
      if (state.getKey().equals("US") || directory.state(state.getKey()).people().isEmpty()) {
        continue;
      }
      for (Chamber chamber : state.getValue()) {
        var filled =
            directory.state(state.getKey()).divisions().stream()
                .filter(d -> chamber.chamber().equals(d.chamber()))
                .filter(d -> !lookup.find(new DistrictQuery.Division(d.id())).members().isEmpty())
                .findFirst();
        if (filled.isEmpty()) {
          // Open States has no legislators for some territories' legislatures.
          assertThat(chamber.isTerritory()).as("no filled seat in %s", chamber).isTrue();
          continue;
        }
        Division seat = filled.get();
        String code =
            switch (chamber.chamber()) {
              case "upper" -> "SD";
              case "lower" -> "HD";
              default -> "LD";
            };
        Representation rep =
            lookup.find(DistrictQuery.parse(state.getKey() + "-" + code + " " + seat.district()));
        assertThat(rep.division().id()).isEqualTo(seat.id());
        assertThat(rep.members())
            .as("%s %s", state.getKey(), chamber.chamber())
            .allSatisfy(m -> assertThat(m.role().title()).isEqualTo(chamber.memberTitle()));
        checked.add(state.getKey().toLowerCase(Locale.ROOT) + "-" + chamber.chamber());
      }
    }
    assertThat(checked)
        .hasSizeGreaterThanOrEqualTo(99)
        .contains("ca-lower", "ne-unicameral", "dc-unicameral", "md-lower");
  }
}
