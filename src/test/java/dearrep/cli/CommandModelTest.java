package dearrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The parts of the picocli model that are built in code rather than read from annotations: the
 * subcommand table, the shared option sets, and a command line reused line after line (the shell).
 */
class CommandModelTest {

  @Test
  void eachSubcommandIsRegisteredUnderTheNameItDeclares() {
    for (Map.Entry<String, Class<?>> e : Main.SUBCOMMANDS.entrySet()) {
      CommandLine built = Main.commandLine(new Session(), e.getKey());
      if (!e.getKey().equals("help")) { // help registers every command, to list them
        assertThat(built.getSubcommands()).as(e.getKey()).containsOnlyKeys(e.getKey());
      }
      assertThat(built.getSubcommands().get(e.getKey()).getCommandName()).isEqualTo(e.getKey());
    }
    assertThat(Main.commandLine(new Session()).getSubcommands().keySet())
        .containsExactlyElementsOf(Main.SUBCOMMANDS.keySet());
  }

  @Test
  void everyCommandThatTakesTheSharedOptionsHasAllFourAndTheOnlineOnesHaveOffline() {
    List<String> withShared = new ArrayList<>();
    walk(Main.commandLine(new Session()), withShared);
    assertThat(withShared)
        .contains(
            "lookup",
            "show",
            "letter",
            "script",
            "batch",
            "data info",
            "data check",
            "data update",
            "topics show",
            "profile set");
    for (String online : List.of("lookup", "batch")) {
      CommandSpec spec =
          Main.commandLine(new Session(), online).getSubcommands().get(online).getCommandSpec();
      assertThat(spec.findOption("--offline")).as(online).isNotNull();
    }
  }

  private static void walk(CommandLine cli, List<String> withShared) {
    CommandSpec spec = cli.getCommandSpec();
    if (spec.findOption("--json") != null) {
      assertThat(List.of("--data-dir", "--no-color", "--debug"))
          .allSatisfy(o -> assertThat(spec.findOption(o)).as(spec.qualifiedName()).isNotNull());
      withShared.add(spec.qualifiedName().replaceFirst("^dearrep ", ""));
    }
    cli.getSubcommands().values().forEach(sub -> walk(sub, withShared));
  }

  @Test
  void aCommandLineRunTwiceCarriesNoOptionOverFromTheFirstRun() {
    Session session = new Session();
    CommandLine cli = Main.commandLine(session);
    StringWriter first = new StringWriter();
    cli.setOut(new PrintWriter(first));
    cli.setErr(new PrintWriter(new StringWriter()));
    assertThat(
            cli.execute(
                "lookup", "--json", "--state", "CA", "--chamber", "lower", "--district", "25"))
        .isZero();
    assertThat(first.toString()).startsWith("{").contains("Kalra");

    StringWriter second = new StringWriter();
    cli.setOut(new PrintWriter(second));
    assertThat(cli.execute("lookup", "CA-SD15")).isZero();
    assertThat(second.toString())
        .as("text, not JSON; the district asked for, not the earlier parts")
        .startsWith("California Senate district 15")
        .doesNotContain("Kalra");
  }
}
