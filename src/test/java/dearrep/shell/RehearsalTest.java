package dearrep.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dearrep.cli.Main;
import dearrep.cli.Session;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

/**
 * The class-data-sharing training run rehearses the shell without printing anything: regression
 * test for Tab completion rebinding the commands' output to System.out.
 */
class RehearsalTest {

  @Test
  void printsNothing() {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream leaked = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(leaked, true));
      System.setErr(new PrintStream(leaked, true));
      Session session = new Session();
      Shell.rehearse(Main.commandLine(session), () -> session.lookup(null).directory());
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    assertThat(leaked.toString()).isEmpty();
  }
}
