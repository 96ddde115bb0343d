package dearrep.letter;

import dearrep.model.Names;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where {@code letter} puts its letters, planned from {@code --format} and {@code -o} before any
 * letter is composed, and the one rule that names letter files (the shell's guided letter suggests
 * names by it too). Planning reads nothing but whether {@code -o} is an existing folder; writing is
 * the caller's.
 */
public sealed interface LetterOutput {

  /** The format the letters are written in. */
  Format format();

  /** No {@code -o}: the letters one after another on standard output. */
  record Print(Format format) implements LetterOutput {}

  /** {@code -o FILE.pdf}: every letter in one PDF, each on new pages. */
  record OnePdf(Path file) implements LetterOutput {
    @Override
    public Format format() {
      return Format.PDF;
    }
  }

  /**
   * {@code -o FILE.ext} in another format: one letter in {@code FILE.ext}, several each in {@code
   * FILE-<person>.ext}.
   */
  record Named(Format format, Path file) implements LetterOutput {}

  /**
   * {@code -o DIR/} (an existing folder, or a name ending in a slash): {@code
   * DIR/<person>-<topic>.ext}.
   */
  record InFolder(Format format, Path dir) implements LetterOutput {}

  /**
   * Plans the output.
   *
   * @param asked {@code --format}, or null to take it from the extension of {@code output}, else
   *     txt
   * @param output {@code -o} as typed, or null for standard output
   */
  static LetterOutput plan(Format asked, String output) {
    Path path = output == null ? null : Path.of(output);
    Format format = asked != null ? asked : path == null ? Format.TXT : byExtension(path);
    if (path == null) {
      return new Print(format);
    }
    if (Files.isDirectory(path) || output.endsWith("/") || output.endsWith("\\")) {
      return new InFolder(format, path);
    }
    return format == Format.PDF ? new OnePdf(path) : new Named(format, path);
  }

  /**
   * The file of each letter, in the letters' order ({@link Named} and {@link InFolder}): two
   * officials of one name get their id in the name, never one file for both.
   */
  default List<Path> files(List<Letter> letters) {
    List<Path> files = new ArrayList<>(letters.size());
    Set<String> used = new HashSet<>();
    for (Letter l : letters) {
      String person = slug(l.recipientName());
      if (!used.add(person)) {
        person = person + "-" + slug(l.recipientId());
        used.add(person);
      }
      if (this instanceof InFolder f) {
        files.add(f.dir().resolve(person + "-" + l.topicId() + "." + format().extension()));
      } else if (this instanceof Named n) {
        files.add(letters.size() == 1 ? n.file() : suffixed(n.file(), person));
      } else {
        throw new IllegalStateException(this + " writes no file per letter");
      }
    }
    return List.copyOf(files);
  }

  /**
   * "Ash Kalra", "police-staffing", "pdf" → "ash-kalra-police-staffing.pdf", as in {@code -o DIR/}.
   */
  static String fileName(String person, String topic, String extension) {
    return slug(person) + "-" + slug(topic) + "." + extension;
  }

  /** "Nguyễn Thị Minh Khai" → "nguyen-thi-minh-khai": ASCII letters, digits and dashes only. */
  static String slug(String text) {
    String s = Names.slug(text, '-', 60);
    return s.isEmpty() ? "letter" : s;
  }

  /** "out/letters.txt" + "alex-padilla" → "out/letters-alex-padilla.txt". */
  static Path suffixed(Path file, String suffix) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String named =
        dot > 0 ? name.substring(0, dot) + "-" + suffix + name.substring(dot) : name + "-" + suffix;
    return file.resolveSibling(named);
  }

  private static Format byExtension(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    if (dot > 0) {
      String ext = name.substring(dot + 1).toUpperCase(Locale.ROOT);
      for (Format f : Format.values()) {
        if (f.name().equals(ext)) {
          return f;
        }
      }
    }
    return Format.TXT;
  }
}
