package dearrep.cli;

import dearrep.data.UserData;
import dearrep.geo.GeoLayer;
import dearrep.geo.UserBoundaries;
import dearrep.lookup.Directory;
import dearrep.lookup.Divisions;
import dearrep.model.DearrepException;
import dearrep.model.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dearrep data import boundaries FILE}: a city's or county's districts as a user layer. */
@Command(
    name = "boundaries",
    description = {
      "Add your city's council (or county's supervisor) districts from a GeoJSON file to your"
          + " data folder, so --lat/--lon lookups there place the council member. The file is checked"
          + " first: WGS 84 longitude/latitude, valid polygons, one feature per district, each district"
          + " one the people data has (add its member first: README, Adding officials)."
    },
    footerHeading = "%nExample:%n",
    footer = {
      "  dearrep data import boundaries council.geojson \\",
      "      --jurisdiction ocd-jurisdiction/country:us/state:ca/place:san_jose/government \\",
      "      --district-property DISTRICTS"
    })
final class BoundaryImportCommand extends SharedOptions.Holder implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "A GeoJSON FeatureCollection of districts.")
  Path file;

  @Option(
      names = "--jurisdiction",
      required = true,
      paramLabel = "ID",
      description = "The government the districts belong to (an ocd-jurisdiction id).")
  String jurisdiction;

  @Option(
      names = "--district-property",
      required = true,
      paramLabel = "NAME",
      description = "The feature property that holds each district's number or name.")
  String property;

  @Option(
      names = "--title",
      paramLabel = "TEXT",
      defaultValue = "",
      description = "What to call the layer (default: \"<City> council districts\").")
  String title;

  private final Session session;

  BoundaryImportCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    if (!Files.isRegularFile(file)) {
      throw DearrepException.badInput("no file " + file + ": give a GeoJSON file of districts");
    }
    Path folder = options.dataDir() != null ? options.dataDir() : UserData.defaultFolderPath();
    try {
      Files.createDirectories(folder);
    } catch (java.io.IOException e) {
      throw DearrepException.badInput(
          "cannot create the data folder " + folder + ": " + e.getMessage());
    }
    Directory directory = session.lookup(options.dataDir()).directory();
    UserBoundaries.Imported done =
        UserBoundaries.importFile(
            file,
            jurisdiction,
            property,
            title,
            folder,
            id ->
                Divisions.stateOf(id)
                    .filter(directory::knowsState)
                    .map(
                        st ->
                            directory.state(st).divisions().stream()
                                .anyMatch(d -> d.id().equals(id)))
                    .orElse(false),
            GeoLayer.today());
    session.forgetPlaces();
    Output output = new Output(spec, options);
    output
        .out()
        .println(
            "imported "
                + done.districts()
                + " districts as layer "
                + done.layer().id()
                + " (\""
                + done.layer().title()
                + "\") into "
                + done.folder());
    output.out().flush();
    return ExitCode.OK.code();
  }
}
