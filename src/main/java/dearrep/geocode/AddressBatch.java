package dearrep.geocode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The batch endpoint's wire format: a multipart POST whose {@code addressFile} is a CSV of {@code
 * id,street,city,state,zip} without a header, answered by a CSV of {@code id, input,
 * Match|No_Match| Tie, match type, matched address, "lon,lat", TIGER line id, side}.
 */
final class AddressBatch {

  private AddressBatch() {}

  /** A request body and its content type (which names the boundary). */
  record Body(byte[] bytes, String contentType) {}

  static Body request(List<CensusGeocoder.BatchAddress> addresses, String benchmark) {
    String boundary = UUID.randomUUID().toString().replace("-", "");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(
        out,
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"addressFile\"; filename=\"batch.csv\"\r\n"
            + "Content-Type: text/plain\r\n\r\n");
    write(out, csv(addresses));
    write(
        out,
        "\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"benchmark\"\r\n\r\n"
            + benchmark
            + "\r\n--"
            + boundary
            + "--\r\n");
    return new Body(out.toByteArray(), "multipart/form-data; boundary=" + boundary);
  }

  private static String csv(List<CensusGeocoder.BatchAddress> addresses) {
    StringWriter text = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT)) {
      for (CensusGeocoder.BatchAddress a : addresses) {
        printer.printRecord(
            a.id(), oneLine(a.street()), oneLine(a.city()), oneLine(a.state()), oneLine(a.zip()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /**
   * The answers of a batch response.
   *
   * @throws GeocoderException (bad answer) for a body that is not the documented CSV
   */
  static List<CensusGeocoder.BatchAnswer> answers(byte[] body) {
    List<CensusGeocoder.BatchAnswer> answers = new ArrayList<>();
    String text = new String(body, StandardCharsets.UTF_8);
    try (CSVParser parser =
        CSVParser.builder().setReader(new StringReader(text)).setFormat(CSVFormat.DEFAULT).get()) {
      for (CSVRecord r : parser) {
        if (r.size() == 1 && r.get(0).isBlank()) {
          continue;
        }
        if (r.size() < 3) {
          throw GeocoderException.badAnswer(
              "batch answer line " + r.getRecordNumber() + " has " + r.size() + " fields", null);
        }
        boolean matched = r.get(2).equals("Match");
        if (matched && r.size() >= 6) {
          String[] lonLat = r.get(5).split(",");
          try {
            double lon = Double.parseDouble(lonLat[0].strip());
            double lat = Double.parseDouble(lonLat[1].strip());
            answers.add(new CensusGeocoder.BatchAnswer(r.get(0), true, r.get(4), lat, lon));
            continue;
          } catch (RuntimeException e) {
            throw GeocoderException.badAnswer(
                "batch answer line " + r.getRecordNumber() + " has no point: " + r.get(5), e);
          }
        }
        answers.add(new CensusGeocoder.BatchAnswer(r.get(0), false, "", Double.NaN, Double.NaN));
      }
    } catch (IOException | UncheckedIOException e) {
      throw GeocoderException.badAnswer("not CSV: " + ResponseReader.oneLine(e.getMessage()), e);
    }
    return answers;
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").strip();
  }

  private static void write(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
  }
}
