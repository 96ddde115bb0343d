package dearrep.shell;

import java.util.List;
import picocli.CommandLine;

/** Placeholder until the letter command lands: asks nothing. */
final class GuidedLetter {

  GuidedLetter(Prompter prompter, Vocabulary vocabulary, CommandLine commands) {}

  boolean wants(List<String> words) {
    return false;
  }

  List<String> complete(List<String> words) {
    return words;
  }
}
