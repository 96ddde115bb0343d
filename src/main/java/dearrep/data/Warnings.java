package dearrep.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects "file: reason" lines for records an importer skipped or doubted. */
final class Warnings {

  private final List<String> lines = new ArrayList<>();
  private final Path root;

  Warnings(Path root) {
    this.root = root;
  }

  void add(Path file, String reason) {
    String name = file == null ? "-" : relative(file);
    lines.add(name + ": " + reason);
  }

  void add(String where, String reason) {
    lines.add(where + ": " + reason);
  }

  List<String> lines() {
    return List.copyOf(lines);
  }

  private String relative(Path file) {
    try {
      return root.relativize(file).toString();
    } catch (IllegalArgumentException e) {
      return file.toString();
    }
  }
}
