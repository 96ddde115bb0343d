package dearrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import dearrep.data.BundleCheck.Problem;
import dearrep.data.BundleCheck.Severity;
import dearrep.model.Division;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link BoundaryCheck} over the trimmed real fixture layers. */
class BoundaryCheckTest {

  private static final String CA = "ocd-division/country:us/state:ca/";

  private static Division division(String id, String kind, String district) {
    return new Division(id, id, id.contains("state:nh") ? "NH" : "CA", kind, "lower", district, 1);
  }

  private final GeoBundle geo = FixtureBundle.open();

  private List<Division> fixtureDivisions() {
    return List.of(
        division(CA + "sldl:24", "sldl", "24"),
        division(CA + "sldl:25", "sldl", "25"),
        division(CA + "sldl:26", "sldl", "26"),
        division(CA + "sldl:28", "sldl", "28"),
        division("ocd-division/country:us/state:nh/sldl:merrimack_25", "sldl", "Merrimack 25"));
  }

  @Test
  void reportsWaterAreasAndExplainedDivisionsAsWarnings() {
    List<Problem> problems =
        BoundaryCheck.check(FixtureBundle.files(), geo.layers(), fixtureDivisions());
    assertThat(problems)
        .anyMatch(
            p ->
                p.severity() == Severity.WARNING
                    && p.recordId().equals("sldl 25ZZZ State House Districts not defined"))
        .anyMatch(
            p ->
                p.severity() == Severity.WARNING
                    && p.recordId().endsWith("nh/sldl:merrimack_25")
                    && p.message().contains("floterial"));
  }

  @Test
  void aDivisionWithNoBoundaryAndNoReasonIsAnError() {
    List<Division> more = new java.util.ArrayList<>(fixtureDivisions());
    more.add(division(CA + "sldl:27", "sldl", "27"));
    assertThat(BoundaryCheck.check(FixtureBundle.files(), geo.layers(), more))
        .filteredOn(p -> p.severity() == Severity.ERROR)
        .anyMatch(p -> p.recordId().equals(CA + "sldl:27"));
  }

  @Test
  void aBoundaryWhoseDivisionThePeopleDataLacksIsAnError() {
    List<Division> without =
        fixtureDivisions().stream().filter(d -> !d.id().endsWith("sldl:26")).toList();
    assertThat(BoundaryCheck.check(FixtureBundle.files(), geo.layers(), without))
        .filteredOn(p -> p.severity() == Severity.ERROR)
        .anyMatch(
            p ->
                p.message().contains("Assembly District 26")
                    && p.message().contains("which the people data lacks"));
  }
}
