package dearrep.letter;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Properties;

/**
 * Writes a letter as an RFC 5322 draft with Jakarta Mail: From the writer, To the official's e-mail
 * where there is one (otherwise no To, and the body starts with the contact-form URL), UTF-8
 * headers encoded, {@code X-Unsent: 1} so mail programs open it as a draft. The Message-ID is
 * derived from the content so the same letter gives the same bytes.
 */
final class EmailDraft {

  private static final Session SESSION = Session.getInstance(new Properties());

  private EmailDraft() {}

  static void write(Letter letter, String body, ZoneId zone, OutputStream out) throws IOException {
    Sender sender = letter.sender();
    if (sender.email().isEmpty()) {
      throw new LetterException(
          "an e-mail draft needs the writer's e-mail address: give --email or save it with"
              + " dearrep profile set");
    }
    try {
      Draft m = new Draft(messageId(letter, body, sender.email()));
      m.setFrom(address(sender.email(), sender.name(), "the writer's"));
      if (!letter.recipientEmail().isEmpty()) {
        m.setRecipient(
            Message.RecipientType.TO,
            address(letter.recipientEmail(), letter.recipientName(), "the official's"));
      }
      m.setSubject(letter.subject(), "UTF-8");
      m.setHeader(
          "Date",
          DateTimeFormatter.RFC_1123_DATE_TIME.format(
              letter.date().atTime(LocalTime.NOON).atZone(zone)));
      m.setHeader("X-Unsent", "1");
      m.setText(body.replace("\n", "\r\n"), "UTF-8");
      m.saveChanges();
      m.writeTo(out);
    } catch (MessagingException e) {
      throw new LetterException("cannot build the e-mail draft: " + e.getMessage(), e);
    }
  }

  private static InternetAddress address(String email, String name, String whose)
      throws IOException {
    try {
      InternetAddress a = new InternetAddress(email, name, "UTF-8");
      a.validate();
      return a;
    } catch (AddressException e) {
      throw new LetterException(whose + " e-mail address '" + email + "' is not valid", e);
    }
  }

  private static String messageId(Letter letter, String body, String senderEmail) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(
          (letter.recipientId() + "\n" + letter.dateText() + "\n" + body)
              .getBytes(StandardCharsets.UTF_8));
      String hash = HexFormat.of().formatHex(sha.digest(), 0, 12);
      String domain = senderEmail.substring(senderEmail.indexOf('@') + 1);
      return "<" + hash + ".dearrep@" + domain + ">";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A message whose Message-ID is given rather than made from the host name and the clock. */
  private static final class Draft extends MimeMessage {
    private final String id;

    Draft(String id) {
      super(SESSION);
      this.id = id;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", id);
    }
  }
}
