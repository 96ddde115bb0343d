package dearrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed completion scripts in real shells: bash and zsh in a terminal (tmux), typing and
 * pressing Tab as a user does; fish through its own {@code complete -C}, which prints what Tab
 * would offer. The district and name candidates come from the installed {@code dearrep complete}.
 */
class CompletionShellIT {

  @TempDir static Path root;
  static InstalledRelease release;
  private Terminal terminal;

  @BeforeAll
  static void install() throws Exception {
    release = InstalledRelease.install(root);
  }

  @AfterAll
  static void removeLinks() throws Exception {
    release.close();
  }

  @AfterEach
  void close() throws Exception {
    if (terminal != null) {
      terminal.close();
    }
  }

  private Terminal bash() throws Exception {
    terminal = Terminal.start(release, "bash", "--norc", "--noprofile");
    terminal.type(
        "PS1='$ '; source " + release.prefix.resolve("share/bash-completion/completions/dearrep"));
    terminal.enter();
    return terminal;
  }

  private Terminal zsh() throws Exception {
    terminal = Terminal.start(release, "zsh", "-f");
    terminal.type(
        "PS1='%% '; fpath=("
            + release.prefix.resolve("share/zsh/site-functions")
            + " $fpath); autoload -U compinit && compinit -u -D; clear");
    terminal.enter();
    terminal.awaitPrompt("%");
    return terminal;
  }

  @Test
  void bashCompletesCommandsOptionsTopicsAndFormats() throws Exception {
    Terminal t = bash();
    t.type("dearrep topics show police-st\t");
    t.awaitLine("$ dearrep topics show police-staffing ");
    t.clearLine();
    // "--for" is shared by --force and --format: type one letter more
    t.type("dearrep letter --form\t");
    t.awaitLine("$ dearrep letter --format ");
    t.type("p\t");
    t.awaitLine("$ dearrep letter --format pdf ");
    t.clearLine();
    t.type("dearrep profile set --state W\t\t");
    t.awaitScreen("WA", "WI", "WV", "WY");
  }

  @Test
  void bashAsksTheToolForDistricts() throws Exception {
    Terminal t = bash();
    t.type("dearrep lookup CA-SD1\t\t");
    t.awaitScreen("CA-SD1 ", "CA-SD10", "CA-SD15", "CA-SD19");
    t.clearLine();
    t.type("dearrep letter --to CA-AD2\t\t");
    t.awaitScreen("CA-AD25", "CA-AD29");
  }

  @Test
  void zshCompletesNativelyWithDescriptions() throws Exception {
    Terminal t = zsh();
    t.type("dearrep topics show police-st\t");
    t.awaitLine("% dearrep topics show police-staffing ");
    t.clearLine();
    t.type("dearrep \t");
    t.awaitScreen("lookup", "Who represents a district", "letter", "completion");
    t.clearLine();
    t.type("dearrep lookup --z\t");
    t.awaitLine("% dearrep lookup --zip ");
  }

  @Test
  void zshAsksTheToolForDistrictsAndShowsWhatTheyAre() throws Exception {
    Terminal t = zsh();
    t.type("dearrep lookup CA-SD1\t");
    t.awaitScreen("CA-SD15", "California Senate district 15", "CA-SD19");
  }

  @Test
  void fishOffersTheSameWords() throws Exception {
    String script =
        release.prefix.resolve("share/fish/vendor_completions.d/dearrep.fish").toString();
    InstalledRelease.Run r =
        release.run(
            release.elsewhere,
            "fish",
            "--no-config",
            "-c",
            "source "
                + script
                + "; complete -C 'dearrep topics show police-st';"
                + " complete -C 'dearrep letter --format '; complete -C 'dearrep lookup CA-SD1';"
                + " complete -C 'dearrep le'");
    assertThat(r.exitCode()).as(r.err()).isZero();
    // fish prints "word<Tab>description"; the option's description stands beside its values
    assertThat(r.out().lines().map(l -> l.split("\t")[0]).toList())
        .contains("police-staffing", "pdf", "eml", "CA-SD15", "letter");
    assertThat(r.out().lines().toList())
        .contains("CA-SD15\tCalifornia Senate district 15")
        .anyMatch(l -> l.startsWith("letter\t"));
  }

  @Test
  void zshAndFishScriptsAreNotTheBashScript() throws Exception {
    for (String shell : List.of("zsh", "fish")) {
      InstalledRelease.Run r = release.dearrep("completion", shell);
      assertThat(r.exitCode()).isZero();
      assertThat(r.out()).doesNotContain("complete -F").contains(shell + " completion for dearrep");
    }
  }
}
