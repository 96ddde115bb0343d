package dearrep.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dearrep.cli.Main;
import dearrep.cli.Session;
import dearrep.lookup.Directory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jline.reader.Candidate;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Parser;
import org.jline.reader.impl.CompletionMatcherImpl;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Tab offers, asked of the completer directly with a line parsed as JLine parses it. */
class ShellCompleterTest {

  private static ShellCompleter completer;
  private static LineReader reader;

  @BeforeAll
  static void setUp() throws Exception {
    Directory directory = Directory.bundled();
    completer =
        new ShellCompleter(
            Main.commandLine(new Session()).getCommandSpec(),
            new Vocabulary(() -> directory, Vocabulary::bundledTopicIds));
    var terminal =
        new DumbTerminal(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream());
    reader = LineReaderBuilder.builder().terminal(terminal).parser(new DefaultParser()).build();
  }

  /**
   * What the user is offered with the cursor at the end of {@code typed}: the completer's
   * candidates, filtered by JLine's own matcher as Tab does.
   */
  static List<String> complete(String typed) {
    return offered(typed).stream().map(Candidate::value).distinct().toList();
  }

  static List<Candidate> offered(String typed) {
    var line =
        (CompletingParsedLine)
            reader.getParser().parse(typed, typed.length(), Parser.ParseContext.COMPLETE);
    List<Candidate> candidates = new ArrayList<>();
    completer.complete(reader, line, candidates);
    var matcher = new CompletionMatcherImpl();
    matcher.compile(Map.of(), false, line, true, 0, null);
    return matcher.matches(candidates);
  }

  @Test
  void commandNames() {
    assertThat(complete("")).contains("lookup", "show", "data", "shell", "help");
  }

  @Test
  void optionsOfACommand() {
    assertThat(complete("lookup --")).contains("--name", "--zip", "--json", "--state");
  }

  @Test
  void districtShortFormsOfTheStateTyped() {
    List<String> offered = complete("lookup CA-AD");
    assertThat(offered).contains("CA-AD1", "CA-AD25", "CA-AD80").hasSize(80);
    assertThat(complete("lookup CA-SD")).contains("CA-SD15").hasSize(40);
    assertThat(complete("lookup CA-")).contains("CA-AD25", "CA-SD15", "CA-16");
    assertThat(complete("lookup ny-")).contains("NY-AD1", "NY-SD1");
    assertThat(complete("lookup TX-H")).contains("TX-HD1");
    assertThat(complete("lookup WY-")).contains("WY-AL");
    assertThat(complete("lookup NE-")).contains("NE-LD5");
  }

  @Test
  void stateCodes() {
    assertThat(complete("lookup ")).contains("CA", "NY", "TX", "WY", "DC").doesNotContain("US");
    assertThat(complete("lookup --state ")).contains("CA", "MA");
    assertThat(complete("lookup ca")).contains("CA", "CA-");
  }

  @Test
  void peoplesNames() {
    assertThat(offered("lookup --name kal"))
        .anySatisfy(c -> assertThat(c.displ()).isEqualTo("Ash Kalra"))
        .allSatisfy(c -> assertThat(c.value()).startsWithIgnoringCase("kal"));
    assertThat(complete("lookup --name ash")).contains("Ash Kalra");
    assertThat(complete("lookup --name Mahan")).contains("Mahan");
  }

  @Test
  void topicIds() {
    assertThat(complete("letter --topic ")).contains("police-staffing", "response-times");
    assertThat(complete("letter --topic pol")).contains("police-staffing", "police-accountability");
    assertThat(complete("topics show ")).contains("street-lighting");
    assertThat(complete("letter --to CA-AD")).contains("CA-AD25");
  }

  @Test
  void filePathsForOptionsThatTakeAFile(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("kalra.pdf"), "");
    Files.createDirectories(dir.resolve("letters"));
    assertThat(complete("lookup --data-dir " + dir + "/")).anyMatch(v -> v.endsWith("letters/"));
  }
}
