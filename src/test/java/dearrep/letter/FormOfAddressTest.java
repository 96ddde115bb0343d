package dearrep.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dearrep.model.Level;
import dearrep.model.Person;
import dearrep.model.Role;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One real official for every chamber title and office type (names from Open States and
 * congress-legislators), with the inside address and salutation each must get.
 */
class FormOfAddressTest {

  private static final String US = "ocd-jurisdiction/country:us/government";

  static Arguments row(
      String given,
      String family,
      String type,
      Level level,
      String title,
      String body,
      String state,
      String district,
      String jurisdiction,
      String inside,
      String bodyLine,
      String salutation) {
    Person p =
        new Person(
            "test:" + family,
            given + " " + family,
            given,
            family,
            null,
            null,
            null,
            List.of(
                new Role(
                    type,
                    level,
                    title,
                    body,
                    state,
                    district,
                    null,
                    jurisdiction,
                    null,
                    null,
                    null)),
            List.of(),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            List.of());
    return Arguments.of(p, inside, bodyLine, salutation);
  }

  /** A person with nothing but a name and one role, as the edge cases below need. */
  private static Person person(String name, String given, String family, Role role) {
    return new Person(
        "x",
        name,
        given,
        family,
        null,
        null,
        null,
        List.of(role),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        List.of());
  }

  static String state(String st) {
    return "ocd-jurisdiction/country:us/state:" + st.toLowerCase() + "/government";
  }

  static Stream<Arguments> officials() {
    return Stream.of(
        row(
            "Ash",
            "Kalra",
            "lower",
            Level.STATE,
            "Assemblymember",
            "California State Assembly",
            "CA",
            "25",
            state("CA"),
            "The Honorable Ash Kalra",
            "California State Assembly",
            "Dear Assemblymember Kalra:"),
        row(
            "Crystal",
            "Peoples-Stokes",
            "lower",
            Level.STATE,
            "Assembly Member",
            "New York State Assembly",
            "NY",
            "141",
            state("NY"),
            "The Honorable Crystal Peoples-Stokes",
            "New York State Assembly",
            "Dear Assembly Member Peoples-Stokes:"),
        row(
            "Adrienne",
            "Jones",
            "lower",
            Level.STATE,
            "Delegate",
            null,
            "MD",
            "10",
            state("MD"),
            "The Honorable Adrienne Jones",
            "Maryland House of Delegates",
            "Dear Delegate Jones:"),
        row(
            "Dustin",
            "Burrows",
            "lower",
            Level.STATE,
            "Representative",
            null,
            "TX",
            "83",
            state("TX"),
            "The Honorable Dustin Burrows",
            "Texas House of Representatives",
            "Dear Representative Burrows:"),
        row(
            "Dave",
            "Cortese",
            "upper",
            Level.STATE,
            "Senator",
            "California State Senate",
            "CA",
            "15",
            state("CA"),
            "The Honorable Dave Cortese",
            "California State Senate",
            "Dear Senator Cortese:"),
        row(
            "John",
            "Arch",
            "legislature",
            Level.STATE,
            "Senator",
            null,
            "NE",
            "14",
            state("NE"),
            "The Honorable John Arch",
            "Nebraska Legislature",
            "Dear Senator Arch:"),
        row(
            "Brianne",
            "Nadeau",
            "legislature",
            Level.STATE,
            "Councilmember",
            null,
            "DC",
            "Ward 1",
            "ocd-jurisdiction/country:us/district:dc/government",
            "The Honorable Brianne Nadeau",
            "Council of the District of Columbia",
            "Dear Councilmember Nadeau:"),
        row(
            "Phil",
            "Mendelson",
            "legislature",
            Level.STATE,
            "Councilmember",
            null,
            "DC",
            "Chairman",
            "ocd-jurisdiction/country:us/district:dc/government",
            "The Honorable Phil Mendelson",
            "Council of the District of Columbia",
            "Dear Chairman Mendelson:"),
        row(
            "Alex",
            "Padilla",
            "upper",
            Level.FEDERAL,
            "Senator",
            "United States Senate",
            "CA",
            null,
            US,
            "The Honorable Alex Padilla",
            "United States Senate",
            "Dear Senator Padilla:"),
        row(
            "Sam",
            "Liccardo",
            "lower",
            Level.FEDERAL,
            "Representative",
            null,
            "CA",
            "16",
            US,
            "The Honorable Sam Liccardo",
            "United States House of Representatives",
            "Dear Representative Liccardo:"),
        row(
            "Eleanor",
            "Norton",
            "lower",
            Level.FEDERAL,
            null,
            null,
            "DC",
            "0",
            US,
            "The Honorable Eleanor Norton",
            "United States House of Representatives",
            "Dear Delegate Norton:"),
        row(
            "Pablo José",
            "Hernández Rivera",
            "lower",
            Level.FEDERAL,
            null,
            null,
            "PR",
            "0",
            US,
            "The Honorable Pablo José Hernández Rivera",
            "United States House of Representatives",
            "Dear Resident Commissioner Hernández Rivera:"),
        row(
            "Gavin",
            "Newsom",
            "governor",
            Level.STATE,
            "Governor",
            null,
            "CA",
            null,
            state("CA"),
            "The Honorable Gavin Newsom",
            "Office of the Governor",
            "Dear Governor Newsom:"),
        row(
            "Eleni",
            "Kounalakis",
            "lt_governor",
            Level.STATE,
            null,
            null,
            "CA",
            null,
            state("CA"),
            "The Honorable Eleni Kounalakis",
            "Office of the Lieutenant Governor",
            "Dear Lieutenant Governor Kounalakis:"),
        row(
            "Rob",
            "Bonta",
            "attorney general",
            Level.STATE,
            null,
            null,
            "CA",
            null,
            state("CA"),
            "The Honorable Rob Bonta",
            "Office of the Attorney General",
            "Dear Attorney General Bonta:"),
        row(
            "Shirley",
            "Weber",
            "secretary of state",
            Level.STATE,
            null,
            null,
            "CA",
            null,
            state("CA"),
            "The Honorable Shirley Weber",
            "Office of the Secretary of State",
            "Dear Secretary Weber:"),
        row(
            "Deborah",
            "Goldberg",
            "treasurer",
            Level.STATE,
            null,
            null,
            "MA",
            null,
            state("MA"),
            "The Honorable Deborah Goldberg",
            "Office of the State Treasurer",
            "Dear Treasurer Goldberg:"),
        row(
            "Diana",
            "DiZoglio",
            "auditor",
            Level.STATE,
            null,
            null,
            "MA",
            null,
            state("MA"),
            "The Honorable Diana DiZoglio",
            "Office of the State Auditor",
            "Dear Auditor DiZoglio:"),
        row(
            "Meagan",
            "Wolfe",
            "chief election officer",
            Level.STATE,
            null,
            null,
            "WI",
            null,
            state("WI"),
            "Meagan Wolfe",
            "Wisconsin Elections Commission",
            "Dear Meagan Wolfe:"),
        // Massachusetts' chief election officer is the elected Secretary of the Commonwealth
        row(
            "William",
            "Galvin",
            "chief election officer",
            Level.STATE,
            "Chief Election Officer",
            "State of Massachusetts",
            "MA",
            null,
            state("MA"),
            "The Honorable William Galvin",
            "Office of the Secretary of the Commonwealth",
            "Dear Secretary Galvin:"),
        // Delaware's is the appointed State Election Commissioner
        row(
            "Anthony",
            "Albence",
            "chief election officer",
            Level.STATE,
            "Chief Election Officer",
            "State of Delaware",
            "DE",
            null,
            state("DE"),
            "Anthony Albence",
            "Office of the State Election Commissioner",
            "Dear Commissioner Albence:"),
        row(
            "Matt",
            "Mahan",
            "mayor",
            Level.LOCAL,
            "Mayor",
            "City of San Jose",
            "CA",
            null,
            "ocd-jurisdiction/country:us/state:ca/place:san_jose/government",
            "The Honorable Matt Mahan",
            "Office of the Mayor",
            "Dear Mayor Mahan:"),
        row(
            "Rosemary",
            "Kamei",
            "councilmember",
            Level.LOCAL,
            "Councilmember",
            "City of San Jose",
            "CA",
            "1",
            "ocd-jurisdiction/country:us/state:ca/place:san_jose/government",
            "The Honorable Rosemary Kamei",
            "San Jose City Council",
            "Dear Councilmember Kamei:"));
  }

