package dearrep.cli;

import dearrep.letter.Language;
import dearrep.letter.ProfileStore;
import dearrep.letter.Sender;
import dearrep.model.DearrepException;
import dearrep.model.ExitCode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dearrep profile}: the sender details letters and scripts use by default. */
@Command(
    name = "profile",
    description =
        "Your saved name and address, used by letter and script ($XDG_CONFIG_HOME/dearrep/profile.yml).",
    subcommands = {ProfileCommand.Set.class, ProfileCommand.Show.class})
final class ProfileCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCode.OK.code();
  }

  /** {@code dearrep profile set}. */
  @Command(
      name = "set",
      description = "Save your details; fields not given keep their saved values.",
      footerHeading = "%nExample:%n",
      footer =
          "  dearrep profile set --name 'José Peña' --street '123 Main St.' --city 'San Jose' --state CA --zip 95113 --email jose@example.org")
  static final class Set extends SharedOptions.Holder implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin SenderOptions sender;

    private final Session session;

    Set(Session session) {
      this.session = session;
    }

    @Option(
        names = {"--lang", "--language"},
        paramLabel = "LANG",
        description = "The language your letters are written in: en, es or vi.")
    String language;

    @Override
    public Integer call() {
      Sender g = sender.given();
      Sender given =
          new Sender(
              g.name(),
              g.street(),
              g.city(),
              g.state(),
              g.zip(),
              g.email(),
              language == null ? "" : Language.parse(language).code());
      if (!given.state().isEmpty()
          && !session.lookup(options.dataDir()).directory().knowsState(given.state())) {
        throw DearrepException.badInput(
            "--state '"
                + given.state()
                + "' is not a state the data knows: give a two-letter postal code, e.g. --state CA");
      }
      if (given.equals(Sender.EMPTY)) {
        throw DearrepException.badInput(
            "nothing to save: give at least one of --name, --street, --city, --state, --zip, --email, --lang");
      }
      ProfileStore store = ProfileStore.standard();
      Sender saved = store.load().orElse(Sender.EMPTY).overriddenBy(given);
      store.save(saved);
      Output output = new Output(spec, options);
      output.print("saved " + store.file() + "\n");
      return ExitCode.OK.code();
    }
  }

  /** {@code dearrep profile show}. */
  @Command(name = "show", description = "Print your saved details.")
  static final class Show extends SharedOptions.Holder implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      ProfileStore store = ProfileStore.standard();
      Sender s =
          store
              .load()
              .orElseThrow(
                  () ->
                      DearrepException.notFound(
                          "no saved profile at "
                              + store.file()
                              + ": save one with dearrep profile set --name …"));
      Output output = new Output(spec, options);
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("name", s.name());
      fields.put("street", s.street());
      fields.put("city", s.city());
      fields.put("state", s.state());
      fields.put("zip", s.zip());
      fields.put("email", s.email());
      if (options.json()) {
        output.json(fields);
      } else {
        StringBuilder text = new StringBuilder();
        fields.forEach((k, v) -> text.append(String.format("%-7s %s%n", k, v)));
        output.print(text.toString());
      }
      return ExitCode.OK.code();
    }
  }
}
