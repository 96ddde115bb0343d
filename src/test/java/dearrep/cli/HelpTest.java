package dearrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** Every command answers --help; the top command alone answers --version. */
class HelpTest {

  /** Every command path in the tree, e.g. "lookup", "data import openstates". */
  static Stream<String> commands() {
    List<String> paths = new ArrayList<>();
    collect(Main.commandLine(new Session()), "", paths);
    return paths.stream();
  }

  private static void collect(CommandLine cli, String prefix, List<String> paths) {
    cli.getSubcommands()
        .forEach(
            (name, sub) -> {
              if (!sub.getCommandName().equals(name)) {
                return; // an alias
              }
              String path = (prefix + " " + name).strip();
              paths.add(path);
              collect(sub, path, paths);
            });
  }

  @ParameterizedTest
  @MethodSource("commands")
  void everyCommandAnswersHelpWithItsUsage(String path) {
    List<String> args = new ArrayList<>(List.of(path.split(" ")));
    args.add("--help");
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("Usage: dearrep " + path).contains("-h, --help");
    assertThat(r.out()).doesNotContain("--version");
  }

  @Test
  void theTopCommandAnswersVersion() {
    Cli.Result r = Cli.run("--version");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("dearrep ");
    assertThat(Cli.run("--help").out()).contains("-h, --help").contains("-V, --version");
  }

  @Test
  void aSubcommandRejectsVersionRatherThanPrintingNothing() {
    Cli.Result r = Cli.run("lookup", "--version");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option: '--version'");
  }
}
