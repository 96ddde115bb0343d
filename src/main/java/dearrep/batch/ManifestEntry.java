package dearrep.batch;

import java.util.List;

/**
 * One line of {@code manifest.csv}: a letter written.
 *
 * @param line input line the row starts on
 * @param rowId the row's id column, or ""
 * @param supporter the writer's name
 * @param recipientId the official's person id
 * @param recipientName the official's name
 * @param level federal, state or local
 * @param topic topic id
 * @param position support, oppose or concern
 * @param basis how the recipient was found ("district CA-AD25")
 * @param file file name inside the output folder
 * @param sha256 hex SHA-256 of the file
 * @param lettersInRow how many letters the row yields: resume keeps a row only when all are listed
 * @param constituency whether the data places the writer in the recipient's district: verified,
 *     possible or outside (the last column, so manifests written before it still resume)
 * @param roleStatus the recipient's role as judged today: {@code current}, or {@code term-ended}
 *     when the source's end date has passed and nobody newer holds the seat in the data
 */
record ManifestEntry(
    long line,
    String rowId,
    String supporter,
    String recipientId,
    String recipientName,
    String level,
    String topic,
    String position,
    String basis,
    String file,
    String sha256,
    int lettersInRow,
    String constituency,
    String roleStatus) {

  static final List<String> HEADER =
      List.of(
          "line",
          "id",
          "supporter",
          "recipient_id",
          "recipient_name",
          "level",
          "topic",
          "position",
          "basis",
          "file",
          "sha256",
          "letters_in_row",
          "constituency",
          "role_status");

  List<String> cells() {
    return List.of(
        Long.toString(line),
        rowId,
        supporter,
        recipientId,
        recipientName,
        level,
        topic,
        position,
        basis,
        file,
        sha256,
        Integer.toString(lettersInRow),
        constituency,
        roleStatus == null ? "" : roleStatus);
  }

  /**
   * A line read back on resume.
   *
   * @throws IllegalArgumentException when the line is damaged (resume treats it as torn)
   */
  static ManifestEntry of(List<String> c) {
    int letters = Integer.parseInt(c.get(11));
    String file = c.get(9);
    if (letters < 1 || file.isEmpty() || file.startsWith(".") || file.contains("/")) {
      throw new IllegalArgumentException("damaged manifest line");
    }
    return new ManifestEntry(
        ErrorEntry.lineNumber(c.get(0)),
        c.get(1),
        c.get(2),
        c.get(3),
        c.get(4),
        c.get(5),
        c.get(6),
        c.get(7),
        c.get(8),
        c.get(9),
        c.get(10),
        Integer.parseInt(c.get(11)),
        c.size() > 12 ? c.get(12) : "",
        c.size() > 13 ? c.get(13) : "");
  }
}
