package dearrep.cli;

import dearrep.data.BundleSource;
import dearrep.lookup.Directory;
import dearrep.model.Dataset;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build-time tool (run by the pom in prepare-package): writes the release's generated files into
 * the folder it is given, all from the commands themselves so they cannot drift from them.
 *
 * <ul>
 *   <li>{@code man-adoc/dearrep*.adoc}: one AsciiDoc man page per command, by picocli's
 *       ManPageGenerator (Asciidoctor turns them into roff next);
 *   <li>{@code completions/}: {@code dearrep.bash}, {@code _dearrep} (zsh), {@code dearrep.fish};
 *   <li>{@code DATA-CREDITS.txt}: every bundled dataset with its origin, license and attribution.
 * </ul>
 */
public final class ReleaseFiles {

  private ReleaseFiles() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    Path adoc = out.resolve("man-adoc");
    Files.createDirectories(adoc);
    int code =
        ManPageGenerator.generateManPage(
            adoc.toFile(),
            (File) null,
            new boolean[0],
            true,
            Main.commandLine(new Session()).getCommandSpec());
    if (code != 0) {
      throw new IllegalStateException("man page generation failed: " + code);
    }
    Path completions = out.resolve("completions");
    Files.createDirectories(completions);
    write(completions.resolve("dearrep.bash"), run("completion", "bash"));
    write(completions.resolve("_dearrep"), run("completion", "zsh"));
    write(completions.resolve("dearrep.fish"), run("completion", "fish"));
    write(out.resolve("DATA-CREDITS.txt"), credits());
  }

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new Session(), new PrintWriter(out), new PrintWriter(err), args);
    if (code != 0) {
      throw new IllegalStateException(String.join(" ", args) + " failed: " + err);
    }
    return out.toString();
  }

  private static String credits() {
    StringBuilder s = new StringBuilder();
    s.append("dearrep ").append(Version.number()).append(": data credits\n\n");
    s.append("The bundled data is generated from these upstream datasets by dearrep's own\n");
    s.append("importers. `dearrep data info` prints the same list with record counts.\n");
    List<Dataset> datasets = new Directory(BundleSource.bundled(), List.of()).datasets();
    for (Dataset d : datasets) {
      s.append('\n').append(d.name()).append('\n');
      s.append("  source:   ").append(d.origin());
      if (d.commit() != null) {
        s.append(" @ ").append(d.commit());
      }
      s.append('\n');
      s.append("  snapshot: ").append(d.snapshotDate()).append('\n');
      s.append("  license:  ").append(d.license()).append('\n');
      if (d.attribution() != null) {
        s.append("  credit:   ").append(d.attribution()).append('\n');
      }
    }
    return s.toString();
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
