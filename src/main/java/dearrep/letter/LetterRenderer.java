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

  /**
   * A letter followed by its English translation on a page of its own, so that the office can read
   * it: a form feed in text, a page break in HTML and Markdown (PDF: {@link PdfLetterWriter#add}
   * both).
   *
   * @throws IllegalArgumentException for PDF and e-mail
   */
  public String withEnglish(Letter letter, Letter english, Format format) {
    String heading = letter.englishTranslationHeading();
    return switch (format) {
      case TXT -> text(letter, format) + "\f\n" + heading + "\n\n" + text(english, format);
      case MD ->
          text(letter, format)
              + "\n<div style=\"page-break-before: always\"></div>\n\n**"
              + Templates.markdown(heading)
              + "**\n\n"
              + text(english, format);
      case HTML -> {
        String main = text(letter, format);
        String other = text(english, format);
        String inner =
            other.substring(other.indexOf("<body>") + "<body>".length(), other.indexOf("</body>"));
        int end = main.lastIndexOf("</body>");
        yield main.substring(0, end)
            + "<section lang=\"en\" style=\"page-break-before: always\">\n<p><em>"
            + com.samskivert.mustache.Escapers.HTML.escape(heading)
            + "</em></p>"
            + inner
            + "</section>\n"
            + main.substring(end);
      }
      case PDF, EML ->
          throw new IllegalArgumentException(
              "an English translation is appended to postal formats");
    };
  }

  /** The letter as the bytes of a file in {@code format}. */
  public byte[] render(Letter letter, Format format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    write(letter, format, out);
    return out.toByteArray();
  }

  /**
   * A letter and its English translation as the bytes of one file: both in one PDF, each on pages
   * of its own, or {@link #withEnglish} for text.
   */
  public byte[] renderWithEnglish(Letter letter, Letter english, Format format) {
    if (format != Format.PDF) {
      return withEnglish(letter, english, format).getBytes(StandardCharsets.UTF_8);
    }
    try (PdfLetterWriter pdf = new PdfLetterWriter()) {
      pdf.add(letter);
      pdf.add(english);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      return out.toByteArray();
    }
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
