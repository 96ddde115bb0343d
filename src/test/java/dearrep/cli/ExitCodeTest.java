package dearrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dearrep.model.DearrepException;
import dearrep.model.ExitCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The one exit-code table ({@link ExitCode}), the README's and help's lists say the same. */
class ExitCodeTest {

  private static final Pattern README_ROW = Pattern.compile("^\\| (\\d+) \\| (.+?) \\|$");
  private static final Pattern HELP_ROW = Pattern.compile("^  (\\d+)\\s{2,}(\\S.*)$");

  private static Map<Integer, String> table() {
    return Arrays.stream(ExitCode.values())
        .collect(
            Collectors.toMap(ExitCode::code, ExitCode::meaning, (a, b) -> a, LinkedHashMap::new));
  }

  @Test
  void theCodesAreDistinctAndInOrder() {
    assertThat(Arrays.stream(ExitCode.values()).map(ExitCode::code)).containsExactly(0, 1, 2, 3, 4);
  }

  @Test
  void theReadmeTableListsEveryCodeWithItsMeaning() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int at = readme.indexOf("\n### Exit codes\n");
    assertThat(at).as("README has a section 'Exit codes'").isPositive();
    Map<Integer, String> rows = new LinkedHashMap<>();
    for (String line : readme.substring(at + 1).split("\n")) {
      if (line.startsWith("## ") || line.startsWith("### ") && !rows.isEmpty()) {
        break;
      }
      Matcher m = README_ROW.matcher(line);
      if (m.matches()) {
        rows.put(Integer.parseInt(m.group(1)), m.group(2));
      }
    }
    assertThat(rows).containsExactlyEntriesOf(table());
  }

  @Test
  void helpEndsWithEveryCodeAndItsMeaning() {
    Cli.Result r = Cli.run("--help");
    assertThat(r.exitCode()).isEqualTo(ExitCode.OK.code());
    assertThat(r.out().stripTrailing())
        .endsWith(ExitCode.values()[ExitCode.values().length - 1].meaning());
    assertThat(listed(r.out())).containsExactlyEntriesOf(table());
  }

  @Test
  void lookupBatchAndDataCheckListTheCodesTheyReturn() {
    assertThat(listed(Cli.run("lookup", "--help").out()).keySet()).containsExactly(0, 3, 2, 1);
    assertThat(listed(Cli.run("lookup", "--help").out()))
        .containsEntry(3, ExitCode.NOT_FOUND.meaning());
    assertThat(listed(Cli.run("batch", "--help").out()).keySet()).containsExactly(0, 4, 2, 1);
    assertThat(listed(Cli.run("data", "check", "--help").out()).keySet()).containsExactly(0, 1, 2);
  }

  @Test
  void everyFailureKindExitsWithTheCodeOfItsName() {
    for (DearrepException.Kind kind : DearrepException.Kind.values()) {
      assertThat(kind.exitCode().name()).isEqualTo(kind.name());
    }
  }

  /** The "Exit codes:" list of a help text, its wrapped lines joined. */
  private static Map<Integer, String> listed(String help) {
    int at = help.indexOf("\nExit codes:\n");
    assertThat(at).as("help has an 'Exit codes:' section:\n%s", help).isPositive();
    Map<Integer, String> rows = new LinkedHashMap<>();
    int last = -1;
    for (String line : help.substring(at + "\nExit codes:\n".length()).split("\n")) {
      if (line.isBlank()) {
        break;
      }
      Matcher m = HELP_ROW.matcher(line);
      if (m.matches()) {
        last = Integer.parseInt(m.group(1));
        rows.put(last, m.group(2).strip());
      } else {
        rows.put(last, rows.get(last) + " " + line.strip());
      }
    }
    return rows;
  }
}
