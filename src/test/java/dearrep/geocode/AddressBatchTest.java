package dearrep.geocode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The batch endpoint's wire format, against the recorded request and answer. */
class AddressBatchTest {

  private static String fixture(String name) throws IOException {
    try (InputStream in = AddressBatchTest.class.getResourceAsStream("/census-geocoder/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theRequestHasTheRecordedParts() throws IOException {
    List<CensusGeocoder.BatchAddress> rows =
        List.of(
            new CensusGeocoder.BatchAddress("1", "4600 Silver Hill Rd", "SUITLAND", "MD", "20746"),
            new CensusGeocoder.BatchAddress("2", "79 Wistful Vista", "Wistful Vista", "IL", ""),
            new CensusGeocoder.BatchAddress(
                "3", "3 Gramercy Park West", "New York", "NY", "10003"));
    AddressBatch.Body body = AddressBatch.request(rows, CensusGeocoder.BENCHMARK);
    String text = new String(body.bytes(), StandardCharsets.UTF_8);
    String boundary = body.contentType().replaceFirst(".*boundary=", "");
    assertThat(body.contentType()).startsWith("multipart/form-data; boundary=");
    // the same parts, in the same form, as the recorded request (whose boundary differs)
    String recorded = fixture("addressbatch-0-request.txt");
    String recordedBoundary = recorded.substring(2, recorded.indexOf('\n'));
    assertThat(text.replace(boundary, "B").replace("\r\n", "\n"))
        .contains(
            "--B\nContent-Disposition: form-data; name=\"addressFile\"; filename=\"batch.csv\"\n"
                + "Content-Type: text/plain\n\n"
                + "1,4600 Silver Hill Rd,SUITLAND,MD,20746\n"
                + "2,79 Wistful Vista,Wistful Vista,IL,\n"
                + "3,3 Gramercy Park West,New York,NY,10003\n")
        .contains("--B\nContent-Disposition: form-data; name=\"benchmark\"\n\nPublic_AR_Current\n")
        .endsWith("--B--\n");
    assertThat(recorded.replace(recordedBoundary, "B"))
        .contains(
            "1,4600 Silver Hill Rd,SUITLAND,MD,20746\n2,79 Wistful Vista,Wistful Vista,IL,\n");
  }

  @Test
  void aStreetWithACommaIsQuoted() {
    String text =
        new String(
            AddressBatch.request(
                    List.of(
                        new CensusGeocoder.BatchAddress("1", "100 Main St, Apt 2", "X", "CA", "")),
                    "b")
                .bytes(),
            StandardCharsets.UTF_8);
    assertThat(text).contains("1,\"100 Main St, Apt 2\",X,CA,");
  }

  @Test
  void theRecordedAnswerGivesOneMatchAndTwoMisses() throws IOException {
    List<CensusGeocoder.BatchAnswer> answers =
        AddressBatch.answers(
            fixture("addressbatch-0-response.csv").getBytes(StandardCharsets.UTF_8));
    assertThat(answers).hasSize(3);
    CensusGeocoder.BatchAnswer gramercy = answers.get(0);
    assertThat(gramercy.id()).isEqualTo("3");
    assertThat(gramercy.matched()).isTrue();
    assertThat(gramercy.matchedAddress()).isEqualTo("3 GRAMERCY PARK W, NEW YORK, NY, 10003");
    assertThat(gramercy.lat()).isEqualTo(40.738323);
    assertThat(gramercy.lon()).isEqualTo(-73.98658);
    assertThat(answers.subList(1, 3)).noneMatch(CensusGeocoder.BatchAnswer::matched);
  }

  @Test
  void anAnswerThatIsNotTheCsvIsABadAnswer() {
    assertThatThrownBy(
            () -> AddressBatch.answers("<html>busy</html>".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(GeocoderException.class)
        .hasMessageContaining("cannot read");
  }
}
