package dearrep.letter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The bundled DejaVu Serif fonts (regular and bold; license in {@code fonts/LICENSE-DejaVu.txt}),
 * parsed once per run and shared by every PDF document. Each document embeds a subset.
 */
final class LetterFonts {

  static final String REGULAR = "fonts/DejaVuSerif.ttf";
  static final String BOLD = "fonts/DejaVuSerif-Bold.ttf";

  private static volatile LetterFonts instance;

  final TrueTypeFont regular;
  final TrueTypeFont bold;
  final CmapLookup regularCmap;
  final CmapLookup boldCmap;

  private LetterFonts() throws IOException {
    regular = parse(REGULAR);
    bold = parse(BOLD);
    regularCmap = regular.getUnicodeCmapLookup();
    boldCmap = bold.getUnicodeCmapLookup();
  }

  static LetterFonts get() {
    LetterFonts f = instance;
    if (f == null) {
      synchronized (LetterFonts.class) {
        f = instance;
        if (f == null) {
          try {
            f = new LetterFonts();
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled fonts", e);
          }
          instance = f;
        }
      }
    }
    return f;
  }

  private static TrueTypeFont parse(String resource) throws IOException {
    try (InputStream in = LetterFonts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("bundled font missing: " + resource);
      }
      TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
      // Latin text needs no glyph substitution (names are NFC, precomposed). PDFBox's GSUB pass
      // re-splits every string with regexes (most of a packet's time) and its ligatures have no
      // ToUnicode entry, so "fi" and "ti" would drop out of copied or searched text.
      font.setEnableGsub(false);
      return font;
    }
  }
}
