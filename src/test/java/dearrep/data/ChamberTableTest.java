package dearrep.data;

import static org.assertj.core.api.Assertions.assertThat;

import dearrep.model.Chamber;
import org.junit.jupiter.api.Test;

class ChamberTableTest {

  private static Chamber chamber(
      String st, String name, boolean uni, String chamberName, String title) {
    return new Chamber(
        st,
        name,
        "00",
        name + " Legislature",
        uni,
        uni ? "unicameral" : "lower",
        chamberName,
        title,
        1);
  }

  @Test
  void bodyNamesFollowOneRule() {
    assertThat(chamber("CA", "California", false, "Assembly", "Assemblymember").bodyName())
        .isEqualTo("California State Assembly");
    assertThat(chamber("NY", "New York", false, "Senate", "Senator").bodyName())
        .isEqualTo("New York State Senate");
    assertThat(chamber("MD", "Maryland", false, "House", "Delegate").bodyName())
        .isEqualTo("Maryland House of Delegates");
    assertThat(chamber("MA", "Massachusetts", false, "House", "Representative").bodyName())
        .isEqualTo("Massachusetts House of Representatives");
    assertThat(chamber("PR", "Puerto Rico", false, "Senate", "Senator").bodyName())
        .isEqualTo("Puerto Rico Senate");
    assertThat(chamber("NE", "Nebraska", true, "Nebraska Legislature", "Senator").bodyName())
        .isEqualTo("Nebraska Legislature");
  }

  @Test
  void addressesKeepTheirLineSeparators() {
    assertThat(OpenStatesPerson.normalizeAddress("200 E. Santa Clara St.;San Jose, CA 95113"))
        .isEqualTo("200 E. Santa Clara St.; San Jose, CA 95113");
    assertThat(
            OpenStatesPerson.normalizeAddress("State House Rm 337;\n24 Beacon St. ;; Boston, MA;"))
        .isEqualTo("State House Rm 337; 24 Beacon St.; Boston, MA");
    assertThat(OpenStatesPerson.normalizeAddress("14700 Ravinia Avenue,;Orland Park, IL 60462"))
        .isEqualTo("14700 Ravinia Avenue; Orland Park, IL 60462");
  }

  @Test
  void districtNamesMatchIgnoringCaseAndLeadingZeros() {
    assertThat(ChamberTable.normalizeDistrict("025")).isEqualTo("25");
    assertThat(ChamberTable.normalizeDistrict("At-Large")).isEqualTo("at-large");
  }
}
