package dearrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The release as a user gets it: the archive {@code mvn package} built, installed with its {@code
 * install.sh} into a temporary prefix, and run from there with no Maven on the PATH.
 */
class ReleaseIT {

  @TempDir static Path root;
  static InstalledRelease release;

  @BeforeAll
  static void install() throws Exception {
    release = InstalledRelease.install(root);
  }

  @AfterAll
  static void removeLinks() throws Exception {
    release.close();
  }

  private static final List<String> LAYOUT =
      List.of(
          "bin/dearrep",
          "install.sh",
          "lib/dearrep.jar",
          "man/man1/dearrep.1",
          "man/man1/dearrep-lookup.1",
          "completions/dearrep.bash",
          "completions/_dearrep",
          "completions/dearrep.fish",
          "README.md",
          "CHANGELOG.md",
          "LICENSE",
          "LICENSE-DejaVu.txt",
          "DATA-CREDITS.txt",
          "VERSION");

  @Test
  void theTarAndTheZipHoldTheSameReleaseLayout() throws Exception {
    Path home = release.releaseHome();
    String base = home.getFileName().toString();
    for (String entry : LAYOUT) {
      assertThat(home.resolve(entry)).as(entry).isRegularFile();
    }
    assertThat(home.resolve("bin/dearrep")).isExecutable();
    assertThat(home.resolve("install.sh")).isExecutable();
    Path zip = Path.of(InstalledRelease.archive().toString().replace(".tar.gz", ".zip"));
    try (ZipFile z = new ZipFile(zip.toFile())) {
      for (String entry : LAYOUT) {
        assertThat(z.getEntry(base + "/" + entry)).as("zip entry " + entry).isNotNull();
      }
    }
    assertThat(Files.readString(home.resolve("DATA-CREDITS.txt")))
        .contains("GeoNames", "CC BY 4.0", "Open States people", "CC0");
  }

  @Test
  void mavenIsNotOnThePathOfTheInstalledRuns() throws Exception {
    assertThat(release.run(release.elsewhere, "/bin/sh", "-c", "command -v mvn").exitCode())
        .isNotZero();
    assertThat(release.run(release.elsewhere, "/bin/sh", "-c", "command -v java").exitCode())
        .isZero();
  }

  @Test
  void versionIsTheReleaseVersionWithTheDataSnapshots() throws Exception {
    String version = Files.readString(release.releaseHome().resolve("VERSION")).strip();
    assertThat(version).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    InstalledRelease.Run r = release.dearrep("--version");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("dearrep " + version + "\n");
    assertThat(r.out()).containsPattern("\\d{4}-\\d\\d-\\d\\d  Open States people");
    assertThat(r.out()).containsPattern("\\d{4}-\\d\\d-\\d\\d  congress-legislators");
  }

  @Test
  void installedLookupAnswersAndKeepsItsArchiveInTheUsersCache() throws Exception {
    for (int i = 0; i < 2; i++) {
      InstalledRelease.Run r = release.dearrep("lookup", "CA-AD25");
      assertThat(r.exitCode()).as(r.err()).isZero();
      assertThat(r.out()).contains("Ash Kalra", "Room 4610, 1021 O St.", "408-286-2535");
      // standard error holds at most the election notice (the clock is real here): no JVM or
      // class-data warnings, no error
      assertThat(r.err().isEmpty() || r.err().startsWith("The people data (")).as(r.err()).isTrue();
      assertThat(r.err()).doesNotContainIgnoringCase("warning").doesNotContain("dearrep:");
    }
    try (Stream<Path> s = Files.walk(release.home.resolve(".cache/dearrep/cds"))) {
      assertThat(s.filter(p -> p.toString().endsWith(".jsa")).toList()).hasSize(1);
    }
    try (Stream<Path> s = Files.list(release.elsewhere)) {
      assertThat(s.toList()).as("nothing written in the working folder").isEmpty();
    }
  }

  /** Every command, as the help test lists them, has a page installed where man finds it. */
  static Stream<String> commands() {
    return HelpTest.commands().filter(c -> !c.equals("complete"));
  }

