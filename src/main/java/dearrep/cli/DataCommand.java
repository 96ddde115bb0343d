package dearrep.cli;

import dearrep.model.ExitCode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dearrep data}: what is bundled, checks, and imports from upstream. */
@Command(
    name = "data",
    description = "Bundled data: provenance, checks, and imports from upstream checkouts.",
    subcommands = {
      DataInfoCommand.class,
      DataCheckCommand.class,
      DataImportCommand.class,
      DataUpdateCommand.class
    })
final class DataCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCode.OK.code();
  }
}
