package dearrep.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class FileNamesTest {

  private static final Set<String> WINDOWS_DEVICES =
      Set.of(
          "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7",
          "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

  @Property(tries = 2000)
  void letterNamesAreSafeOnEveryOs(
      @ForAll @LongRange(min = 2, max = 50_000_000) long line,
      @ForAll("text") String rowId,
      @ForAll("text") String writer,
      @ForAll("text") String recipient,
      @ForAll("text") String recipientId) {
    String name = FileNames.letter(line, rowId, writer, recipient, recipientId, "txt");
    assertSafe(name);
    assertThat(FileNames.lineOf(name)).isEqualTo(line);
    // stable: the same row gives the same name on every run
    assertThat(FileNames.letter(line, rowId, writer, recipient, recipientId, "txt"))
        .isEqualTo(name);
  }

  @Property(tries = 2000)
  void packetNamesAreSafeOnEveryOs(@ForAll("text") String recipient, @ForAll("text") String id) {
    String name = FileNames.capped(FileNames.packetStem(recipient, id) + "-001", "pdf");
    assertSafe(name);
    assertThat(FileNames.lineOf(name)).isEqualTo(-1);
  }

  @Property(tries = 1000)
  void segmentsNeverNameAWindowsDevice(@ForAll("devices") String device) {
    String s = FileNames.segment(device, "x");
    assertThat(WINDOWS_DEVICES).doesNotContain(s.toLowerCase(Locale.ROOT));
    assertSafe(FileNames.capped(FileNames.packetStem(device, "") + "-001", "pdf"));
  }

  @Test
  void namesReadLikeTheirWritersAndRecipients() {
    assertThat(
            FileNames.letter(
                42,
                "s17",
                "José Peña",
                "Ash Kalra",
                "ocd-person/820619fd-d053-4915-b099-1d134a880228",
                "txt"))
        .isEqualTo("0000042-jose-pena-s17-to-ash-kalra-820619fd.txt");
    assertThat(
            FileNames.letter(
                3, "", "Nguyễn Thị Minh", "Sam T. Liccardo", "bioguide:L000607", "pdf"))
        .isEqualTo("0000003-nguyen-thi-minh-to-sam-t-liccardo-l000607.pdf");
    assertThat(FileNames.letter(7, "../../etc", "../../etc/passwd", "CON", "bioguide:..", "eml"))
        .isEqualTo("0000007-etc-passwd-etc-to-con--" + FileNames.shortId("bioguide:..") + ".eml");
    assertThat(FileNames.letter(8, "", "王小明", "", "", "txt"))
        .startsWith("0000008-writer-to-official-");
  }

  private static void assertSafe(String name) {
    assertThat(name).matches("[a-z0-9][a-z0-9-]*\\.[a-z]+");
    assertThat(name.length()).isLessThanOrEqualTo(FileNames.MAX_LENGTH);
    assertThat(name).doesNotContain("..");
    String stem = name.substring(0, name.indexOf('.'));
    assertThat(WINDOWS_DEVICES).doesNotContain(stem);
    Path dir = Path.of("/out");
    assertThat(dir.resolve(name).normalize().getParent()).isEqualTo(dir);
  }

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(300),
        Arbitraries.strings().withChars("./\\:*?\"<>|\u0000\n\r\t -_éễ王ﬁ…").ofMaxLength(80),
        Arbitraries.of(
            "..",
            ".",
            "CON",
            "nul",
            "Com1",
            "LPT9",
            "",
            " ",
            "-",
            "ocd-person/820619fd-d053",
            "bioguide:K000400"));
  }

  @Provide
  Arbitrary<String> devices() {
    return Arbitraries.of(WINDOWS_DEVICES)
        .flatMap(
            d ->
                Arbitraries.of(
                    d, d.toUpperCase(Locale.ROOT), " " + d + " ", d + ".", "-" + d + "-"));
  }
}
