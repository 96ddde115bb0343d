package dearrep.shell;

import dearrep.cli.Main;
import dearrep.cli.Session;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;

/**
 * Drives a real {@link Shell} through a JLine terminal on piped streams, as a user at an xterm
 * would: keys go in (Tab, Ctrl-C, Ctrl-D included), the screen's bytes come out.
 */
final class ShellDriver implements AutoCloseable {

  static final String CTRL_C = "\u0003";
  static final String CTRL_D = "\u0004";

  private final PipedOutputStream keys = new PipedOutputStream();
  private final Screen screen = new Screen();
  private final Terminal terminal;
  private final CompletableFuture<Integer> exit;
  private final Session session;
  private int mark;

  ShellDriver(Path history, Map<String, String> environment, String type) throws IOException {
    this(history, environment, type, 100);
  }

  ShellDriver(Path history, Map<String, String> environment, String type, int columns)
      throws IOException {
    this(history, environment, type, columns, new Session());
  }

  /** A shell on a session of the test's making (a geocoder pointed at a local server). */
  ShellDriver(Path history, Session session) throws IOException {
    this(history, Map.of(), "xterm", 100, session);
  }

  private ShellDriver(
      Path history, Map<String, String> environment, String type, int columns, Session session)
      throws IOException {
    PipedInputStream in = new PipedInputStream(keys, 1 << 16);
    // JLine's line discipline in Java (no pty): Ctrl-C typed here raises INT in this process.
    terminal = new ExternalTerminal("test", type, in, screen, StandardCharsets.UTF_8);
    terminal.setSize(new Size(columns, 40));
    var commands = Main.commandLine(session);
    Shell shell =
        new Shell(
            terminal,
            commands,
            new Vocabulary(() -> session.lookup(null).directory(), Vocabulary::bundledTopicIds),
            session::lastResults,
            history,
            environment::get);
    this.session = session;
    session.useColors(shell.colors());
    exit = CompletableFuture.supplyAsync(shell::run);
  }

  ShellDriver(Path history) throws IOException {
    this(history, Map.of(), "xterm");
  }

  /** Types text (a line needs its own "\r"). */
  ShellDriver type(String text) throws IOException {
    keys.write(text.getBytes(StandardCharsets.UTF_8));
    keys.flush();
    return this;
  }

  ShellDriver line(String text) throws IOException {
    return type(text + "\r");
  }

  /**
   * Waits until the screen shows {@code text} after what earlier waits consumed; returns what came
   * between.
   */
  String waitFor(String text) throws InterruptedException {
    // A wait, not a speed limit: a 12,000-row resume took 23-28 s here with six builds sharing two
    // cores, so the bound only stops a hung test.
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      String all = plain(screen.text());
      int at = all.indexOf(text, mark);
      if (at >= 0) {
        String seen = all.substring(mark, at + text.length());
        mark = at + text.length();
        return seen;
      }
      Thread.sleep(10);
    }
    throw new AssertionError(
        "screen never showed '" + text + "'; it shows:\n" + plain(screen.text()).substring(mark));
  }

  /** Waits for the next prompt and returns everything printed before it. */
  String untilPrompt() throws InterruptedException {
    return waitFor("dearrep> ");
  }

  int exitCode() throws Exception {
    return exit.get(20, TimeUnit.SECONDS);
  }

  boolean running() {
    return !exit.isDone();
  }

  /** Everything the terminal received, escape sequences included. */
  String screen() {
    return screen.text();
  }

  /** Text without terminal escape sequences (colors, cursor moves, keypad modes). */
  static String plain(String text) {
    return text.replaceAll("\u001b\\[[0-9;?]*[ -/]*[@-~]", "").replaceAll("\u001b[=>]", "");
  }

  @Override
  public void close() throws IOException {
    session.useEnvironment();
    keys.close();
    terminal.close();
  }

  /** Bytes written to the terminal, readable while the shell runs. */
  static final class Screen extends OutputStream {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    @Override
    public synchronized void write(int b) {
      bytes.write(b);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
      bytes.write(b, off, len);
    }

    synchronized String text() {
      return bytes.toString(StandardCharsets.UTF_8);
    }
  }
}
