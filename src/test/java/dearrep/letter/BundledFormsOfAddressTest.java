package dearrep.letter;

import static org.assertj.core.api.Assertions.assertThat;

import dearrep.lookup.Directory;
import dearrep.model.Person;
import dearrep.model.Role;
import dearrep.testing.GoldenFile;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Reads the real bundled data and takes one person of every office kind (role type and title,
 * Congress apart) in every state, then writes the table of their inside addresses and salutations
 * to a golden file a reviewer can read at a glance.
 */
class BundledFormsOfAddressTest {

  @Test
  void everyOfficeKindInTheBundleIsAddressedProperly() {
    Directory directory = Directory.bundled();
    Map<String, Person> oneOfEach = new TreeMap<>();
    for (String state : directory.stateCodes()) {
      for (Person p : directory.state(state).people()) {
        if (p.roles().isEmpty()) {
          continue;
        }
        Role r = p.primaryRole();
        String key =
            (r.isCongress() ? "congress " : "")
                + r.type()
                + " / "
                + r.title()
                + ("DC".equals(r.state())
                        || "PR".equals(r.state())
                        || "chief election officer".equals(r.type())
                    ? " / " + r.state()
                    : "");
        oneOfEach.putIfAbsent(key, p);
        // the surname the salutation uses is the one the inside address shows
        FormOfAddress f = FormOfAddress.of(p);
        String surname = f.salutation().replaceFirst("^Dear ", "").replaceFirst(":$", "");
        surname = f.title().isEmpty() ? surname : surname.substring(f.title().length()).strip();
        assertThat(
                f.insideName().replaceFirst(",? (Jr\\.?|Sr\\.?|II|III|IV|V|PhD|MD|Esq\\.?)$", ""))
            .as(p.name())
            .endsWith(surname);
      }
    }
    assertThat(oneOfEach.keySet())
        .anyMatch(k -> k.startsWith("congress upper"))
        .anyMatch(k -> k.startsWith("congress lower"))
        .anyMatch(k -> k.startsWith("lower / Assemblymember"))
        .anyMatch(k -> k.startsWith("mayor"))
        .anyMatch(k -> k.startsWith("governor"));
    StringBuilder table = new StringBuilder();
    oneOfEach.forEach(
        (key, p) -> {
          FormOfAddress f = FormOfAddress.of(p);
          assertThat(f.salutation()).as(key).matches("Dear \\S.*\\S:");
          assertThat(f.insideName()).as(key).isNotEqualTo("The Honorable " + p.familyName());
          assertThat(f.body()).as(key).isNotBlank();
          table
              .append(key)
              .append('\n')
              .append("  ")
              .append(f.insideName())
              .append(" | ")
              .append(f.body())
              .append('\n')
              .append("  ")
              .append(f.salutation())
              .append('\n');
        });
    GoldenFile.assertMatches("forms-of-address.txt", table.toString());
  }

  @Test
  void theOfficersTheReviewFoundAreAddressedByTheirOffice() {
    Directory directory = Directory.bundled();
    assertThat(salutation(directory, "MA", "William Galvin")).isEqualTo("Dear Secretary Galvin:");
    assertThat(salutation(directory, "DE", "Anthony Albence"))
        .isEqualTo("Dear Commissioner Albence:");
    Person hernandez =
        directory.state("PR").people().stream()
            .filter(p -> p.name().startsWith("Pablo José"))
            .findFirst()
            .orElseThrow();
    FormOfAddress f = FormOfAddress.of(hernandez);
    assertThat(f.insideName()).isEqualTo("The Honorable Pablo José Hernández Rivera");
    assertThat(f.salutation()).isEqualTo("Dear Resident Commissioner Hernández Rivera:");
  }

  private static String salutation(Directory directory, String state, String name) {
    return directory.state(state).people().stream()
        .filter(p -> p.name().equals(name))
        .map(p -> FormOfAddress.of(p).salutation())
        .findFirst()
        .orElseThrow();
  }
}
