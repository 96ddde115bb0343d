package dearrep.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import dearrep.data.BundleFiles;
import dearrep.data.BundleSource;
import dearrep.model.Names;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Name search over {@code people/names.tsv}: the bundled file and one written here. */
class NameSearchTest {

  private final Directory bundled = Directory.bundled();

  @Test
  void findsEveryWordInAnyOrderAndRanksFamilyNamesFirst() {
    assertThat(bundled.byFoldedName(List.of("kalra", "ash")))
        .extracting(Directory.NameMatch::folded, Directory.NameMatch::state)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("ash kalra", "CA"));
    List<String> liccardo =
        new Lookup(bundled).byName("LICCARDO").stream().map(p -> p.id()).toList();
    assertThat(liccardo).startsWith("bioguide:L000607");
  }

  @Test
  void neverMatchesInsideTheStateOrIdColumns() {
    // Every bundled line carries "bioguide:" or "ocd-person/" ids and an upper-case state.
    assertThat(bundled.byFoldedName(List.of("bioguide"))).isEmpty();
    assertThat(bundled.byFoldedName(List.of("ocd")))
        .allSatisfy(m -> assertThat(m.folded()).contains("ocd"));
  }

  @Test
  void matchesFoldedNamesThatKeepNonAsciiLetters(@TempDir Path root) throws Exception {
    // Folding keeps letters outside Latin (Greek here) and the file is UTF-8: the search must
    // compare whole characters, never a stray byte of one.
    String greek = Names.fold("Σοφία Παπαδοπούλου");
    Files.createDirectories(root.resolve("people"));
    Files.writeString(
        root.resolve(BundleFiles.PEOPLE_NAMES),
        "ash kalra\tCA\tocd-person/820619fd-d053-4915-b099-1d134a880228\n" + greek + "\tNY\tx:1\n",
        StandardCharsets.UTF_8);
    Directory directory = new Directory(BundleSource.folder(root), List.of());

    assertThat(directory.byFoldedName(List.of(Names.fold("ΠΑΠΑΔΟΠΟΎΛΟΥ"))))
        .extracting(Directory.NameMatch::folded)
        .containsExactly("σοφια παπαδοπουλου");
    assertThat(directory.byFoldedName(List.of("kalra")))
        .extracting(Directory.NameMatch::id)
        .containsExactly("ocd-person/820619fd-d053-4915-b099-1d134a880228");
  }
}
