package ua.strichka.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A call to subscribe or join that the text reports someone making is the text's; the site's own
 * call to the reader is not, quoted words or a speech verb elsewhere in it notwithstanding.
 */
class ReportedSpeechTest {
  @ParameterizedTest(name = "{0} (link chars {1}) → kept {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        // Reported: quoted, with a speech verb outside the quotes.
        "Мер закликав: «Підпишіться на наш канал у Telegram, щоб знати про тривоги», — сказав він."
            + " | 0 | true",
        "«Стежте за нами в Telegram, там усе про відключення», — написали в ДТЕК. | 0 | true",
        "«Приєднуйтесь до нашої ініціативи», — заявила очільниця громади Ірина Коваль. | 0 | true",
        "Голова ОВА написав: „Підписуйтесь на наш канал, щоб першими знати про загрозу“. | 0 | true",
        "«Долучайтеся до збору на генератори для лікарні», — наголошує волонтерка. | 0 | true",
        "The ministry announced: \"Sign up for our alerts to know when the power is back.\" | 0 | true",
        "\"Join our fight,\" the mayor said. | 0 | true",
        "“Join our movement and vote on Sunday,” she told the crowd in Lviv. | 0 | true",
        "The governor wrote: \"Subscribe to our channel to get the alerts first.\" | 0 | true",
        "«Подписывайтесь на наш канал», — сказал глава администрации. | 0 | true",
        // Reported: direct speech after a dash, as Ukrainian prints it without quotes.
        "Підпишіться на наш канал, щоб знати про тривоги, — закликав мер Києва. | 0 | true",
        // Reported: a request someone made, in indirect speech.
        "He told reporters to click here to see the full statement on the ministry site. | 0 | true",
        "The senator urged voters to sign up for her newsletter before the primary. | 0 | true",
        "Мер закликав мешканців підписатися на наш телеграм-канал міської ради. | 0 | true",
        // The site's own calls, addressed to the reader.
        "Підписуйтесь на наш Telegram-канал, щоб першими дізнаватися новини | 0 | false",
        "Підписуйтесь на наш канал, щоб знати, що сказав президент. | 0 | false",
        "Стежте за нами в Telegram | 0 | false",
        "Підпишіться на наш канал «Новини Києва» в Telegram | 0 | false",
        "Join our WhatsApp channel for the latest updates. | 0 | false",
        "Subscribe to our newsletter to read what the experts said. | 0 | false",
        "Що сказав президент — читайте в нашому телеграм-каналі | 0 | false",
        "Click here to read what the mayor said about the curfew. | 0 | false",
        "Мер закликав до спокою. Підписуйтесь на наш Telegram-канал, щоб знати більше | 0 | false",
        "The mayor urged calm. Sign up for our newsletter to get the updates. | 0 | false",
        "Want more updates from Sam? Sign up for his newsletter, Morning Brief. | 0 | false",
        "\"Subscribe to our newsletter\" for daily news | 0 | false",
        "Підтримайте незалежну журналістику, задонатьте на нашу банку. | 62 | false",
        "Підтримайте редакцію: кожна гривня допомагає нам працювати з фронту. | 0 | false",
        "Поддержите нас на Patreon, чтобы мы могли и дальше писать о войне. | 0 | false",
        "Support our journalism: become a patron for $5 a month. | 55 | false",
        "«Підтримайте наш батальйон донатами», — звернувся до читачів командир. | 0 | true",
        "The charity asked readers to support independent journalism in Ukraine. | 0 | true",
        // Quoted and reported, but nearly all one link: the site's button dressed as a quote.
        "«Підписуйтесь на наш канал», — каже редакція | 26 | false",
      })
  void promptLines(String line, int linkChars, boolean kept) {
    assertThat(TextRulesTest.keep(line, linkChars).contains(line)).isEqualTo(kept);
  }
}
