package dearrep.cli;

import dearrep.data.UserData;
import dearrep.model.ExitCode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dearrep data info}: what is bundled, from where, and how current it is. */
@Command(
    name = "info",
    description = "Show the bundled sources, their snapshots and vintages, and counts.")
final class DataInfoCommand extends SharedOptions.Holder implements Callable<Integer> {

  @Spec CommandSpec spec;

  private final Session session;

  public DataInfoCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    Output output = new Output(spec, options);
    Path userDir =
        options.dataDir() != null ? options.dataDir() : UserData.defaultFolder().orElse(null);
    DataInfo info =
        DataInfo.of(session.lookup(options.dataDir()).directory(), userDir, session.geocoder());
    if (options.json()) {
      output.json(DataInfoJson.of(info));
    } else {
      output.print(DataInfoView.text(info, output.style(), output.width()));
    }
    return ExitCode.OK.code();
  }
}
