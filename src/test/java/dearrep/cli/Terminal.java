package dearrep.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A shell running in a real terminal (a tmux pane on a server of its own), typed into and read
 * back, for testing what a user sees on pressing Tab.
 */
final class Terminal implements AutoCloseable {

  private static final Duration WAIT = Duration.ofSeconds(60);

  private final InstalledRelease release;
  private final String socket;

  private Terminal(InstalledRelease release, String socket) {
    this.release = release;
    this.socket = socket;
  }

  static Terminal start(InstalledRelease release, String... shell) throws Exception {
    String socket = "dearrep-it-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
    Terminal t = new Terminal(release, socket);
    List<String> command =
        new ArrayList<>(
            List.of(
                "tmux",
                "-L",
                socket,
                "-f",
                "/dev/null",
                "new-session",
                "-d",
                "-x",
                "160",
                "-y",
                "50"));
    // tmux starts the pane's shell with the server's environment: set what the shell needs.
    for (Map.Entry<String, String> e : release.environment().entrySet()) {
      command.add("-e");
      command.add(e.getKey() + "=" + e.getValue());
    }
    command.add("-c");
    command.add(release.elsewhere.toString());
    command.addAll(List.of(shell));
    t.tmux(command.subList(5, command.size()).toArray(String[]::new));
    return t;
  }

  private String tmux(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("tmux", "-L", socket, "-f", "/dev/null"));
    command.addAll(List.of(args));
    InstalledRelease.Run r = release.run(release.elsewhere, command.toArray(String[]::new));
    if (r.exitCode() != 0) {
      throw new AssertionError("tmux " + String.join(" ", args) + ": " + r.err());
    }
    return r.out();
  }

  /** Types {@code text} literally; a tab in it is the Tab key. */
  void type(String text) throws Exception {
    String[] parts = text.split("\t", -1);
    for (int i = 0; i < parts.length; i++) {
      if (!parts[i].isEmpty()) {
        tmux("send-keys", "-l", parts[i]);
      }
      if (i < parts.length - 1) {
        tmux("send-keys", "Tab");
        Thread.sleep(300); // a second Tab must come as a second key press
      }
    }
  }

  void enter() throws Exception {
    tmux("send-keys", "Enter");
  }

  /** Drops the line being typed (and any list shown under it) and starts a fresh screen. */
  void clearLine() throws Exception {
    tmux("send-keys", "C-u");
    tmux("send-keys", "C-l");
    Thread.sleep(200);
  }

  String screen() throws Exception {
    return tmux("capture-pane", "-p");
  }

  /**
   * Waits until a line of the screen (right-trimmed) equals {@code line} with its trailing space.
   */
  void awaitLine(String line) throws Exception {
    long end = System.nanoTime() + WAIT.toNanos();
    String screen = "";
    while (System.nanoTime() < end) {
      screen = screen();
      // tmux trims trailing blanks: compare the line without the space the completion added, and
      // require the cursor to sit after it.
      for (String l : screen.split("\n")) {
        if (l.equals(line.stripTrailing())) {
          String cursor = tmux("display-message", "-p", "#{cursor_x}");
          if (Integer.parseInt(cursor.strip()) == line.length()) {
            return;
          }
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no line '" + line + "' on the screen:\n" + screen);
  }

  /** Waits until the last line on the screen is the prompt {@code prompt} (without its space). */
  void awaitPrompt(String prompt) throws Exception {
    long end = System.nanoTime() + WAIT.toNanos();
    String screen = "";
    while (System.nanoTime() < end) {
      screen = screen().stripTrailing();
      if (screen.equals(prompt) || screen.endsWith("\n" + prompt)) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no prompt '" + prompt + "' on the screen:\n" + screen);
  }

  /** Waits until the screen shows every one of {@code texts}. */
  void awaitScreen(String... texts) throws Exception {
    long end = System.nanoTime() + WAIT.toNanos();
    String screen = "";
    while (System.nanoTime() < end) {
      screen = screen();
      String s = screen;
      if (List.of(texts).stream().allMatch(s::contains)) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the screen lacks one of " + List.of(texts) + ":\n" + screen);
  }

  @Override
  public void close() throws Exception {
    tmux("kill-server");
  }
}
