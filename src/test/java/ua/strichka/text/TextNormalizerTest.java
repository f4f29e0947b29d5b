package ua.strichka.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

  /** Each pair differs only in typography, so both hash alike. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '#',
      quoteCharacter = '~',
      value = {
        "«Слава Україні» — сказав він # \"слава україні\" - сказав він",
        "“Quoted” „Ukrainian“ ‹single› # \"quoted\" \"ukrainian\" \"single\"",
        "м’ясо мʼясо м‘ясо м`ясо м'ясо # м'ясо м'ясо м'ясо м'ясо м'ясо",
        "2019–2020 2019—2020 2019‒2020 2019−2020 # 2019-2020 2019-2020 2019-2020 2019-2020",
        "   Пробіли   навколо   # пробіли навколо",
        "Чекаємо… ﬁnal ＡＢＣ ² # чекаємо... final abc 2",
        "ЗАГОЛОВОК Великими # заголовок великими",
        "и\u0306 ї # й ї",
      })
  void forHashing(String text, String expected) {
    assertThat(TextNormalizer.forHashing(text)).isEqualTo(expected);
  }

  @Test
  void spacesCollapseAndInvisibleCharsGo() {
    assertThat(TextNormalizer.forHashing("a\u00A0b\u202Fc\u2009d\t\te\r\n\nf"))
        .isEqualTo("a b c d e f");
    assertThat(TextNormalizer.forHashing("Кра\u00ADї\u200Bна\uFEFF за\u0301мок"))
        .isEqualTo("країна замок");
  }

  @Test
  void emptyAndBlankBecomeEmpty() {
    assertThat(TextNormalizer.forHashing("")).isEmpty();
    assertThat(TextNormalizer.forHashing(" \u00A0\n\u200B ")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '#',
      value = {
        "м’ясо # м'ясо",
        "Об‘єднаних # Об'єднаних",
        "пʼять # п'ять",
        "будь‑який # будь-який",
        "Кра\u00ADїна # Країна",
        "за\u0301мок # замок",
        "Київ # Київ",
        "naïve # naïve",
      })
  void wordsAsTheDictionarySpellsThem(String word, String expected) {
    assertThat(TextNormalizer.word(word)).isEqualTo(expected);
  }

  @Test
  void anUnchangedWordIsTheSameString() {
    String word = "Київ";
    assertThat(TextNormalizer.word(word)).isSameAs(word);
  }
}
