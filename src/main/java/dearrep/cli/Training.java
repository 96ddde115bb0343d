package dearrep.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Runs the common commands once with their output discarded. The launcher records this run into a
 * class-data-sharing archive, so every later start loads those classes pre-parsed.
 */
public final class Training {

  private Training() {}

  public static void main(String[] args) throws java.io.IOException {
    // The numbers of each lookup are saved as a user's are (atomic write and rename), into a
    // folder of the training's own, so that those classes are archived too.
    java.nio.file.Path state = java.nio.file.Files.createTempDirectory("dearrep-training");
    try {
      train(new LastLookup(state.resolve(LastLookup.FILE)));
    } finally {
      dearrep.data.FileTree.delete(state);
    }
  }

  private static void train(LastLookup last) {
    String[][] runs = {
      {"lookup", "CA-AD25"},
      {"lookup", "CA-16", "--json"},
      {"lookup", "--name", "kalra"},
      {"lookup", "--zip", "95113"},
      {"lookup", "--lat", "37.3337", "--lon", "-121.8907"},
      {"show", "bioguide:L000607"},
      // a letter and a call script to standard output: PDFBox (every letter is measured in
      // pages), the templates, the topics and forms of address are archived with them
      {
        "letter",
        "--to",
        "CA-AD25",
        "--topic",
        "police-staffing",
        "--name",
        "Training Run",
        "--zip",
        "95113"
      },
      {"script", "--to", "CA-AD25", "--topic", "police-staffing"},
      {"topics"},
      {"lookup", "XX-AD1"},
      {"--help"},
    };
    for (String[] run : runs) {
      // as a one-shot run goes: prefetch, only the subcommand named, output discarded
      Main.run(
          new Session(last),
          new PrintWriter(new StringWriter()),
          new PrintWriter(new StringWriter()),
          run);
    }
    Session session = new Session(LastLookup.none());
    dearrep.shell.Shell.rehearse(Main.commandLine(session), () -> session.lookup(null).directory());
  }
}
