package dearrep.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code --offline}: the commands that can go online take it. Built in code, as {@link
 * SharedOptions} is and for the same reason; {@link Main} adds it to the commands that name it
 * ({@code SharedOptions.Holder.networkOptions}).
 */
final class NetworkOptions {

  private final OptionSpec offline =
      SharedOptions.flag(
          "--offline",
          "Never use the network (also when DEARREP_OFFLINE=1): an address is placed by its"
              + " ZIP code.");

  /** The option as a picocli mixin, bound to this object. */
  CommandSpec mixin() {
    return CommandSpec.create().addOption(offline);
  }

  /** {@code --offline} was given. */
  boolean offline() {
    return SharedOptions.flag(offline);
  }
}
