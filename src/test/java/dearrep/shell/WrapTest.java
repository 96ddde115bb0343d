package dearrep.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WrapTest {

  @Test
  void breaksAtSpacesAndKeepsShortLines() {
    assertThat(Wrap.lines("one two three four five six\n\nshort", 20))
        .isEqualTo("one two three four\nfive six\n\nshort");
  }

  @Test
  void indentsTheRestOfAListItem() {
    assertThat(Wrap.lines("- Staffing levels affect response times and prevention", 24))
        .isEqualTo("- Staffing levels affect\n  response times and\n  prevention");
  }

  @Test
  void neverCutsAWord() {
    String id = "ocd-person/820619fd-d053-4915-b099-1d134a880228";
    assertThat(Wrap.lines("Id " + id, 20)).isEqualTo("Id\n" + id);
  }
}
