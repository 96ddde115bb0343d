import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The floor for scripts/bench-batch: writes the letters a batch produced, byte for byte, to the
 * same number of new files in a fresh folder, with no parsing or templating. The bytes are loaded
 * before the clock starts; prints "files seconds".
 *
 * <p>usage: java scripts/BatchFloor.java BATCH_OUT_DIR FRESH_DIR
 */
public class BatchFloor {
  public static void main(String[] args) throws IOException {
    Path from = Path.of(args[0]);
    Path to = Files.createDirectories(Path.of(args[1]));
    List<String> names = new ArrayList<>();
    List<byte[]> bodies = new ArrayList<>();
    try (var files = Files.newDirectoryStream(from, "*.{txt,md,html,eml,pdf}")) {
      for (Path f : files) {
        names.add(f.getFileName().toString());
        bodies.add(Files.readAllBytes(f));
      }
    }
    long start = System.nanoTime();
    for (int i = 0; i < names.size(); i++) {
      try (FileChannel ch = FileChannel.open(to.resolve(names.get(i)), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        ByteBuffer b = ByteBuffer.wrap(bodies.get(i));
        while (b.hasRemaining()) {
          ch.write(b);
        }
      }
    }
    System.out.println(names.size() + " " + (System.nanoTime() - start) / 1e9);
  }
}
