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

  @ParameterizedTest
  @CsvSource({
    "Nguyễn Thị Minh Khai, -, nguyen-thi-minh-khai",
    "San José, _, san_jose",
    "'  Sam T.  Liccardo ', -, sam-t-liccardo",
    "Łukasz Ærø Straße, -, lukasz-aero-strasse",
    "ﬁre Ｃouncil, -, fire-council",
    "'--!!--', -, ''",
  })
  void slugsAreAsciiWordsJoinedBySeparator(String text, char separator, String slug) {
    assertThat(Names.slug(text, separator, 60)).isEqualTo(slug);
  }

  @org.junit.jupiter.api.Test
  void aSlugIsCutAtItsLimitWithoutATrailingSeparator() {
    assertThat(Names.slug("alex padilla", '-', 5)).isEqualTo("alex");
    assertThat(Names.slug("alexpadilla", '-', 5)).isEqualTo("alexp");
  }
}
