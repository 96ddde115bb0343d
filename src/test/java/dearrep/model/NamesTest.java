package dearrep.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

  @ParameterizedTest
  @CsvSource({
    "José Peña, jose pena",
    "Nguyễn Thị Minh Khai, nguyen thi minh khai",
    "Zoë Ångström, zoe angstrom",
    "'  Sam T.  Liccardo ', sam t liccardo",
    "O'Brien-Smith, o brien smith",
    "KALRA, kalra",
  })
  void foldsCaseAccentsAndPunctuation(String name, String folded) {
    assertThat(Names.fold(name)).isEqualTo(folded);
  }
}
