package dearrep.letter;

import dearrep.model.Level;
import dearrep.model.Office;
import dearrep.model.Person;
import dearrep.model.Provenance;
import dearrep.model.Role;
import java.util.List;

/**
 * Real officials as the bundle describes them (copied from Open States and congress-legislators),
 * so letter tests do not depend on the whole bundle.
 */
final class Officials {

  private Officials() {}

  static Person kalra() {
    return new Person(
        "ocd-person/820619fd-d053-4915-b099-1d134a880228",
        "Ash Kalra",
        "Ash",
        "Kalra",
        "Democratic",
        "assemblymember.kalra@assembly.ca.gov",
        null,
        List.of(
            new Role(
                "lower",
                Level.STATE,
                "Assemblymember",
                "California State Assembly",
                "CA",
                "25",
                "ocd-division/country:us/state:ca/sldl:25",
                "ocd-jurisdiction/country:us/state:ca/government",
                "2022-12-05",
                null,
                "2016-12-05")),
        List.of(
            new Office(
                "capitol",
                null,
                "Room 4610, 1021 O St. P.O. Box 942849, Sacramento, CA 94249",
                "916-319-2025",
                null),
            new Office(
                "district",
                null,
                "111 W. Saint John St. Suite 1150, San Jose, CA 95113",
                "408-286-2535",
                null)),
        List.of("https://a25.asmdc.org/"),
        null,
        null,
        "2016-12-05",
        null,
        null,
        new Provenance("openstates-people", "2026-08-05"));
  }

  static Person padilla() {
    return new Person(
        "bioguide:P000145",
        "Alex Padilla",
        "Alex",
        "Padilla",
        "Democrat",
        null,
        "https://www.padilla.senate.gov/contact/",
        List.of(
            new Role(
                "upper",
                Level.FEDERAL,
                "Senator",
                "United States Senate",
                "CA",
                null,
                "ocd-division/country:us/state:ca",
                "ocd-jurisdiction/country:us/government",
                "2023-01-03",
                "2029-01-03",
                "2021-01-20")),
        List.of(
            new Office(
                "capitol",
                null,
                "331 Hart Senate Office Building Washington DC 20510",
                "202-224-3553",
                null),
            new Office(
                "district",
                "San Francisco",
                "333 Bush Street, Suite 3225, San Francisco, CA 94104",
                "415-981-9369",
                "202-224-0454")),
        List.of("https://www.padilla.senate.gov"),
        null,
        null,
        "2021-01-20",
        null,
        null,
        new Provenance("congress-legislators", "2026-06-15"));
  }

  static Person mahan() {
    return new Person(
        "ocd-person/bc1523dd-3485-408d-9918-27def331b652",
        "Matt Mahan",
        "Matt",
        "Mahan",
        null,
        "mayor@sanjoseca.gov",
        null,
        List.of(
            new Role(
                "mayor",
                Level.LOCAL,
                "Mayor",
                "City of San Jose",
                "CA",
                null,
                "ocd-division/country:us/state:ca/place:san_jose",
                "ocd-jurisdiction/country:us/state:ca/place:san_jose/government",
                null,
                "2027-01-01",
                null)),
        List.of(
            new Office(
                "primary", null, "200 E. Santa Clara St.;San Jose, CA 95113", "408-535-4900", null)),
        List.of(),
        null,
        null,
        null,
        null,
        null,
        new Provenance("openstates-people", "2026-08-05"));
  }
}
