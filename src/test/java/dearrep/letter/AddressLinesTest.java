package dearrep.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Real upstream addresses and the envelope lines they become ('|' separates lines). */
class AddressLinesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '#',
      value = {
        "111 W. Saint John St. Suite 1150, San Jose, CA 95113 # 111 W. Saint John St. Suite 1150|San Jose, CA 95113",
        "Room 4610, 1021 O St. P.O. Box 942849, Sacramento, CA 94249 # Room 4610, 1021 O St. P.O. Box 942849|Sacramento, CA 94249",
        "331 Hart Senate Office Building Washington DC 20510 # 331 Hart Senate Office Building|Washington, DC 20510",
        "200 E. Santa Clara St.;San Jose, CA 95113 # 200 E. Santa Clara St.|San Jose, CA 95113",
        "PO Box 5616 ; ; Montgomery, AL 36103-5616 # PO Box 5616|Montgomery, AL 36103-5616",
        "State Capitol; 500 Woodlane; Suite 220; Little Rock, AR 72201 # State Capitol|500 Woodlane|Suite 220|Little Rock, AR 72201",
        "California Secretary of State; 1500 11th Street; Sacramento, CA 95814- # California Secretary of State|1500 11th Street|Sacramento, CA 95814",
        "1350 Pennsylvania Ave. NW Suite 404, Washington, DC 20004 # 1350 Pennsylvania Ave. NW Suite 404|Washington, DC 20004",
        "2500 Tulare Street, Suite 5290, Fresno, CA 93721 # 2500 Tulare Street, Suite 5290|Fresno, CA 93721",
        // West Virginia's Senate: one upstream line whose commas are not line ends
        "State Capitol Room 203W, Complex, Building 1 1900 Kanawha Blvd. East, Charleston, WV 25305 # State Capitol Room 203W, Complex, Building 1 1900 Kanawha Blvd. East|Charleston, WV 25305",
        // Maryland's Governor: the state spelled out, the ZIP code on a line of its own upstream
        "100 State Circle; Annapolis, Maryland; 21401-1925 # 100 State Circle|Annapolis, Maryland 21401-1925",
        "100 State Circle, Annapolis, Maryland 21401-1925 # 100 State Circle|Annapolis, Maryland 21401-1925",
        // Massachusetts' Secretary of the Commonwealth: ';' ends each line
        "State House Rm 337; 24 Beacon St.; Boston, MA 02133-1099 # State House Rm 337|24 Beacon St.|Boston, MA 02133-1099",
        // a line break upstream ends a line too ("|" stands for it in the input)
        "Capitol Building|1 Main St., Suite 2|Cheyenne, WY 82001 # Capitol Building|1 Main St., Suite 2|Cheyenne, WY 82001",
      })
  void splitsIntoEnvelopeLines(String address, String expected) {
    assertThat(AddressLines.split(address.replace("|", "\n"), List.of()))
        .containsExactly(expected.split("\\|"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '#',
      value = {
        "Office of the Governor; 1700 W. Washington St., Phoenix, AZ 85007 # 1700 W. Washington St.|Phoenix, AZ 85007",
        "Governor Gavin Newsom; 1303 10th Street, Suite 1173; Sacramento, CA 95814 # 1303 10th Street, Suite 1173|Sacramento, CA 95814",
      })
  void dropsANameTheInsideAddressAlreadyShows(String address, String expected) {
    assertThat(AddressLines.split(address, List.of("Gavin Newsom", "Office of the Governor")))
        .containsExactly(expected.split("\\|"));
  }
}
