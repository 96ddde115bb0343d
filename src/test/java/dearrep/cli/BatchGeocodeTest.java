package dearrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dearrep.testing.CensusReplay;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code batch --geocode census}: rows with a street address are placed by the Census batch
 * endpoint's point (a local replay server here), each distinct address asked once and cached for
 * --resume; offline or unreachable, rows fall back to their ZIP code, and the manifest says so.
 */
class BatchGeocodeTest {

  private static final String CSV =
      """
      name,street,city,state,zip,topic
      Rosa Diaz,200 E Santa Clara St,San Jose,CA,95113,police-staffing
      Ana Ruiz,535 N 5th St,San Jose,CA,95112,police-staffing
      Li Wei,200 e santa clara st,San Jose,CA,95113-1905,police-staffing
      Sam Roe,1 Nowhere Rd,San Jose,CA,95113,police-staffing
      Kim Lee,,San Jose,CA,95113,police-staffing
      """;

  @TempDir Path tmp;

  private Path input() throws IOException {
    Path file = tmp.resolve("supporters.csv");
    Files.writeString(file, CSV, StandardCharsets.UTF_8);
    return file;
  }

  private static Cli.Result batch(Session session, Path in, Path out, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "batch",
                in.toString(),
                "-o",
                out.toString(),
                "--levels",
                "federal",
                "--geocode",
                "census"));
    args.addAll(List.of(more));
    return Cli.run(session, args.toArray(String[]::new));
  }

  private static Session session(CensusReplay server) {
    Session s = new Session();
    s.useGeocoder(server.settings("2026-11-30"));
    return s;
  }

  @Test
  void addressesArePlacedByTheirPointEachAskedOnceAndTheBasisSaysHow() throws IOException {
    try (CensusReplay server = CensusReplay.serving("addressbatch-san-jose-response.csv")) {
      Path out = tmp.resolve("out");
      Cli.Result r = batch(session(server), input(), out);
      assertThat(r.exitCode()).as(r.err()).isZero();
      assertThat(r.err()).contains("sending 3 street addresses to the U.S. Census Geocoder");
      // the two spellings of City Hall are one address: three distinct addresses, one request
      assertThat(server.batchRows())
          .containsExactlyInAnyOrder(
              "200 E Santa Clara St, San Jose, CA, 95113",
              "535 N 5th St, San Jose, CA, 95112",
              "1 Nowhere Rd, San Jose, CA, 95113");
      assertThat(server.requests())
          .singleElement()
          .asString()
          .startsWith("POST /geocoder/locations/addressbatch");
      Map<String, String> basis = houseBasis(out);
      assertThat(basis)
          .containsEntry("2", "address 200 E SANTA CLARA ST, SAN JOSE, CA, 95113")
          // ZIP 95112 spans three districts: only the address could place this row
          .containsEntry("3", "address 535 N 5TH ST, SAN JOSE, CA, 95112")
          .containsEntry("4", "address 200 E SANTA CLARA ST, SAN JOSE, CA, 95113")
          .containsEntry("5", "zip 95113 (address not matched)")
          .containsEntry("6", "zip 95113");
      assertThat(out.resolve(".dearrep/geocode.csv")).exists();

      // a resumed run reads the cache: not one more address is sent
      Cli.Result again = batch(session(server), input(), out, "--resume");
      assertThat(again.exitCode()).as(again.err()).isZero();
      assertThat(server.requests()).hasSize(1);
    }
  }

  @Test
  void offlineSendsNothingAndRowsFallBackToTheirZip() throws IOException {
    try (CensusReplay server = CensusReplay.serving("addressbatch-san-jose-response.csv")) {
      Path out = tmp.resolve("out");
      Cli.Result r = batch(session(server), input(), out, "--offline");
      assertThat(server.requests()).isEmpty();
      assertThat(r.err())
          .contains("--offline: 3 street addresses were not sent to the Census Geocoder");
      assertThat(r.exitCode())
          .isEqualTo(4); // the split ZIP row cannot be placed without its address
      assertThat(houseBasis(out))
          .containsEntry("2", "zip 95113 (address not geocoded: offline)")
          .doesNotContainKey("3");
      assertThat(Files.readString(out.resolve("errors.csv"))).contains("ambiguous-zip");
    }
  }

  @Test
  void unreachableIsOneLineAndRowsFallBackToTheirZip() throws IOException {
    Session session = new Session();
    session.useGeocoder(CensusReplay.settings(CensusReplay.nothingListening(), "2026-11-30"));
    Path out = tmp.resolve("out");
    Cli.Result r = batch(session, input(), out);
    assertThat(r.exitCode()).isEqualTo(4);
    assertThat(r.err().lines().filter(l -> l.contains("Census Geocoder")).toList())
        .hasSize(2)
        .last()
        .asString()
        .startsWith("dearrep: could not reach the Census Geocoder: cannot connect to 127.0.0.1")
        .endsWith("rows whose address has no answer are placed by ZIP code or lat/lon")
        .doesNotContain("use --zip");
    assertThat(houseBasis(out))
        .containsEntry(
            "2", "zip 95113 (address not geocoded: the Census Geocoder was unreachable)");
    assertThat(out.resolve(".dearrep/geocode.csv")).doesNotExist();
  }

  @Test
  void standardInputCannotBeGeocoded() {
    Cli.Result r =
        Cli.run("batch", "-", "-o", tmp.resolve("out").toString(), "--geocode", "census");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--geocode census reads the CSV twice");
  }

  /** The basis of each row's U.S. House letter, by input line. */
  private static Map<String, String> houseBasis(Path out) throws IOException {
    Map<String, String> basis = new TreeMap<>();
    try (Reader in = Files.newBufferedReader(out.resolve("manifest.csv"))) {
      for (CSVRecord m :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        if (m.get("recipient_id").equals("bioguide:L000397")) { // Zoe Lofgren, CA-18
          basis.put(m.get("line"), m.get("basis"));
        }
      }
    }
    return basis;
  }
}
