package dearrep.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;

/**
 * How help is laid out: to the terminal's width ({@code $COLUMNS}, else 80), breaking lines only
 * between words. picocli's own command list shows the first line of a description array, which cut
 * sentences mid-way, and it wraps an example's comment back to column 0; these renderers list the
 * first whole sentence of each subcommand and wrap an example's comment under itself.
 */
final class HelpLayout {

  private static final Pattern EXAMPLE = Pattern.compile("^(\\s*\\S.*?\\S)(\\s{2,})(\\S.*)$");

  private HelpLayout() {}

  /** Applies the layout to {@code cli} and every subcommand. */
  static void apply(CommandLine cli) {
    cli.setUsageHelpWidth(width());
    Map<String, CommandLine.IHelpSectionRenderer> sections = cli.getHelpSectionMap();
    for (Kind kind : Kind.values()) {
      CommandLine.IHelpSectionRenderer picocli = sections.get(kind.key);
      if (picocli != null) {
        sections.put(kind.key, new Section(kind, picocli));
      }
    }
    for (CommandLine sub : cli.getSubcommands().values()) {
      apply(sub);
    }
  }

  /**
   * The sections laid out here. picocli breaks lines where java.text.BreakIterator allows, which
   * includes after the dot of "~/.config" and "districts.csv": description, parameters, options,
   * exit codes and synopsis are laid out unwrapped by picocli, then wrapped at spaces.
   */
  private enum Kind {
    COMMAND_LIST(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST),
    FOOTER(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER),
    DESCRIPTION(CommandLine.Model.UsageMessageSpec.SECTION_KEY_DESCRIPTION),
    PARAMETERS(CommandLine.Model.UsageMessageSpec.SECTION_KEY_PARAMETER_LIST),
    OPTIONS(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST),
    EXIT_CODES(CommandLine.Model.UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST),
    SYNOPSIS(CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS);

    final String key;

    Kind(String key) {
      this.key = key;
    }
  }

  /**
   * One section's renderer: a class rather than lambdas, so a one-shot run that prints no help
   * spins no lambda classes at start-up (see the class-data notes in the README).
   */
  private record Section(Kind kind, CommandLine.IHelpSectionRenderer picocli)
      implements CommandLine.IHelpSectionRenderer {
    @Override
    public String render(Help help) {
      return switch (kind) {
        case COMMAND_LIST -> commandList(help);
        case FOOTER -> footer(help);
        case SYNOPSIS -> synopsis(help, picocli);
        case DESCRIPTION, PARAMETERS, OPTIONS, EXIT_CODES -> rewrapped(help, picocli);
      };
    }
  }

  /** {@code $COLUMNS} within 55–120, else 80 (picocli's default). */
  static int width() {
    String columns = System.getenv("COLUMNS");
    if (columns != null && columns.matches("\\d{2,3}")) {
      return Math.max(55, Math.min(120, Integer.parseInt(columns)));
    }
    return 80;
  }

