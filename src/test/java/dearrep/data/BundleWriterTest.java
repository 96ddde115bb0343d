package dearrep.data;

import static org.assertj.core.api.Assertions.assertThat;

import dearrep.model.Dataset;
import dearrep.model.Person;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleWriterTest {

  @Test
  void eitherOrderGivesTheSameFullBundle(@TempDir Path a, @TempDir Path b) throws IOException {
    Upstream.importOpenStates(a);
    Upstream.importCongress(a);
    Upstream.importCongress(b);
    Upstream.importOpenStates(b);

    assertThat(Files.readString(a.resolve("people/ca.json")))
        .isEqualTo(Files.readString(b.resolve("people/ca.json")));
    assertThat(Files.readString(a.resolve(BundleFiles.PEOPLE_INDEX)))
        .isEqualTo(Files.readString(b.resolve(BundleFiles.PEOPLE_INDEX)));
    assertThat(Upstream.bundle(a, "CA").people())
        .extracting(Person::name)
        .contains("Ash Kalra", "Gavin Newsom", "Matt Mahan", "Sam T. Liccardo", "Alex Padilla");
    assertThat(Upstream.bundle(a, "CA").divisions())
        .extracting(d -> d.id())
        .contains(
            "ocd-division/country:us/state:ca/sldl:25", "ocd-division/country:us/state:ca/cd:16");
  }

  @Test
  void reimportingOneDatasetReplacesOnlyItsOwnRecords(@TempDir Path data) throws IOException {
    Upstream.importOpenStates(data);
    Upstream.importCongress(data);
    String before = Files.readString(data.resolve("people/ca.json"));

    Upstream.importOpenStates(data);
    Upstream.importOpenStates(data);

    assertThat(Files.readString(data.resolve("people/ca.json"))).isEqualTo(before);
    assertThat(Upstream.bundle(data, "CA").people())
        .filteredOn(p -> p.id().equals("bioguide:L000607"))
        .hasSize(1);
    assertThat(Upstream.sources(data))
        .extracting(Dataset::key)
        .containsExactly(
            "congress-legislators", "ocd-division-ids", "openstates-metadata", "openstates-people");
  }

  @Test
  void outputIsSortedForStableDiffs(@TempDir Path data) throws IOException {
    Upstream.importCongress(data);
    Upstream.importOpenStates(data);

    List<String> ids = Upstream.bundle(data, "CA").people().stream().map(Person::id).toList();
    assertThat(ids).isSorted();
    assertThat(Upstream.bundle(data, "CA").divisions()).extracting(d -> d.id()).isSorted();
    List<String> index = Files.readAllLines(data.resolve(BundleFiles.PEOPLE_INDEX));
    assertThat(index).isSorted();
    assertThat(index)
        .contains(
            "ocd-person/820619fd-d053-4915-b099-1d134a880228\tCA\tAsh Kalra\tAssemblymember\t"
                + "ocd-division/country:us/state:ca/sldl:25\t",
            "bioguide:L000607\tCA\tSam T. Liccardo\tRepresentative\t"
                + "ocd-division/country:us/state:ca/cd:16\t2027-01-04");
    // names.tsv: the same people in the same order, folded for name search
    List<String> names = Files.readAllLines(data.resolve(BundleFiles.PEOPLE_NAMES));
    assertThat(names).hasSameSizeAs(index);
    assertThat(
            names.get(
                index.indexOf(
                    "bioguide:L000607\tCA\tSam T. Liccardo\tRepresentative\tocd-division/country:us/state:ca/cd:16\t2027-01-04")))
        .isEqualTo("sam t liccardo\tCA\tbioguide:L000607");
  }

  @Test
  void derivedModelMethodsAreNotWrittenAsProperties(@TempDir Path data) throws IOException {
    Upstream.importCongress(data);
    String json = Files.readString(data.resolve("people/ca.json"));
    assertThat(json).doesNotContain("\"congress\":", "\"capitol\":", "\"empty\":");
  }
}
