package dearrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dearrep.model.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batch letters follow today's rule: former holders get none, ended terms are counted. */
class BatchCurrentRolesTest {

  @TempDir Path tmp;

  @Test
  void aZipRowNeverWritesToAFormerMayorAndEndedTermsAreMarkedAndCounted() throws Exception {
    Path csv = tmp.resolve("rows.csv");
    Files.writeString(
        csv,
        "name,zip,district,topic\n"
            + "Ana Diaz,94102,,police-staffing\n"
            // Concord, NH: a writer in the state the governor serves
            + "Bo Chen,03301,NH,police-staffing\n");
    Path out = tmp.resolve("out");
    Cli.Result r =
        Cli.run("batch", csv.toString(), "-o", out.toString(), "--zip-policy", "all", "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();

    List<CSVRecord> manifest = BatchCommandTest.read(out.resolve("manifest.csv"));
    assertThat(manifest).extracting(m -> m.get("recipient_name")).contains("Daniel Lurie");
    assertThat(manifest).extracting(m -> m.get("recipient_name")).doesNotContain("London Breed");
    long ended =
        manifest.stream().filter(m -> m.get("role_status").equals(Role.TERM_ENDED)).count();
    assertThat(manifest)
        .filteredOn(m -> m.get("recipient_name").equals("Chris Sununu"))
        .singleElement()
        .satisfies(m -> assertThat(m.get("role_status")).isEqualTo(Role.TERM_ENDED));
    assertThat(manifest)
        .filteredOn(m -> m.get("recipient_name").equals("Daniel Lurie"))
        .singleElement()
        .satisfies(m -> assertThat(m.get("role_status")).isEqualTo(Role.CURRENT));

    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertThat(summary.get("lettersToEndedTerms").asLong()).isEqualTo(ended).isPositive();
    assertThat(summary.get("peopleData").get("openstates-people").asText()).isEqualTo("2026-08-05");
    assertThat(r.err()).contains("to terms ended per the source");
  }
}
