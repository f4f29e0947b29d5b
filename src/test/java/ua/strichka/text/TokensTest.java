package ua.strichka.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokensTest {

  private static String texts(List<Token> tokens) {
    return tokens.stream().map(Token::text).collect(Collectors.joining("|"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '#',
      quoteCharacter = '~',
      value = {
        "взаєм’язаний м'ясо пʼять Об‘єднаних # взаєм’язаний|м'ясо|пʼять|Об‘єднаних",
        "Індо-Тихоокеанський будь-який телеграм‑каналі # Індо-Тихоокеанський|будь-який|телеграм‑каналі",
        "14-річна дівчинка, F-16 і COVID-19 # 14-річна|дівчинка|F-16|і|COVID-19",
        "12 тисяч, 3,5 % і 10.03.2024, 2019–2020 # 12|тисяч|3,5|і|10.03.2024|2019|2020",
        "'лапки' «ялинки» ‘одинарні’ # лапки|ялинки|одинарні",
        "слово - слово — слово -слово # слово|слово|слово|слово",
        "Don't stop: Ukraine's case # Don't|stop|Ukraine's|case",
        "Кра\u00ADї\u200Bна за́мок # Кра\u00ADї\u200Bна|за́мок",
        "кінець. # кінець",
        "~~ # ~~",
        "«»—…!? # ~~",
      })
  void splitsWordsKeepingApostrophesHyphensAndNumbers(String text, String expected) {
    assertThat(texts(Tokens.of(text))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '#',
      value = {
        "США # ABBREVIATION",
        "ЗСУ # ABBREVIATION",
        "NATO # ABBREVIATION",
        "КАБом # WORD",
        "В # WORD",
        "Київ # WORD",
        "2024 # NUMBER",
        "3,5 # NUMBER",
        "5G # WORD",
      })
  void kinds(String text, Token.Kind kind) {
    assertThat(Tokens.of(text)).singleElement().extracting(Token::kind).isEqualTo(kind);
  }

  @Test
  void offsetsAreJavaStringIndicesAndTextIsTheSubstring() {
    String text = "😀 Генсек [НАТО] подякував Японії.\n\nДругий абзац";
    List<Token> tokens = Tokens.of(text);
    assertThat(texts(tokens)).isEqualTo("Генсек|НАТО|подякував|Японії|Другий|абзац");
    assertThat(tokens.get(0).start()).isEqualTo(3); // the emoji is two UTF-16 chars and a space
    for (Token t : tokens) {
      assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
    }
  }

  /** The words that open a sentence: only these have "positional" capitals. ¶ is a line break. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '#',
      value = {
        "Він прийшов. Марк Рютте подякував. # Він|Марк",
        "Він прийшов, і Марк Рютте подякував. # Він",
        "Чи прийде? Так! Звісно… Чекаємо... Добре # Чи|Так|Звісно|Чекаємо|Добре",
        "Жителі с. Комарів і м. Київ. Вул. Хрещатик # Жителі|Вул",
        "Згадав В. І. Вернадського. Далі # Згадав|Далі",
        "Зібрали 5 тис. грн. Наступного дня # Зібрали|Наступного",
        "Він сказав: «Ми вистоїмо». Потім пішов. # Він|Ми|Потім",
        "«Рятувальники працюють», — написав Дяченко. # Рятувальники",
        "«Чому?» — запитав він. # Чому",
        "Заголовок без крапки¶¶Перший абзац. # Заголовок|Перший",
        "Головне:¶— уламки дрона;¶— без світла # Головне|уламки|без",
        "Загинули двоє. 12 людей поранені # Загинули|12",
        "Dr. Smith met Mr. Jones. Then he left # Dr|Then",
        "У 2024 році. Вона # У|Вона",
      })
  void marksSentenceStarts(String text, String expected) {
    List<Token> tokens = Tokens.of(text.replace('¶', '\n'));
    assertThat(texts(tokens.stream().filter(Token::sentenceStart).toList())).isEqualTo(expected);
    long starts = tokens.stream().filter(Token::sentenceStart).count();
    assertThat(tokens.getLast().sentence()).isEqualTo((int) starts - 1);
  }

  @Test
  void hugeInputIsLinearAndKeepsEveryToken() {
    String text = "Слово м'ясо. ".repeat(200_000);
    List<Token> tokens = Tokens.of(text);
    assertThat(tokens).hasSize(400_000);
    assertThat(tokens.getLast().sentence()).isEqualTo(199_999);
  }
}
