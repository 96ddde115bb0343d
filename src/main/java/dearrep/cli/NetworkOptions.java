package dearrep.cli;

import picocli.CommandLine.Option;

/** {@code --offline}: the commands that can go online take it. */
final class NetworkOptions {

  @Option(
      names = "--offline",
      description = {
        "Never use the network (also when DEARREP_OFFLINE=1): an address is placed by its ZIP code."
      })
  boolean offline;
}