  @ParameterizedTest(name = "{3}")
  @MethodSource("officials")
  void insideAddressAndSalutation(Person p, String inside, String body, String salutation) {
    FormOfAddress f = FormOfAddress.of(p);
    assertThat(f.insideName()).isEqualTo(inside);
    assertThat(f.body()).isEqualTo(body);
    assertThat(f.salutation()).isEqualTo(salutation);
  }

  @ParameterizedTest(name = "{3}")
  @MethodSource("officials")
  void neverTheHonorableBeforeASurnameAlone(
      Person p, String inside, String body, String salutation) {
    String rest = FormOfAddress.of(p).insideName().replaceFirst("^The Honorable ", "");
    assertThat(rest).isNotEqualTo(p.familyName()).contains(" ");
  }

  @Test
  void withOnlyASurnameTheTitleStandsInForTheHonorable() {
    Person p =
        person(
            "Smith",
            null,
            "Smith",
            new Role(
                "upper",
                Level.STATE,
                "Senator",
                null,
                "OH",
                "3",
                null,
                state("OH"),
                null,
                null,
                null));
    assertThat(FormOfAddress.of(p).insideName()).isEqualTo("Senator Smith");
  }

  @Test
  void theFamilyNameSkipsSuffixesWhenTheRecordHasNone() {
    Person p =
        person(
            "Daniel L. Mintz Sr.",
            null,
            null,
            new Role(
                "mayor", Level.LOCAL, "Mayor", null, "CA", null, null, null, null, null, null));
    assertThat(FormOfAddress.of(p).salutation()).isEqualTo("Dear Mayor Mintz:");
  }

  @Test
  void anUnknownOfficeTypeIsAClearError() {
    Person p =
        person(
            "Pat Doe",
            "Pat",
            "Doe",
            new Role("sheriff", Level.LOCAL, null, null, "CA", null, null, null, null, null, null));
    assertThatThrownBy(() -> FormOfAddress.of(p)).hasMessageContaining("'sheriff'");
  }
}
