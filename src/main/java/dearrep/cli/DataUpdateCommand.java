package dearrep.cli;

import dearrep.data.BundleSource;
import dearrep.data.DataUpdate;
import dearrep.data.ImportReport;
import dearrep.data.UserDataHome;
import dearrep.model.DearrepException;
import dearrep.model.ExitCode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dearrep data update}: newer rosters into the user's data folder, or back again. */
@Command(
    name = "update",
    description = {
      "Download the current openstates/people and congress-legislators archives (online), import"
          + " them with the same importers as the bundle into your data folder"
          + " ($XDG_DATA_HOME/dearrep/people-data), check the result, and switch to it. A failed or"
          + " interrupted update leaves the data in use unchanged; the bundled data stays the fallback."
    },
    sortOptions = false,
    footerHeading = "%nExamples:%n",
    footer = {
      "  dearrep data update                       download both archives (online)",
      "  dearrep data update --from people-main.zip --from ~/src/congress-legislators",
      "  dearrep data update --rollback            back to the data in use before",
      "  dearrep data info                         which data is in use"
    })
final class DataUpdateCommand extends SharedOptions.Holder implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--from",
      paramLabel = "DIR|FILE",
      description =
          "Import a local checkout or ZIP archive of openstates/people or congress-legislators"
              + " instead of downloading (repeat for both).")
  List<Path> from;

  @Option(names = "--rollback", description = "Go back to the data in use before the last update.")
  boolean rollback;

  @Option(
      names = "--openstates-url",
      paramLabel = "URL",
      description = "Archive of openstates/people (default: GitHub's main branch ZIP).")
  URI openStatesUrl = DataUpdate.OPENSTATES_ARCHIVE;

  @Option(
      names = "--congress-url",
      paramLabel = "URL",
      description = "Archive of congress-legislators (default: GitHub's main branch ZIP).")
  URI congressUrl = DataUpdate.CONGRESS_ARCHIVE;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description = "Give up when the server does not answer for this long (default: 60).")
  int timeoutSeconds = 60;

  private final Session session;

  public DataUpdateCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws IOException {
    Output output = new Output(spec, options);
    UserDataHome home = UserDataHome.standard();
    if (rollback) {
      if (from != null) {
        throw DearrepException.badInput("give either --rollback or --from, not both");
      }
      if (home.previous().isEmpty()) {
        throw DearrepException.badInput("nothing to roll back to: no data update has been made");
      }
      String now = home.rollback();
      output.print(
          "now using "
              + (now.equals("bundled") ? "the bundled data" : home.root().resolve(now))
              + "\n");
      return ExitCode.OK.code();
    }
    if (timeoutSeconds < 1) {
      throw DearrepException.badInput("--timeout must be at least 1 second");
    }
    DataUpdate update = new DataUpdate(home, BundleSource.bundled());
    Steps steps = new Steps(output);
    DataUpdate.Result result;
    if (from != null) {
      result = update.fromLocal(from, steps);
    } else {
      result =
          update.download(
              List.of(openStatesUrl, congressUrl), Duration.ofSeconds(timeoutSeconds), steps);
    }
    StringBuilder s = new StringBuilder();
    for (ImportReport r : result.reports()) {
      s.append(r.summary()).append('\n');
    }
    s.append("now using ")
        .append(result.folder())
        .append(" (")
        .append(result.warnings())
        .append(" check warnings; `dearrep data check` lists them, `--rollback` undoes)\n");
    output.print(s.toString());
    return ExitCode.OK.code();
  }

  /** Steps on standard error; the download as a progress bar on a terminal. */
  private static final class Steps implements DataUpdate.Progress {
    private final Output output;
    private final boolean terminal = TerminalProgress.standardErrorIsTerminal();
    private ProgressBar bar;

    Steps(Output output) {
      this.output = output;
    }

    @Override
    public void step(String what) {
      output.err().println(what);
      output.err().flush();
    }

    @Override
    public void downloadStarted(String what, long bytes) {
      if (terminal) {
        bar =
            new ProgressBarBuilder()
                .setTaskName("download")
                .setInitialMax(bytes)
                .setUnit(" MB", 1 << 20)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .build();
      }
    }

    @Override
    public void downloaded(long bytes) {
      if (bar != null) {
        bar.stepTo(bytes);
      }
    }

    @Override
    public void downloadDone() {
      if (bar != null) {
        bar.close();
        bar = null;
      }
    }
  }
}
