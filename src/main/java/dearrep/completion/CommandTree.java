package dearrep.completion;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The commands as completion sees them: one {@link Node} per command path ({@code /}, {@code
 * /data}, {@code /data/import}), with its subcommands, options and positional parameters, each
 * option and parameter tagged with the {@link Value} it takes.
 */
final class CommandTree {

  /** A subcommand and its one-line description. */
  record Sub(String name, String description) {}

  /** An option: its names, one-line description and what it takes. */
  record Opt(List<String> names, String description, Value value) {}

  /** One command: {@code path} is {@code /} for the top, then {@code /name/name}. */
  record Node(String path, List<Sub> subs, List<Opt> options, List<Value> positionals) {}

  private static final Set<String> DIR_LABELS = Set.of("DIR", "OUT");
  private static final Set<String> FILE_LABELS = Set.of("FILE", "FILE.csv");

  private final List<String> topics;
  private final List<String> states;

  private CommandTree(List<String> topics, List<String> states) {
    this.topics = topics;
    this.states = states;
  }

  /** Every visible command under {@code top}, top first, parents before children. */
  static List<Node> of(CommandSpec top, List<String> topics, List<String> states) {
    List<Node> nodes = new ArrayList<>();
    new CommandTree(topics, states).walk(top, "", nodes);
    return List.copyOf(nodes);
  }

  private void walk(CommandSpec spec, String path, List<Node> nodes) {
    List<Sub> subs = new ArrayList<>();
    List<CommandSpec> children = new ArrayList<>();
    spec.subcommands()
        .forEach(
            (name, cl) -> {
              CommandSpec child = cl.getCommandSpec();
              if (!child.usageMessage().hidden() && name.equals(child.name())) {
                subs.add(new Sub(name, firstLine(child.usageMessage().description())));
                children.add(child);
              }
            });
    List<Opt> options = new ArrayList<>();
    for (OptionSpec o : spec.options()) {
      if (!o.hidden()) {
        options.add(new Opt(List.of(o.names()), firstLine(o.description()), valueOf(path, o)));
      }
    }
    List<Value> positionals = new ArrayList<>();
    for (PositionalParamSpec p : spec.positionalParameters()) {
      if (!p.hidden()) {
        positionals.add(valueOf(path, p));
      }
    }
    nodes.add(
        new Node(
            path.isEmpty() ? "/" : path, List.copyOf(subs), List.copyOf(options), positionals));
    for (CommandSpec child : children) {
      walk(child, path + "/" + child.name(), nodes);
    }
  }

  /**
   * What an option or parameter takes, from (in order) picocli's own candidates (enums), the domain
   * words its name or label stands for, and its type.
   */
  private Value valueOf(String path, ArgSpec arg) {
    if (arg.arity().max() == 0) {
      return Value.NONE;
    }
    if (arg.completionCandidates() != null) {
      List<String> words = new ArrayList<>();
      arg.completionCandidates().forEach(w -> words.add(w.toLowerCase(java.util.Locale.ROOT)));
      return Value.words(words);
    }
    String name = arg instanceof OptionSpec o ? o.longestName() : "";
    String label = arg.paramLabel().replaceAll("[<>]", "");
    if (name.equals("--topic") || (path.equals("/topics/show") && label.equals("ID"))) {
      return Value.words(topics);
    }
    if (name.equals("--state") || label.equals("ST")) {
      return Value.words(states);
    }
    if (name.equals("--to") || label.equals("WHO") || label.equals("QUERY")) {
      return Value.DISTRICT;
    }
    if (name.equals("--name") && path.equals("/lookup")) {
      return Value.NAME;
    }
    if (label.equals("SHELL")) {
      return Value.words(CompletionScripts.SHELLS);
    }
    if (DIR_LABELS.contains(label)) {
      return Value.DIR;
    }
    if (FILE_LABELS.contains(label) || arg.type() == java.nio.file.Path.class) {
      return Value.FILE;
    }
    return Value.TEXT;
  }

  private static String firstLine(String[] description) {
    for (String line : description) {
      if (!line.isBlank()) {
        String s = line.strip().replaceAll("\\$\\{[^}]*}", "").replaceAll("\\s+", " ");
        int stop = s.indexOf(". ");
        return stop > 0 ? s.substring(0, stop + 1) : s;
      }
    }
    return "";
  }
}
