package ua.strichka.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScheduleTest {
  private final Schedule schedule =
      new Schedule(
          Duration.ofMinutes(5), Duration.ofHours(2), Duration.ofMinutes(15), Duration.ofHours(6));

  @ParameterizedTest(name = "interval {0}m, {1}m since last visit, {2} new → {3}m")
  @CsvSource({
    // busy outlet: 20 new items in 15 minutes → move towards 1.5 min, bounded by 5 min
    "15, 15, 20, 8",
    "8, 8, 40, 5",
    // two new items per visit is the target: the interval stays
    "30, 30, 2, 30",
    // one new item: halfway towards twice as long
    "30, 30, 1, 45",
    // nothing new: longer, up to the maximum
    "60, 60, 0, 75",
    "110, 110, 0, 120",
  })
  void adaptsToThePublishingRate(long current, long since, int newItems, long expected) {
    assertThat(
            schedule
                .next(Duration.ofMinutes(current), Duration.ofMinutes(since), newItems)
                .toMinutes())
        .isEqualTo(expected);
  }

  @Test
  void startsANewSourceAtTheStartInterval() {
    assertThat(schedule.next(null, null, 50)).isEqualTo(Duration.ofMinutes(15));
  }

  @ParameterizedTest(name = "streak {0} → {1}m")
  @CsvSource({"1, 30", "2, 60", "3, 120", "5, 360", "40, 360"})
  void backsOffFailingSourcesExponentially(int streak, long minutes) {
    assertThat(schedule.backoff(Duration.ofMinutes(15), streak))
        .isEqualTo(Duration.ofMinutes(minutes));
  }
}
