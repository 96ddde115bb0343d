package dearrep.cli;

import dearrep.geo.GeoImport;
import dearrep.model.DearrepException;
import dearrep.model.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dearrep data import geo DIR}: rebuild the bundle's geo folder from upstream files. */
@Command(
    name = "geo",
    description = {
      "Rebuild the bundle's geo folder (ZIP places, district crosswalks and boundaries joined to"
          + " the division ids, the layer manifest) from the upstream files. The inputs file says which"
          + " files to read and the facts about each source. Fails when a state's join is broken."
    })
final class GeoImportCommand extends SharedOptions.Holder implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DataImportCommand.Target target;

  @Parameters(
      paramLabel = "DIR",
      description = "The folder of upstream snapshots that the inputs file's paths are under.")
  Path shared;

  @Option(
      names = "--inputs",
      paramLabel = "FILE",
      defaultValue = "scripts/geo-inputs.json",
      description = "What to read and the facts about each source (default: ${DEFAULT-VALUE}).")
  Path inputs;

  @Override
  public Integer call() throws IOException {
    DataImportCommand.existing(shared, "upstream folder");
    if (!Files.isRegularFile(inputs)) {
      throw DearrepException.badInput(
          "no inputs file at "
              + inputs.toAbsolutePath()
              + ": run from the dearrep checkout or pass --inputs FILE");
    }
    GeoImport.Summary summary = GeoImport.run(shared, target.folder(), inputs);
    Output output = new Output(spec, options);
    output.out().println(summary.line());
    output.out().flush();
    return ExitCode.OK.code();
  }
}
