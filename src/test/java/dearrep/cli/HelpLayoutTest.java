package dearrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every command's help at 80 columns: no line is longer, and no line is broken inside a word or a
 * path. The words of the same help laid out 1000 columns wide (where nothing wraps) are the words
 * there are; a word cut in two shows up as two words that are not among them.
 */
class HelpLayoutTest {

  static Stream<String> commands() {
    return Stream.concat(Stream.of(""), HelpTest.commands());
  }

  private static String help(String path, int width) {
    CommandLine cli = Main.commandLine(new Session());
    for (String name : path.isEmpty() ? new String[0] : path.split(" ")) {
      cli = cli.getSubcommands().get(name);
    }
    setWidth(cli, width);
    return cli.getUsageMessage(CommandLine.Help.Ansi.OFF);
  }

  private static void setWidth(CommandLine cli, int width) {
    cli.setUsageHelpWidth(width);
    cli.getSubcommands().values().forEach(c -> setWidth(c, width));
  }

  private static List<String> words(String text) {
    return Arrays.stream(text.split("\\s+")).filter(w -> !w.isEmpty()).toList();
  }

  @ParameterizedTest
  @MethodSource("commands")
  void helpAt80ColumnsBreaksLinesOnlyBetweenWords(String path) {
    String narrow = help(path, 80);
    Set<String> whole = Set.copyOf(words(help(path, 1000)));
    for (String line : narrow.split("\n")) {
      assertThat(line.length()).as("'%s' is longer than 80 columns", line).isLessThanOrEqualTo(80);
    }
    List<String> cut =
        words(narrow).stream().filter(w -> !whole.contains(w)).collect(Collectors.toList());
    assertThat(cut).as("words cut by wrapping in the help of '%s':\n%s", path, narrow).isEmpty();
  }

  /**
   * A description written as several array elements is laid out one element at a time, so a
   * sentence split across elements broke early ("…import\nthem with…" at 80 columns). Prose at
   * column 0 never ends a line short of the width with the sentence going on in the next line.
   */
  @ParameterizedTest
  @MethodSource("commands")
  void descriptionsFlowAsParagraphs(String path) {
    String[] lines = help(path, 80).split("\n");
    for (int i = 1; i + 1 < lines.length; i++) {
      String line = lines[i];
      String next = lines[i + 1];
      boolean prose = !line.isBlank() && !Character.isWhitespace(line.charAt(0));
      boolean continues = !next.isBlank() && Character.isLowerCase(next.charAt(0));
      if (prose && continues && !line.startsWith("Usage:")) {
        assertThat(line.length() + 1 + next.split(" ")[0].length())
            .as("help of '%s' breaks a sentence early after: %s", path, line)
            .isGreaterThan(80);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("commands")
  void theCommandListGivesWholeSentences(String path) {
    String text = help(path, 80);
    int at = text.indexOf("\nCommands:\n");
    if (at < 0) {
      return; // a command without subcommands has no list
    }
    List<String> entries = new ArrayList<>();
    for (String line : text.substring(at + 11).split("\n")) {
      if (line.isBlank()) {
        break;
      }
      if (line.startsWith("  ") && !line.startsWith("   ")) {
        entries.add(line.strip());
      } else if (!entries.isEmpty()) {
        entries.set(entries.size() - 1, entries.get(entries.size() - 1) + " " + line.strip());
      }
    }
    assertThat(entries).isNotEmpty().allSatisfy(e -> assertThat(e).endsWith("."));
  }

  @Test
  void anExamplesCommentWrapsUnderItselfNotAtColumnZero() {
    String lookup = help("lookup", 80);
    String examples = lookup.substring(lookup.indexOf("Examples:") + "Examples:".length());
    for (String line : examples.stripTrailing().substring(1).split("\n")) {
      assertThat(line).as("example line").startsWith("  ");
    }
    assertThat(lookup)
        .contains(
            "  dearrep lookup CA-16            U.S. House, California's 16th district (also\n"
                + "                                  CA-CD16)\n");
  }

  @Test
  void dataHelpListsCheckWithItsWholeFirstSentence() {
    String data = help("data", 80).replaceAll("\\s+", " ");
    assertThat(data).contains("ids are unique, and every official has an address");
  }
}
