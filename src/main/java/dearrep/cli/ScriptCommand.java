package dearrep.cli;

import dearrep.letter.CallScript;
import dearrep.letter.Position;
import dearrep.letter.Sender;
import dearrep.letter.Topic;
import dearrep.model.ExitCode;
import dearrep.model.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dearrep script}: what to say on a phone call to an official's office. */
@Command(
    name = "script",
    description = {
      "Print the number to call and a short script for a phone call on a topic.",
      "District offices are listed first, then the capitol. Your name and ZIP come from the saved"
          + " profile, or, when --name or --zip is given, from those options alone (never mixed)."
    },
    sortOptions = false,
    footerHeading = "%nExamples:%n",
    footer = {
      "  dearrep script --to CA-16 --topic response-times",
      "  dearrep script --to CA-AD25 --topic street-lighting --position concern --zip 95112"
    })
final class ScriptCommand extends SharedOptions.Holder implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin MessageOptions message;

  @Option(names = "--name", paramLabel = "NAME", description = "Your name.")
  String name;

  @Option(names = "--zip", paramLabel = "ZIP", description = "Your ZIP code.")
  String zip;

  private final Session session;

  public ScriptCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    Output output = new Output(spec, options);
    Topic t = message.topic();
    Position pos = message.position();
    SenderOptions given = new SenderOptions();
    given.name = name;
    given.zip = zip;
    Sender caller = given.withProfile();
    List<Person> people = message.recipients(session, options, t, spec.commandLine().getErr());
    List<String> scripts = new ArrayList<>();
    List<Object> json = new ArrayList<>();
    for (Person p : people) {
      CallScript script =
          CallScript.compose(
              p,
              t,
              pos,
              caller,
              message.standing(session, options, p, caller),
              message.language(caller));
      scripts.add(script.text());
      json.add(MessageJson.script(p, script));
    }
    // after the standing checks: a refused call is one line on standard error
    FreshnessLines.warnRecipients(
        output, people, session.lookup(options.dataDir()).directory().current().today());
    if (options.json()) {
      output.json(java.util.Map.of("scripts", json));
      return ExitCode.OK.code();
    }
    output.print(String.join("\n" + "-".repeat(40) + "\n\n", scripts));
    return ExitCode.OK.code();
  }
}