  @ParameterizedTest
  @MethodSource("commands")
  void everyCommandHasAManPageThatManRenders(String command) throws Exception {
    String name = "dearrep-" + command.replace(' ', '-');
    Path page = release.prefix.resolve("share/man/man1/" + name + ".1");
    assertThat(page).isRegularFile();
    InstalledRelease.Run byFile =
        release.run(release.elsewhere, List.of("MANWIDTH=80"), "man", "-l", page.toString());
    assertThat(byFile.exitCode()).as(byFile.err()).isZero();
    assertThat(byFile.out())
        .contains("NAME", "SYNOPSIS", "dearrep " + command, "-h, --help")
        .doesNotContain("ifdef::", ":doctype:", "*--", "[*"); // no AsciiDoc left unconverted
    InstalledRelease.Run byName =
        release.run(release.elsewhere, List.of("MANWIDTH=80"), "man", name);
    assertThat(byName.exitCode()).as("man finds it on MANPATH: " + byName.err()).isZero();
  }

  @Test
  void theTopPageListsEveryCommand() throws Exception {
    InstalledRelease.Run r =
        release.run(
            release.elsewhere,
            "man",
            "-l",
            release.prefix.resolve("share/man/man1/dearrep.1").toString());
    assertThat(r.exitCode()).isZero();
    for (String top : List.of("lookup", "show", "letter", "script", "batch", "completion")) {
      assertThat(r.out()).contains(top);
    }
  }

  @Test
  void theTopPageListsEveryExitCodeWithItsMeaning() throws Exception {
    InstalledRelease.Run r =
        release.run(
            release.elsewhere,
            List.of("MANWIDTH=200"),
            "man",
            "-l",
            release.prefix.resolve("share/man/man1/dearrep.1").toString());
    assertThat(r.exitCode()).isZero();
    String page = r.out().replaceAll("\\s+", " ");
    assertThat(page).contains("EXIT CODES");
    for (dearrep.model.ExitCode code : dearrep.model.ExitCode.values()) {
      assertThat(page).contains(code.code() + " " + code.meaning());
    }
  }

  @Test
  void aSymlinkAnywhereFindsTheReleaseHome(@TempDir Path links) throws Exception {
    Path hop = links.resolve("hop");
    Files.createSymbolicLink(hop, release.prefix.resolve("bin/dearrep"));
    Path relative = links.resolve("dr");
    Files.createSymbolicLink(relative, Path.of("hop"));
    InstalledRelease.Run r = release.run(release.elsewhere, relative.toString(), "--version");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("dearrep ");
  }

  @Test
  void uninstallRemovesEveryInstalledFile(@TempDir Path other) throws Exception {
    try (InstalledRelease second = InstalledRelease.install(other)) {
      uninstallRemovesEveryInstalledFile(second);
    }
  }

  private static void uninstallRemovesEveryInstalledFile(InstalledRelease second) throws Exception {
    List<Path> before = files(second.prefix);
    assertThat(before).hasSizeGreaterThan(20);
    InstalledRelease.Run r =
        second.run(
            second.elsewhere,
            second.prefix.resolve("lib/dearrep/install.sh").toString(),
            "--uninstall",
            "--prefix",
            second.prefix.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(files(second.prefix)).isEmpty();
    InstalledRelease.Run again =
        second.run(
            second.elsewhere,
            second.releaseHome().resolve("install.sh").toString(),
            "--uninstall",
            "--prefix",
            second.prefix.toString());
    assertThat(again.exitCode()).isEqualTo(3);
    assertThat(again.err()).contains("no dearrep installed under");
  }

  @Test
  void theDevelopersLauncherWorksThroughASymlink(@TempDir Path bin) throws Exception {
    Path checkout = Path.of("").toAbsolutePath();
    Path link = bin.resolve("dearrep");
    Files.createSymbolicLink(link, checkout.resolve("scripts/dearrep"));
    InstalledRelease.Run r = release.run(release.elsewhere, link.toString(), "lookup", "CA-AD25");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("Ash Kalra");
    assertThat(release.elsewhere.resolve("target")).doesNotExist();
    assertThat(bin.resolve("../target")).doesNotExist();
    Files.delete(link);
  }

  private static List<Path> files(Path dir) throws Exception {
    List<Path> found = new ArrayList<>();
    try (Stream<Path> s = Files.walk(dir)) {
      s.filter(p -> !Files.isDirectory(p)).forEach(found::add);
    }
    return found;
  }
}
