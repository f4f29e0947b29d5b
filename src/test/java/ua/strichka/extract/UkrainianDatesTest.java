package ua.strichka.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UkrainianDatesTest {
  /** Wednesday 9 April 2025, 16:00 in Kyiv (summer time, +03:00). */
  static final ZonedDateTime NOW = ZonedDateTime.parse("2025-04-09T16:00:00+03:00[Europe/Kyiv]");

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "09 квітня 2025 р. 07:03            | 2025-04-09T07:03+03:00",
        "9 квітня 2025                      | 2025-04-09T00:00+03:00",
        "9 квітня 2025, 07:03               | 2025-04-09T07:03+03:00",
        "Середа, 9 квітня 2025 о 07:03      | 2025-04-09T07:03+03:00",
        "07:03, 9 квітня 2025               | 2025-04-09T07:03+03:00",
        "9 квітня, 07:03                    | 2025-04-09T07:03+03:00",
        "15 січня 2025 р., 10:15            | 2025-01-15T10:15+02:00",
        "31 березня 2025 03:30              | 2025-03-31T03:30+03:00",
        "29 березня 2025 03:30              | 2025-03-29T03:30+02:00",
        "09.04.2025 07:03                   | 2025-04-09T07:03+03:00",
        "09.04.2025, 07:03                  | 2025-04-09T07:03+03:00",
        "07:03 09.04.2025                   | 2025-04-09T07:03+03:00",
        "9/4/2025                           | 2025-04-09T00:00+03:00",
        "09.04.25 07:03                     | 2025-04-09T07:03+03:00",
        "сьогодні, 14:20                    | 2025-04-09T14:20+03:00",
        "Сьогодні о 14:20                   | 2025-04-09T14:20+03:00",
        "вчора о 21:05                      | 2025-04-08T21:05+03:00",
        "Вчора, 21:05                       | 2025-04-08T21:05+03:00",
        "позавчора о 08:00                  | 2025-04-07T08:00+03:00",
        "5 хвилин тому                      | 2025-04-09T15:55+03:00",
        "2 години тому                      | 2025-04-09T14:00+03:00",
        "годину тому                        | 2025-04-09T15:00+03:00",
        "хвилину тому                       | 2025-04-09T15:59+03:00",
        "3 дні тому                         | 2025-04-06T16:00+03:00",
        "щойно                              | 2025-04-09T16:00+03:00",
        "9 апреля 2025                      | 2025-04-09T00:00+03:00",
        "9 апреля 2025 г., 07:03            | 2025-04-09T07:03+03:00",
        "сегодня, 14:20                     | 2025-04-09T14:20+03:00",
        "вчера                              | 2025-04-08T00:00+03:00",
        "вчера в 23:59                      | 2025-04-08T23:59+03:00",
        "10 минут назад                     | 2025-04-09T15:50+03:00",
        "час назад                          | 2025-04-09T15:00+03:00",
        "April 9, 2025                      | 2025-04-09T00:00+03:00",
        "April 9, 2025 at 7:03 PM           | 2025-04-09T19:03+03:00",
        "9 Apr 2025 07:03                   | 2025-04-09T07:03+03:00",
        "Apr 9, 2025 07:03 GMT              | 2025-04-09T07:03Z",
        "09 April 2025 07:03 UTC+2          | 2025-04-09T07:03+02:00",
        // a zone named after the clock: fixed offsets, and ET/PT with daylight saving
        "Wednesday January 18, 2017 11:44 am PST by Jo | 2017-01-18T11:44-08:00",
        "Dec 16, 2016, 12:37 PM ET          | 2016-12-16T12:37-05:00",
        "Apr 9, 2025, 7:03 AM ET            | 2025-04-09T07:03-04:00",
        "April 9, 2025 10:00am EDT          | 2025-04-09T10:00-04:00",
        // the year after the time, as Java's Date.toString() and some bylines print it
        "Mon Aug 03 12:45:00 EDT 2015       | 2015-08-03T12:45-04:00",
        "Aug 3 at 12:45 pm, 2015            | 2015-08-03T12:45+03:00",
        "3 серпня о 12:45, 2015             | 2015-08-03T12:45+03:00",
        "9 квітня о 20:15                   | 2025-04-09T20:15+03:00",
        "8 квітня о 20:15 · 2034 перегляди  | 2025-04-08T20:15+03:00",
        // numeric dates are month first where the clock names an American zone
        "10/04/16 05:07 AM EDT              | 2016-10-04T05:07-04:00",
        "04/10/2016 17:29                   | 2016-10-04T17:29+03:00",
        "12/19/2016 9:00 PM ET              | 2016-12-19T21:00-05:00",
        "9 April 2025 07:03 BST             | 2025-04-09T07:03+01:00",
        "9 апреля 2025, 07:03 MSK           | 2025-04-09T07:03+03:00",
        // «et» that is no zone: a word follows it
        "April 9, 2025, 10:15 et al.        | 2025-04-09T10:15+03:00",
        // month first only where day first is impossible
        "Published 12/19/2016               | 2016-12-19T00:00+02:00",
        "Published 12/10/2016               | 2016-10-12T00:00+03:00",
        "Updated 2 hours ago                | 2025-04-09T14:00+03:00",
        "today, 09:15                       | 2025-04-09T09:15+03:00",
        "2025-04-09T07:03:00+03:00          | 2025-04-09T07:03+03:00",
        "2025-04-09T04:03:00Z               | 2025-04-09T04:03Z",
        "2025-04-09T04:03:00.123Z           | 2025-04-09T04:03:00.123Z",
        "2025-04-09 07:03:00                | 2025-04-09T07:03+03:00",
        "2025-04-09T07:03+0300              | 2025-04-09T07:03+03:00",
        "2025-01-09                         | 2025-01-09T00:00+02:00",
        "Wed, 09 Apr 2025 07:03:00 +0300    | 2025-04-09T07:03+03:00",
        "1 грудня, 10:00                    | 2024-12-01T10:00+02:00",
      })
  void readsEveryForm(String text, String expected) {
    assertThat(UkrainianDates.parse(text, NOW)).contains(OffsetDateTime.parse(expected));
  }

  @ParameterizedTest(name = "[{index}] «{0}»")
  @ValueSource(
      strings = {
        "",
        "Новини України",
        "32 квітня 2025",
        "31.02.2025",
        "9 квітня 1812",
        "25:70",
        "Читайте також",
        "99999999999999999999 хвилин тому", // found by ExtractorFuzzTest: overflowed a long
        "999999 днів тому", // found by ExtractorFuzzTest: 2,700 years back
      })
  void rejectsWhatIsNoDate(String text) {
    assertThat(UkrainianDates.parse(text, NOW)).isEmpty();
  }

  /** What the visible-page readers skip unread must be what no date reader could read. */
  @ParameterizedTest(name = "«{0}» clock only: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "14:20|true",
        " 09:05:30 |true",
        "7:03|true",
        "сьогодні, 14:20|false",
        "09.04.2025 07:03|false",
        "2025-04-09T07:03|false",
        "14:20 9 квітня|false",
        "1420|false",
      })
  void bareClockTimesAreSkippedAndNoDate(String text, boolean clock) {
    assertThat(UkrainianDates.clockOnly(text)).isEqualTo(clock);
    if (clock) {
      assertThat(UkrainianDates.parse(text, NOW)).isEmpty();
      assertThat(UkrainianDates.parseMachine(text)).isEmpty();
    } else if (!text.equals("1420")) {
      assertThat(UkrainianDates.parse(text, NOW)).isPresent();
    }
  }
}
