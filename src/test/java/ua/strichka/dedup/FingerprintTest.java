package ua.strichka.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ua.strichka.text.TextNormalizer;
import ua.strichka.text.Token;
import ua.strichka.text.Tokens;

class FingerprintTest {
  static final String ORIGINAL =
      "Вибухи в місті лунали з першої до майже п'ятої ранку. Уламки збитого дрона влучили в "
          + "дев'ятиповерховий житловий будинок у Приморському районі, спалахнула пожежа на сьомому "
          + "та восьмому поверхах. Ще один удар припав на портову інфраструктуру: пошкоджено "
          + "складські приміщення та адміністративну будівлю. Без світла залишалися близько 12 "
          + "тисяч абонентів. Поранених доставили до міських лікарень, серед них 14-річна дівчинка. "
          + "У школі неподалік розгорнули пункт допомоги, де можна отримати воду і зарядити телефон.";

  /** {@link #ORIGINAL} lightly edited, as a repost rewords a phrase. */
  static final String EDITED = ORIGINAL.replace("Вибухи в місті лунали", "Вибухи чули");

  /** A text about something else. */
  static final String OTHER =
      "Уряд схвалив зміни до бюджету: додаткові кошти отримають громади прифронтових областей "
          + "на відновлення шкіл, лікарень і мереж водопостачання до початку зими.";

  static Fingerprint of(String text) {
    List<String> words =
        Tokens.of(text).stream()
            .map(Token::normalized)
            .map(w -> w.toLowerCase(Locale.ROOT))
            .toList();
    return Fingerprint.of(TextNormalizer.forHashing(text), words);
  }

  @Test
  void typographyAloneDoesNotChangeTheExactHash() {
    String retyped = ORIGINAL.replace("'", "’").replace(" ", "\u00A0").replace("Вибухи", "ВИБУХИ");
    assertThat(of(retyped).contentHash()).isEqualTo(of(ORIGINAL).contentHash());
    assertThat(of(retyped).similarity(of(ORIGINAL))).isEqualTo(1.0);
    assertThat(of(retyped).hamming(of(ORIGINAL))).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "one sentence dropped, 3",
    "last sentence dropped, 5",
  })
  void lightlyEditedCopiesStayAboveTheNearDuplicateThreshold(String what, int dropped) {
    String[] sentences = ORIGINAL.split("(?<=\\.) ");
    String edited =
        String.join(
            " ", Arrays.stream(sentences).filter(s -> !s.equals(sentences[dropped])).toList());
    Fingerprint a = of(ORIGINAL);
    Fingerprint b = of(edited);
    assertThat(b.contentHash()).isNotEqualTo(a.contentHash());
    assertThat(a.similarity(b)).isGreaterThanOrEqualTo(NearDuplicateIndex.THRESHOLD);
  }

  @Test
  void anotherReportOfTheSameEventIsNotANearDuplicate() {
    Fingerprint other =
        of(
            "Росія вночі атакувала Одесу шахедами та Іскандерами. Загинули двоє людей, дев'ятеро "
                + "поранені. Тривога в місті тривала майже чотири години. Мешканців закликають не "
                + "ігнорувати сигнали повітряної тривоги та не публікувати фото роботи ППО.");
    assertThat(of(ORIGINAL).similarity(other)).isLessThan(0.2);
    assertThat(of(ORIGINAL).hamming(other)).isGreaterThan(3);
  }

  @Test
  void anEmptyTextDuplicatesNothing() {
    Fingerprint empty = of("");
    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.similarity(of(""))).isZero();
  }
}
