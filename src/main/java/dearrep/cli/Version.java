package dearrep.cli;

import dearrep.data.BundleSource;
import dearrep.lookup.Directory;
import dearrep.model.Dataset;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code dearrep --version}: the release version (from the pom, written into the jar by the build)
 * and the snapshot date of every bundled dataset, so a bug report says which data it was about.
 */
final class Version implements IVersionProvider {

  /** The version the build stamped into {@code dearrep/version.properties}. */
  static String number() {
    try (InputStream in = Version.class.getResourceAsStream("/dearrep/version.properties")) {
      if (in == null) {
        return "dev";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "dev");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String[] getVersion() {
    List<String> lines = new ArrayList<>();
    lines.add("dearrep " + number());
    lines.add("Java " + Runtime.version() + " (" + System.getProperty("java.vm.vendor") + ")");
    lines.add("Data snapshots:");
    for (Dataset d : new Directory(BundleSource.bundled(), List.of()).datasets()) {
      lines.add("  " + d.snapshotDate() + "  " + d.name());
    }
    return lines.toArray(String[]::new);
  }
}
