package dearrep.letter;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import dearrep.data.BundleSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bundled Mustache templates, compiled once. Values are inserted as text: JMustache never
 * evaluates a value, so template syntax inside a note prints literally.
 */
final class Templates {

  static final String FOLDER = "templates/";

  private static final Map<String, Template> CACHE = new ConcurrentHashMap<>();

  private Templates() {}

  /** The compiled template for a letter format or "script", with the format's escaping. */
  static Template get(String name, Mustache.Escaper escaper) {
    return CACHE.computeIfAbsent(name, n -> compile(n, escaper));
  }

  static Template letter(Format format) {
    String name = "letter." + format.extension() + ".mustache";
    return switch (format) {
      case HTML -> get(name, Escapers.HTML);
      case MD -> get(name, Templates::markdown);
      default -> get(name, Escapers.NONE);
    };
  }

  static Template script(Language language) {
    return get(scriptPath(language), Escapers.NONE);
  }

  /** The call script template of a language, inside the templates folder. */
  static String scriptPath(Language language) {
    return language.code() + "/script.txt.mustache";
  }

  private static Template compile(String name, Mustache.Escaper escaper) {
    try (InputStream in = BundleSource.bundled().require(FOLDER + name)) {
      String source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return Mustache.compiler()
          .withEscaper(escaper)
          .emptyStringIsFalse(true)
          .zeroIsFalse(true)
          .compile(source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Escapes what Markdown would otherwise read as markup in a value. */
  static String markdown(String raw) {
    StringBuilder out = new StringBuilder(raw.length() + 16);
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if ("\\`*_[]<>#|~".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    // A value at the start of a line that looks like a list item or a numbered list.
    return out.toString()
        .replaceFirst("^([-+])(?= )", "\\\\$1")
        .replaceFirst("^(\\d+)\\.(?= )", "$1\\\\.");
  }
}
