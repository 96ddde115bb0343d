package dearrep.letter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;

/**
 * Renders letters in every {@link Format}. Text formats come from the Mustache templates in {@code
 * data/templates/}; a PDF lays out the plain-text rendering; an e-mail wraps the e-mail template in
 * an RFC 5322 message.
 *
 * <p>For many PDF letters into one file, use a {@link PdfLetterWriter} directly.
 */
public final class LetterRenderer {

  private final ZoneId zone;

  /** A renderer that dates e-mails in the system time zone. */
  public LetterRenderer() {
    this(ZoneId.systemDefault());
  }

  /** A renderer that dates e-mails (at noon of the letter's date) in {@code zone}. */
  public LetterRenderer(ZoneId zone) {
    this.zone = zone;
  }

  /**
   * The letter as text: the whole letter for txt, md and html, the full RFC 5322 message for eml.
   *
   * @throws IllegalArgumentException for PDF, which is not text
   */
  public String text(Letter letter, Format format) {
    return switch (format) {
      case TXT, MD, HTML -> Templates.letter(format).execute(letter.templateContext());
      case EML -> new String(render(letter, format), StandardCharsets.UTF_8);
      case PDF -> throw new IllegalArgumentException("PDF is not a text format");
    };
  }

  /** The letter as the bytes of a file in {@code format}. */
  public byte[] render(Letter letter, Format format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    write(letter, format, out);
    return out.toByteArray();
  }

  /** Writes the letter to {@code out} in {@code format}; does not close {@code out}. */
  public void write(Letter letter, Format format, OutputStream out) {
    try {
      switch (format) {
        case TXT, MD, HTML -> out.write(text(letter, format).getBytes(StandardCharsets.UTF_8));
        case EML -> EmailDraft.write(letter, emailBody(letter), zone, out);
        case PDF -> {
          try (PdfLetterWriter pdf = new PdfLetterWriter()) {
            pdf.add(letter);
            pdf.save(out);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The plain text a PDF lays out. */
  static String plainText(Letter letter) {
    return Templates.letter(Format.TXT).execute(letter.templateContext());
  }

  private static String emailBody(Letter letter) {
    return Templates.letter(Format.EML).execute(letter.templateContext());
  }
}
