package dearrep.cli;

import dearrep.letter.Position;
import dearrep.letter.Topic;
import dearrep.letter.TopicCatalog;
import dearrep.model.ExitCode;
import dearrep.model.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dearrep topics}: the public-safety topics letters can be about. */
@Command(
    name = "topics",
    description = "List the public-safety topics letters and scripts can be about.",
    subcommands = TopicsCommand.Show.class,
    footerHeading = "%nExamples:%n",
    footer = {
      "  dearrep topics",
      "  dearrep topics show police-staffing",
      "  dearrep topics --json"
    })
final class TopicsCommand extends SharedOptions.Holder implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Output output = new Output(spec, options);
    List<Topic> topics = TopicCatalog.bundled().all();
    if (options.json()) {
      output.json(topics.stream().map(TopicsCommand::json).toList());
      return ExitCode.OK.code();
    }
    int width = topics.stream().mapToInt(t -> t.id().length()).max().orElse(0);
    StringBuilder s = new StringBuilder();
    for (Topic t : topics) {
      s.append(output.style().name(String.format("%-" + width + "s", t.id())))
          .append("  ")
          .append(t.title())
          .append('\n');
    }
    output.print(s.toString());
    return ExitCode.OK.code();
  }

  /** A topic with the field names of its YAML file. */
  static Map<String, Object> json(Topic t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", t.id());
    m.put("aliases", t.aliases());
    m.put("title", t.title());
    m.put("summary", t.summary());
    m.put("statewide", t.statewide());
    Map<String, List<String>> points = new LinkedHashMap<>();
    for (Position p : Position.values()) {
      points.put(p.key(), t.points(p));
    }
    m.put("points", points);
    Map<String, String> framing = new LinkedHashMap<>();
    for (Position p : Position.values()) {
      framing.put(p.key(), t.framing(p));
    }
    m.put("framing", framing);
    Map<String, Map<String, String>> asks = new LinkedHashMap<>();
    for (Level level : List.of(Level.LOCAL, Level.STATE, Level.FEDERAL)) {
      Map<String, String> byPosition = new LinkedHashMap<>();
      for (Position p : Position.values()) {
        byPosition.put(p.key(), t.ask(level, p));
      }
      asks.put(level.key(), byPosition);
    }
    m.put("asks", asks);
    return m;
  }

  /** {@code dearrep topics show ID}. */
  @Command(name = "show", description = "Show one topic: summary, talking points and asks.")
  static final class Show extends SharedOptions.Holder implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "Topic id, as `dearrep topics` lists them.")
    String id;

    @Override
    public Integer call() {
      Output output = new Output(spec, options);
      Topic t = TopicCatalog.bundled().get(id);
      if (options.json()) {
        output.json(json(t));
        return ExitCode.OK.code();
      }
      int width = Math.min(output.width(), 100) - 4;
      List<String> lines = new ArrayList<>();
      lines.add(output.style().title(t.title()) + "  (" + t.id() + ")");
      lines.add("");
      TextBlock.wrap(t.summary(), width).forEach(lines::add);
      lines.add("");
      if (!t.statewide().isEmpty()) {
        lines.add("Statewide letters go to: " + String.join(", ", t.statewide()));
        lines.add("");
      }
      for (Position p : Position.values()) {
        lines.add("");
        lines.add(output.style().label(heading(p)));
        indent(lines, "  ", TextBlock.wrap(t.framing(p), width - 2));
        for (String point : t.points(p)) {
          indent(lines, "  - ", TextBlock.wrap(point, width - 4));
        }
        for (Level level : List.of(Level.LOCAL, Level.STATE, Level.FEDERAL)) {
          indent(lines, "  " + level.key() + ": ", TextBlock.wrap(t.ask(level, p), width - 11));
        }
        lines.add("");
      }
      lines.remove(lines.size() - 1);
      output.print(String.join("\n", lines) + "\n");
      return ExitCode.OK.code();
    }

    /** "If you support it:", not "If you concern:". */
    private static String heading(Position p) {
      return switch (p) {
        case SUPPORT -> "If you support it:";
        case OPPOSE -> "If you oppose it:";
        case CONCERN -> "If you are concerned:";
      };
    }

    private static void indent(List<String> lines, String first, List<String> wrapped) {
      String rest = " ".repeat(first.length());
      for (int i = 0; i < wrapped.size(); i++) {
        lines.add((i == 0 ? first : rest) + wrapped.get(i));
      }
    }
  }
}