  /**
   * A section as picocli lays it out 1000 columns wide (one line per row), each line then wrapped
   * at spaces to the width: continuation lines start under the row's description, two further in,
   * as picocli indents them.
   */
  private static String rewrapped(Help help, CommandLine.IHelpSectionRenderer picocli) {
    CommandLine.Model.UsageMessageSpec usage = help.commandSpec().usageMessage();
    int width = usage.width();
    String wide = wide(help, picocli);
    StringBuilder s = new StringBuilder();
    String[] lines = wide.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].stripTrailing();
      if (line.length() <= width) {
        s.append(line);
      } else {
        int start = descriptionStart(line);
        String body = line.substring(start);
        String hang = usage.description().length > 0 && start == 0 ? "" : "  ";
        s.append(
            wrap(line.substring(0, start), " ".repeat(start) + hang, body, width).stripTrailing());
      }
      if (i < lines.length - 1) {
        s.append('\n');
      }
    }
    return s.toString();
  }

  /** A section as picocli renders it 1000 columns wide: one line per row, for wrapping here. */
  private static String wide(Help help, CommandLine.IHelpSectionRenderer picocli) {
    CommandLine.Model.UsageMessageSpec usage = help.commandSpec().usageMessage();
    int width = usage.width();
    usage.width(1000);
    try {
      return picocli.render(new Help(help.commandSpec(), help.colorScheme()));
    } finally {
      usage.width(width);
    }
  }

  /** The synopsis wrapped at spaces, continuation lines under the first option. */
  private static String synopsis(Help help, CommandLine.IHelpSectionRenderer picocli) {
    int width = help.commandSpec().usageMessage().width();
    String wide = wide(help, picocli);
    String name = help.commandSpec().qualifiedName() + " ";
    int at = wide.indexOf(name);
    if (at < 0 || wide.strip().contains("\n")) {
      return picocli.render(help);
    }
    // The heading ("Usage: ") is a section of its own, printed just before this one.
    int heading = help.synopsisHeading().length();
    String first = " ".repeat(heading) + wide.substring(0, at + name.length());
    String wrapped =
        wrap(first, " ".repeat(first.length()), wide.substring(at + name.length()).strip(), width);
    return wrapped.substring(heading);
  }

  /**
   * Where a row's text starts: after its option names (" -o, --output=FILE Write…") or, on a row
   * that continues one (a "Default:" line), at its first letter.
   */
  private static int descriptionStart(String line) {
    int first = line.length() - line.stripLeading().length();
    if (first > 8) {
      return first;
    }
    Matcher gap = Pattern.compile("\\S\\s{2,}(?=\\S)").matcher(line);
    return gap.find(first) ? gap.end() : first;
  }

  private static String commandList(Help help) {
    List<String[]> rows = new ArrayList<>();
    int nameWidth = 0;
    for (Map.Entry<String, Help> e : help.subcommands().entrySet()) {
      CommandSpec sub = e.getValue().commandSpec();
      if (sub.usageMessage().hidden() || !e.getKey().equals(sub.name())) {
        continue;
      }
      rows.add(new String[] {e.getKey(), firstSentence(sub.usageMessage().description())});
      nameWidth = Math.max(nameWidth, e.getKey().length());
    }
    if (rows.isEmpty()) {
      return "";
    }
    int width = help.commandSpec().usageMessage().width();
    int indent = 2 + nameWidth + 2;
    StringBuilder s = new StringBuilder();
    for (String[] row : rows) {
      String first = "  " + row[0] + " ".repeat(indent - 2 - row[0].length());
      s.append(wrap(first, " ".repeat(indent + 2), row[1], width));
    }
    return s.toString();
  }

  private static String footer(Help help) {
    String[] lines = help.commandSpec().usageMessage().footer();
    if (lines.length == 0) {
      return "";
    }
    int width = help.commandSpec().usageMessage().width();
    StringBuilder s = new StringBuilder();
    for (String raw : String.join("\n", lines).replace("%n", "\n").split("\n", -1)) {
      if (raw.length() <= width) {
        s.append(raw).append('\n');
        continue;
      }
      Matcher m = EXAMPLE.matcher(raw);
      if (m.matches() && m.group(1).length() + m.group(2).length() < width / 2) {
        // "  dearrep lookup CA-16     U.S. House …": the comment wraps under itself
        String first = m.group(1) + m.group(2);
        s.append(wrap(first, " ".repeat(first.length()), m.group(3), width));
      } else {
        int lead = raw.length() - raw.stripLeading().length();
        s.append(wrap(raw.substring(0, lead), " ".repeat(lead + 4), raw.strip(), width));
      }
    }
    return s.toString();
  }

  /**
   * {@code text} after {@code first}, wrapped at spaces, later lines starting with {@code rest}.
   */
  static String wrap(String first, String rest, String text, int width) {
    StringBuilder s = new StringBuilder();
    StringBuilder line = new StringBuilder(first);
    boolean empty = true;
    for (String word : text.split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (!empty && line.length() + 1 + word.length() > width) {
        s.append(line.toString().stripTrailing()).append('\n');
        line = new StringBuilder(rest);
        empty = true;
      }
      line.append(empty ? "" : " ").append(word);
      empty = false;
    }
    return s.append(line.toString().stripTrailing()).append('\n').toString();
  }

  /** The first sentence of a description, its lines joined: the command list shows only that. */
  static String firstSentence(String[] description) {
    String all =
        String.join(" ", description).replaceAll("%n", " ").replaceAll("\\s+", " ").strip();
    int stop = all.indexOf(". ");
    return stop > 0 ? all.substring(0, stop + 1) : all;
  }
}
