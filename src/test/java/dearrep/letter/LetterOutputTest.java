package dearrep.letter;

import static org.assertj.core.api.Assertions.assertThat;

import dearrep.model.Person;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LetterOutputTest {

  @TempDir Path dir;

  private static Letter to(Person p) {
    return Letter.compose(
        new LetterRequest(
            p,
            TopicCatalog.bundled().get("police-staffing"),
            Position.SUPPORT,
            new Sender("Jane Doe", "", "", "", "", ""),
            "",
            OfficeChoice.DISTRICT,
            LocalDate.of(2026, 11, 23),
            Standing.constituent("95113", "CA")));
  }

  @Test
  void theFormatComesFromTheOptionElseTheExtensionElseTxt() {
    assertThat(LetterOutput.plan(null, null)).isEqualTo(new LetterOutput.Print(Format.TXT));
    assertThat(LetterOutput.plan(Format.MD, null)).isEqualTo(new LetterOutput.Print(Format.MD));
    assertThat(LetterOutput.plan(null, "a.HTML"))
        .isEqualTo(new LetterOutput.Named(Format.HTML, Path.of("a.HTML")));
    assertThat(LetterOutput.plan(null, "a.letter"))
        .isEqualTo(new LetterOutput.Named(Format.TXT, Path.of("a.letter")));
    assertThat(LetterOutput.plan(Format.PDF, "a.txt"))
        .isEqualTo(new LetterOutput.OnePdf(Path.of("a.txt")));
  }

  @Test
  void aFolderIsOneThatExistsOrANameEndingInASlash() throws Exception {
    Path existing = Files.createDirectory(dir.resolve("out"));
    assertThat(LetterOutput.plan(null, existing.toString()))
        .isEqualTo(new LetterOutput.InFolder(Format.TXT, existing));
    assertThat(LetterOutput.plan(Format.PDF, dir.resolve("new") + "/"))
        .isInstanceOf(LetterOutput.InFolder.class);
  }

  @Test
  void filesAreNamedPerPersonAndTopic() {
    List<Letter> letters = List.of(to(Officials.kalra()), to(Officials.padilla()));
    assertThat(new LetterOutput.InFolder(Format.PDF, dir).files(letters))
        .containsExactly(
            dir.resolve("ash-kalra-police-staffing.pdf"),
            dir.resolve("alex-padilla-police-staffing.pdf"));
    assertThat(new LetterOutput.Named(Format.TXT, dir.resolve("l.txt")).files(letters))
        .containsExactly(dir.resolve("l-ash-kalra.txt"), dir.resolve("l-alex-padilla.txt"));
    assertThat(
            new LetterOutput.Named(Format.TXT, dir.resolve("l.txt")).files(letters.subList(0, 1)))
        .containsExactly(dir.resolve("l.txt"));
  }

  @Test
  void twoOfficialsOfOneNameNeverShareAFile() {
    Letter kalra = to(Officials.kalra());
    List<Path> files = new LetterOutput.InFolder(Format.TXT, dir).files(List.of(kalra, kalra));
    assertThat(files).doesNotHaveDuplicates();
    assertThat(files.get(1).getFileName().toString()).startsWith("ash-kalra-ocd-person-");
  }

  @Test
  void theGuidedLettersSuggestionFollowsTheSameRule() {
    assertThat(LetterOutput.fileName("Nguyễn Thị Minh Khai", "Police-Staffing", "pdf"))
        .isEqualTo("nguyen-thi-minh-khai-police-staffing.pdf");
  }
}
